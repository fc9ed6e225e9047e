"""Build a workspace of N reviewed claims fast, for the export and page benchmarks.

Rows go in with bulk INSERTs (SQLAlchemy Core executemany, batched) instead of the import
service, so 1,000,000 claims take minutes, not hours. Every claim is reviewed the way the team
workflow leaves it (a verdict proposed by a reviewer, approved by an editor, three history rows);
every third claim has a source, every fifth a note, every tenth a comment.

    python bench/gen_claims.py --claims 5000 --database-url sqlite:////tmp/claims.db
"""

import argparse
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from webapp.extensions import db  # noqa: E402
from webapp.models import (  # noqa: E402
    Article,
    Claim,
    ClaimEvent,
    Comment,
    Note,
    Source,
    Status,
    User,  # noqa: E402
)
from webapp.services.statuses import ensure_default_statuses  # noqa: E402

CLAIMS_PER_ARTICLE = 100
BATCH_ROWS = 10_000
SENTENCE = "The council approved {n} new homes in district {d}, officials said on Tuesday. "
VERDICTS = ("Accurate", "False", "Misleading", "Mostly accurate")


def _article_text(claims: int) -> tuple[str, list[tuple[int, int]]]:
    text, spans, start = "", [], 0
    for n in range(claims):
        sentence = SENTENCE.format(n=n, d=n % 17)
        spans.append((start, start + len(sentence) - 1))
        text += sentence
        start += len(sentence)
    return text, spans


def _users() -> tuple[int, int]:
    """A reviewer and an editor to own the verdicts (password hashes that never log in)."""
    ids = []
    for name, role in (("bench-reviewer", "reviewer"), ("bench-editor", "editor")):
        found = db.session.scalar(select(User.id).where(User.username == name))
        if found is None:
            user = User(username=name, role=role, password_hash="!bench-cannot-log-in")
            db.session.add(user)
            db.session.flush()
            found = user.id
        ids.append(found)
    return ids[0], ids[1]


def populate(total_claims: int, per_article: int = CLAIMS_PER_ARTICLE) -> int:
    """Add `total_claims` reviewed claims (in articles of `per_article`) to the app's database;
    returns the id of the first article added. Ids continue after any rows already there."""
    ensure_default_statuses()
    reviewer, editor = _users()
    statuses = {
        name: status_id
        for name, status_id in db.session.execute(select(Status.name, Status.id))
        if name in VERDICTS
    }
    verdicts = [statuses[name] for name in VERDICTS]
    text, spans = _article_text(per_article)
    now = datetime.now(UTC).replace(microsecond=0)
    first_article = (db.session.scalar(select(func.max(Article.id))) or 0) + 1
    claim_id = db.session.scalar(select(func.max(Claim.id))) or 0
    articles = -(-total_claims // per_article)
    rows: dict[type, list[dict]] = {
        model: [] for model in (Claim, ClaimEvent, Source, Note, Comment)
    }
    made = 0
    for article_id in range(first_article, first_article + articles):
        db.session.execute(
            insert(Article),
            [
                {
                    "id": article_id,
                    "title": f"Council report {article_id}",
                    "text": text,
                    "outlet": "The Gazette",
                    "url": f"https://news.example/council/{article_id}",
                    "created_at": now,
                }
            ],
        )
        for start, end in spans[: total_claims - made]:
            claim_id += 1
            made += 1
            status_id = verdicts[claim_id % len(verdicts)]
            proposed, approved = now - timedelta(hours=2), now - timedelta(hours=1)
            rows[Claim].append(
                {
                    "id": claim_id,
                    "article_id": article_id,
                    "start": start,
                    "end": end,
                    "quote_prefix": text[max(0, start - 32) : start],
                    "quote_suffix": text[end : end + 32],
                    "text": text[start:end],
                    "kind": "statistic",
                    "speaker": "officials",
                    "score": 0.7,
                    "reasons": ["has a number"],
                    "checkable": True,
                    "status_id": status_id,
                    "version": 3,
                    "created_by_id": None,
                    "updated_by_id": editor,
                    "proposed_by_id": reviewer,
                    "proposed_at": proposed,
                    "approved_by_id": editor,
                    "approved_at": approved,
                    "created_at": now - timedelta(days=1),
                    "updated_at": approved,
                }
            )
            for version, (action, field, user, after, at) in enumerate(
                (
                    ("extracted", "span", None, {"start": start, "end": end}, now),
                    ("proposed", "status", reviewer, status_id, proposed),
                    ("approved", "status", editor, status_id, approved),
                ),
                start=1,
            ):
                rows[ClaimEvent].append(
                    {
                        "claim_id": claim_id,
                        "user_id": user,
                        "action": action,
                        "field": field,
                        "after": after,
                        "version": version,
                        "created_at": at,
                    }
                )
            if claim_id % 3 == 0:
                rows[Source].append(
                    {
                        "claim_id": claim_id,
                        "url": f"https://stats.example/housing/{claim_id}",
                        "title": "Housing completions table",
                        "publisher": "Statistics office",
                        "stance": "supports",
                        "created_by_id": reviewer,
                        "created_at": proposed,
                    }
                )
            if claim_id % 5 == 0:
                rows[Note].append(
                    {
                        "claim_id": claim_id,
                        "body": "Checked against the council's register.",
                        "author_id": reviewer,
                        "created_at": proposed,
                    }
                )
            if claim_id % 10 == 0:
                rows[Comment].append(
                    {
                        "claim_id": claim_id,
                        "body": "Agreed; the register matches.",
                        "author_id": editor,
                        "created_at": approved,
                    }
                )
        if len(rows[ClaimEvent]) >= BATCH_ROWS:
            _flush(rows)
    _flush(rows)
    if db.session.get_bind().dialect.name == "postgresql":
        # Ids were given explicitly: move the sequences past them for later inserts.
        for table in ("articles", "claims"):
            sequence = f"pg_get_serial_sequence('{table}', 'id')"
            db.session.execute(sa.text(f"SELECT setval({sequence}, MAX(id)) FROM {table}"))
    return first_article


def analyze() -> None:
    """Give PostgreSQL the statistics its autovacuum would gather a minute or so after a bulk
    load: a bench run straight after the load would otherwise plan with none (nested loops for
    an estimated two articles; a 100,000-claim export took 2.4x as long). SQLite gathers no
    statistics unless asked, in the app as here. Call after the load is committed."""
    if db.session.get_bind().dialect.name == "postgresql":
        tables = ", ".join(table.name for table in db.metadata.sorted_tables)
        db.session.execute(sa.text(f"ANALYZE {tables}"))
        db.session.commit()


def _flush(rows: dict[type, list[dict]]) -> None:
    for model, batch in rows.items():
        if batch:
            db.session.execute(model.__table__.insert(), batch)
            batch.clear()


def build(database_url: str, total_claims: int) -> float:
    """Migrate a database and fill it; returns the seconds it took."""
    from webapp import create_app
    from webapp.database import upgrade

    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "bench"})
    with app.app_context():
        upgrade()
        started = time.perf_counter()
        populate(total_claims)
        db.session.commit()
        analyze()
        seconds = time.perf_counter() - started
        db.session.remove()
        db.engine.dispose()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=5_000)
    parser.add_argument("--database-url", required=True)
    args = parser.parse_args()
    seconds = build(args.database_url, args.claims)
    print(f"{args.claims:,} reviewed claims written in {seconds:.1f} s")


if __name__ == "__main__":
    main()
