"""The claim history: the one place that writes ClaimEvent rows (the change pipeline and
restore call it)."""

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
