"""Session 41 (round 104): general rules from the tuning texts' errors, the ninety-third fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers, wordings


def test_a_quotation_in_straight_single_marks_is_the_speakers():
    source = (
        "'Prices have peaked for now,' said Ana Lopes, chief economist at Banco Norte. He added, "
        "'We expect rates to fall next year.'"
    )
    assert speakers(source) == ["Ana Lopes", "Ana Lopes"]


def test_an_apostrophe_is_no_quotation_mark():
    source = "The players' union said the deal was fair."
    assert speakers(source) == ["players' union"]


def test_a_determiner_then_an_adjective_in_ed_is_no_clause():
    source = (
        "The country has been facing a currency crisis and an elevated inflationary pressure for "
        "a long time, the governor said."
    )
    assert len(wordings(source)) == 1


def test_a_passive_clause_before_and_noted_lends_no_subject():
    source = (
        "Before imposing the sentence, Judge Ward cited the lies told to regulators after the "
        "fraud was exposed in 2019 and noted that the banker hid losses from investors."
    )
    assert not any(wording.startswith("The fraud was noted") for wording in wordings(source))
