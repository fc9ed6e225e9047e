"""Session 31 (round 22): rules from the retired fifteenth fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, claims_of, speakers


def test_a_second_figure_after_and_keeps_the_verb_of_the_first():
    source = "The airline expects earnings of $2.1 billion and revenue of $40 billion this year."
    wordings = [claim.text for _, claim in claims_of(source)]
    assert wordings == [
        "The airline expects earnings of $2.1 billion.",
        "The airline expects revenue of $40 billion this year.",
    ]


def test_he_after_a_speaker_given_only_by_role_is_that_speaker():
    source = (
        "The inspector said gunmen had attacked a checkpoint near the border. "
        "He said the attackers had fled into the hills."
    )
    assert speakers(source) == ["inspector", "inspector"]


def test_a_force_named_in_a_list_is_never_the_he_of_the_next_quotation():
    source = (
        "The inspector said gunmen had attacked a checkpoint. He said Frontier Scouts and "
        'police had sealed the roads. The raid ended at dawn. "We are searching every house," '
        "he said."
    )
    assert speakers(source)[-1] == "inspector"


def test_has_since_between_a_body_and_its_verb_is_not_part_of_its_name():
    source = (
        "The Ministry of Water said 40 wells had dried up. The ministry has since said that "
        "12 more wells failed in May."
    )
    assert speakers(source) == ["Ministry of Water", "Ministry of Water"]


def test_a_question_put_in_reported_speech_is_a_question():
    claim = claim_with(
        "The senator questioned whether the governor had read the budget.", "questioned"
    )
    assert (claim.checkable, claim.checkable_reason) == (False, "question")


def test_a_warning_against_any_doing_is_an_exhortation():
    claim = claim_with(
        "The agency warned against any hoarding of fuel during the strike.", "warned"
    )
    assert (claim.checkable, claim.checkable_reason) == (False, "exhortation")
