"""Session 41 (round 86): general rules from the tuning texts' errors, the seventy-fifth fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_an_age_before_a_name_after_the_verb_is_no_part_of_it():
    source = (
        '"We came for the music," said Tom Reid, a student. '
        '"We stayed for the speeches," said 68-year-old Ruth Okoye.'
    )
    assert speakers(source)[-1] == "Ruth Okoye"


def test_a_company_written_with_comma_inc_is_one_name_and_the_company_it_stands_for():
    source = (
        "Acme, Inc. is buying Rollo for $2 billion. The deal doubles its snack business, the "
        "company said."
    )
    assert speakers(source)[-1] == "Acme Inc"


def test_lawyers_for_someone_are_the_lawyers_not_their_client():
    source = "Lawyers for former mayor Dana Cole say she should serve no more than two years."
    assert speakers(source) == ["lawyers for Dana Cole"]
