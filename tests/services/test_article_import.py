"""An import writes its claims, their first history entries and their search documents as
plain rows at once (services.bulk: COPY on PostgreSQL): the rows are what the ORM and the
search index's own builder would have written."""

import pytest
from sqlalchemy import select

from webapp.extensions import db
from webapp.models import Claim, ClaimEvent, SearchDocument
from webapp.services import bulk, search_index
from webapp.services.articles import import_article

TEXT = (
    "The unemployment rate fell to 3.9% in April, the Labor Department said on Friday.\n\n"
    "“We added 250,000 jobs last month,” Labor Secretary Jane Doe said.\n\n"
    "Exports rose 4% to $212bn in the first quarter, according to customs figures."
)


@pytest.fixture(autouse=True, params=["copy", "insert"])
def rows_written_by(request, monkeypatch):
    """Both ways PostgreSQL takes the rows: COPY (many) and INSERT (a few); SQLite has one."""
    monkeypatch.setattr(bulk, "COPY_MIN_ROWS", 1 if request.param == "copy" else 10**9)


def _documents() -> list[dict]:
    columns = [column for column in SearchDocument.__table__.c if column.name in DOCUMENT]
    rows = db.session.execute(select(*columns).order_by(SearchDocument.claim_id)).mappings()
    return [dict(row) for row in rows]


DOCUMENT = ("claim_id", *search_index.DOCUMENT_COLUMNS)


def test_each_imported_claim_starts_its_history_with_who_imported_it(app, make_user):
    editor = make_user("edna", "editor")
    article = import_article(title="Jobs", text=TEXT, max_bytes=10**6, created_by=editor)
    db.session.commit()
    claims = list(db.session.scalars(select(Claim).order_by(Claim.id)))
    assert len(claims) >= 3 and [claim.article_id for claim in claims] == [article.id] * len(claims)
    assert all(TEXT[claim.start : claim.end] for claim in claims)
    assert {(claim.version, claim.created_by_id, claim.updated_by_id) for claim in claims} == {
        (1, editor.id, editor.id)
    }
    assert all(claim.quote_suffix == TEXT[claim.end : claim.end + 32] for claim in claims)
    events = list(db.session.scalars(select(ClaimEvent).order_by(ClaimEvent.id)))
    assert [
        (event.claim_id, event.user_id, event.action, event.field, event.before, event.after)
        for event in events
    ] == [
        (claim.id, editor.id, "extracted", "span", None, {"start": claim.start, "end": claim.end})
        for claim in claims
    ]
    assert all(event.version == 1 and event.created_at is not None for event in events)


def test_an_imported_articles_search_documents_are_what_a_rebuild_writes(app):
    import_article(
        title="Jobs \x02report\x03", text=TEXT, max_bytes=10**6, created_by=None, outlet="Ledger"
    )
    db.session.commit()
    imported = _documents()
    assert len(imported) == db.session.query(Claim).count()
    assert all(row["published_on"] is not None for row in imported)  # the import date
    assert any(row["speaker"] for row in imported)
    search_index.rebuild()
    db.session.commit()
    assert _documents() == imported
    assert search_index.out_of_step() == {"missing": 0, "stale": 0, "orphans": 0, "fts_ok": True}
