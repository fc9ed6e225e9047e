"""Session 28 (round 13): rules from the retired seventh fresh set's errors, each a general
pattern of wire copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers
from webapp.extraction import extract_claims, split_sentences


def test_a_quotation_opened_with_a_right_hand_mark_is_read_as_a_quotation():
    source = (
        "”The gunmen came at dawn and they burned the market, which had 200 stalls,” "
        "police spokesman Ali Hassan said."
    )
    (claim,) = extract_claims(source)
    assert claim.text == source  # one quotation, its marks as written
    assert claim.speaker == "Ali Hassan"
    assert claim.attribution == "direct"


def test_a_role_before_a_name_is_not_part_of_the_speaker():
    assert speakers('"The road is closed," army spokesman Lt. Omar Said told reporters.') == [
        "Omar Said"
    ]


def test_a_share_of_a_polls_respondents_is_the_poll_not_a_speaker():
    names = speakers(
        "In the Reuters-Ipsos poll, just 40% of voters said they trust the count, "
        "while 55% said they do not."
    )
    assert names and all(speaker == "Reuters-Ipsos" for speaker in names)


def test_a_possessive_before_claims_makes_it_a_noun_not_speech():
    names = speakers("Mr Lee’s claims that the vote was stolen have spread online.")
    assert names == [None]


def test_a_name_before_an_organisations_role_is_the_speaker():
    names = speakers(
        "Maria Santos, Department of Education (DepEd) Central Luzon information officer, "
        "said 40 schools were closed."
    )
    assert names == ["Maria Santos"]


def test_santo_and_santa_abbreviations_do_not_end_a_sentence():
    text = "Flooding hit Sto. Nino and Sta. Cruz on Monday. Roads were closed."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Flooding hit Sto. Nino and Sta. Cruz on Monday.",
        "Roads were closed.",
    ]
