"""Matching quality on bench/matching: precision@1, recall@5, MRR and false "checked before",
on the tuning split and the held-out third. Usage: python bench/bench_matching.py [--json]"""

import json
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from webapp.matching import CHECKED_BEFORE, prepare, rank  # noqa: E402

HERE = pathlib.Path(__file__).parent / "matching"
TARGETS = {"recall_at_5": 0.90, "precision_at_1": 0.85, "false_checked_before": 0.05}


def load(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(queries: list[dict], archive: list[tuple[str, object]], threshold: float) -> dict:
    hits1 = hits5 = reciprocal = 0.0
    positives = negatives = false_marks = marked = marked_right = 0
    for query in queries:
        ranked = rank(prepare(query["text"]), archive, limit=10)
        expected = set(query["expected"])
        top = ranked[0] if ranked else None
        shown = top is not None and top.score >= threshold
        if expected:
            positives += 1
            keys = [match.key for match in ranked]
            hits1 += bool(keys) and keys[0] in expected
            hits5 += bool(expected & set(keys[:5]))
            rank_of = next((i for i, key in enumerate(keys, 1) if key in expected), None)
            reciprocal += 1 / rank_of if rank_of else 0
            if shown:
                marked += 1
                marked_right += top.key in expected
        else:
            negatives += 1
            false_marks += shown
    return {
        "queries": len(queries),
        "precision_at_1": round(hits1 / positives, 3),
        "recall_at_5": round(hits5 / positives, 3),
        "mrr": round(reciprocal / positives, 3),
        "false_checked_before": round(false_marks / negatives, 3),
        "marker_recall": round(marked / positives, 3),
        "marker_precision": round(marked_right / marked, 3) if marked else None,
    }


def main() -> int:
    archive_rows = load("archive.jsonl")
    started = time.perf_counter()
    archive = [(row["id"], prepare(row["text"])) for row in archive_rows]
    queries = load("queries.jsonl")
    results = {
        split: evaluate([q for q in queries if q["split"] == split], archive, CHECKED_BEFORE)
        for split in ("tune", "held_out")
    }
    elapsed = time.perf_counter() - started
    if "--json" in sys.argv:
        print(json.dumps(results, indent=2))
    else:
        print(f"threshold for 'checked before': {CHECKED_BEFORE}; archive {len(archive)} claims")
        header = "split      queries  P@1    R@5    MRR    false-checked  marker R/P"
        print(header)
        for split, r in results.items():
            print(
                f"{split:<10} {r['queries']:>7}  {r['precision_at_1']:.3f}  {r['recall_at_5']:.3f}"
                f"  {r['mrr']:.3f}  {r['false_checked_before']:.3f}          "
                f"{r['marker_recall']:.3f}/{r['marker_precision']}"
            )
        print(f"scored {len(queries)} x {len(archive)} pairs in {elapsed:.2f} s")
    held = results["held_out"]
    missed = [
        name
        for name, target in TARGETS.items()
        if (held[name] > target if name == "false_checked_before" else held[name] < target)
    ]
    if missed:
        print(f"held-out below target: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
