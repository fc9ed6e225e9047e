"""Session 41 (round 79): general rules from the tuning texts' errors, the sixty-eighth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers, wordings


def test_a_group_that_took_credit_for_an_attack_is_its_speaker():
    source = "The Free Army took credit for the bombing of the depot."
    assert speakers(source) == ["Free Army"]


def test_a_body_that_recommended_that_is_its_speaker():
    source = "The FDA recommended that all adults get a booster dose this fall."
    assert speakers(source) == ["FDA"]


def test_a_survey_that_had_forecast_a_figure_is_its_source():
    source = "A Bloomberg survey of economists had forecast a 0.3% rise in retail sales."
    assert speakers(source) == ["Bloomberg survey"]


def test_a_second_measure_whose_verb_the_copy_left_out_is_its_own_claim():
    source = "The number of flu cases rose to 412 and the number of hospital stays to 37."
    assert passages(source) == [
        "The number of flu cases rose to 412",
        "the number of hospital stays to 37.",
    ]
    assert wordings(source)[-1] == source


def test_an_as_clause_after_a_figure_in_billions_is_its_own_claim():
    source = (
        "The deficit shrank 4 percent to $51.2 billion as exports climbed to a record and "
        "imports fell."
    )
    assert wordings(source)[0] == "The deficit shrank 4 percent to $51.2 billion."


def test_a_share_after_and_is_its_own_claim():
    source = "The study found that 64% of the patients were women and 12% were under 30."
    assert passages(source) == [
        "The study found that 64% of the patients were women",
        "12% were under 30.",
    ]
