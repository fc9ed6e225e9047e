"""Long articles: importing about 1 MB of text against extraction alone on the same text, in
the same run (issue 13: the import at most 2× extraction's time), and extraction's time at a
quarter, half and all of it (linear in length).

The text is real news copy: the seed article and the real-copy evaluation texts
(bench/realcopy/gold.json, read for their text only), repeated to the size. The import is the
service the browser, API and background paste job all use (`services.articles.import_article`):
the article and its claims stored with their history start and their search documents, in one
transaction, committed; matching of so many claims is queued as a background job, as in use.
Then the storing alone: the same import given the claims extracted beforehand.

    .venv/bin/python bench/bench_long_import.py [--bytes 1000000] [--runs 3]
        [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres]
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from webapp import create_app  # noqa: E402
from webapp.database import upgrade, write_intent  # noqa: E402
from webapp.extensions import db  # noqa: E402
from webapp.extraction import extract_claims  # noqa: E402
from webapp.services.articles import import_article, prepare_text  # noqa: E402
from webapp.services.statuses import ensure_default_statuses  # noqa: E402

GOAL_RATIO = 2.0


def news_copy(size: int) -> str:
    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")) + sorted(
        (ROOT / "seeds").glob("*.txt")
    )
    texts = [path.read_text(encoding="utf-8") for path in seeds[:1]]
    gold = json.loads((ROOT / "bench" / "realcopy" / "gold.json").read_text(encoding="utf-8"))
    texts += [article["text"] for article in gold["articles"]]
    pieces, total = [], 0
    while total < size:
        for text in texts:
            pieces.append(text.strip())
            total += len(text.encode("utf-8")) + 2
            if total >= size:
                break
    return "\n\n".join(pieces)


def timed(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def throwaway_database(admin_url: str | None, folder: str) -> tuple[str, callable]:
    if not admin_url:
        return f"sqlite:///{folder}/long.db", lambda: None
    name = f"long_import_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return admin_url.rsplit("/", 1)[0] + f"/{name}", drop


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bytes", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database-url", help="a PostgreSQL server's admin URL (else SQLite)")
    args = parser.parse_args()
    text = news_copy(args.bytes)
    size = len(text.encode("utf-8"))

    print(
        f"{size:,} bytes of news copy, medians of {args.runs} runs, load average "
        f"{os.getloadavg()[0]:.1f}"
    )
    seconds = {}
    for share in (4, 2, 1):
        part = text[: len(text) // share]
        seconds[share] = timed(lambda part=part: extract_claims(part), args.runs)
        print(
            f"  extraction alone, {len(part.encode('utf-8')):>9,} bytes: "
            f"{seconds[share]:.2f} s ({seconds[share] / len(part) * 1e8:.1f} s per 100 M chars)"
        )
    claims = len(extract_claims(text))
    print(
        f"  linear: the whole text takes {seconds[1] / seconds[4]:.2f}× a quarter of it "
        f"(4.00 would be exactly linear); {claims:,} claims"
    )

    with tempfile.TemporaryDirectory(prefix="claimdesk-long-") as folder:
        url, drop = throwaway_database(args.database_url, folder)
        try:
            app = create_app(
                {
                    "SQLALCHEMY_DATABASE_URI": url,
                    "SECRET_KEY": "bench",
                    "JOBS_IMMEDIATE": False,  # matching is queued, as in use
                    "JOBS_FILE": f"{folder}/jobs.db",
                }
            )
            with app.app_context():
                upgrade()
                with write_intent():
                    ensure_default_statuses()
                    db.session.commit()
            imports = []
            for run in range(args.runs):
                with app.app_context(), write_intent():
                    started = time.perf_counter()
                    import_article(
                        title=f"Long {run}", text=text, max_bytes=size + 1, created_by=None
                    )
                    db.session.commit()
                    imports.append(time.perf_counter() - started)
            # Storing alone: the claims extracted beforehand, as the background paste job does
            # before it takes the write lock: the database side of the import, on its own.
            prepared = prepare_text(text)
            stores = []
            for run in range(args.runs):
                with app.app_context(), write_intent():
                    started = time.perf_counter()
                    import_article(
                        title=f"Stored {run}",
                        text=text,
                        max_bytes=size + 1,
                        created_by=None,
                        prepared=prepared,
                    )
                    db.session.commit()
                    stores.append(time.perf_counter() - started)
            with app.app_context():
                db.engine.dispose()
        finally:
            drop()
    engine = "PostgreSQL" if args.database_url else "SQLite"
    ratio = statistics.median(imports) / seconds[1]
    mark = "met" if ratio <= GOAL_RATIO else "NOT met"
    print(
        f"  import on {engine} (extraction, storing the claims, history and search "
        f"documents, commit): {statistics.median(imports):.2f} s = {ratio:.2f}× extraction "
        f"alone (goal ≤ {GOAL_RATIO:.0f}×: {mark})"
    )
    print(
        f"  of which storing (claims extracted beforehand): {statistics.median(stores):.2f} s "
        f"= {statistics.median(stores) / seconds[1]:.2f}× extraction alone"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
