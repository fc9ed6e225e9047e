"""Keeping each claim's search document in step with the claim, its notes, sources, comments
and article title. Changes are collected after each flush and written just before the commit,
so every path that changes a claim (views, API, CLI, restore) updates the index in the same
transaction. `rebuild()` rewrites the whole index (after a restore, or to repair it)."""

import logging
from collections.abc import Iterable
from datetime import UTC
from typing import TYPE_CHECKING

from flask import current_app
from sqlalchemy import delete, event, func, inspect, literal, null, select, text, union_all

from webapp.extensions import db
from webapp.models import Article, Claim, Comment, Note, SearchDocument, Source
from webapp.models.base import as_utc
from webapp.services import bulk

if TYPE_CHECKING:
    from webapp.services.exports.records import Children

MARKERS = str.maketrans({"\x02": " ", "\x03": " ", "\x00": " "})
BATCH = 500
# Matching runs inside the commit for up to this many new or reworded claims; a longer article
# is matched by a background job right after its import commits (config MATCH_INLINE_CLAIMS).
MATCH_INLINE_CLAIMS = 60
# The claim's own columns its search document copies (documents_for); a change to any other
# (status, version, assignee, review state) does not rewrite the document.
SEARCHED_CLAIM_FIELDS = ("text", "speaker", "dismissed_reason", "article_id")
# The columns a document row sets (`_document`); PostgreSQL's tsvector columns are generated.
DOCUMENT_COLUMNS = (
    "article_id",
    "article_live",
    "claim_dismissed",
    "published_on",
    "outlet",
    "title",
    "claim_text",
    "speaker",
    "extra",
)
_installed = False
log = logging.getLogger(__name__)


def install() -> None:
    """Listen to the session once per process."""
    global _installed
    if _installed:
        return
    _installed = True
    event.listen(db.session, "after_flush", _collect)
    event.listen(db.session, "before_commit", _apply)
    event.listen(db.session, "after_commit", _start_background_matching)
    event.listen(db.session, "after_rollback", _forget)


def _pending(session) -> dict:
    return session.info.setdefault(
        "search_pending", {"claims": set(), "articles": set(), "reworded": set()}
    )


def _collect(session, _context) -> None:
    pending = _pending(session)
    # A document built from loaded objects is stale once a later flush touches its claim.
    in_hand = session.info.get("search_in_hand", {})
    new = session.new  # built anew on every access: once per flush, not once per object
    for obj, is_new in [(obj, True) for obj in new] + [(obj, False) for obj in session.dirty]:
        if isinstance(obj, Claim):
            attrs = inspect(obj).attrs
            if is_new or attrs.text.history.has_changes():
                pending["reworded"].add(obj.id)
            # A status, version or assignee change leaves the search document as it was.
            if is_new or any(
                getattr(attrs, name).history.has_changes() for name in SEARCHED_CLAIM_FIELDS
            ):
                pending["claims"].add(obj.id)
                in_hand.pop(obj.id, None)
        elif isinstance(obj, Note | Source | Comment):
            pending["claims"].add(obj.claim_id)
            in_hand.pop(obj.claim_id, None)
        elif isinstance(obj, Article) and not is_new:
            attrs = inspect(obj).attrs
            if any(
                getattr(attrs, name).history.has_changes()
                for name in ("title", "deleted_at", "published_on", "outlet")
            ):
                pending["articles"].add(obj.id)


def _forget(session) -> None:
    session.info.pop("search_pending", None)
    session.info.pop("search_in_hand", None)
    session.info.pop("match_later", None)
    session.info.pop("match_in_background", None)


def index_new_claims(article: Article, rows: list[dict]) -> None:
    """Claims a long import inserted as plain rows (services.bulk), which the flush hook does not
    see: their search documents, built from those rows (a new claim has no notes, sources or
    comments yet), written now; they are matched after the commit as any new claim."""
    bulk.insert_rows(
        SearchDocument.__table__,
        [
            _document(
                row["id"],
                article.id,
                row["text"],
                row["speaker"],
                row.get("dismissed_reason"),
                article.title,
                article.deleted_at,
                article.published_on,
                article.created_at,
                article.outlet,
                "",
            )
            for row in rows
        ],
    )
    _pending(db.session)["reworded"].update(row["id"] for row in rows)


def defer_matching() -> None:
    """Match what this transaction imports or rewords in a background job after the commit,
    however few claims: a background import holds the write lock only to store."""
    db.session.info["match_in_background"] = True


def _apply(session) -> None:
    session.flush()  # the commit flushes only after this hook: collect what is still pending
    pending = session.info.pop("search_pending", None)
    in_hand = session.info.pop("search_in_hand", None) or {}
    if not pending or not any(pending.values()):
        return
    claim_ids = set(pending["claims"])
    if pending["articles"]:
        in_hand = {}  # an article's title or dates changed: read its claims' documents again
        claim_ids |= set(
            session.scalars(select(Claim.id).where(Claim.article_id.in_(pending["articles"])))
        )
    refresh_documents(claim_ids, in_hand)
    reworded = sorted(pending["reworded"])
    inline = current_app.config.get("MATCH_INLINE_CLAIMS", MATCH_INLINE_CLAIMS)
    if session.info.pop("match_in_background", False) or len(reworded) > inline:
        session.info["match_later"] = reworded
    elif reworded:
        from webapp.services import matching

        matching.refresh_matches(reworded)
    session.info.pop("search_pending", None)  # what the writes above flushed is already done


def _start_background_matching(session) -> None:
    """After the commit, a long article's claims are matched by a background job (huey:
    embedded worker, or Redis workers in team mode)."""
    claim_ids = session.info.pop("match_later", None)
    if not claim_ids:
        return
    current_app.extensions["claimdesk.jobs"].enqueue_matching(claim_ids)  # webapp.jobs


def _join(values: Iterable[str | None]) -> str:
    return "\n".join(value for value in values if value).translate(MARKERS)


def documents_for(claim_ids: list[int]) -> list[dict]:
    """The search document rows of these claims, built in two queries (plain rows, read on
    the session's connection: an import refreshes thousands)."""
    connection = db.session.connection()
    rows = connection.execute(
        select(
            Claim.id,
            Claim.article_id,
            Claim.text,
            Claim.speaker,
            Claim.dismissed_reason,
            Article.title,
            Article.deleted_at,
            Article.published_on,
            Article.created_at,
            Article.outlet,
        )
        .join(Article, Article.id == Claim.article_id)
        .where(Claim.id.in_(claim_ids))
    ).all()
    extra: dict[int, list[str]] = {claim_id: [] for claim_id in claim_ids}
    # Notes, then sources (title, publisher, address), then comments, each oldest first.
    texts = union_all(
        # Named: two unnamed NULLs would be one column of the subquery (the address lost).
        select(
            literal(0).label("kind"),
            Note.claim_id,
            Note.id,
            Note.body,
            null().label("second"),
            null().label("third"),
        ).where(Note.claim_id.in_(claim_ids), Note.deleted_at.is_(None)),
        select(
            literal(1), Source.claim_id, Source.id, Source.title, Source.publisher, Source.url
        ).where(Source.claim_id.in_(claim_ids), Source.deleted_at.is_(None)),
        select(literal(2), Comment.claim_id, Comment.id, Comment.body, null(), null()).where(
            Comment.claim_id.in_(claim_ids)
        ),
    ).subquery()
    for claim_id, first, second, third in connection.execute(
        select(texts.c[1], texts.c[3], texts.c[4], texts.c[5]).order_by(texts.c.kind, texts.c[2])
    ):
        extra[claim_id].append(_part(first, second, third))
    # Each row holds _document's arguments in order, the note/source/comment text aside.
    return [_document(*row, _join(extra.get(row[0], []))) for row in rows]


def _part(*texts: str | None) -> str:
    return " ".join(part for part in texts if part)


def document_from_loaded(claim: Claim, children: "Children") -> dict:
    """The claim's search document built from what is already loaded and flushed: the claim,
    its article, and its live notes, live sources and comments, each oldest first, as
    `documents_for` reads them."""
    article = claim.article
    extra = [
        *(_part(note.body) for note in children.notes),
        *(_part(source.title, source.publisher, source.url) for source in children.sources),
        *(_part(comment.body) for comment in children.comments),
    ]
    return _document(
        claim.id,
        claim.article_id,
        claim.text,
        claim.speaker,
        claim.dismissed_reason,
        article.title,
        article.deleted_at,
        article.published_on,
        article.created_at,
        article.outlet,
        _join(extra),
    )


def _document(
    claim_id,
    article_id,
    claim_text,
    speaker,
    dismissed_reason,
    title,
    deleted_at,
    published_on,
    created_at,
    outlet,
    extra: str,
) -> dict:
    """One search document row: what the claim and its article hold, markers blanked."""
    # The import date in UTC, whatever time zone the database hands times back in.
    imported_on = as_utc(created_at).astimezone(UTC).date() if created_at else None
    return {
        "claim_id": claim_id,
        "article_id": article_id,
        "article_live": deleted_at is None,
        "claim_dismissed": dismissed_reason is not None,
        "published_on": published_on or imported_on,
        "outlet": outlet,
        "title": (title or "").translate(MARKERS),
        "claim_text": (claim_text or "").translate(MARKERS),
        "speaker": (speaker or "").translate(MARKERS),
        "extra": extra,
    }


def document_in_hand(claim: Claim, children: "Children") -> None:
    """Let this transaction's commit write the claim's search document from what the caller
    loaded for its answer (`document_from_loaded`) instead of reading it all again. Call it
    after the last change to the claim was flushed; a later flush that touches the claim (or
    any change of an article) drops it, and the commit reads the document as usual."""
    db.session.info.setdefault("search_in_hand", {})[claim.id] = document_from_loaded(
        claim, children
    )


def refresh_documents(claim_ids: Iterable[int], in_hand: dict[int, dict] | None = None) -> None:
    """Rewrite these claims' documents; `in_hand` ({claim id: document}) are built already."""
    in_hand = in_hand or {}
    ids = sorted({claim_id for claim_id in claim_ids if claim_id is not None})
    built = [in_hand[claim_id] for claim_id in ids if claim_id in in_hand]
    if built:  # one INSERT … ON CONFLICT UPDATE: a save's document rewritten in one statement
        db.session.execute(_upsert(), built)
    unread = [claim_id for claim_id in ids if claim_id not in in_hand]
    for start in range(0, len(unread), BATCH):
        chunk = unread[start : start + BATCH]
        db.session.execute(delete(SearchDocument).where(SearchDocument.claim_id.in_(chunk)))
        bulk.insert_rows(SearchDocument.__table__, documents_for(chunk))


_UPSERTS: dict[str, object] = {}


def _upsert():
    """INSERT … ON CONFLICT (claim_id) DO UPDATE of every column, built once per dialect (on
    SQLite the full-text index follows through its AFTER UPDATE trigger)."""
    name = db.session.get_bind().dialect.name
    if name not in _UPSERTS:
        if name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        statement = insert(SearchDocument.__table__)
        _UPSERTS[name] = statement.on_conflict_do_update(
            index_elements=["claim_id"],
            set_={column: statement.excluded[column] for column in DOCUMENT_COLUMNS},
        )
    return _UPSERTS[name]


def rebuild() -> int:
    """Rewrite every claim's search document (and, on SQLite, the FTS5 index itself), in the
    caller's transaction. `flask search-index rebuild` then brings matching's stored features
    and figures in step too, in batches (`matching.fill_features`)."""
    db.session.execute(delete(SearchDocument))
    if db.engine.dialect.name == "sqlite":
        db.session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('delete-all')"))
    ids = list(db.session.scalars(select(Claim.id).order_by(Claim.id)))
    refresh_documents(ids)
    if db.engine.dialect.name == "sqlite":
        db.session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))
    return len(ids)


def out_of_step() -> dict:
    """Claims without a search document, documents whose wording differs from the claim,
    documents of no claim, and (SQLite) whether FTS5 agrees with its content table. Each count
    is one anti-join or join: `NOT IN (subquery)` was planned by PostgreSQL as a subquery
    scanned again for each claim once its ids outgrew work_mem (over 10 minutes at 1,000,000
    claims)."""
    missing = db.session.scalar(
        select(func.count())
        .select_from(Claim)
        .where(~select(SearchDocument.claim_id).where(SearchDocument.claim_id == Claim.id).exists())
    )
    stale = db.session.scalar(
        select(func.count(SearchDocument.claim_id))
        .join(Claim, Claim.id == SearchDocument.claim_id)
        .where(SearchDocument.claim_text != Claim.text)
    )
    orphans = db.session.scalar(
        select(func.count())
        .select_from(SearchDocument)
        .where(~select(Claim.id).where(Claim.id == SearchDocument.claim_id).exists())
    )
    fts_ok = True
    if db.engine.dialect.name == "sqlite":
        try:
            db.session.execute(
                text("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
            )
        except Exception:  # noqa: BLE001 - SQLite reports a corrupt index as a generic error
            fts_ok = False
    return {"missing": missing, "stale": stale, "orphans": orphans, "fts_ok": fts_ok}
