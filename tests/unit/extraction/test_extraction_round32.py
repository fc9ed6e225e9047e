"""Session 34 (round 32): rules from the retired twenty-fourth fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, speakers


def test_a_role_with_a_place_before_it_gives_the_name_after_it():
    source = (
        "\u201cThis is now an epidemic,\u201d said Ohio state epidemiologist Dr. Mark Ellis, "
        "explaining that the virus had reached 12 counties."
    )
    assert speakers(source)[0] == "Mark Ellis"


def test_a_role_after_says_and_a_comma_speaks_after_a_clause_of_the_reporters():
    source = (
        "Coral reefs recover slowly, but the new survey shows how much was lost, says study "
        "co-author Lena Park. \u201cWe lost half the reef in ten years,\u201d she said."
    )
    assert speakers(source) == ["Lena Park", "Lena Park"]


def test_a_count_of_cases_is_no_speaker():
    source = "As of Friday, 312 confirmed or probable cases had been reported to the state."
    assert speakers(source) == [None]


def test_as_of_a_day_names_no_one():
    source = "As of Friday, 312 cases had been reported. The company said its plant had reopened."
    assert claim_with(source, "plant had reopened").speaker == "company"


def test_the_federal_agency_is_named_without_federal():
    source = "The federal Bureau of Prisons said it had moved 40 inmates."
    assert speakers(source) == ["Bureau of Prisons"]
