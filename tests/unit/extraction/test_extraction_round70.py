"""Session 40 (round 70): general rules from the tuning texts' errors, the fifty-ninth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers, wordings
from webapp.extraction import split_sentences


def test_a_sentence_glued_to_the_one_before_without_a_space_is_cut():
    source = "The cases occurred in two districts.It would be recalled that 40 died last year."
    assert [sentence.text for sentence in split_sentences(source)] == [
        "The cases occurred in two districts.",
        "It would be recalled that 40 died last year.",
    ]


def test_a_web_address_is_not_cut_as_a_glued_sentence():
    source = "Details are on acme.com and in the annual report."
    assert len(split_sentences(source)) == 1


def test_a_body_known_as_a_name_is_that_name():
    assert speakers("The UN mission known as MONUSCO said the attack took place on Tuesday.") == [
        "MONUSCO"
    ]


def test_a_place_opening_the_sentence_is_not_the_speaker():
    assert speakers(
        "In New York, the UN spokesperson, Stephane Dujarric, said the mission had sent patrols."
    ) == ["Stephane Dujarric"]


def test_the_person_quoted_as_saying_is_the_speaker_and_the_sentence_stays_whole():
    source = (
        "Local media reports quoted Professor Samuel Annim as saying that in January the rate "
        "fell to 53.6 per cent."
    )
    assert wordings(source) == [source]
    assert speakers(source) == ["Samuel Annim"]


def test_according_to_him_is_the_person_just_quoted():
    assert speakers(
        "Professor Samuel Annim said the rate fell to 5 per cent. According to him, food "
        "inflation rose to 6.1 per cent."
    ) == ["Samuel Annim", "Samuel Annim"]
