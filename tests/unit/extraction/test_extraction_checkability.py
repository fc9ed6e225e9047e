"""The checkability model: opinions, forecasts and appeals that no rule names are still marked
not checkable, plain facts stay checkable, and the model reads ClaimBuster's held-out split."""

import json
import re
from pathlib import Path

import pytest

from webapp.extraction import checkability, extract_claims, rules
from webapp.extraction.checkability import checkability_logit, cue_features, unverifiable_reason
from webapp.extraction.claims import checkable_reason

# ClaimBuster's held-out split, copied from ../shared/bench (attribution in README.md here);
# the checkability model never trained on it
TEST_SPLIT = Path(__file__).with_name("claimbuster_test.json")
MODEL_REASON = "reads as not checkable (checkability model)"


@pytest.mark.parametrize(
    "sentence",
    [
        '"It is a dangerous moment for the region," the diplomat said.',
        '"These are dark times for our democracy," she said.',
        '"I want every child in this state to have a good school," the governor said.',
    ],
)
def test_a_quoted_opinion_no_rule_names_is_not_checkable(sentence):
    assert checkable_reason(sentence) is None  # no rule's word list has it
    (claim,) = extract_claims(sentence)
    assert not claim.checkable
    assert claim.checkable_reason == "opinion"
    assert claim.kind == "opinion"
    assert MODEL_REASON in claim.reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors said the man drove the van into the crowd at about 2 p.m.",
        "The council approved the budget on Tuesday by seven votes to two.",
        "Police arrested two teenagers after the fire at the school.",
        '"We recovered the bodies of three fishermen," the coastguard said.',
        "The airport reopened on Sunday after a two-day closure.",
        "Officials said 40 homes were destroyed by the landslide.",
        "The court heard that the defendant had sent threatening messages to his neighbour.",
    ],
)
def test_a_plain_fact_stays_checkable(sentence):
    (claim,) = extract_claims(sentence)
    assert claim.checkable
    assert MODEL_REASON not in claim.reasons


def test_the_model_ranks_a_fact_above_an_opinion_in_the_score():
    (fact,) = extract_claims("Police arrested two teenagers after the fire at the school.")
    (opinion,) = extract_claims('"These are dark times for our democracy," she said.')
    assert fact.score > opinion.score


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ('"We could see a very difficult winter," she said.', "prediction"),
        ('"The years ahead look bright for this club," the coach said.', "prediction"),
        ('"We all need to be patient," the mayor said.', "exhortation"),
        ('"Families cannot keep paying these prices," the senator said.', "opinion"),
    ],
)
def test_the_reason_says_whether_it_is_a_forecast_an_appeal_or_an_opinion(sentence, reason):
    assert unverifiable_reason(sentence) == reason


def test_a_court_order_stays_a_fact_although_the_model_reads_an_obligation():
    sentence = "Lee will have to serve 200 hours of community service and pay a fine."
    assert all(claim.checkable for claim in extract_claims(sentence))


def test_the_model_separates_claimbuster_test_split():
    rows = json.loads(TEST_SPLIT.read_text(encoding="utf-8"))
    positives = [checkability_logit(row["text"]) for row in rows if row["label"]]
    negatives = [checkability_logit(row["text"]) for row in rows if not row["label"]]
    ranked = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    assert ranked / (len(positives) * len(negatives)) >= 0.88  # 0.909 when trained


SAMPLES = [
    '"We\'ll WIN this," he said, "Very SIMPLY."',
    "The Outlook is grim. NEXT YEAR will be worse.",
    "“Ça ira,” she said: “It’ll be very hard, and we’re going to need more.”",
    "Police said 14 people, aged 20 to 41, were held on Monday.",
    "İstanbul Will grow Much faster, Experts Predict.",
    "No quotation here, no modal and no figure",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_fast_cues_are_the_plain_cues(text):
    plain = [
        re.compile(checkability._MODAL.pattern, re.IGNORECASE),
        re.compile(checkability._FUTURE.pattern, re.IGNORECASE),
        re.compile(checkability._INTENSIFIER.pattern, re.IGNORECASE),
    ]
    said = checkability.content(text)
    cues = cue_features(text)
    expected = [
        bool(plain[0].search(said)),
        bool(plain[1].search(text)),
        bool(plain[2].search(said)),
    ]
    assert [bool(cues[2]), bool(cues[3]), bool(cues[4])] == expected
    assert cue_features(text, rules.measures_something(text)) == cues
