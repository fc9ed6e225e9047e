"""Who is looking at which claim, and what colleagues changed since the page was loaded.

Presence is kept where webapp/shared_state.py puts it: in the database (a `claim_viewers` row per
viewer and claim, refreshed by every poll) by default, or in Redis when REDIS_URL is set (a sorted
set per claim, each viewer scored by when they were last seen), so that a poll writes nothing to
the database and every worker on every machine sees the same viewers. What changed is read from
the history either way: the save path already writes it, and on PostgreSQL that read never waits
for a writer (docs/decisions/0012-presence-in-redis.md)."""

from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from webapp.extensions import db
from webapp.models import Article, Claim, ClaimEvent, ClaimViewer, User
from webapp.models.base import utcnow

# A viewer counts as present while their page keeps polling; the poll runs every few seconds.
PRESENCE_WINDOW = timedelta(seconds=20)


class DatabasePresence:
    """One row per viewer and claim, written in the caller's transaction."""

    def seen(self, claim_id: int, user_id: int, at: datetime) -> None:
        row = db.session.get(ClaimViewer, (claim_id, user_id))
        if row is not None:
            row.seen_at = at
            return
        try:
            with db.session.begin_nested():
                db.session.add(ClaimViewer(claim_id=claim_id, user_id=user_id, seen_at=at))
        except IntegrityError:  # the same user's other tab got there first
            pass

    def present(self, claim_id: int, since: datetime) -> set[int]:
        return set(
            db.session.scalars(
                select(ClaimViewer.user_id).where(
                    ClaimViewer.claim_id == claim_id, ClaimViewer.seen_at >= since
                )
            )
        )


class RedisPresence:
    """A sorted set per claim: member the user id, score the time last seen. Viewers gone for
    longer than the window are dropped on the next poll, and the set expires once nobody polls."""

    def __init__(self, client, prefix: str) -> None:
        self.client = client
        self.prefix = prefix

    def seen(self, claim_id: int, user_id: int, at: datetime) -> None:
        key = f"{self.prefix}claim:{claim_id}"
        pipe = self.client.pipeline(transaction=False)
        pipe.zadd(key, {user_id: at.timestamp()})
        pipe.zremrangebyscore(key, "-inf", f"({(at - PRESENCE_WINDOW).timestamp()}")
        pipe.expire(key, 2 * int(PRESENCE_WINDOW.total_seconds()))
        pipe.execute()

    def present(self, claim_id: int, since: datetime) -> set[int]:
        members = self.client.zrangebyscore(
            f"{self.prefix}claim:{claim_id}", since.timestamp(), "+inf"
        )
        return {int(member) for member in members}


def make_store(redis_client, prefix: str) -> DatabasePresence | RedisPresence:
    """Redis when the app has a client for it (webapp/shared_state.py), else the database."""
    return RedisPresence(redis_client, prefix) if redis_client is not None else DatabasePresence()


def _store() -> DatabasePresence | RedisPresence:
    return current_app.extensions["claimdesk.presence"]


def viewing(article: Article, claim_id: int, user: User) -> list[str]:
    """Record that the user has the article's claim open now; the other people who do. A claim
    of another article (or none) records nothing."""
    in_article = db.session.scalar(
        select(Claim.id).where(Claim.id == claim_id, Claim.article_id == article.id)
    )
    if in_article is None:
        return []
    now = utcnow()
    _store().seen(claim_id, user.id, now)
    others = _store().present(claim_id, now - PRESENCE_WINDOW) - {user.id}
    if not others:
        return []
    return list(
        db.session.scalars(
            select(User.username).where(User.id.in_(others)).order_by(func.lower(User.username))
        )
    )


def latest_event_id(article_id: int) -> int:
    return (
        db.session.scalar(
            select(func.max(ClaimEvent.id))
            .join(Claim, Claim.id == ClaimEvent.claim_id)
            .where(Claim.article_id == article_id)
        )
        or 0
    )


def changes_since(
    article_id: int, after_event_id: int, user: User
) -> list[tuple[Claim, str, list[str]]]:
    """Claims of the article that colleagues changed after the given history entry, with the
    name of whoever changed each last and what they changed (history fields: status, text,
    speaker, note, source, span, verdict…)."""
    events = db.session.execute(
        select(ClaimEvent.claim_id, ClaimEvent.user_id, ClaimEvent.field)
        .join(Claim, Claim.id == ClaimEvent.claim_id)
        .where(
            Claim.article_id == article_id,
            ClaimEvent.id > after_event_id,
            ClaimEvent.user_id.is_distinct_from(user.id),
        )
        .order_by(ClaimEvent.id)
    ).all()
    last_by = {claim_id: user_id for claim_id, user_id, _field in events}
    if not last_by:
        return []
    fields: dict[int, list[str]] = {}
    for claim_id, _user_id, field in events:
        if field and field not in fields.setdefault(claim_id, []):
            fields[claim_id].append(field)
    claims = db.session.scalars(
        select(Claim)
        .where(Claim.id.in_(last_by))
        .options(selectinload(Claim.status), selectinload(Claim.updated_by))
        .order_by(Claim.start)
    )
    names = dict(
        db.session.execute(
            select(User.id, User.username).where(User.id.in_(set(last_by.values()) - {None}))
        ).all()
    )
    return [
        (claim, names.get(last_by[claim.id], "Claimdesk"), fields.get(claim.id, []))
        for claim in claims
    ]
