"""The claim history: the one place that writes ClaimEvent rows."""

from collections.abc import Iterable

from webapp.extensions import db
from webapp.models import Claim, ClaimEvent, User


def record(
    claim: Claim,
    user: User | None,
    action: str,
    field: str | None = None,
    before: object = None,
    after: object = None,
) -> ClaimEvent:
    event = ClaimEvent(
        claim_id=claim.id,
        user_id=user.id if user else None,
        action=action,
        field=field,
        before=before,
        after=after,
        version=claim.version,
    )
    db.session.add(event)
    return event


def record_creations(claims: Iterable[Claim], user: User | None, action: str) -> None:
    for claim in claims:
        record(claim, user, action, "span", None, {"start": claim.start, "end": claim.end})
