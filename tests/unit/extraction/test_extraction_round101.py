"""Session 41 (round 101): general rules from the tuning texts' errors, the ninetieth fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_telling_someone_then_a_pronoun_is_what_the_subject_said():
    source = (
        "Mara Quinn, the chief executive, was calm about the inquiry, telling the BBC she saw no "
        "reason to resign."
    )
    assert speakers(source)[-1] == "Mara Quinn"


def test_analysts_view_something_as_is_their_view():
    source = "Analysts view the smaller bank as having the stronger balance sheet."
    assert speakers(source) == ["Analysts"]


def test_economists_had_expected_stays_the_reporters():
    source = "Economists had expected the jobless rate to stay at 4.1 percent."
    assert speakers(source) == [None]
