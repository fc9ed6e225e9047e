"""Generate a large archive (articles, claims, their search documents) for the search and
matching benchmarks, on SQLite or PostgreSQL, through the real migrations.

Claims are the evaluation set's 119 sentences (bench/matching) with their figures redrawn,
about half their words swapped for words of a 20,000-word Zipf-distributed vocabulary, and a few
more such words added: postings lists follow a Zipf curve and near duplicates exist, but most
claims are about different things, as in a real archive. Rows are written in bulk (the
full-text index is built by the FTS5 triggers / the generated tsvector columns of migration
0008), with each claim's matching features and figures as matching stores them (migrations
0014 and 0015; about 4–5 minutes more at 1,000,000 claims).

    python bench/gen_archive.py --claims 1000000 --sqlite /tmp/archive.db
    python bench/gen_archive.py --claims 1000000 --postgres postgresql+psycopg://...?options=-csearch_path%3Dx
"""

import argparse
import json
import random
import re
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYLLABLES = [a + b for a in "bcdfghjklmnprstvwz" for b in ("a", "e", "i", "o", "u", "ai", "ou")]
BATCH = 5_000
CLAIMS_PER_ARTICLE = 25


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def templates() -> list[str]:
    path = ROOT / "bench" / "matching" / "archive.jsonl"
    return [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]


NUMBER = re.compile(r"\d[\d,.]*")


WORD = re.compile(r"\b[a-z]{4,}\b")


def claim_text(rng: random.Random, base: list[str], words: list[str], weights) -> str:
    """A template sentence with new figures and about half its words swapped for vocabulary
    words, so that, as in a real archive, most claims are about something else."""
    text = NUMBER.sub(lambda m: f"{rng.randint(2, 99_999):,}", rng.choice(base))
    text = WORD.sub(
        lambda m: rng.choices(words, cum_weights=weights)[0] if rng.random() < 0.5 else m[0],
        text,
    )
    extra = " ".join(rng.choices(words, cum_weights=weights, k=rng.randint(2, 4)))
    return f"{text[:-1]} in {extra}."


def generate(app, total: int, seed: int = 7, progress=print) -> dict:
    """Fill the app's (migrated, empty) database with `total` claims; returns timings."""
    from sqlalchemy import insert

    from webapp.extensions import db
    from webapp.models import Article, Claim, ClaimFeatures, ClaimFigure, SearchDocument
    from webapp.services.matching import stored_rows
    from webapp.services.statuses import default_status, ensure_default_statuses

    rng = random.Random(seed)
    words = vocabulary(rng)
    cumulative, running = [], 0.0
    for rank in range(1, len(words) + 1):
        running += 1 / rank
        cumulative.append(running)
    base = templates()
    started = time.perf_counter()
    with app.app_context():
        ensure_default_statuses()
        db.session.commit()
        status_id = default_status().id
        now = datetime.now(UTC)
        article_id = claim_id = 0
        while claim_id < total:
            articles, claims, documents = [], [], []
            wordings: dict[int, str] = {}
            while len(claims) < BATCH and claim_id < total:
                article_id += 1
                title = " ".join(rng.choices(words, cum_weights=cumulative, k=4)).title()
                count = min(CLAIMS_PER_ARTICLE, total - claim_id)
                texts = [claim_text(rng, base, words, cumulative) for _ in range(count)]
                body = " ".join(texts)
                outlet = rng.choice(["Ledger", "Post", "Herald", "Times", "Wire"])
                published = date(2015, 1, 1) + timedelta(days=rng.randint(0, 3650))
                articles.append(
                    {
                        "id": article_id,
                        "title": title,
                        "text": body,
                        "outlet": outlet,
                        "published_on": published,
                        "created_at": now,
                    }
                )
                position = 0
                for text in texts:
                    claim_id += 1
                    claims.append(
                        {
                            "id": claim_id,
                            "article_id": article_id,
                            "start": position,
                            "end": position + len(text),
                            "quote_prefix": "",
                            "quote_suffix": "",
                            "text": text,
                            "kind": "statistic",
                            "speaker": None,
                            "score": 0.5,
                            "reasons": [],
                            "checkable": True,
                            "status_id": status_id,
                            "version": 1,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                    documents.append(
                        {
                            "claim_id": claim_id,
                            "article_id": article_id,
                            "article_live": True,
                            "published_on": published,
                            "outlet": outlet,
                            "title": title,
                            "claim_text": text,
                            "speaker": "",
                            "extra": "",
                        }
                    )
                    wordings[claim_id] = text
                    position += len(text) + 1
            features, figures = stored_rows(wordings)  # as matching stores them
            db.session.execute(insert(Article), articles)
            db.session.execute(insert(Claim), claims)
            db.session.execute(insert(SearchDocument), documents)
            db.session.execute(insert(ClaimFeatures), features)
            if figures:
                db.session.execute(insert(ClaimFigure), figures)
            db.session.commit()
            if claim_id % 100_000 < BATCH:
                progress(f"  {claim_id:,} claims, {time.perf_counter() - started:.0f} s")
        if db.engine.dialect.name == "postgresql":
            for table in ("articles", "claims"):
                db.session.execute(
                    db.text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT MAX(id) FROM {table}))"
                    )
                )
            db.session.commit()
            with db.engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "VACUUM ANALYZE"
                )
        else:
            db.session.execute(db.text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))
            db.session.commit()
            db.session.execute(db.text("ANALYZE"))
            db.session.commit()
    return {"claims": total, "articles": article_id, "seconds": time.perf_counter() - started}


def make_app(url: str, engine_options: dict | None = None):
    from webapp import create_app
    from webapp.database import upgrade
    from webapp.extensions import db

    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": url,
            "SQLALCHEMY_ENGINE_OPTIONS": engine_options or {},
            "SECRET_KEY": "bench",
            "TESTING": True,
        }
    )
    with app.app_context():
        upgrade()
        db.session.remove()
    return app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--sqlite", help="path of a new SQLite file")
    target.add_argument("--postgres", help="URL of an empty PostgreSQL database or schema")
    args = parser.parse_args()
    url = f"sqlite:///{args.sqlite}" if args.sqlite else args.postgres
    result = generate(make_app(url), args.claims)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
