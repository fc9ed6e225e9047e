"""Sixth round (session extract23): rules from the errors of five more tuning texts (conflict
wire copy with several parties, a verdict, two sets of company results), each written as a
reviewer reports it, on sentences made up for the test."""

import pytest

from tests.unit.extraction.helpers import claim_with
from webapp.extraction import extract_claims

# -- speakers ---------------------------------------------------------------------------------


def test_a_stray_quotation_mark_does_not_hand_the_next_paragraphs_to_the_last_speaker():
    # the copy left a closing mark without an opening one; the next paragraph opens with no
    # quotation mark, so it is the reporter's again
    source = (
        '"The defendant has been held to account," she said.\n\n'
        'The counts included six charges of fraud, with each carrying a maximum of 10 years," '
        "and two of perjury.\n\n"
        "Harris was found guilty on all eight counts related to the pension fund."
    )
    claim = claim_with(source, "found guilty on all eight counts")
    assert claim.speaker is None
    assert claim.attribution == "reporter"


def test_a_quotation_going_on_into_a_new_paragraph_that_reopens_it_keeps_its_speaker():
    source = (
        '"We lost three of our best officers in the attack," the governor, Ana Ruiz, said. '
        '"Two more are in hospital.\n\n'
        '"The attackers crossed the river at night," she said.'
    )
    assert claim_with(source, "Two more are in hospital").speaker == "Ana Ruiz"
    assert claim_with(source, "crossed the river").speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    "source",
    [
        'Fund manager Tom Reyes said: "Strong numbers from every division."',
        'The chief executive, Mary Lowe, said in a statement: "With sales up 40% we are in '
        'good shape."',
    ],
)
def test_a_quotation_after_said_and_a_colon_is_a_direct_quotation(source):
    (claim,) = extract_claims(source)
    assert claim.speaker is not None
    assert claim.attribution == "direct"


def test_continued_before_a_colon_and_a_quotation_attributes_it():
    source = (
        "Ms Lowe, who took over as chief executive in May, continued: "
        '"We will keep investing in new stores throughout the year."'
    )
    (claim,) = extract_claims(source)
    assert claim.speaker == "Lowe"
    assert claim.checkable_reason == "intent"


def test_he_after_an_unnamed_spokesman_is_that_spokesman():
    source = (
        "Nine rebels were killed in an overnight raid, a police spokesman said on Monday.\n\n"
        "“Two of our officers were wounded,” he added.\n\n"
        "He said roads into the district had been closed until further notice."
    )
    assert claim_with(source, "roads into the district").speaker == "police spokesman"


def test_accused_of_is_a_participle_not_an_attribution():
    source = (
        "Gunmen shot dead a shopkeeper accused of being an informer in the border town of Zaro."
    )
    (claim,) = extract_claims(source)
    assert claim.speaker is None


def test_a_statement_of_the_military_speaks_for_the_military():
    source = (
        "According to a military statement, two soldiers were killed near the dam.\n\n"
        "The military said one attacker was also captured."
    )
    assert claim_with(source, "two soldiers").speaker == "military"
    assert claim_with(source, "one attacker").speaker == "military"


def test_a_relative_clause_is_never_a_speaker():
    source = (
        "Reed was convicted on all four counts related to the second complainant, now 22, "
        "who broke down as she testified to being threatened by Reed in 2019."
    )
    assert all(claim.speaker is None for claim in extract_claims(source))
