"""Session 41 (round 87): general rules from the tuning texts' errors, the seventy-sixth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_a_possessive_after_said_is_no_gender_cue_for_the_speaker():
    source = (
        "Sentencing Tom Kent to a year, Judge Ellen Marsh said his conduct was a disgrace. "
        "Kent, 41, had pleaded guilty. She said the sentence had to deter others."
    )
    assert speakers(source)[-1] == "Ellen Marsh"


def test_having_admitted_is_a_plea_not_a_statement():
    source = "Ross was sentenced on Monday (May 3) having admitted fraud in March."
    assert speakers(source) == [None]


def test_a_group_that_believes_something_gives_its_view():
    source = "Geologists found the rock in 2019. Scientists believe it is 3 billion years old."
    assert speakers(source)[-1] == "Scientists"
