"""Filtering and sorting claims: one definition shared by the article page, exports and the API."""

from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select

from webapp.models import Claim, Status, User
from webapp.models.claim import ReviewState
from webapp.models.user import canonical_username

SORTS = ("position", "score", "status")


@dataclass(frozen=True)
class ClaimFilter:
    status: str | None = None  # status name, case-insensitive
    kind: str | None = None
    speaker: str | None = None
    assignee: str | None = None  # username, or "none" for unassigned
    search: str | None = None
    state: ReviewState | None = None  # review state, see models/claim.py
    sort: str = "position"

    @classmethod
    def from_args(cls, args) -> "ClaimFilter":
        """Build from query-string arguments; unknown sorts fall back to reading order."""

        def value(name: str) -> str | None:
            raw = (args.get(name) or "").strip()
            return raw[:200] or None

        sort = value("sort") or "position"
        state = value("state")
        return cls(
            state=ReviewState.__members__.get(state) if state else None,
            status=value("status"),
            kind=value("kind"),
            speaker=value("speaker"),
            assignee=value("assignee"),
            search=value("q"),
            sort=sort if sort in SORTS else "position",
        )

    @property
    def active(self) -> bool:
        return any((self.status, self.kind, self.speaker, self.assignee, self.search, self.state))

    def as_args(self) -> dict[str, str]:
        pairs = {
            "status": self.status,
            "kind": self.kind,
            "speaker": self.speaker,
            "assignee": self.assignee,
            "q": self.search,
            "state": self.state.name if self.state else None,
            "sort": None if self.sort == "position" else self.sort,
        }
        return {key: val for key, val in pairs.items() if val}


def apply(query: Select, claim_filter: ClaimFilter) -> Select:
    """Add the filter's conditions and ordering to a select() of Claim."""
    query = query.join(Status, Claim.status_id == Status.id)
    if claim_filter.status:
        query = query.where(func.lower(Status.name) == claim_filter.status.lower())
    if claim_filter.state:
        query = query.where(Claim.review_state == claim_filter.state.value)
    if claim_filter.kind:
        query = query.where(Claim.kind == claim_filter.kind.lower())
    if claim_filter.speaker:
        query = query.where(func.lower(Claim.speaker) == claim_filter.speaker.lower())
    if claim_filter.assignee:
        if claim_filter.assignee.lower() == "none":
            query = query.where(Claim.assignee_id.is_(None))
        else:
            assignee_ids = select(User.id).where(
                User.username_canonical == canonical_username(claim_filter.assignee)
            )
            query = query.where(Claim.assignee_id.in_(assignee_ids.scalar_subquery()))
    if claim_filter.search:
        pattern = "%" + _escape_like(claim_filter.search.lower()) + "%"
        query = query.where(
            or_(
                func.lower(Claim.text).like(pattern, escape="\\"),
                func.lower(func.coalesce(Claim.speaker, "")).like(pattern, escape="\\"),
            )
        )
    if claim_filter.sort == "score":
        return query.order_by(Claim.score.desc(), Claim.start, Claim.id)
    if claim_filter.sort == "status":
        return query.order_by(Status.position, Claim.start, Claim.id)
    return query.order_by(Claim.start, Claim.end.desc(), Claim.id)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
