"""Session 41 (round 98): general rules from the tuning texts' errors, the eighty-seventh fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers, spoken, wordings


def test_an_unnamed_spokesman_from_a_group_is_the_group():
    source = (
        "A spokesman from the rebel National Liberation Front told Reuters they had taken the town."
    )
    assert speakers(source) == ["National Liberation Front"]


def test_an_outlet_that_reports_at_the_end_of_the_sentence_is_its_source():
    source = "The asteroid may have broken off a larger comet, Nature reports."
    assert speakers(source) == ["Nature"]


def test_a_closer_look_is_no_speaker():
    source = "The object looked like a rock, but a closer look revealed a fossil."
    assert None in speakers(source) and "closer look" not in speakers(source)


def test_so_then_a_subject_and_a_modal_is_a_clause_of_its_own():
    source = (
        "The minister added that there would be no press conference after the talks, so "
        "reporters would not be allowed in."
    )
    assert len(passages(source)) == 2


def test_and_said_keeps_its_subject_when_a_modal_follows():
    source = "Judge Ann Bell set a hearing for May 3, and said she would rule on bail next week."
    assert all(not wording.startswith("Said") for wording in wordings(source))


def test_while_one_side_announced_saying_and_witnesses_reported():
    source = (
        "While the army announced the end of the offensive last week, saying the rebels had "
        "fled, witnesses reported air strikes on Friday near the border."
    )
    assert spoken(source)[-1] == (
        "witnesses reported air strikes on Friday near the border.",
        "witnesses",
    )


def test_a_part_going_on_from_an_ellipsis_keeps_its_small_letter():
    source = "... would not add a penny to the debt, and your plans would add $5 trillion to it."
    assert wordings(source)[0] == "... would not add a penny to the debt."
