"""Session 41 (round 100): general rules from the tuning texts' errors, the eighty-ninth fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_he_goes_back_to_a_surname_marked_as_a_person_by_who():
    source = (
        "Lucas Moreau and Tom Hale are two shots back. Hale had an eagle on the 16th hole. "
        'Ferris, who bogeyed the 18th, said the wind was a problem. "It was unplayable at that '
        'point," he said.'
    )
    assert speakers(source)[-1] == "Ferris"


def test_according_to_the_families_is_the_families():
    source = "According to the families, the soldiers were on their way home on Tuesday."
    assert speakers(source) == ["families"]


def test_a_name_before_a_role_at_an_employer_whose_name_holds_commas():
    source = (
        "Ruth Adair, chief medical officer at King’s, Guy’s and St Thomas’ hospitals, said the "
        "wards were full."
    )
    assert speakers(source) == ["Ruth Adair"]


def test_a_name_with_a_role_then_its_own_verb_is_no_speaker_before_a_tail():
    source = (
        "Maria Costa, main rival of President Ivo Kral, held her final rally in Brno on Friday, "
        "Reuters reports."
    )
    assert speakers(source) == ["Reuters"]


def test_a_bodys_estimates_show_is_the_body():
    source = "Office for National Statistics estimates show that 2,400 people died in the heatwave."
    assert speakers(source) == ["Office for National Statistics"]
