"""Session 31 (round 23): rules from the retired sixteenth fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

import pytest

from tests.unit.extraction.helpers import claim_with, speakers


def test_the_outlet_a_speaker_told_is_not_the_speaker():
    source = (
        "Retail sales fell 0.4 percent, Reuters reported. "
        "\u201cShoppers are holding back,\u201d Dana Holt, an analyst at Norbank in Oslo, told "
        "Reuters."
    )
    assert speakers(source) == ["Reuters", "Dana Holt"]


@pytest.mark.parametrize(
    "source, speaker",
    [
        ("Meanwhile, chief executive Ann Lee said sales rose 4 percent.", "Ann Lee"),
        (
            "Nevertheless, chairman and CEO Tom Reyes insisted the quarter was a success.",
            "Tom Reyes",
        ),
    ],
)
def test_a_linking_word_before_a_role_and_a_name_is_not_the_speaker(source, speaker):
    assert speakers(source) == [speaker]


def test_how_sentences_run_together_is_a_fact_of_the_sentence():
    source = "The judge said the two-year fraud sentence will run concurrently."
    claim = claim_with(source, "concurrently")
    assert claim.checkable


@pytest.mark.parametrize(
    "source, fragment",
    [
        ("The defendant didn't seem fazed when the verdict was read.", "seem"),
        ('"It just seemed to last forever," said a resident.', "seemed"),
    ],
)
def test_an_impression_is_an_opinion(source, fragment):
    claim = claim_with(source, fragment)
    assert (claim.checkable, claim.checkable_reason) == (False, "opinion")
