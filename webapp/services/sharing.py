"""Read-only share links: an editor makes one for an article; whoever holds its address may read
the article's reading view without an account, until the link is revoked or the article is
deleted. The token is shown once and stored only as a SHA-256 digest, like an API token."""

import secrets

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from webapp.extensions import db
from webapp.fields import TOKEN_NAME_MAX
from webapp.models import Article, Claim, ShareLink, User
from webapp.models.base import utcnow
from webapp.services.admin import audit
from webapp.services.errors import Invalid, NotFound
from webapp.services.tokens import digest

TOKEN_PREFIX = "cds_"
TOKEN_LENGTH_MAX = 100
UNKNOWN_LINK = (
    "This share link is unknown or was revoked, or its article was deleted. Ask the person "
    "who sent it to you for a new link."
)


def create_link(article: Article, user: User, label: str = "") -> tuple[ShareLink, str]:
    """A new link to the article; returns the row and the raw token, which is never stored."""
    label = (label or "").strip()
    if len(label) > TOKEN_NAME_MAX:
        raise Invalid(
            f"The label is longer than {TOKEN_NAME_MAX} characters.", {"label": "too long"}
        )
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    link = ShareLink(
        article_id=article.id, label=label, token_digest=digest(raw), created_by_id=user.id
    )
    db.session.add(link)
    db.session.flush()
    audit(user, "share link created", f"article:{article.id}", None, _described(link))
    return link, raw


def list_links(article: Article) -> list[ShareLink]:
    """The article's links, newest first, with who made and who revoked them."""
    return list(
        db.session.scalars(
            select(ShareLink)
            .where(ShareLink.article_id == article.id)
            .options(selectinload(ShareLink.created_by), selectinload(ShareLink.revoked_by))
            .order_by(ShareLink.id.desc())
        )
    )


def revoke_link(article: Article, link_id: int, user: User) -> ShareLink:
    """Revoke one of the article's links (revoking twice changes nothing more)."""
    link = db.session.get(ShareLink, link_id)
    if link is None or link.article_id != article.id:
        raise NotFound("This article has no share link with that number.")
    if link.revoked_at is None:
        link.revoked_at = utcnow()
        link.revoked_by_id = user.id
        audit(user, "share link revoked", f"article:{article.id}", None, _described(link))
    return link


def shared_article(raw_token: str) -> Article:
    """The live article behind a live link; NotFound for an unknown or revoked link or a
    deleted article (all three answered alike, so a guess learns nothing)."""
    if not raw_token.startswith(TOKEN_PREFIX) or len(raw_token) > TOKEN_LENGTH_MAX:
        raise NotFound(UNKNOWN_LINK)
    link = db.session.scalar(select(ShareLink).where(ShareLink.token_digest == digest(raw_token)))
    if link is None or link.revoked_at is not None or link.article.deleted_at is not None:
        raise NotFound(UNKNOWN_LINK)
    return link.article


def reading_claims(article: Article) -> list[Claim]:
    """The article's live claims in reading order, with what the reading view shows loaded."""
    return list(
        db.session.scalars(
            select(Claim)
            .where(Claim.article_id == article.id, Claim.dismissed_reason.is_(None))
            .options(
                selectinload(Claim.status),
                selectinload(Claim.sources),
                selectinload(Claim.approved_by),
            )
            .order_by(Claim.start, Claim.end.desc(), Claim.id)
        )
    )


def _described(link: ShareLink) -> dict:
    return {"link": link.id, "label": link.label}
