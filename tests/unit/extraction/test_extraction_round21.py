"""Session 31 (round 21): rules from the tuning half's errors, each a general pattern of news
copy, tested on sentences of our own."""

import pytest

from tests.unit.extraction.helpers import claim_with, passages


def test_a_toll_spelled_in_tens_and_a_count_of_wounded_are_two_claims():
    source = "Forty villagers were killed and 31 others wounded in the raid on Tuesday."
    assert len(passages(source)) == 2
    assert passages(source)[0] == "Forty villagers were killed"


@pytest.mark.parametrize(
    "source, fragment",
    [
        # a verdict given in a word
        ("The minister termed the vote a triumph for the coalition.", "termed"),
        ("Coach Ann Bell rued the chances her side wasted in the first half.", "rued"),
        ("The ruling is a major victory for tenants, their lawyer said.", "major victory"),
        ('"She is a decent person," her neighbour told the court.', "decent person"),
        ("The figures brought a renewed sense of optimism to traders.", "optimism"),
        ('The drop in orders was "surprising," said analyst Tom Reed.', "surprising"),
        # a side's own reading of a match
        ('"Two bad minutes cost us the game," the captain said.', "cost us"),
        ('"We were outplayed in every session," said coach Ray Dunn.', "outplayed"),
        ('"Chasing 300 was a bit of a stretch," she said.', "stretch"),
        ('"It was a tough decision to field first," the skipper said.', "tough decision"),
        # feelings reported
        ("The players left the ground and said that they are disappointed.", "disappointed"),
        ('"We did not expect anything like this," a resident said.', "expect anything"),
    ],
)
def test_appraisals_and_feelings_are_opinions(source, fragment):
    claim = claim_with(source, fragment)
    assert (claim.checkable, claim.checkable_reason) == (False, "opinion")


def test_what_the_speakers_want_of_a_thing_is_an_intent():
    claim = claim_with('"We want Medicare to survive," the senator said.', "We want")
    assert (claim.checkable, claim.checkable_reason) == (False, "intent")


@pytest.mark.parametrize(
    "source, fragment",
    [
        # a figure that surprised is still a figure; a victory won and a side upset are events
        ("The company reported a surprising rise of 4 percent in its margin.", "surprising"),
        ("The hosts won a historic 150-run victory at Lord's on Sunday.", "victory"),
        ("Rovers were upset 2-1 by Leeds at home on Saturday.", "upset"),
    ],
)
def test_the_same_words_in_a_fact_leave_it_checkable(source, fragment):
    assert claim_with(source, fragment).checkable
