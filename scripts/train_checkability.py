"""Train the checkability model (verifiable statement vs opinion, forecast, appeal, promise)
and export it for pure-Python scoring (webapp/extraction/checkability.py).

Training-only dependency: scikit-learn (pip install scikit-learn). Usage:
    .venv/bin/python scripts/train_checkability.py [--bench ../shared/bench]

Training rows: ClaimBuster's claimbuster_2.5xncs.json minus the test split's sentence ids
(label 1, a check-worthy factual claim, counts as checkable; label 0 — a non-factual or an
unimportant factual sentence — as not), and scripts/data/checkability_written.tsv, news-style
sentences written for this project. C and ClaimBuster's weight are chosen by 5-fold
cross-validation (out-of-fold ROC AUC on the written sentences, the news-style rows); the
decision threshold is the out-of-fold logit below which 2 % of the written checkable sentences
fall (the issue keeps at least 95 % of checkable claims checkable, and the rules already cost
some); checkability.THRESHOLD moves that line at runtime (chosen on the real-copy tuning half,
see docs/extraction.md, "Session 25"). No real-copy evaluation text (bench/realcopy) is read.
"""

import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scripts.train_checkworthiness import (  # noqa: E402
    MIN_DF,
    SEED,
    bench_directory,
    load,
    write_model,
)
from webapp.extraction import checkability as runtime  # noqa: E402
from webapp.extraction.model import word_features  # noqa: E402

WRITTEN = REPO / "scripts" / "data" / "checkability_written.tsv"
C_GRID = (1.0, 4.0, 16.0)
CLAIMBUSTER_WEIGHTS = (0.1, 0.3, 1.0)
FOLDS = 5
# the share of checkable written sentences the chosen threshold may flag, out of fold
FLAGGED_CHECKABLE = 0.02


def written_rows() -> tuple[list[str], np.ndarray]:
    rows = [
        line.split("\t", 1)
        for line in WRITTEN.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return [text for _, text in rows], np.array([int(reason == "-") for reason, _ in rows])


def analyzer(text: str) -> list[str]:
    return word_features(runtime.content(text))


def matrix(vectorizer: TfidfVectorizer, texts: list[str], fit: bool) -> csr_matrix:
    words = vectorizer.fit_transform(texts) if fit else vectorizer.transform(texts)
    cues = csr_matrix(np.array([runtime.cue_features(text) for text in texts]))
    return hstack([words, cues]).tocsr()


def fit(texts: list[str], labels: np.ndarray, weights: np.ndarray, c: float):
    vectorizer = TfidfVectorizer(
        analyzer=analyzer, sublinear_tf=True, min_df=MIN_DF, dtype=np.float64
    )
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    classifier.fit(matrix(vectorizer, texts, True), labels, sample_weight=weights)
    return vectorizer, classifier


def cross_validate(texts, labels, written: np.ndarray) -> tuple[float, float, float]:
    """(C, ClaimBuster weight, threshold) from out-of-fold logits of the training rows."""
    strata = labels * 2 + written  # each fold keeps the shares of both sources and labels
    folds = list(StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(texts, strata))
    best = None
    for c in C_GRID:
        for weight in CLAIMBUSTER_WEIGHTS:
            weights = np.where(written, 1.0, weight)
            out_of_fold = np.zeros(len(texts))
            for train, valid in folds:
                vectorizer, classifier = fit(
                    [texts[i] for i in train], labels[train], weights[train], c
                )
                out_of_fold[valid] = classifier.decision_function(
                    matrix(vectorizer, [texts[i] for i in valid], False)
                )
            auc = roc_auc_score(labels[written], out_of_fold[written])
            checkable = out_of_fold[written & (labels == 1)]
            threshold = float(np.quantile(checkable, FLAGGED_CHECKABLE))
            caught = float(np.mean(out_of_fold[written & (labels == 0)] < threshold))
            print(
                f"C={c} ClaimBuster weight {weight}: written rows' out-of-fold AUC {auc:.4f}; "
                f"threshold {threshold:.3f} flags {caught:.3f} of the non-checkable ones"
            )
            if best is None or auc > best[0]:
                best = (auc, c, weight, threshold)
    return best[1], best[2], best[3]


def export(vectorizer, classifier, threshold: float, path: Path) -> None:
    coefficients = classifier.coef_[0]
    vocabulary = vectorizer.vocabulary_
    payload = {
        "about": "Checkability logistic regression trained on ClaimBuster (CC BY 4.0) and on "
        "sentences written for Claimdesk; see README.md in this directory.",
        "intercept": float(classifier.intercept_[0]) - threshold,
        "cues": [float(weight) for weight in coefficients[len(vocabulary) :]],
        "word": {
            "idf": {
                term: float(vectorizer.idf_[index]) for term, index in sorted(vocabulary.items())
            },
            "coef": {
                term: float(coefficients[index]) for term, index in sorted(vocabulary.items())
            },
        },
    }
    write_model(payload, path)


def main() -> None:
    claimbuster, claimbuster_labels, test_texts, test_labels = load(
        bench_directory(__doc__.splitlines()[0])
    )
    own, own_labels = written_rows()
    texts = claimbuster + own
    labels = np.concatenate([claimbuster_labels, own_labels])
    written = np.array([False] * len(claimbuster) + [True] * len(own))
    print(
        f"training rows: {len(claimbuster)} ClaimBuster, {len(own)} written "
        f"({int(own_labels.sum())} checkable)"
    )
    c, weight, threshold = cross_validate(texts, labels, written)
    vectorizer, classifier = fit(texts, labels, np.where(written, 1.0, weight), c)
    export(vectorizer, classifier, threshold, runtime.MODEL_PATH)
    runtime.load_model.cache_clear()

    expected = classifier.decision_function(matrix(vectorizer, test_texts, False)) - threshold
    pure = np.array([runtime.checkability_logit(text) for text in test_texts])
    drift = float(np.max(np.abs(expected - pure)))
    print(f"pure-Python vs scikit-learn logit: max abs difference {drift:.2e}")
    if drift > 1e-9:
        raise SystemExit("runtime scoring does not reproduce scikit-learn")
    size = runtime.MODEL_PATH.stat().st_size / 1e6
    auc = roc_auc_score(test_labels, pure)
    print(
        f"chosen C={c}, ClaimBuster weight {weight}; claimbuster_test.json ROC AUC {auc:.4f}; "
        f"model {size:.2f} MB"
    )


if __name__ == "__main__":
    main()
