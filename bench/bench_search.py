"""Search and matching at archive scale, on SQLite and PostgreSQL: search p95, matches for one
claim p95, importing a 50-claim article including matching, index size and process memory,
each beside an anchor measured in the same run (a primary-key read of one claim).

    python bench/bench_search.py                       # generates 20,000 claims per database
    python bench/bench_search.py --claims 1000000      # the issue's size (slow to generate)
    python bench/bench_search.py --sqlite /tmp/a.db    # reuse an archive from gen_archive.py
    python bench/bench_search.py --postgres URL --only postgresql
Targets (issue 15): search p95 <= 50 ms, matches p95 <= 30 ms, 50-claim import <= 1 s,
worker memory < 300 MB. Matches are timed for 60 random claims after ten others (untimed: a
running worker's statements are built and its caches filled); imports are the median of three.
"""

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import sqlalchemy as sa  # noqa: E402
from gen_archive import generate, make_app, templates  # noqa: E402

POSTGRES_ADMIN_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
QUERIES = [
    "unemployment",
    "unemployment rate",
    '"annual rate"',
    "earthquake OR quake",
    "minimum wage -tipped",
    "deficit",
    "Vietnam memorial names",
    "acquisition billion",
    "wildfire acres",
    "inflation energy index",
    "Johnson NHS",
    '"death toll"',
    "jobs -manufacturing",
    "crowd inauguration",
    "zzzqqq",
]


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)] * 1000


def timed(callable_, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        callable_()
        samples.append(time.perf_counter() - started)
    return samples


def article_text(rng: random.Random, count: int = 50) -> str:
    base = templates()
    return "\n\n".join(
        rng.choice(base).replace(".", f" in district {n}.", 1)
        if rng.random() < 0.5
        else rng.choice(base)
        for n in range(count)
    )


def index_size(app) -> int:
    from webapp.extensions import db

    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            return db.session.scalar(sa.text("SELECT pg_total_relation_size('search_documents')"))
        try:
            return db.session.scalar(
                sa.text("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'search_fts%'")
            )
        except sa.exc.OperationalError:  # SQLite built without dbstat
            page = db.session.scalar(sa.text("PRAGMA page_size"))
            count = db.session.scalar(sa.text("SELECT COUNT(*) FROM search_fts_data"))
            return page * count


def remove_articles(article_ids: list[int]) -> None:
    """Delete the bench's own imports and every row that refers to them (the full-text
    index follows through its triggers), so that the archive stays as generated: a later
    `bench_matching.py --through-index` would otherwise find these copies of its sentences."""
    from webapp.extensions import db

    tables = db.metadata.tables
    claims, articles = tables["claims"], tables["articles"]
    claim_ids = list(
        db.session.scalars(sa.select(claims.c.id).where(claims.c.article_id.in_(article_ids)))
    )
    for table in reversed(db.metadata.sorted_tables):
        for key in table.foreign_keys:
            if key.column.table is claims:
                db.session.execute(sa.delete(table).where(key.parent.in_(claim_ids)))
            elif key.column.table is articles and table is not claims:
                db.session.execute(sa.delete(table).where(key.parent.in_(article_ids)))
    db.session.execute(sa.delete(claims).where(claims.c.id.in_(claim_ids)))
    db.session.execute(sa.delete(articles).where(articles.c.id.in_(article_ids)))
    db.session.commit()


def measure(app, label: str) -> dict:
    from webapp.extensions import db
    from webapp.models import Claim
    from webapp.services import matching
    from webapp.services.articles import import_article
    from webapp.services.search import SearchFilter, search

    rng = random.Random(11)
    with app.app_context():
        top = db.session.scalar(sa.select(sa.func.max(Claim.id)))
        total = db.session.scalar(sa.select(sa.func.count(Claim.id)))

        def read_one():
            db.session.get(Claim, rng.randint(1, top))
            db.session.expunge_all()

        anchor = timed(read_one, 200)
        searches = []
        for _round in range(6):
            for query in QUERIES:
                for sort in ("relevance", "date"):
                    searches += timed(lambda q=query, s=sort: search(SearchFilter(q=q, sort=s)), 1)
        ids = [rng.randint(1, top) for _ in range(60)]
        # A worker matches claim after claim: ten other claims first, untimed, so that the
        # process's first look-ups (statements built and prepared, the engine's word
        # statistics read) are not counted as the claims' own.
        for claim_id in random.Random(12).sample(range(1, top + 1), 10):
            matching.refresh_matches([claim_id])
        db.session.rollback()
        computing = []
        for claim_id in ids:
            computing += timed(lambda c=claim_id: matching.refresh_matches([c]), 1)
        db.session.rollback()
        reading = []
        for claim_id in ids[:30]:
            claim = db.session.get(Claim, claim_id)
            reading += timed(lambda c=claim: matching.suggestions(c), 1)
        imports, imported = [], []
        for _ in range(3):
            text = article_text(rng)

            def run_import(text=text):
                article = import_article(
                    title="Bench import", text=text, max_bytes=10**7, created_by=None
                )
                db.session.commit()
                return article

            started = time.perf_counter()
            article = run_import()
            imports.append(time.perf_counter() - started)
            claims_found = len(article.claims)
            imported.append(article.id)
        remove_articles(imported)
        db.session.remove()
    result = {
        "database": label,
        "claims": total,
        "anchor_pk_read_p95_ms": round(p95(anchor), 2),
        "search_p95_ms": round(p95(searches), 1),
        "matches_compute_p95_ms": round(p95(computing), 1),
        "matches_read_p95_ms": round(p95(reading), 1),
        "import_50_claims_s": round(statistics.median(imports), 3),
        "import_claims_found": claims_found,
        "index_bytes": index_size(app),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    result["search_vs_anchor"] = round(result["search_p95_ms"] / result["anchor_pk_read_p95_ms"])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--sqlite", help="an archive made by gen_archive.py (else a new one)")
    parser.add_argument("--postgres", help="URL of an archive made by gen_archive.py")
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    args = parser.parse_args()
    results = []
    if args.only in (None, "sqlite"):
        path = args.sqlite
        if path is None:
            path = os.path.join(tempfile.mkdtemp(), "archive.db")
            generate(make_app(f"sqlite:///{path}"), args.claims, progress=lambda _m: None)
        results.append(measure(make_app(f"sqlite:///{path}"), "sqlite"))
    if args.only in (None, "postgresql"):
        if args.postgres:
            results.append(measure(make_app(args.postgres), "postgresql"))
        else:
            schema = f"bench_search_{uuid.uuid4().hex[:8]}"
            admin = sa.create_engine(POSTGRES_ADMIN_URL)
            with admin.begin() as connection:
                connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
            options = {"connect_args": {"options": f"-csearch_path={schema}"}}
            try:
                app = make_app(POSTGRES_ADMIN_URL, options)
                generate(app, args.claims, progress=lambda _m: None)
                results.append(measure(app, "postgresql"))
            finally:
                with app.app_context():
                    from webapp.extensions import db

                    db.engine.dispose()
                with admin.begin() as connection:
                    connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
                admin.dispose()
    for result in results:
        print(json.dumps(result))
    print(
        "targets: search p95 <= 50 ms, matches p95 <= 30 ms, 50-claim import <= 1 s, "
        "memory < 300 MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
