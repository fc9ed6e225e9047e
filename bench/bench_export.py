"""Exports at 5,000 and 100,000 reviewed claims (and 1,000,000 with --sizes): wall and CPU time,
peak memory and SQL statements of the streamed export, on SQLite and PostgreSQL.

Anchors: Label Studio 1.23.2's JSON export of 5,083 reviewed claims, measured in issue 13 on
this machine (0.57 s on SQLite, 0.64 s on PostgreSQL) — the goal is at least twice as fast —
and, measured in the same run, building the same JSON document in memory with json.dumps.

    python bench/bench_export.py                       # 5,000 and 100,000, SQLite and PostgreSQL
    python bench/bench_export.py --sizes 1000000 --databases sqlite
"""

import argparse
import gc
import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa  # noqa: E402
from gen_claims import analyze, populate  # noqa: E402
from sqlalchemy import event  # noqa: E402

from webapp import create_app  # noqa: E402
from webapp.database import upgrade  # noqa: E402
from webapp.extensions import db  # noqa: E402
from webapp.services.exports import ExportSelection, export_stream  # noqa: E402
from webapp.services.exports.links import build_context  # noqa: E402
from webapp.services.exports.records import (  # noqa: E402
    Children,
    article_record,
    claim_record,
)
from webapp.services.exports.selection import iter_articles, iter_claims, usernames  # noqa: E402

POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
LABEL_STUDIO_5083 = {"sqlite": 0.57, "postgresql": 0.64}  # seconds, from issue 13
FORMATS = ("json", "csv", "claimreview", "w3c", "jsonl")


def streamed(app, format_name: str) -> int:
    """Consume the export as the download view streams it, counting the bytes."""
    context = build_context(app, "http://127.0.0.1:5000/")
    return sum(
        len(chunk.encode()) for chunk in export_stream(format_name, ExportSelection(), context)
    )


def in_memory(app, _format_name: str) -> int:
    """The naive way, as the anchor: every record in one list, then one json.dumps."""
    selection = ExportSelection()
    names = usernames()
    document = {
        "articles": [article_record(a, names) for a in iter_articles(selection)],
        "claims": [
            claim_record(c, names, Children.loaded(c, comments))
            for c, comments in iter_claims(selection)
        ],
    }
    db.session.rollback()
    return len(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode())


def measure(app, action, format_name: str, runs: int, memory: bool) -> dict:
    statements = []
    listener = lambda *_args: statements.append(1)  # noqa: E731
    walls, cpus = [], []
    for _ in range(runs):
        db.session.expunge_all()
        gc.collect()
        statements.clear()
        event.listen(db.engine, "before_cursor_execute", listener)
        wall, cpu = time.perf_counter(), time.process_time()
        size = action(app, format_name)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        event.remove(db.engine, "before_cursor_execute", listener)
    peak = None
    if memory:
        gc.collect()
        tracemalloc.start()
        action(app, format_name)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return {
        "wall": statistics.median(walls),
        "cpu": statistics.median(cpus),
        "peak": peak,
        "size": size,
        "statements": len(statements),
    }


def report(label: str, result: dict, anchor: float | None = None) -> None:
    peak = "" if result["peak"] is None else f"peak {result['peak'] / 1_048_576:7.1f} MiB  "
    line = (
        f"  {label:<32} {result['wall']:8.2f} s wall {result['cpu']:8.2f} s CPU  {peak}"
        f"{result['statements']:4d} statements  {result['size'] / 1_048_576:8.1f} MiB out"
    )
    if anchor is not None:
        ratio = anchor / result["wall"]
        line += f"   {ratio:.1f}× Label Studio ({'meets' if ratio >= 2 else 'misses'} ≥ 2×)"
    print(line, flush=True)


def database(kind: str, folder: str):
    """A URL and engine options for a new database of this kind, and a clean-up function."""
    if kind == "sqlite":
        return f"sqlite:///{folder}/bench-{uuid.uuid4().hex[:8]}.db", {}, lambda: None
    schema = f"bench_export_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))

    def drop():
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return POSTGRES_URL, {"connect_args": {"options": f"-csearch_path={schema}"}}, drop


def bench(kind: str, claims: int, folder: str, memory: bool, all_formats: bool) -> None:
    url, options, drop = database(kind, folder)
    try:
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": url,
                "SQLALCHEMY_ENGINE_OPTIONS": options,
                "SECRET_KEY": "bench",
            }
        )
        with app.app_context():
            upgrade()
            started = time.perf_counter()
            populate(claims)
            db.session.commit()
            analyze()
            print(
                f"{kind}: {claims:,} reviewed claims (built in "
                f"{time.perf_counter() - started:.1f} s)",
                flush=True,
            )
            runs = 3 if claims <= 10_000 else 1
            anchor = LABEL_STUDIO_5083[kind] * claims / 5083 if claims <= 10_000 else None
            for format_name in FORMATS if all_formats else ("json",):
                result = measure(app, streamed, format_name, runs, memory)
                report(f"streamed {format_name}", result, anchor if format_name == "json" else None)
            if claims <= 100_000:
                report("anchor: in memory + json.dumps", measure(app, in_memory, "json", 1, memory))
            db.session.remove()
            db.engine.dispose()
    finally:
        drop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="5000,100000")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--no-memory", action="store_true", help="Skip the tracemalloc runs.")
    parser.add_argument("--all-formats", action="store_true")
    args = parser.parse_args()
    print(
        f"load average {os.getloadavg()[0]:.1f}; wall and CPU are medians of 3 runs at 5,000 "
        "claims; peak memory is another run under tracemalloc; Label Studio's figure scaled "
        "to the same number of claims",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as folder:
        for kind in args.databases.split(","):
            for claims in (int(size) for size in args.sizes.split(",")):
                bench(kind, claims, folder, not args.no_memory, args.all_formats)


if __name__ == "__main__":
    main()
