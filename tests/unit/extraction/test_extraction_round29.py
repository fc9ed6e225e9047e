"""Session 34 (round 29): rules from the retired twenty-first fresh set's errors, each a general
pattern of news copy, tested on sentences of our own; and a pattern that never matched."""

import pytest

from tests.unit.extraction.helpers import claim_with, speakers


@pytest.mark.parametrize(
    "quote",
    [
        "\u201cWe played very good football in the second half,\u201d the coach said.",
        "\u201cThe players were really competitive tonight,\u201d the coach said.",
        "\u201cThe conditions were really tough out there,\u201d the captain said.",
    ],
)
def test_an_intensified_appraisal_is_an_opinion(quote):
    # "very good", "really competitive": the pattern held a stray control character and
    # never matched before
    assert claim_with(quote, "coach" if "coach" in quote else "captain").checkable_reason == (
        "opinion"
    )


def test_a_great_deal_is_a_quantity_not_praise():
    source = "The mayor has spent a great deal of the budget on roads, the auditor said."
    assert claim_with(source, "great deal").checkable


def test_trial_evidence_cited_is_the_source():
    source = "He took cash from three contractors, according to trial evidence."
    assert speakers(source) == ["trial evidence"]


def test_the_researcher_is_the_scientist_quoted_before():
    source = (
        "\u201cThe teeth are unlike any we know,\u201d study author Maria Okafor told reporters. "
        "The researcher said the species lived 3 million years ago."
    )
    assert claim_with(source, "3 million years").speaker == "Maria Okafor"


def test_the_researcher_stays_a_description_when_no_scholar_was_quoted():
    source = (
        "\u201cWe will appeal,\u201d the mayor's lawyer Tom Ruiz said. "
        "The researcher said the bridge had 40 cracks."
    )
    assert claim_with(source, "40 cracks").speaker == "researcher"
