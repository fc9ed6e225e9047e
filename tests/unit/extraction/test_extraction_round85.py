"""Session 41 (round 85): general rules from the tuning texts' missed boundaries and errors,
the seventy-fourth fresh set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers


def test_a_clause_after_and_with_a_pronoun_subject_is_its_own_claim():
    source = '"We lost the first game and we won the next two," the coach said.'
    assert passages(source) == [
        "We lost the first game",
        'we won the next two," the coach said.',
    ]


def test_an_undersecretary_is_a_title():
    source = "Finance Undersecretary Maria Soto said revenue rose 6 percent."
    assert speakers(source) == ["Maria Soto"]


def test_a_body_quick_to_say_is_the_speaker():
    source = (
        "The bill passed on Tuesday. The state government was quick to say the law would cost "
        "20,000 jobs."
    )
    assert speakers(source)[-1] == "state government"


def test_expressed_confidence_that_is_speech():
    source = "Planning Minister Ana Reyes expressed confidence that growth reached 6 percent."
    assert speakers(source) == ["Ana Reyes"]


def test_research_from_a_body_is_the_bodys():
    source = "The latest research from Nielsen found that the chain's market share slipped to 9%."
    assert speakers(source) == ["Nielsen"]
