"""Who is looking at which claim, and what colleagues changed since the page was loaded."""

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from webapp.extensions import db
from webapp.models import Claim, ClaimEvent, ClaimViewer, User
from webapp.models.base import utcnow

# A viewer counts as present while their page keeps polling; the poll runs every few seconds.
PRESENCE_WINDOW = timedelta(seconds=20)


def touch(claim: Claim, user: User) -> None:
    """Record that the user has this claim open now."""
    row = db.session.get(ClaimViewer, (claim.id, user.id))
    if row is not None:
        row.seen_at = utcnow()
        return
    try:
        with db.session.begin_nested():
            db.session.add(ClaimViewer(claim_id=claim.id, user_id=user.id, seen_at=utcnow()))
    except IntegrityError:  # the same user's other tab got there first
        pass


def viewers(claim: Claim, user: User) -> list[str]:
    """Other people with the claim open right now."""
    return list(
        db.session.scalars(
            select(User.username)
            .join(ClaimViewer, ClaimViewer.user_id == User.id)
            .where(
                ClaimViewer.claim_id == claim.id,
                ClaimViewer.user_id != user.id,
                ClaimViewer.seen_at >= utcnow() - PRESENCE_WINDOW,
            )
            .order_by(func.lower(User.username))
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
