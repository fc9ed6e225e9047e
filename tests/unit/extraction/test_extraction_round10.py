"""Session 28 (round 10): rules from the retired fourth fresh set's errors, each a general
pattern of wire copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import spoken
from webapp.extraction import extract_claims


def test_a_name_after_a_possessive_role_is_the_speaker():
    claims = spoken(
        "The telescope reached orbit on Friday. “It is a great day,” said ESA’s director of "
        "science Carole Mundell. “It works,” said chief engineer Pablo Ruiz."
    )
    assert [speaker for _, speaker in claims[1:]] == ["Carole Mundell", "Pablo Ruiz"]


def test_figures_named_after_a_department_are_the_department():
    claims = spoken("Retail sales rose 2 percent in May, the Commerce Department figures showed.")
    assert claims[0][1] == "Commerce Department"


def test_revised_data_are_not_a_speaker():
    claims = spoken("Revised data show that factory orders grew faster than first reported.")
    assert claims[0][1] is None


def test_the_statement_is_whoever_issued_it():
    source = (
        "Ten people died in the blast, a National Disaster Management Authority (NDMA) "
        "statement said. The army said it had sealed the area. "
        "“Rescue work is going on,” the statement said. "
        "The interior ministry said in a statement that 40 people were arrested. "
        "Officials were told to stay alert, the ministry statement said."
    )
    names = [speaker for _, speaker in spoken(source)]
    assert names[0] == "National Disaster Management Authority"
    assert names[2] == "National Disaster Management Authority"
    assert names[-1] == "interior ministry"


def test_a_second_count_after_and_is_its_own_claim():
    found = [
        passage
        for passage, _ in spoken(
            "Three policemen died and more than 20 attackers were killed in the raid."
        )
    ]
    assert len(found) == 2


def test_a_where_clause_with_its_own_subject_is_its_own_claim():
    found = [
        passage
        for passage, _ in spoken(
            "The delegation travelled on to Geneva, where negotiators signed a draft accord."
        )
    ]
    assert found == [
        "The delegation travelled on to Geneva",
        "where negotiators signed a draft accord.",
    ]


def test_a_share_of_a_figure_after_with_is_its_own_claim():
    found = [
        passage
        for passage, _ in spoken(
            "Factories added 40,000 workers in March, with carmakers accounting for half of them."
        )
    ]
    assert len(found) == 2


def test_a_gain_before_it_is_its_own_claim():
    found = [
        passage
        for passage, _ in spoken(
            "Builders started 12,000 homes in June after a revised gain of 9,000 in May."
        )
    ]
    assert len(found) == 2


def test_hiring_then_a_falling_rate_are_two_claims():
    found = [
        passage
        for passage, _ in spoken(
            "Britain added more jobs in May and the unemployment rate fell to 4 percent."
        )
    ]
    assert len(found) == 2


def test_what_a_bill_would_do_is_checkable():
    (claim,) = extract_claims("The bill would raise the minimum wage to $15 an hour by 2030.")
    assert claim.checkable


def test_a_court_order_to_surrender_is_checkable():
    (claim,) = extract_claims("Lopez must turn himself in to begin his sentence on March 3.")
    assert claim.checkable


def test_a_judge_who_will_decide_later_states_an_intent():
    (claim,) = extract_claims("Judge Hart says she'll decide the question of bail next week.")
    assert claim.checkable_reason == "intent"


def test_being_urged_is_a_reported_event_not_an_exhortation():
    (claim,) = extract_claims("The Afghan government was urged to investigate the shooting.")
    assert claim.checkable


def test_the_reporters_own_uncertainty_is_not_checkable_but_a_sources_is_reported():
    ours, theirs = extract_claims(
        "It remains unclear whether the bridge will reopen this year. "
        "The mayor said it was unclear whether the contractor had been paid."
    )
    assert ours.checkable_reason == "opinion"
    assert theirs.checkable


def test_the_maximum_sentence_a_defendant_could_face_is_checkable():
    (claim,) = extract_claims("Prosecutors said Diaz could face up to 15 years in prison.")
    assert claim.checkable
