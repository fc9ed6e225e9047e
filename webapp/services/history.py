"""The claim history: the one place that writes ClaimEvent rows (the change pipeline and
restore call it)."""

from sqlalchemy import insert

from webapp.extensions import db
from webapp.models import Claim, ClaimEvent, User
from webapp.models.base import utcnow
from webapp.services import bulk


def record(
    claim: Claim,
    user: User | None,
    action: str,
    field: str | None = None,
    before: object = None,
    after: object = None,
    undoes_id: int | None = None,
) -> ClaimEvent:
    event = ClaimEvent(
        claim_id=claim.id,
        user_id=user.id if user else None,
        action=action,
        field=field,
        before=before,
        after=after,
        version=claim.version,
        undoes_id=undoes_id,
    )
    db.session.add(event)
    return event


_INSERT = insert(ClaimEvent.__table__).returning(ClaimEvent.__table__.c.id)


def record_changes(
    entries: list[tuple[Claim, User | None, str, str | None, object, object, int | None]],
) -> None:
    """Write history entries (claim, user, action, field, before, after, undoes id) in one
    INSERT, without ORM objects: the change pipeline writes them after its flush, and nothing
    it does afterwards needs them as objects. Each article's newest entry is passed on to
    presence, as it is for entries written by a flush."""
    if not entries:
        return
    now = utcnow()
    rows = [
        {
            "claim_id": claim.id,
            "user_id": user.id if user else None,
            "action": action,
            "field": field,
            "before": before,
            "after": after,
            "version": claim.version,
            "undoes_id": undoes_id,
            "created_at": now,
        }
        for claim, user, action, field, before, after, undoes_id in entries
    ]
    ids = db.session.execute(_INSERT, rows).scalars().all()
    newest: dict[int, int] = {}
    for (claim, *_rest), event_id in zip(entries, ids, strict=True):
        newest[claim.article_id] = max(newest.get(claim.article_id, 0), event_id)
    from webapp.services import presence

    presence.newest_written(newest, entries)


def entry_values(
    claim_id: int,
    user: User | None,
    action: str,
    field: str | None = None,
    before: object = None,
    after: object = None,
    *,
    version: int,
    undoes_id: int | None = None,
) -> dict:
    """One history row for record_many: the values `record` gives a ClaimEvent."""
    return {
        "claim_id": claim_id,
        "user_id": user.id if user else None,
        "action": action,
        "field": field,
        "before": before,
        "after": after,
        "version": version,
        "undoes_id": undoes_id,
    }


def record_many(entries: list[dict]) -> None:
    """Write many history rows at once (a long import's first entries), stamped with one time;
    nothing is read back."""
    now = utcnow()
    bulk.insert_rows(ClaimEvent.__table__, [{**entry, "created_at": now} for entry in entries])
