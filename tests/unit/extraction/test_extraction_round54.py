"""Session 37 (round 54): rules from the retired forty-fifth fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with, speakers


def test_a_company_announcing_its_own_act_is_the_reporters_account():
    source = (
        "Shares of Acme Tools rose 4 percent on Monday. "
        "The toolmaker announced a two-for-one stock split last month."
    )
    assert speakers(source) == [None, None]


def test_announcing_that_is_still_speech():
    source = "The toolmaker announced that sales had risen 9 percent in the quarter."
    assert speakers(source) == ["toolmaker"]


def test_the_day_after_an_inverted_speaker_is_no_part_of_the_name():
    source = '"We will carry this county," said Okonjo Friday.'
    assert speakers(source) == ["Okonjo"]


def test_in_a_statement_is_how_it_was_said_not_who_said_it():
    source = "In a statement a spokeswoman says the figures match the party's own polling."
    assert speakers(source) == ["spokeswoman"]


def test_a_member_of_an_armed_group_is_named_after_the_role():
    source = '"They burned every house in the village," said JTF fighter Musa Garba.'
    assert speakers(source) == ["Musa Garba"]


def test_a_short_form_inside_a_subject_is_no_speaker():
    source = (
        "A farmer, a Joint Task Force (JTF) member and a nurse each confirmed the attack to "
        "Reuters."
    )
    assert speakers(source) == [None]


def test_a_named_poll_shows_what_it_measured():
    source = "The latest Marist Poll shows the mayor with a 7-point lead."
    assert speakers(source) == ["Marist Poll"]


def test_a_survey_count_of_what_people_expect_is_a_figure():
    source = (
        "The share of households who said they expect prices to rise over the next year fell "
        "3 points to 41 percent."
    )
    assert claim_with(source, "share of households").checkable
    forecast = "Households expect prices to rise 4 percent over the next year."
    assert not claim_with(forecast, "Households expect").checkable
