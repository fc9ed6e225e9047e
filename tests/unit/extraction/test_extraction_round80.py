"""Session 41 (round 80): general rules from the tuning texts' errors, the sixty-ninth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers


def test_a_negated_speech_verb_names_no_speaker():
    source = "Mayor Ron Tate was convicted on Friday. Tate didn’t say a word as he left the court."
    assert speakers(source)[-1] is None


def test_the_man_who_spoke_is_the_last_man_named():
    source = (
        "Peter Vance, a local resident, asked Governor Ann Lowe about her vote on the farm bill. "
        "The man said he had read the bill himself."
    )
    assert speakers(source)[-1] == "Peter Vance"


def test_a_pronoun_subject_before_but_and_a_speech_verb_speaks():
    source = (
        "Senator Ann Lowe met farmers in Ames. She apologized but insisted the bill would pass."
    )
    assert speakers(source)[-1] == "Ann Lowe"


def test_a_team_that_conceded_goals_is_no_speaker():
    source = (
        "The Lions scored four goals and conceded two to win the cup final in Leeds on Saturday."
    )
    assert speakers(source) == [None]


def test_a_new_total_after_a_dash_is_its_own_claim():
    source = "Ohio reported 40 new cases on Monday – bringing the state total to 1,210."
    assert passages(source) == [
        "Ohio reported 40 new cases on Monday",
        "bringing the state total to 1,210.",
    ]
