"""Session 40 (round 68): general rules from the tuning texts' errors, the fifty-seventh fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers
from webapp.extraction import split_sentences


def test_a_quotation_after_a_companys_name_opens_a_new_sentence():
    source = (
        "“Growth stalled,” said Ann Roe, senior economist at Acme Securities Inc. “Given "
        "strong orders, it should pick up.”"
    )
    assert [sentence.text for sentence in split_sentences(source)] == [
        "“Growth stalled,” said Ann Roe, senior economist at Acme Securities Inc.",
        "“Given strong orders, it should pick up.”",
    ]


def test_a_company_suffix_before_a_plain_word_still_does_not_end_the_sentence():
    source = "Shares of Acme Inc. Rose sharply after the report."
    assert len(split_sentences(source)) == 1


def test_the_person_after_an_office_whose_name_holds_and_speaks():
    assert speakers(
        "“Japan achieved positive growth,” Economic and Fiscal Policy Minister Taro Sato said "
        "on Monday. “The fundamentals are not bad.”"
    ) == ["Taro Sato", "Taro Sato"]


def test_no_group_is_no_speaker():
    assert speakers("So far, no group has claimed responsibility for the attack on the town.") == [
        None
    ]
