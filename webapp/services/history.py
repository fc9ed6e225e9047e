"""The claim history: the one place that writes ClaimEvent rows (the change pipeline and
restore call it)."""

from webapp.extensions import db
from webapp.models import Claim, ClaimEvent, User


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
