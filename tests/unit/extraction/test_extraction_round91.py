"""Session 41 (round 91): general rules from the tuning texts' errors, the eightieth fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers, wordings


def test_a_person_from_an_employer_is_the_person_and_he_goes_back_to_him():
    source = (
        "Mark Lind from Capital Economics Europe said rates would rise again. He said wages would "
        "keep climbing."
    )
    assert speakers(source) == ["Mark Lind", "Mark Lind"]


def test_one_by_one_is_no_second_object():
    source = (
        "Senators were called one by one to the floor by the chair and one by one they voted "
        "against the bill."
    )
    assert not any(
        wording.startswith("Senators were called one by one they") for wording in wordings(source)
    )
