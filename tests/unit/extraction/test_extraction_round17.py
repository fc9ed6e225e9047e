"""Session 29 (round 17): rules from the retired eleventh fresh set's errors, each a general
pattern of wire copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claims_of, passages, speakers
from webapp.extraction import extract_claims


def test_a_statement_with_no_issuer_is_the_subjects():
    source = (
        "Colonel Ali Hamid described the raid as a success, according to a statement "
        "published on the state news agency."
    )
    assert speakers(source) == ["Ali Hamid"]


def test_a_report_dated_by_its_weekday_gives_its_issuer():
    source = (
        "Retail sales rose 1.2% in May, according to a long-awaited report Friday from the "
        "Office for National Statistics."
    )
    assert speakers(source) == ["Office for National Statistics"]


def test_a_poll_that_shows_is_the_source():
    assert speakers("A poll showed Ortiz with a four-point lead.") == ["poll"]
    source = (
        "A new poll conducted by Quinnipiac University shows that 47 percent of voters back Ortiz."
    )
    assert speakers(source) == ["Quinnipiac University"]


def test_a_rate_over_a_second_period_is_a_claim_of_its_own():
    source = "Wages rose 0.4% for the month and 4.1% from a year ago."
    assert passages(source) == ["Wages rose 0.4% for the month", "4.1% from a year ago."]
    assert [claim.text for _, claim in claims_of(source)][1] == "Wages rose 4.1% from a year ago."


def test_versus_a_forecast_is_a_claim_of_its_own():
    source = "The company sold 9.2 million phones, versus the 8.5 million analysts expected."
    assert len(passages(source)) == 2


def test_a_rank_after_it_has_been_is_a_claim_of_its_own():
    source = "The jobless rate rose to 5.1%, the highest it's been since March 2016."
    assert passages(source) == [
        "The jobless rate rose to 5.1%",
        "the highest it's been since March 2016.",
    ]


def test_expecting_cases_in_the_coming_weeks_is_a_prediction():
    (claim,) = extract_claims("The agency expects hundreds of new cases in the coming weeks.")
    assert claim.checkable_reason == "prediction"


def test_a_companys_forecast_for_the_current_quarter_is_its_prediction():
    source = "Acme forecast earnings for the current quarter of 40 cents to 45 cents a share."
    (claim,) = extract_claims(source)
    assert claim.speaker == "Acme"
    assert claim.checkable_reason == "prediction"
    # what analysts had forecast for a quarter now over is checkable
    (earlier,) = extract_claims("Analysts had forecast earnings of 40 cents a share.")
    assert earlier.checkable


def test_a_toll_already_likely_to_be_higher_is_not_checkable():
    (claim,) = extract_claims("The real toll is already likely to be higher, officials said.")
    assert not claim.checkable
