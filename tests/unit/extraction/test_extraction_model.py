"""The shipped check-worthiness model against ClaimBuster's held-out test split."""

import json
from pathlib import Path

import pytest

from webapp.extraction.model import checkworthiness, load_model

# ClaimBuster's held-out split, copied from ../shared/bench (attribution in README.md here).
TEST_SPLIT = Path(__file__).with_name("claimbuster_test.json")
ACCURACY_FLOOR = 0.86
AUC_FLOOR = 0.94


def test_model_separates_claimbuster_test_split():
    rows = json.loads(TEST_SPLIT.read_text(encoding="utf-8"))
    scores = [(checkworthiness(row["text"]), row["label"]) for row in rows]
    correct = sum((score >= 0.5) == bool(label) for score, label in scores)
    positives = [score for score, label in scores if label]
    negatives = [score for score, label in scores if not label]
    ranked = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    assert correct / len(rows) >= ACCURACY_FLOOR
    assert ranked / (len(positives) * len(negatives)) >= AUC_FLOOR


@pytest.mark.parametrize(
    ("checkworthy", "vague"),
    [
        ("Unemployment fell to 4.1 percent, the lowest rate since 2000.", "Thank you very much."),
        ("We spent $700 billion on the bailout last year.", "I hope you enjoy the evening."),
    ],
)
def test_model_ranks_factual_sentence_above_pleasantry(checkworthy, vague):
    assert checkworthiness(checkworthy) > 0.5 > checkworthiness(vague)


def test_model_is_loaded_once():
    assert load_model() is load_model()
