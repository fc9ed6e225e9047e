"""Session 35 (round 40): rules from the retired thirty-first fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

import pytest

from tests.unit.extraction.helpers import claims_of, speakers


@pytest.mark.parametrize(
    "source",
    [
        "No other details about the crash were immediately available on Monday.",
        "The Herald has asked for this information.",
        "(RELATED: Museum Sells Fossil For $2 Million In London)",
    ],
)
def test_a_newsrooms_notes_and_promotion_lines_are_boilerplate(source):
    claim = claims_of(source)[0][1]
    assert (claim.checkable, claim.checkable_reason) == (False, "boilerplate")


def test_an_outlet_with_its_city_relays_what_the_named_speaker_said():
    source = (
        "The park's curator, Ana Ruiz, said that 40 new fossils were found this year, according "
        "to KTVB in Boise."
    )
    assert speakers(source) == ["Ana Ruiz"]


def test_results_available_to_the_public_stay_a_fact():
    source = "The results were made available to the public on Monday, showing 12 new cases."
    assert claims_of(source)[0][1].checkable
