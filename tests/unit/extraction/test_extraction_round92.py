"""Session 41 (round 92): general rules from the tuning texts' errors, the eighty-first fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, passages, speakers, wordings


def test_a_name_opening_a_sentence_with_an_irregular_past_is_whom_he_goes_back_to():
    source = (
        "Maria Lopes held her last press conference in Lisbon. She told reporters that her "
        "ministry had cut waiting lists by a third."
    )
    assert speakers(source) == [None, "Maria Lopes"]


def test_what_someone_called_a_thing_is_no_speaker_and_reassured_is_speech():
    source = (
        "Tomas Berg, the opposition leader, spoke in Malmo on Sunday. He reassured the crowd "
        'that his party had spent two years on what he called "honest budgets".'
    )
    assert claim_with(source, "He reassured").speaker == "Tomas Berg"


def test_what_officials_called_a_change_leaves_the_sentence_to_its_source():
    source = (
        "According to the Lee campaign on Friday, a poll of 400 voters showed him ahead by six "
        'points, marking what Lee aides called "a turning point" in the race.'
    )
    assert set(speakers(source)) == {"Lee campaign"}


def test_according_to_a_role_in_lower_case_then_a_name():
    source = (
        "Glaciers lost 3 percent of their ice last year, according to climate scientist Ines Hahn."
    )
    assert speakers(source) == ["Ines Hahn"]


def test_the_staff_of_two_bodies_with_long_names_speak_for_the_first():
    source = (
        "Sea ice covered 4.2 million square kilometres in September, researchers from ESA and "
        "the National Snow and Ice Data Center said."
    )
    assert speakers(source) == ["ESA"]


def test_as_an_outlet_recounts_covers_the_whole_sentence():
    source = (
        "The cracks first became apparent in the 1990s, and chemicals used in road salts and "
        "de-icers were determined to be the cause, as the Gazette recounts."
    )
    assert speakers(source) == ["Gazette", "Gazette"]


def test_determined_to_be_is_a_finding_not_an_intent():
    source = "Faulty wiring was determined to be the cause of the fire at the depot."
    assert claim_with(source, "Faulty wiring").checkable


def test_a_wish_is_no_forecast():
    source = (
        "“Our sales grew 4 percent last year, but not as fast as we would like,” the chief "
        "executive said."
    )
    assert claim_with(source, "Our sales grew").checkable


def test_a_passive_reported_is_no_speech_frame_before_but():
    source = (
        "Two more cases have been reported in Gulu, but neither patient had travelled "
        "abroad, the ministry said."
    )
    assert passages(source) == [
        "Two more cases have been reported in Gulu",
        "neither patient had travelled abroad, the ministry said.",
    ]


def test_and_then_a_bare_plural_with_its_own_verb_is_a_clause():
    source = "The plant was closed last month and workers were told to stay at home."
    assert wordings(source) == [
        "The plant was closed last month.",
        "Workers were told to stay at home.",
    ]
