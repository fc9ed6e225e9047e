"""Session 41 (round 89): general rules from the tuning texts' errors, the seventy-eighth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers, wordings


def test_a_pronoun_clause_after_maintains_is_the_subjects_claim():
    source = "Ortega, 58, maintains he was framed by his former partners."
    assert speakers(source) == ["Ortega"]


def test_experts_who_estimate_give_their_estimate():
    source = "Experts estimate 2.4 million new cases will be found this year."
    assert speakers(source) == ["Experts"]


def test_a_name_with_a_present_tense_lends_its_subject_to_the_next_predicate():
    source = (
        "Ortega, 58, maintains he’s a victim of a plot and has refused to attend court since March."
    )
    assert wordings(source)[-1] == "Ortega has refused to attend court since March."


def test_was_after_but_is_a_predicate_that_borrows_its_subject():
    source = "The vote was set for last week, but was delayed twice by procedural disputes."
    assert wordings(source)[-1] == "The vote was delayed twice by procedural disputes."
