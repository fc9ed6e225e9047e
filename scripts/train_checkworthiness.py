"""Train the check-worthiness model on ClaimBuster and export it for pure-Python scoring.

Training-only dependency: scikit-learn (pip install scikit-learn). Usage:
    .venv/bin/python scripts/train_checkworthiness.py [--bench ../shared/bench]

Trains on claimbuster_2.5xncs.json minus every sentence_id that is also in
claimbuster_test.json; C and the decision threshold are chosen by cross-validation on the
training rows only (balanced accuracy, since deployment class balance is unknown). The test
file is read once, at the end, to report accuracy and ROC AUC.
"""

import argparse
import gzip
import json
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, balanced_accuracy_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from webapp.extraction import model as runtime  # noqa: E402

C_GRID = (1.0, 2.0, 4.0, 8.0, 16.0)
MIN_DF = 2
FOLDS = 5
SEED = 0


def load(bench: Path) -> tuple[list[str], np.ndarray, list[str], np.ndarray]:
    test = json.loads((bench / "claimbuster_test.json").read_text(encoding="utf-8"))
    test_ids = {row["sentence_id"] for row in test}
    pool = json.loads((bench / "claimbuster_2.5xncs.json").read_text(encoding="utf-8"))
    train = [row for row in pool if row["sentence_id"] not in test_ids]
    return (
        [row["text"] for row in train],
        np.array([row["label"] for row in train]),
        [row["text"] for row in test],
        np.array([row["label"] for row in test]),
    )


def vectorizers() -> dict[str, TfidfVectorizer]:
    return {
        name: TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=MIN_DF, dtype=np.float64)
        for name, analyzer in runtime.ANALYZERS.items()
    }


def cues(texts: list[str]) -> csr_matrix:
    return csr_matrix(np.array([runtime.cue_features(text) for text in texts]))


def fit(texts: list[str], labels: np.ndarray, c: float):
    blocks = vectorizers()
    matrix = hstack(
        [vectorizer.fit_transform(texts) for vectorizer in blocks.values()] + [cues(texts)]
    ).tocsr()
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    classifier.fit(matrix, labels)
    return blocks, classifier


def decision(blocks, classifier, texts: list[str]) -> np.ndarray:
    matrix = hstack(
        [vectorizer.transform(texts) for vectorizer in blocks.values()] + [cues(texts)]
    ).tocsr()
    return classifier.decision_function(matrix)


def cross_validate(texts: list[str], labels: np.ndarray) -> tuple[float, float]:
    """Pick C by out-of-fold AUC, then the logit threshold maximising balanced accuracy."""
    folds = list(StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(texts, labels))
    best = None
    for c in C_GRID:
        out_of_fold = np.zeros(len(texts))
        for train_index, valid_index in folds:
            blocks, classifier = fit([texts[i] for i in train_index], labels[train_index], c)
            out_of_fold[valid_index] = decision(blocks, classifier, [texts[i] for i in valid_index])
        auc = roc_auc_score(labels, out_of_fold)
        thresholds = np.quantile(out_of_fold, np.linspace(0.05, 0.95, 181))
        scores = [balanced_accuracy_score(labels, out_of_fold >= t) for t in thresholds]
        threshold = float(thresholds[int(np.argmax(scores))])
        print(f"C={c}: CV AUC {auc:.4f}, balanced acc {max(scores):.4f} at logit {threshold:.3f}")
        if best is None or auc > best[0]:
            best = (auc, c, threshold)
    return best[1], best[2]


def export(blocks, classifier, threshold: float, path: Path) -> None:
    """Weights as {term: value} maps per block plus the cue weights; the intercept absorbs the
    CV threshold so that 0.5 is the decision line."""
    coefficients = classifier.coef_[0]
    offset = 0
    exported = {}
    for name, vectorizer in blocks.items():
        vocabulary = vectorizer.vocabulary_
        idf = vectorizer.idf_
        exported[name] = {
            "idf": {term: float(idf[index]) for term, index in sorted(vocabulary.items())},
            "coef": {
                term: float(coefficients[offset + index])
                for term, index in sorted(vocabulary.items())
            },
        }
        offset += len(vocabulary)
    payload = {
        "cues": [float(weight) for weight in coefficients[offset:]],
        "about": "Check-worthiness logistic regression trained on ClaimBuster (CC BY 4.0); "
        "see README.md in this directory.",
        "intercept": float(classifier.intercept_[0]) - threshold,
        "blocks": exported,
    }
    write_model(payload, path)


def write_model(payload: dict, path: Path) -> None:
    """Compact, key-sorted JSON, gzipped with no timestamp: the same weights give the same
    bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as handle:
        handle.write(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode())


def bench_directory(description: str) -> Path:
    """The --bench option: the folder holding the ClaimBuster files."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "bench")
    return parser.parse_args().bench


def main() -> None:
    train_texts, train_labels, test_texts, test_labels = load(
        bench_directory(__doc__.splitlines()[0])
    )
    print(f"training rows: {len(train_texts)} ({int(train_labels.sum())} check-worthy)")
    c, threshold = cross_validate(train_texts, train_labels)
    blocks, classifier = fit(train_texts, train_labels, c)
    export(blocks, classifier, threshold, runtime.MODEL_PATH)
    runtime.clear_caches()

    sklearn_logits = decision(blocks, classifier, test_texts) - threshold
    pure_logits = np.array([runtime.checkworthiness_logit(text) for text in test_texts])
    drift = float(np.max(np.abs(sklearn_logits - pure_logits)))
    print(f"pure-Python vs scikit-learn logit: max abs difference {drift:.2e}")
    if drift > 1e-9:
        raise SystemExit("runtime scoring does not reproduce scikit-learn")

    accuracy = accuracy_score(test_labels, pure_logits >= 0)
    auc = roc_auc_score(test_labels, pure_logits)
    size = runtime.MODEL_PATH.stat().st_size / 1e6
    print(f"claimbuster_test.json: accuracy {accuracy:.4f}, ROC AUC {auc:.4f}; model {size:.2f} MB")


if __name__ == "__main__":
    main()
