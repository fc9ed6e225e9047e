"""Session 40 (round 67): general rules from the tuning texts' errors, the fifty-sixth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers, wordings


def test_a_quotation_opened_and_closed_with_two_apostrophes_is_the_speakers():
    # (a text-only page printing ''…'' for quotation marks: the first sentences had no speaker)
    assert speakers(
        "United won the derby on Saturday. ''We showed great belief. I thought we controlled "
        "the game for long periods. We kept the ball in their half,'' Moyes said."
    ) == [None, "Moyes", "Moyes", "Moyes"]


def test_an_absolute_clause_with_a_named_person_acting_is_a_fact_of_its_own():
    assert wordings(
        "A new poll put Labour ahead by 20 points, with Smith trailing Jones in the personal "
        "ratings."
    ) == [
        "A new poll put Labour ahead by 20 points.",
        "A new poll put Labour ahead by 20 points, with Smith trailing Jones in the personal "
        "ratings.",
    ]


def test_a_second_predicate_with_did_not_is_a_second_fact():
    assert wordings(
        "The manager had learnt of a death in the family on Friday and did not attend the "
        "press conference."
    ) == [
        "The manager had learnt of a death in the family on Friday.",
        "The manager did not attend the press conference.",
    ]


def test_does_not_after_a_quotation_is_not_given_the_quotations_we():
    source = (
        "“We are calling this an epidemic,” said state epidemiologist Dr. Ann Roe, explaining "
        "that mumps has spread to more than a third of the state and does not appear to be "
        "confined to any age group."
    )
    assert not any(wording.startswith("“We does") for wording in wordings(source))
