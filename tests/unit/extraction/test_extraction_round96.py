"""Session 41 (round 96): general rules from the tuning texts' errors, the eighty-fifth fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_double_primes_are_read_as_quotation_marks():
    source = (
        "Dr. Ellen Marsh, the state epidemiologist, said the outbreak was over. ″It is a "
        "self-limiting disease,″ said Marsh. ″It usually lasts about two weeks.″"
    )
    assert speakers(source) == ["Ellen Marsh", "Ellen Marsh", "Ellen Marsh"]


def test_a_bodys_head_named_after_the_verb_is_the_person():
    source = (
        '"Jets struck the market at dawn," said the Syrian Network for Human Rights’ head '
        "Fadel Abdul Ghany."
    )
    assert speakers(source) == ["Fadel Abdul Ghany"]


def test_stated_this_at_a_briefing_is_the_reporters_note():
    source = (
        "The governor said 40 schools would reopen. He stated this on Monday at a briefing in "
        "the state capital."
    )
    assert speakers(source)[-1] is None


def test_a_title_then_a_name_in_apposition_goes_on_saying():
    source = (
        "Commissioner for Works, Engr. Musa Bello, disclosed this at a briefing in Kano on "
        "Tuesday, saying the 12 bridges would be finished by June."
    )
    assert speakers(source)[-1] == "Musa Bello"
