"""Session 37 (round 57): rules from the retired forty-eighth fresh set's errors, each a general
pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claim_with


def test_what_the_law_could_require_is_a_checkable_exposure():
    source = "She also could be required to forfeit the 3 million dollars she earned from the deal."
    assert claim_with(source, "could be required").checkable


def test_an_event_expected_at_a_future_time_is_a_prediction():
    source = "The probe's arrival at the comet is expected in March 2031."
    assert claim_with(source, "is expected in").checkable_reason == "prediction"


def test_a_plan_reported_by_its_maker_is_an_intent():
    source = "Prosecutor Dana Holt said she planned to seek a prison term for the former mayor."
    assert claim_with(source, "planned to seek").checkable_reason == "intent"


def test_a_compound_adjective_in_based_is_no_past_event_before_a_forecast():
    source = (
        "Maria Lund, a London-based defense lawyer, said the acquittal on two counts may not "
        "help him at sentencing."
    )
    assert claim_with(source, "may not help").checkable_reason == "prediction"
