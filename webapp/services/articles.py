"""Importing, listing and deleting articles."""

import hashlib
from dataclasses import dataclass
from datetime import date

import validators
from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import selectinload

from webapp.extensions import db
from webapp.extraction import extract_claims
from webapp.models import Article, Claim, Status, User
from webapp.models.article import TITLE_MAX
from webapp.models.base import utcnow
from webapp.services import claim_filters, history
from webapp.services.claim_filters import ClaimFilter
from webapp.services.errors import Invalid, NotFound
from webapp.services.statuses import default_status

QUOTE_CONTEXT = 32


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


def validate_http_url(url: str) -> str:
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")) or validators.url(url) is not True:
        raise Invalid(
            "Enter a full web address starting with http:// or https://.", {"url": "invalid"}
        )
    return url


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
) -> Article:
    """Store an article and the claims extracted from it, each claim with its history start."""
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
    claims = [
        Claim(
            article_id=article.id,
            start=found.start,
            end=found.end,
            quote_prefix=text[max(0, found.start - QUOTE_CONTEXT) : found.start],
            quote_suffix=text[found.end : found.end + QUOTE_CONTEXT],
            text=found.text,
            kind=found.kind,
            speaker=found.speaker,
            score=found.score,
            reasons=list(found.reasons),
            checkable=found.checkable,
            status_id=status.id,
            created_by_id=created_by.id if created_by else None,
        )
        for found in extract_claims(text)
    ]
    db.session.add_all(claims)
    db.session.flush()
    history.record_creations(claims, created_by, "extracted")
    return article


def list_articles() -> list[ArticleSummary]:
    """Every live article with its claim and reviewed counts, newest first, in one query."""
    counts = (
        select(
            Claim.article_id,
            func.count(Claim.id).label("claims"),
            func.sum(case((Claim.reviewed, 1), else_=0)).label("reviewed"),
            func.sum(case((and_(~Claim.reviewed, Status.is_final), 1), else_=0)).label("awaiting"),
        )
        .join(Status, Claim.status_id == Status.id)
        .where(Claim.dismissed_reason.is_(None))
        .group_by(Claim.article_id)
        .subquery()
    )
    rows = db.session.execute(
        select(Article, counts.c.claims, counts.c.reviewed, counts.c.awaiting)
        .outerjoin(counts, counts.c.article_id == Article.id)
        .where(Article.deleted_at.is_(None))
        .order_by(Article.created_at.desc(), Article.id.desc())
    )
    return [
        ArticleSummary(article, claims or 0, reviewed or 0, awaiting or 0)
        for article, claims, reviewed, awaiting in rows
    ]


def get_article(article_id: int) -> Article:
    article = db.session.get(Article, article_id)
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


def delete_article(article: Article) -> None:
    """Soft delete: the article leaves every list but its claims and history stay on record."""
    article.deleted_at = utcnow()
