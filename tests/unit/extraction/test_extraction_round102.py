"""Session 41 (round 102): general rules from the tuning texts' errors, the ninety-first fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_said_the_age_and_nationality_is_the_person_quoted():
    source = (
        "Iga Swiatek has admitted she was shattered after losing the final on Saturday. "
        "“It hurts a lot,” said the 23-year-old Pole. “I tried my best,” she added."
    )
    assert speakers(source) == ["Iga Swiatek", "Iga Swiatek", "Iga Swiatek"]


def test_were_first_reported_by_is_passive():
    source = "Fossils of the reptile were first reported in 1998 by a local farmer."
    assert speakers(source) == [None]


def test_a_speech_verb_inside_a_fronted_participle_is_not_the_sentences():
    source = (
        "Speaking in parliament about the vote in which his Labour Party (LP) warned its members "
        "not to rebel, Ortega warned that the opposition would pay at the polls."
    )
    assert speakers(source) == ["Ortega"]
