"""Claims a page at a time across the workspace, with the browser's filters (for the API)."""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from webapp.extensions import db
from webapp.models import Article, Claim
from webapp.services import claim_filters
from webapp.services.claim_filters import ClaimFilter


@dataclass(frozen=True)
class Page:
    items: list
    page: int
    per_page: int
    total: int


def claims_page(
    claim_filter: ClaimFilter, article_id: int | None, page: int, per_page: int
) -> Page:
    """Live claims of live articles, filtered and sorted as on the article page."""
    query = (
        select(Claim)
        .join(Article, Claim.article_id == Article.id)
        .where(Article.deleted_at.is_(None), Claim.dismissed_reason.is_(None))
    )
    if article_id is not None:
        query = query.where(Claim.article_id == article_id)
    query = claim_filters.apply(query, claim_filter)
    total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    if claim_filter.sort == "position":
        query = query.order_by(None).order_by(
            Claim.article_id, Claim.start, Claim.end.desc(), Claim.id
        )
    items = list(
        db.session.scalars(
            query.options(
                selectinload(Claim.status),
                selectinload(Claim.article),
                selectinload(Claim.sources),
                selectinload(Claim.notes),
            )
            .limit(per_page)
            .offset((page - 1) * per_page)
        )
    )
    return Page(items, page, per_page, total or 0)
