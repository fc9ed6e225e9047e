"""Session 28 (round 11): rules from the retired fifth fresh set's errors, each a general
pattern of wire copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import speakers
from webapp.extraction import extract_claims, split_sentences


def test_a_name_after_said_follows_clauses_of_any_shape():
    names = speakers(
        "The man lived in Hidalgo County, near the border, and also had heart disease, said "
        "Maria Lopez, a spokeswoman for the county."
    )
    assert set(names) == {"Maria Lopez"}


def test_a_country_or_team_before_a_role_is_not_the_speaker():
    names = speakers(
        "Australia captain Pat Cummins reflected on the defeat and said his side would recover. "
        "The Baggy Greens captain praised the bowlers and said they had done well."
    )
    assert set(names) == {"Pat Cummins"}


def test_a_body_named_with_for_and_and_keeps_its_whole_name():
    (claim,) = extract_claims(
        "The Department for Environment, Food and Rural Affairs said 12 farms were affected. "
        "The Centers for Medicare and Medicaid Services said costs rose 4 percent."
    )[-1:]
    assert claim.speaker == "Centers for Medicare and Medicaid Services"


def test_a_tally_named_after_a_news_agency_is_the_agency():
    (claim,) = extract_claims("At least 300 people have died this year, according to an AFP tally.")
    assert claim.speaker == "AFP"


def test_the_country_before_government_is_not_an_acronym_to_expand():
    names = speakers(
        "The US Geological Survey said the quake struck at dawn. The US government changed its "
        "travel advice on Friday, saying visitors should avoid the coast."
    )
    assert names[-1] == "US government"


def test_fell_ill_ends_a_sentence():
    text = "Three pupils fell ill. Schools in the district were told to close."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Three pupils fell ill.",
        "Schools in the district were told to close.",
    ]


def test_a_commitment_is_an_intent_and_a_company_projection_a_prediction():
    commitment, projection = extract_claims(
        '"We remain committed to our long-term growth plan," the chief executive said. '
        "Acme projects between $40 million and $45 million in sales next quarter."
    )
    assert commitment.checkable_reason == "intent"
    assert projection.checkable_reason == "prediction"
    assert (
        projection.text
        == "Acme projects between $40 million and $45 million in sales next quarter."
    )


def test_two_counted_subjects_of_one_verb_stay_one_claim():
    texts = [
        claim.text for claim in extract_claims("Four police officers and 9 bystanders were hurt.")
    ]
    assert texts == ["Four police officers and 9 bystanders were hurt."]


def test_a_count_with_its_verb_left_out_is_its_own_claim():
    texts = [
        claim.text
        for claim in extract_claims("Police said at least 8 people were killed and 15 injured.")
    ]
    assert len(texts) == 2
    assert texts[1].endswith("and 15 injured.")
