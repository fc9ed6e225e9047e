"""Session 36 (round 47): rules from the retired thirty-eighth fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_two_apostrophes_close_a_quotation_after_its_punctuation():
    source = (
        "\"It will be a hard match,'' Ruiz said.\n\n"
        "\"I felt good from start to finish.'' Ruiz won 6-3 6-4."
    )
    assert speakers(source)[:2] == ["Ruiz", "Ruiz"]


def test_court_records_show_at_the_end_of_a_sentence():
    source = "The appeals court reversed the ruling of the lower court, court records show."
    assert speakers(source) == ["court records"]


def test_court_records_are_no_court_for_a_later_the_court_wrote():
    source = (
        "The 9th U.S. Circuit Court of Appeals reversed the ruling, court records show.\n\n"
        '"We find no reason to depart from the settled law," the court wrote.'
    )
    assert speakers(source)[-1] == "9th U.S. Circuit Court of Appeals"


def test_the_court_that_writes_is_not_the_court_it_quotes():
    source = (
        "The 4th U.S. Circuit Court of Appeals blocked the lawsuit on Monday.\n\n"
        "\u201cWe reject the invitation to set aside decades of Supreme Court precedent,\u201d "
        "the court wrote in its opinion."
    )
    assert speakers(source)[-1] == "4th U.S. Circuit Court of Appeals"
