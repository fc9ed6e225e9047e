"""Session 41 (round 84): general rules from the tuning texts' errors, the seventy-third fresh
set among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers


def test_also_before_the_verb_is_no_part_of_the_source():
    source = "The survey by the Institute for Civic Research also showed that turnout fell."
    assert speakers(source) == ["Institute for Civic Research"]


def test_a_directorate_general_is_a_body_not_a_person_of_one():
    source = (
        "Twelve cases were reported in the capital, according to the Directorate General of "
        "Public Health."
    )
    assert speakers(source) == ["Directorate General of Public Health"]


def test_counts_that_share_out_a_whole_named_first_stay_with_it():
    source = (
        "Among the 240 newly admitted patients, 180 were treated in the capital, according to "
        "the ministry."
    )
    assert passages(source) == [source]


def test_data_from_a_body_is_the_bodys():
    source = "As many as 90 people died that year, data from the health ministry says."
    assert speakers(source) == ["health ministry"]


def test_initials_whose_last_has_no_full_stop_are_part_of_the_name():
    source = (
        "Navy spokesman Commander A.R.K Perera said two boats were sunk. Perera said the "
        "fighting had ended."
    )
    assert speakers(source) == ["A.R.K Perera", "A.R.K Perera"]
