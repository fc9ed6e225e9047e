"""Session 36 (round 49): rules from the retired fortieth fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers


def test_a_pronoun_after_a_time_opens_the_clause_whose_subject_notes():
    source = (
        "Health Minister Amal Saleh toured the camps.\n"
        "On Sunday, she declared an outbreak in the province and noted that the water supply "
        "had been contaminated."
    )
    assert speakers(source)[-1] == "Amal Saleh"


def test_shares_of_a_company_are_not_its_name():
    source = (
        "Shares of Borel Inc. rose on Monday after the company cut 900 jobs.\n"
        "The company, whose sales fell last year, said the cuts would save $40 million."
    )
    assert speakers(source)[-1] == "Borel Inc"


def test_weeks_ago_is_no_part_of_a_name():
    source = "Two weeks ago Borel said it would close a plant in Ohio."
    assert speakers(source) == ["Borel"]


def test_officials_in_a_place_stay_the_officials():
    source = "Officials in Kherson said two people were injured."
    assert speakers(source) == ["Officials"]
