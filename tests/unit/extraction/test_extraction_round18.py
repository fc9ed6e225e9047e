"""Session 29 (round 18): rules from the retired twelfth fresh set's errors, each a general
pattern of wire copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers
from webapp.extraction import extract_claims


def test_an_abbreviation_inside_a_title_after_said_keeps_the_name():
    source = '"She took the money," said Assistant U.S. Attorney Mary Kline.'
    assert speakers(source) == ["Mary Kline"]


def test_a_role_after_said_is_the_speaker_never_the_clause_before_it():
    source = "The gunman blew himself up, said a police official on condition of anonymity."
    assert speakers(source) == ["police official"]


def test_a_statement_released_by_a_body_after_said_is_that_body():
    source = '"The convoy was hit twice," said a statement released by NATO forces.'
    assert speakers(source) == ["NATO forces"]


def test_a_person_of_an_institution_after_according_to_is_the_person():
    source = '"The probe is in good health," according to Lena Moss of the European Space Agency.'
    assert speakers(source) == ["Lena Moss"]


def test_termed_rued_voiced_and_informed_that_report_what_was_said():
    assert speakers("Coach Ana Ruiz termed it the best win of the season.") == ["Ana Ruiz"]
    assert speakers("Coach Ana Ruiz rued the missed chances.") == ["Ana Ruiz"]
    assert speakers("Finance Minister Omar Said voiced his objections to the plan.") == [
        "Omar Said"
    ]
    assert speakers("Two parties informed the speaker that they would oppose the bill.") == [
        "Two parties"
    ]


def test_reporting_to_custody_is_a_court_order_and_checkable():
    (claim,) = extract_claims("Reed must report to federal custody by June 1.")
    assert claim.checkable


def test_an_appeal_in_preparation_and_determination_are_intents():
    for sentence in (
        "Defence lawyers are already working on an appeal.",
        "An aide said the minister was determined to see the bill pass.",
    ):
        (claim,) = extract_claims(sentence)
        assert claim.checkable_reason == "intent", sentence


def test_a_pledge_already_made_is_a_checkable_fact():
    (claim,) = extract_claims("Only 13 ministers had pledged to vote for the report.")
    assert claim.checkable


def test_having_no_information_is_boilerplate():
    source = (
        "Officials confirmed the blast, but they did not have any information about the victims."
    )
    assert "boilerplate" in [claim.checkable_reason for claim in extract_claims(source)]
