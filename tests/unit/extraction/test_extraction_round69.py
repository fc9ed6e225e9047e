"""Session 40 (round 69): general rules from the tuning texts' errors, the fifty-eighth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers
from webapp.extraction import split_sentences


def test_a_canadian_provinces_abbreviation_does_not_end_a_sentence_before_a_name():
    source = "Polls put the Sask. Party ahead by 25 points. The NDP disputes them."
    assert [sentence.text for sentence in split_sentences(source)] == [
        "Polls put the Sask. Party ahead by 25 points.",
        "The NDP disputes them.",
    ]


def test_two_people_who_both_admitted_are_the_speakers():
    assert speakers(
        "Head coach Jan Smit and captain Piet Botha both admitted that they got the bonus-point "
        "rule wrong."
    ) != [None]


def test_both_as_the_whole_subject_is_not_dropped():
    assert (
        speakers(
            "Judge Ann Roe asked the two parents whether they understood. “Yes, your honor,” both "
            "responded."
        )[-1]
        != "Ann Roe"
    )
