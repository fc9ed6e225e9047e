"""Session 41 (round 90): general rules from the tuning texts' errors, the seventy-ninth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_fears_after_a_gerund_are_a_noun_not_speech():
    source = (
        "Shelling damaged two bridges in the north, raising fears that the truce could collapse."
    )
    assert speakers(source) == [None]


def test_claims_after_an_adjective_are_a_noun_not_speech():
    source = "Extraordinary claims that sound too neat rarely survive a second look."
    assert speakers(source) == [None]


def test_a_team_of_scientists_from_a_country_are_those_scientists():
    source = "A Danish team of researchers says it has found the oldest known DNA."
    assert speakers(source) == ["Danish researchers"]
