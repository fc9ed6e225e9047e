"""Session 27 (round 8): rules from the retired second fresh set's errors, each a general
pattern of wire copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import wordings
from webapp.extraction import extract_claims, split_sentences


def test_an_exclaimed_quotation_with_its_speaker_after_it_is_one_sentence():
    source = '"What a crowd!" Harris began, before thanking the volunteers. She left at nine.'
    sentences = [source[s.start : s.end] for s in split_sentences(source)]
    assert sentences[0] == '"What a crowd!" Harris began, before thanking the volunteers.'
    assert extract_claims(source)[0].speaker == "Harris"


def test_a_second_predicate_in_an_irregular_past_tense_is_its_own_claim():
    texts = wordings(
        "Investigators said the mayor accepted $250,000 in kickbacks and sought $1 million more "
        "from two contractors."
    )
    assert len(texts) == 2
    assert "sought $1 million more" in texts[1]


def test_two_expectations_of_one_verb_are_two_claims_that_each_read_alone():
    texts = wordings(
        "Analysts had expected quarterly earnings to rise 4 percent and revenue to climb "
        "2.5 percent."
    )
    assert texts == [
        "Analysts had expected quarterly earnings to rise 4 percent.",
        "Analysts had expected revenue to climb 2.5 percent.",
    ]


def test_what_a_source_would_not_confirm_is_not_a_checkable_claim():
    (claim,) = extract_claims("A police spokesman did not confirm whether the driver was arrested.")
    assert claim.checkable_reason == "boilerplate"


def test_a_broadcasters_tune_in_line_is_boilerplate():
    (claim,) = extract_claims("Tune in to our website on Sunday at 9 a.m. for live coverage.")
    assert claim.checkable_reason == "boilerplate"


def test_a_quoted_appraisal_that_is_likely_to_come_true_is_a_prediction():
    (claim,) = extract_claims(
        '"The merger is done and likely to bring higher prices for shoppers," said one analyst.'
    )
    assert not claim.checkable
