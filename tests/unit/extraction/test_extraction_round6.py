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


# -- checkability -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "Most brokers were enthusiastic about the new chief executive.",
        "The bank's results were not uniformly positive.",
        "The quarter followed a string of good results from European carmakers.",
        '"We have had a really nice start to the season," the coach said.',
        "The verdict was a resounding endorsement of the state's case.",
        '"He committed horrific crimes against his own family," the prosecutor said.',
        "The mayor said justice had finally been served for the victims.",
    ],
)
def test_appraisal_of_results_and_verdicts_is_an_opinion(source):
    (claim,) = extract_claims(source)
    assert claim.checkable_reason == "opinion"


@pytest.mark.parametrize(
    "source",
    [
        'Fund manager Tom Reyes said: "Terrific numbers from every division."',
        '"Great Britain has left the customs union," the minister said.',
    ],
)
def test_a_capital_only_because_it_opens_a_quotation_still_reads_as_an_opinion(source):
    # ... while a name that opens the quotation ("Great Britain") stays a name
    (claim,) = extract_claims(source)
    assert claim.checkable == ("Britain" in source)


def test_appraisal_with_a_figure_stays_a_statistic():
    (claim,) = extract_claims("Analysts were enthusiastic after a 12% rise in car sales.")
    assert claim.checkable


def test_no_additional_details_is_boilerplate_and_what_it_did_say_is_its_own_claim():
    source = (
        "The army said two soldiers were wounded in the ambush. It gave no additional details "
        "and only said the attackers had fled across the river."
    )
    details = claim_with(source, "no additional details")
    said = claim_with(source, "attackers had fled")
    assert details.checkable_reason == "boilerplate"
    assert said.checkable
    assert said.speaker == "army"


def test_a_figure_read_after_a_forecast_is_part_of_the_forecast():
    source = (
        "For the year, the retailer said to expect sales of $4.1 billion to $4.3 billion, "
        "with earnings between 80 cents and 85 cents a share."
    )
    earnings = claim_with(source, "80 cents")
    assert earnings.text != "with earnings between 80 cents and 85 cents a share."
    assert earnings.checkable_reason == "prediction"


# -- atomicity --------------------------------------------------------------------------------


def test_revenue_after_earnings_is_a_claim_of_its_own():
    source = (
        "The chipmaker said it earned $1.2 billion, or 41 cents a share, on revenue of "
        "$6.3 billion, for the quarter ended June 30."
    )
    revenue = claim_with(source, "$6.3 billion")
    assert "$1.2 billion" not in source[revenue.start : revenue.end]
    assert revenue.text.startswith("The chipmaker said it earned")


@pytest.mark.parametrize(
    ("source", "second"),
    [
        (
            "Profit for the six months rose 12% on a year earlier, with online sales of "
            "$2.4bn - a rise of 40%.",
            "a rise of 40%",
        ),
        ("Group profit was £310m (€360m), 18% up on the £263m it made a year ago.", "18% up"),
    ],
)
def test_a_change_after_a_figure_is_a_claim_of_its_own(source, second):
    claims = extract_claims(source)
    assert len(claims) >= 2
    change = claim_with(source, second)
    assert source[change.start : change.end].startswith(("a rise", "18% up"))
    assert change.text.endswith(".") and change.text[:1].isupper()


def test_and_also_with_a_second_act_is_a_claim_of_its_own():
    source = (
        "After the ambush on Sunday, police raided two villages near the border and also "
        "arrested a dozen suspects in an overnight search."
    )
    arrests = claim_with(source, "arrested a dozen")
    assert "raided" not in source[arrests.start : arrests.end]
    assert arrests.text.startswith("After the ambush on Sunday, police also arrested")


def test_another_with_its_own_verb_starts_a_clause_of_its_own():
    source = "One of the gunmen was arrested at the scene and another was shot dead by police."
    assert len(extract_claims(source)) == 2


def test_but_said_a_count_borrows_the_subject_with_its_apposition():
    source = (
        "Ali Reza, a spokesman for the rebels based in the hills, confirmed the fighting but "
        "said only two of their men were wounded."
    )
    count = claim_with(source, "only two")
    assert count.speaker == "Ali Reza"
    assert count.text.startswith("Ali Reza, a spokesman for the rebels based in the hills, said")
