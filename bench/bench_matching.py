"""Matching quality on bench/matching: precision@1, recall@5, MRR and false "checked before",
on the tuning split and the held-out third, each for the first batch of queries, the second
batch (ids "q2-", claims with no earlier match), the third to seventh (ids "q3-" … "q7-",
mostly claims with no earlier match, some rewordings) and all. Usage:
python bench/bench_matching.py [--json]

With `--through-index URL` the earlier claims are added (in a transaction rolled back at the
end) to the archive at URL, e.g. one made by bench/gen_archive.py, and each query is matched
the way the app matches a claim: candidates from the database's full-text index, then scored
(webapp.services.matching.earlier_matches), so candidate retrieval is measured too, among
hundreds of thousands of other claims.

With `--errors` it also lists the tuning split's errors and near misses (no-match claims whose
best earlier claim scores 0.33 or more, right matches not ranked first or under the threshold),
to choose rules from, through the index too (then the best earlier claim may be a generated
one); the held-out split's errors are never printed."""

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


def evaluate(queries: list[dict], archive, threshold: float, ranker=None) -> dict:
    """Each query ranked against every (key, Features) of `archive`, or by `ranker(text)`,
    which gives the best earlier claims as Match(key, score), best first."""
    hits1 = hits5 = reciprocal = 0.0
    positives = negatives = false_marks = marked = marked_right = 0
    for query in queries:
        if ranker is not None:
            ranked = ranker(query["text"])
        else:
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

    def share(count: float, total: int) -> float | None:
        return round(count / total, 3) if total else None

    return {
        "queries": len(queries),
        "precision_at_1": share(hits1, positives),
        "recall_at_5": share(hits5, positives),
        "mrr": share(reciprocal, positives),
        "false_checked_before": share(false_marks, negatives),
        "false_marks": false_marks,
        "no_match_queries": negatives,
        "marker_recall": share(marked, positives),
        "marker_precision": share(marked_right, marked),
    }


BATCHES = {
    "first": lambda query: not query["id"].startswith(("q2-", "q3-", "q4-", "q5-", "q6-", "q7-")),
    "second": lambda query: query["id"].startswith("q2-"),
    "third": lambda query: query["id"].startswith("q3-"),
    "fourth": lambda query: query["id"].startswith("q4-"),
    "fifth": lambda query: query["id"].startswith("q5-"),
    "sixth": lambda query: query["id"].startswith("q6-"),
    "seventh": lambda query: query["id"].startswith("q7-"),
    "all": lambda query: True,
}


def by_split_and_batch(queries: list[dict], measure) -> dict:
    """{split: {batch: measure(queries of that split and batch)}}; targets apply to "all"."""
    return {
        split: {
            batch: measure([q for q in queries if q["split"] == split and keep(q)])
            for batch, keep in BATCHES.items()
        }
        for split in ("tune", "held_out")
    }


def through_index(
    url: str, archive_rows: list[dict], queries: list[dict], errors: list[str] | None = None
) -> dict:
    """The same measures with candidates fetched from the full-text index of the archive at
    `url`; the earlier claims are added in a transaction that is rolled back. With `errors`,
    the tuning split's errors and near misses are appended to it (see `tuning_errors`)."""
    sys.path.insert(0, str(pathlib.Path(__file__).parent))
    from datetime import UTC, datetime

    from gen_archive import make_app
    from sqlalchemy import func, insert, select

    from webapp.extensions import db
    from webapp.matching import Match
    from webapp.models import Article, Claim
    from webapp.services import search_index
    from webapp.services.matching import earlier_matches, fill_features
    from webapp.services.statuses import default_status, ensure_default_statuses

    app = make_app(url)
    with app.app_context():
        ensure_default_statuses()
        status_id = default_status().id
        # The earlier claims get ids below every claim of the archive, so that all of its
        # claims are newer than the right match: the harder case for a newest-first look-up.
        first_article = min(db.session.scalar(select(func.min(Article.id))) or 1, 1) - 1000
        first_claim = min(db.session.scalar(select(func.min(Claim.id))) or 1, 1) - 1000
        later = (db.session.scalar(select(func.max(Claim.id))) or 0) + 1
        now = datetime.now(UTC)
        keys = {}
        articles, claims = [], []
        for n, row in enumerate(archive_rows):
            article_id, claim_id = first_article + n, first_claim + n
            keys[claim_id] = row["id"]
            articles.append({"id": article_id, "title": row["topic"], "text": row["text"],
                             "created_at": now})  # fmt: skip
            claims.append(
                {"id": claim_id, "article_id": article_id, "start": 0, "end": len(row["text"]),
                 "quote_prefix": "", "quote_suffix": "", "text": row["text"],
                 "kind": "statistic", "score": 0.5, "reasons": [], "checkable": True,
                 "status_id": status_id, "version": 1, "created_at": now, "updated_at": now}
            )  # fmt: skip
        db.session.execute(insert(Article), articles)
        db.session.execute(insert(Claim), claims)
        search_index.refresh_documents(keys)
        # Their features and figures, as matching stores them when a claim is imported.
        fill_features(first_claim - 1, len(claims))

        timings: dict[str, float] = {}  # each query's first look-up and scoring, in seconds

        def ranker(text: str) -> list:
            begun = time.perf_counter()
            ranked = earlier_matches(later, 0, text)
            timings.setdefault(text, time.perf_counter() - begun)
            return [Match(keys.get(other_id, other_id), value) for value, other_id in ranked]

        started = time.perf_counter()
        results = by_split_and_batch(
            queries, lambda part: evaluate(part, None, CHECKED_BEFORE, ranker)
        )
        elapsed = time.perf_counter() - started
        if errors is not None:
            wording = {row["id"]: row["text"] for row in archive_rows}

            def text_of(key) -> str:
                return wording.get(key) or db.session.get(Claim, key).text

            errors += tuning_errors(queries, ranker, text_of)
        total = db.session.scalar(select(func.count(Claim.id)))
        db.session.rollback()
    each = sorted(timings.values())
    median, p95 = each[len(each) // 2] * 1000, each[int(0.95 * len(each))] * 1000
    print(f"through the full-text index of {url.split('@')[-1]} ({total:,} claims): "
          f"{len(queries)} queries in {elapsed:.2f} s; matches for one claim median "
          f"{median:.1f} ms, p95 {p95:.1f} ms")  # fmt: skip
    return results


def tuning_errors(queries: list[dict], ranker, text_of) -> list[str]:
    """One line per tuning query the matcher gets wrong or nearly wrong (held-out: none):
    `ranker(text)` gives the best earlier claims as Match(key, score), `text_of(key)` their
    wording."""
    lines = []
    for query in queries:
        if query["split"] != "tune":
            continue
        ranked = ranker(query["text"])
        top = ranked[0] if ranked else None
        expected = set(query["expected"])
        if not expected and top is not None and top.score >= 0.33:
            mark = "FALSE" if top.score >= CHECKED_BEFORE else "near"
        elif expected and (top is None or top.key not in expected or top.score < CHECKED_BEFORE):
            mark = "MISS"
        else:
            continue
        shown = f"{top.score:.2f} {top.key}: {text_of(top.key)}" if top else "nothing"
        lines.append(f"{mark:<5} {query['id']}: {query['text']}\n      top {shown}")
    return lines


def main() -> int:
    archive_rows = load("archive.jsonl")
    started = time.perf_counter()
    archive = [(row["id"], prepare(row["text"])) for row in archive_rows]
    queries = load("queries.jsonl")
    errors = [] if "--errors" in sys.argv else None
    if "--through-index" in sys.argv:
        url = sys.argv[sys.argv.index("--through-index") + 1]
        results = through_index(url, archive_rows, queries, errors)
    else:
        results = by_split_and_batch(queries, lambda part: evaluate(part, archive, CHECKED_BEFORE))
        if errors is not None:
            text = {key: features.text for key, features in archive}
            errors += tuning_errors(
                queries, lambda query: rank(prepare(query), archive, limit=5), text.__getitem__
            )
    elapsed = time.perf_counter() - started
    if "--json" in sys.argv:
        print(json.dumps(results, indent=2))
    else:
        print(f"threshold for 'checked before': {CHECKED_BEFORE}; archive {len(archive)} claims")
        print("split     batch   queries  P@1    R@5    MRR    false-checked      marker R/P")
        for split, batches in results.items():
            for batch, r in batches.items():
                ranking = "  ".join(
                    "  -  " if r[name] is None else f"{r[name]:.3f}"
                    for name in ("precision_at_1", "recall_at_5", "mrr")
                )
                false = (
                    f"{r['false_checked_before']:.3f} ({r['false_marks']}/{r['no_match_queries']})"
                )
                marker = (
                    "-"
                    if r["marker_recall"] is None
                    else (f"{r['marker_recall']:.3f}/{r['marker_precision']}")
                )
                print(f"{split:<9} {batch:<7} {r['queries']:>7}  {ranking}  {false:<17}  {marker}")
        print(f"scored {len(queries)} x {len(archive)} pairs in {elapsed:.2f} s")
    if errors is not None:
        print("\n".join(errors))
    held = results["held_out"]["all"]
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
