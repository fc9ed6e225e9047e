"""Benchmark claim extraction: golden-rules accuracy and speed beside pySBD, ClaimBuster scores.

Run from the repository root: .venv/bin/python bench/bench_extraction.py
Needs the bench extra (pysbd) and ../shared/bench/ data next to the repository.
"""

import gc
import json
import math
import sys
import time
from pathlib import Path

import pysbd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from webapp.extraction import extract_claims, split_sentences  # noqa: E402
from webapp.extraction.model import checkworthiness  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"
SEED = REPO / "seeds" / "netanyahu-putin-moscow.txt"
CORPUS_CHARS = 2_000_000
ARTICLE_CHARS = 30_000
PYSBD_SAMPLE_CHARS = 150_000
PAIRS = 3000


def build_corpus() -> str:
    """Deterministic ~2 MB of news-like paragraphs: seed article, golden rules, ClaimBuster."""
    paragraphs = SEED.read_text(encoding="utf-8").split("\n")
    rules = json.loads((BENCH / "golden_rules_en.json").read_text(encoding="utf-8"))
    paragraphs += [rule["text"] for rule in rules]
    rows = json.loads((BENCH / "claimbuster_2.5xncs.json").read_text(encoding="utf-8"))
    sentences = [row["text"] for row in rows]
    paragraphs += [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    unit = "\n".join(paragraphs) + "\n"
    return (unit * math.ceil(CORPUS_CHARS / len(unit)))[:CORPUS_CHARS]


def golden_rules_score(split) -> int:
    rules = json.loads((BENCH / "golden_rules_en.json").read_text(encoding="utf-8"))
    passed = 0
    for rule in rules:
        predicted = [s for s in (sentence.strip() for sentence in split(rule["text"])) if s]
        passed += predicted == rule["expected"]
    return passed


def best_seconds(function, argument, repeat: int = 1) -> float:
    """Best wall time of function(argument), garbage collector paused as timeit does."""
    best = math.inf
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            began = time.perf_counter()
            function(argument)
            best = min(best, time.perf_counter() - began)
    finally:
        gc.enable()
    return best


def resplit_pairs(split, rows: list[dict], limit: int) -> tuple[int, int]:
    """Join consecutive one-sentence ClaimBuster rows in pairs; count pairs split back exactly."""
    texts = [row["text"].strip() for row in rows]
    exact = total = 0
    for first, second in zip(texts, texts[1:], strict=False):
        if first[-1:] not in ".?!" or not second[:1].isupper():
            continue
        total += 1
        predicted = [s for s in (sentence.strip() for sentence in split(f"{first} {second}")) if s]
        exact += predicted == [first, second]
        if total == limit:
            break
    return exact, total


def chars_per_second(function, text: str, repeat: int = 1) -> float:
    return len(text) / best_seconds(function, text, repeat)


def roc_auc(labels: list[int], scores: list[float]) -> float:
    """Probability that a random positive outranks a random negative (ties count half)."""
    order = sorted(range(len(scores)), key=scores.__getitem__)
    ranks = [0.0] * len(scores)
    index = 0
    while index < len(order):
        tied_end = index
        while tied_end + 1 < len(order) and scores[order[tied_end + 1]] == scores[order[index]]:
            tied_end += 1
        for position in range(index, tied_end + 1):
            ranks[order[position]] = (index + tied_end) / 2 + 1
        index = tied_end + 1
    positives = sum(labels)
    negatives = len(labels) - positives
    positive_ranks = sum(rank for rank, label in zip(ranks, labels, strict=True) if label)
    return (positive_ranks - positives * (positives + 1) / 2) / (positives * negatives)


def main() -> None:
    segmenter = pysbd.Segmenter(language="en", clean=False)

    def ours(text):
        return [span.text for span in split_sentences(text)]

    print(
        f"golden rules (48): ours {golden_rules_score(ours)}, "
        f"pySBD {golden_rules_score(segmenter.segment)}"
    )

    pool = json.loads((BENCH / "claimbuster_2.5xncs.json").read_text(encoding="utf-8"))
    for label, split in (("ours", ours), ("pySBD", segmenter.segment)):
        exact, total = resplit_pairs(split, pool, PAIRS)
        print(f"ClaimBuster sentence pairs re-split exactly, {label}: {exact}/{total}")

    corpus = build_corpus()
    sample = corpus[:PYSBD_SAMPLE_CHARS]
    article = corpus[:ARTICLE_CHARS]
    pysbd_rate = chars_per_second(segmenter.segment, sample)
    pysbd_article = chars_per_second(segmenter.segment, article)
    split_rate = chars_per_second(split_sentences, corpus, repeat=2)
    extract_rate = chars_per_second(extract_claims, corpus)
    split_article = chars_per_second(split_sentences, article, repeat=5)
    extract_article = chars_per_second(extract_claims, article, repeat=3)
    print(f"corpus: {len(corpus):,} chars; pySBD timed on the first {len(sample):,} chars")
    print(f"{'':28}{'chars/s':>12}{'x pySBD':>10}")
    for label, rate, reference in (
        ("pySBD, corpus", pysbd_rate, pysbd_rate),
        ("split_sentences, corpus", split_rate, pysbd_rate),
        ("extract_claims, corpus", extract_rate, pysbd_rate),
        ("pySBD, 30k article", pysbd_article, pysbd_article),
        ("split_sentences, 30k art.", split_article, pysbd_article),
        ("extract_claims, 30k art.", extract_article, pysbd_article),
    ):
        print(f"{label:28}{rate:>12,.0f}{rate / reference:>10.1f}")
    milliseconds = ARTICLE_CHARS / extract_article * 1000
    print(f"extract_claims per 30,000-char article: {milliseconds:.0f} ms")

    rows = json.loads((BENCH / "claimbuster_test.json").read_text(encoding="utf-8"))
    texts = [row["text"] for row in rows]
    seconds = best_seconds(lambda batch: [checkworthiness(text) for text in batch], texts, 3)
    print(f"check-worthiness model: {len(texts) / seconds:,.0f} sentences/s")
    labels = [row["label"] for row in rows]
    scores = [checkworthiness(row["text"]) for row in rows]
    accuracy = sum((s >= 0.5) == bool(y) for s, y in zip(scores, labels, strict=True)) / len(rows)
    print(
        f"ClaimBuster test ({len(rows)} rows): accuracy {accuracy:.4f}, "
        f"ROC AUC {roc_auc(labels, scores):.4f}"
    )


if __name__ == "__main__":
    main()
