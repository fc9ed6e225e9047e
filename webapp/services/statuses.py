"""The workspace's verdict statuses."""

from sqlalchemy import bindparam, func, select

from webapp.extensions import db
from webapp.models import Status

# name, colour, ClaimReview rating (1 worst .. 5 best, None when not a verdict), final verdict?
DEFAULT_STATUSES = (
    ("Unreviewed", "#6b7280", None, False),
    ("In progress", "#2563eb", None, False),
    ("Accurate", "#15803d", 5, True),
    ("Mostly accurate", "#4d7c0f", 4, True),
    ("Misleading", "#b45309", 2, True),
    ("False", "#b91c1c", 1, True),
    ("Unverifiable", "#7c3aed", None, True),
    ("Not checkable", "#0e7490", None, True),  # not a grey: "Unreviewed" is grey
)


def ensure_default_statuses() -> bool:
    """Create the default status set in an empty workspace; True when it did."""
    if db.session.scalar(select(Status.id).limit(1)) is not None:
        return False
    for position, (name, color, rating, final) in enumerate(DEFAULT_STATUSES, start=1):
        db.session.add(
            Status(
                name=name,
                color=color,
                position=position,
                rating_value=rating,
                is_final=final,
                is_default=position == 1,
            )
        )
    db.session.flush()
    return True


def list_statuses() -> list[Status]:
    return list(db.session.scalars(select(Status).order_by(Status.position, Status.id)))


def default_status() -> Status:
    status = db.session.scalar(select(Status).where(Status.is_default.is_(True)).limit(1))
    if status is None:
        ensure_default_statuses()
        status = db.session.scalar(select(Status).where(Status.is_default.is_(True)).limit(1))
    return status


def named(status=Status, param: str = "name"):
    """The condition that picks the status called :param (given lower-cased), in any case: for
    find_status, and for a save that reads the status it sets with its claim."""
    return func.lower(status.name) == bindparam(param)


# Built once: every save that sets a status by name runs it.
_BY_NAME = select(Status).where(named())


def find_status(name: str) -> Status | None:
    """The status with this name, in any case."""
    return kept(db.session.scalar(_BY_NAME, {"name": name.lower()}))


def kept(status: Status | None) -> Status | None:
    """The session keeps a status found by name for the rest of its work (its identity map
    holds objects only weakly), so the change that sets it reads it once."""
    if status is not None:
        db.session.info.setdefault("statuses_found", []).append(status)
    return status
