"""Session 40 (round 74): general rules from the tuning texts' errors, the sixty-third fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers
from webapp.extraction import split_sentences


def test_a_state_after_its_town_ends_a_sentence_before_a_new_subject_and_verb():
    source = "She sent him to the prison in Bradford, Pa. Lioi also ordered him to pay $300,000."
    assert [sentence.text for sentence in split_sentences(source)] == [
        "She sent him to the prison in Bradford, Pa.",
        "Lioi also ordered him to pay $300,000.",
    ]


def test_a_state_after_its_town_before_a_titled_name_or_a_verb_does_not_end_it():
    assert len(split_sentences("He lives in Erie, Pa. Mayor Joe Schember met him.")) == 1
    assert len(split_sentences("The plant in York, Pa. employs 300 people.")) == 1


def test_economists_whod_predicted_are_not_the_speaker_of_the_sentence():
    assert speakers(
        "The economy grew at a moderate pace in the first quarter — surprising economists who’d "
        "predicted a major slowdown."
    ) == [None]


def test_according_to_the_indictment_is_the_indictment():
    assert (
        speakers(
            "Roe pleaded guilty. According to the indictment, the agency was in danger of losing "
            "its county funding in 2008."
        )[-1]
        == "indictment"
    )
