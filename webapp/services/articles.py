"""Importing, listing and deleting articles."""

import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import defer, selectinload

from webapp.extensions import db
from webapp.models import Article, Claim, User
from webapp.models.article import TITLE_MAX
from webapp.models.base import utcnow
from webapp.services import bulk, claim_filters, presence, search_index
from webapp.services.admin import audit
from webapp.services.changes import claim_values, record_import
from webapp.services.claim_filters import ClaimFilter
from webapp.services.errors import Invalid, NotFound
from webapp.services.statuses import default_status
from webapp.services.web_addresses import validate_http_url


@dataclass(frozen=True)
class ArticleSummary:
    article: Article
    claim_count: int
    reviewed_count: int  # approved verdicts
    awaiting_count: int  # a verdict proposed, not yet approved


def normalise_text(text: str) -> str:
    """Browsers send CRLF from text areas; store one newline form so offsets stay stable."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_fingerprint(text: str) -> str:
    """sha256 of the text with whitespace collapsed: the same article text, however spaced."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class PreparedText:
    """An article text with its claims already extracted: a background import extracts before
    it takes the database's write lock, so colleagues' saves do not wait for the extraction."""

    text: str
    claims: tuple


def prepare_text(text: str) -> PreparedText:
    text = normalise_text(text)
    return PreparedText(text, tuple(_extract(text)))


def _extract(text: str):
    from webapp import extraction  # its patterns load on the first import, not at start-up

    return extraction.extract_claims(text)


def _claims_of(text: str, prepared: PreparedText | None):
    if prepared is not None and prepared.text == text:
        return prepared.claims
    return _extract(text)


def import_article(
    *,
    title: str,
    text: str,
    max_bytes: int,
    created_by: User | None,
    url: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    published_on: date | None = None,
    seed_name: str | None = None,
    prepared: PreparedText | None = None,
) -> Article:
    """Store an article and the claims extracted from it, each claim with its history start
    (`prepared`: extracted beforehand from this same text)."""
    title = title.strip()
    text = normalise_text(text)
    if not title:
        raise Invalid("The article needs a title.", {"title": "required"})
    if len(title) > TITLE_MAX:
        raise Invalid(f"The title is longer than {TITLE_MAX} characters.", {"title": "too long"})
    if not text.strip():
        raise Invalid("The article text is empty.", {"text": "required"})
    if len(text.encode("utf-8")) > max_bytes:
        raise Invalid(
            f"The article text is larger than the limit of {max_bytes:,} bytes.",
            {"text": "too large"},
        )
    article = Article(
        title=title,
        text=text,
        url=validate_http_url(url) if url and url.strip() else None,
        outlet=(outlet or "").strip() or None,
        author=(author or "").strip() or None,
        published_on=published_on,
        seed_name=seed_name,
        text_sha256=text_fingerprint(text),
        created_by=created_by,
    )
    db.session.add(article)
    db.session.flush()
    status = default_status()
    creator_id = created_by.id if created_by else None
    now = utcnow()
    rows = [
        claim_values(
            article,
            found.start,
            found.end,
            text=found.text,
            kind=found.kind,
            speaker=found.speaker,
            score=found.score,
            reasons=list(found.reasons),
            checkable=found.checkable,
            attribution=found.attribution,
            checkable_reason=found.checkable_reason,
            status_id=status.id,
            created_by_id=creator_id,
        )
        | {"version": 1, "created_at": now, "updated_at": now}
        for found in _claims_of(text, prepared)
    ]
    # Thousands of claims in a long article: plain rows written at once (COPY on PostgreSQL),
    # not ORM objects; the search documents and matching follow them as for any new claim.
    for row, claim_id in zip(rows, bulk.allocate_ids(Claim.__table__, len(rows)), strict=True):
        row["id"] = claim_id
    bulk.insert_rows(Claim.__table__, rows)
    record_import(rows, created_by)
    search_index.index_new_claims(article, rows)
    presence.history_written(article.id)
    return article


def _summaries(article_id: int | None = None) -> list[ArticleSummary]:
    """Live articles (or the one asked for) with their claim and reviewed counts, newest first,
    in one query however many claims they hold."""
    one = [] if article_id is None else [Claim.article_id == article_id]
    counts = (
        select(
            Claim.article_id,
            func.count(Claim.id).label("claims"),
            func.sum(case((Claim.reviewed, 1), else_=0)).label("reviewed"),
            func.sum(case((Claim.awaiting_approval, 1), else_=0)).label("awaiting"),
        )
        .where(Claim.dismissed_reason.is_(None), *one)
        .group_by(Claim.article_id)
        .subquery()
    )
    rows = db.session.execute(
        select(Article, counts.c.claims, counts.c.reviewed, counts.c.awaiting)
        .outerjoin(counts, counts.c.article_id == Article.id)
        .where(
            Article.deleted_at.is_(None),
            *([] if article_id is None else [Article.id == article_id]),
        )
        .order_by(Article.created_at.desc(), Article.id.desc())
    )
    return [
        ArticleSummary(article, claims or 0, reviewed or 0, awaiting or 0)
        for article, claims, reviewed, awaiting in rows
    ]


def list_articles() -> list[ArticleSummary]:
    """Every live article with its claim and reviewed counts, newest first, in one query."""
    return _summaries()


def article_titles() -> list[tuple[int, str]]:
    """(id, title) of every live article, newest first: for choosing one by its title."""
    rows = db.session.execute(
        select(Article.id, Article.title)
        .where(Article.deleted_at.is_(None))
        .order_by(Article.created_at.desc(), Article.id.desc())
    )
    return [(article_id, title) for article_id, title in rows]


def article_summary(article_id: int) -> ArticleSummary:
    """One live article with its counts, without loading its claims; NotFound otherwise."""
    found = _summaries(article_id)
    if not found:
        raise NotFound("There is no article with that number.")
    return found[0]


def get_article(article_id: int, with_text: bool = True) -> Article:
    """The article (not in the Trash); `with_text=False` leaves its text unread, for callers
    that only need to know it exists (the live poll, every few seconds per reader)."""
    options = [] if with_text else [defer(Article.text, raiseload=True)]
    article = db.session.get(Article, article_id, options=options)
    if article is None or article.deleted_at is not None:
        raise NotFound("There is no article with that number.")
    return article


def article_claims(article: Article, claim_filter: ClaimFilter | None = None) -> list[Claim]:
    """The article's live claims (reading order unless the filter sorts otherwise), with what
    the page shows loaded up front."""
    query = select(Claim).where(Claim.article_id == article.id, Claim.dismissed_reason.is_(None))
    query = claim_filters.apply(query, claim_filter or ClaimFilter())
    return list(
        db.session.scalars(query.options(selectinload(Claim.status), selectinload(Claim.assignee)))
    )


def delete_article(article: Article, user: User | None) -> None:
    """Move the article to the Trash: it leaves every list, its claims and history stay on
    record, who deleted it and when is kept (and logged), and an editor can restore it."""
    article.deleted_at = utcnow()
    article.deleted_by_id = user.id if user else None
    audit(user, "article deleted", f"article:{article.id}", None, {"title": article.title})


def trashed_articles() -> list[Article]:
    """Deleted articles, most recently deleted first, with who deleted them."""
    return list(
        db.session.scalars(
            select(Article)
            .where(Article.deleted_at.is_not(None))
            .options(selectinload(Article.deleted_by))
            .order_by(Article.deleted_at.desc(), Article.id.desc())
        )
    )


def get_trashed_article(article_id: int) -> Article:
    article = db.session.get(Article, article_id)
    if article is None or article.deleted_at is None:
        raise NotFound("There is no deleted article with that number in the Trash.")
    return article


def restore_article(article: Article, user: User | None) -> None:
    """Bring an article back from the Trash, with its claims and history as they were."""
    audit(
        user,
        "article restored",
        f"article:{article.id}",
        {"deleted_at": article.deleted_at.isoformat(), "deleted_by_id": article.deleted_by_id},
        {"title": article.title},
    )
    article.deleted_at = None
    article.deleted_by_id = None
