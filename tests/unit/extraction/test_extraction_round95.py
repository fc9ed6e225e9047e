"""Session 41 (round 95): general rules from the tuning texts' errors, the eighty-fourth fresh set
among them once retired, each tested on sentences of our own."""

from tests.unit.extraction.helpers import passages, speakers, spoken


def test_she_goes_back_to_an_analyst_named_again_later():
    source = (
        '"Costs rose again," chief executive Tom Hale said in a statement. Maria Vance, an analyst '
        'with Bell Rock, expected deeper cuts. "I would like to have seen more," she said. '
        '"Everyone will talk about costs," Vance said.'
    )
    assert speakers(source)[2] == "Maria Vance"


def test_a_headquarters_is_a_body_whose_name_keeps_its_first_word():
    source = "The Defence Headquarters (DHQ) said it was unaware of any attack on the base."
    assert speakers(source) == ["Defence Headquarters"]


def test_some_of_the_residents_are_the_residents():
    source = "Some of the residents said the gunmen arrived in ten trucks before dawn."
    assert speakers(source) == ["residents"]


def test_while_one_side_claimed_with_commas_inside_and_the_other_said():
    source = (
        "While villagers claimed that several people, including two teachers, were killed, "
        "the army said it had no record of the raid."
    )
    assert spoken(source) == [
        (
            "villagers claimed that several people, including two teachers, were killed",
            "villagers",
        ),
        ("the army said it had no record of the raid.", "army"),
    ]


def test_a_comma_after_were_killed_is_no_second_subject():
    source = (
        "While villagers claimed that several people, including two teachers, were killed, "
        "the army said it had no record of the raid."
    )
    assert not any(passage.startswith("were killed") for passage in passages(source))
