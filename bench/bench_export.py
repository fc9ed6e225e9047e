"""The JSON export of a 100,000-claim workspace: time and peak memory of the streamed export,
next to building the same document in memory and calling json.dumps on it."""

import argparse
import gc
import json
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert  # noqa: E402

from webapp import create_app  # noqa: E402
from webapp.database import upgrade  # noqa: E402
from webapp.extensions import db  # noqa: E402
from webapp.models import Article, Claim, ClaimEvent, Note, Source  # noqa: E402
from webapp.services.exports import ExportSelection, export_stream  # noqa: E402
from webapp.services.exports.links import build_context  # noqa: E402
from webapp.services.exports.records import article_record, claim_record  # noqa: E402
from webapp.services.exports.selection import iter_articles, iter_claims, usernames  # noqa: E402
from webapp.services.statuses import ensure_default_statuses  # noqa: E402

CLAIMS_PER_ARTICLE = 100
SENTENCE = "The council approved {n} new homes in district {d}, officials said on Tuesday. "


def populate(total_claims: int) -> None:
    """Bulk-insert articles, claims, one history row per claim, and a source and a note on
    every tenth claim; far faster than going through the import service."""
    now = datetime.now(UTC)
    ensure_default_statuses()
    db.session.commit()
    articles = total_claims // CLAIMS_PER_ARTICLE
    text = "".join(SENTENCE.format(n=n, d=n % 17) for n in range(CLAIMS_PER_ARTICLE))
    spans = []
    start = 0
    for n in range(CLAIMS_PER_ARTICLE):
        length = len(SENTENCE.format(n=n, d=n % 17)) - 1
        spans.append((start, start + length))
        start += length + 1
    db.session.execute(
        insert(Article),
        [
            {"id": a, "title": f"Council report {a}", "text": text, "created_at": now}
            for a in range(1, articles + 1)
        ],
    )
    claim_rows, event_rows, source_rows, note_rows = [], [], [], []
    claim_id = 0
    for a in range(1, articles + 1):
        for s, e in spans:
            claim_id += 1
            claim_rows.append(
                {
                    "id": claim_id,
                    "article_id": a,
                    "start": s,
                    "end": e,
                    "quote_prefix": text[max(0, s - 32) : s],
                    "quote_suffix": text[e : e + 32],
                    "text": text[s:e],
                    "kind": "statistic",
                    "speaker": "officials",
                    "score": 0.7,
                    "reasons": ["has a number"],
                    "checkable": True,
                    "status_id": 3 if claim_id % 2 else 6,  # Accurate / False: all reviewed
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            event_rows.append(
                {
                    "claim_id": claim_id,
                    "action": "extracted",
                    "field": "span",
                    "after": {"start": s, "end": e},
                    "version": 1,
                    "created_at": now,
                }
            )
            if claim_id % 10 == 0:
                source_rows.append(
                    {
                        "claim_id": claim_id,
                        "url": f"https://stats.example/{claim_id}",
                        "title": "Housing table",
                        "publisher": "Stats office",
                        "stance": "supports",
                        "created_at": now,
                    }
                )
                note_rows.append(
                    {
                        "claim_id": claim_id,
                        "body": "Checked against the register.",
                        "created_at": now,
                    }
                )
        if len(claim_rows) >= 20_000:
            _flush(claim_rows, event_rows, source_rows, note_rows)
    _flush(claim_rows, event_rows, source_rows, note_rows)
    db.session.commit()


def _flush(claim_rows, event_rows, source_rows, note_rows) -> None:
    for model, rows in (
        (Claim, claim_rows),
        (ClaimEvent, event_rows),
        (Source, source_rows),
        (Note, note_rows),
    ):
        if rows:
            db.session.execute(insert(model), rows)
            rows.clear()


def streamed(app) -> int:
    """Consume the streamed export as a web response would, counting the bytes."""
    context = build_context(app, "http://127.0.0.1:5000/")
    size = 0
    for chunk in export_stream("json", ExportSelection(), context):
        size += len(chunk.encode("utf-8"))
    return size


def in_memory(app) -> int:
    """The naive way: every record in one list, then one json.dumps."""
    selection = ExportSelection()
    names = usernames()
    document = {
        "articles": [article_record(a, names) for a in iter_articles(selection)],
        "claims": [claim_record(c, names, comments) for c, comments in iter_claims(selection)],
    }
    return len(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def measure(app, action, label: str) -> None:
    db.session.expunge_all()
    gc.collect()
    started = time.perf_counter()
    size = action(app)
    seconds = time.perf_counter() - started
    db.session.expunge_all()
    gc.collect()
    tracemalloc.start()
    action(app)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"{label:<34} {seconds:7.1f} s   peak {peak / 1_048_576:8.1f} MiB   "
        f"output {size / 1_048_576:7.1f} MiB",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.db",
                "SECRET_KEY": "bench",
            }
        )
        with app.app_context():
            upgrade()
            started = time.perf_counter()
            populate(args.claims)
            print(
                f"Workspace: {args.claims:,} reviewed claims in "
                f"{args.claims // CLAIMS_PER_ARTICLE:,} articles "
                f"(built in {time.perf_counter() - started:.1f} s)",
                flush=True,
            )
            print("Time is without tracemalloc; peak memory is a second run under tracemalloc.")
            measure(app, streamed, "streamed JSON export")
            measure(app, in_memory, "records in memory + json.dumps")
            db.session.remove()
            db.engine.dispose()


if __name__ == "__main__":
    main()
