"""Running the workspace: accounts, the status list and settings, each change audited."""

import re

from sqlalchemy import exists, func, select

from webapp.extensions import db
from webapp.fields import STATUS_NAME_MAX
from webapp.models import BlindVerdict, Claim, Setting, Status, User, WorkspaceEvent
from webapp.models.user import ROLES
from webapp.services import users
from webapp.services.errors import Conflict, Invalid, NotFound
from webapp.services.exports.records import status_record

COLOR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")
# Workspace settings an admin may change, with their defaults.
SETTINGS = {"allow_self_approval": "no"}


def audit(user: User | None, action: str, subject: str, before=None, after=None) -> None:
    """The one place that writes WorkspaceEvent rows."""
    db.session.add(
        WorkspaceEvent(
            user_id=user.id if user else None,
            action=action,
            subject=subject,
            before=before,
            after=after,
        )
    )


def recent_events(limit: int = 50) -> list[WorkspaceEvent]:
    return list(
        db.session.scalars(select(WorkspaceEvent).order_by(WorkspaceEvent.id.desc()).limit(limit))
    )


# Accounts


def list_users() -> list[User]:
    return list(db.session.scalars(select(User).order_by(func.lower(User.username))))


def create_account(actor: User, username: str, password: str, role: str, email: str | None) -> User:
    user = users.create_user(username, password, role, email)
    audit(actor, "user created", f"user:{user.username}", None, {"role": user.role})
    return user


def find_user(username: str) -> User:
    user = users.find_user_by_name(username)
    if user is None:
        raise NotFound(f"There is no account called {username!r}.")
    return user


def _active_admins() -> int:
    return db.session.scalar(
        select(func.count(User.id)).where(User.role == "admin", User.active.is_(True))
    )


def change_role(actor: User | None, user: User, role: str) -> None:
    if role not in ROLES:
        raise Invalid(f"Unknown role {role!r}; choose one of {', '.join(ROLES)}.")
    if role == user.role:
        return
    if user.role == "admin" and user.active and _active_admins() <= 1:
        raise Conflict("This is the last active admin; make someone else admin first.")
    audit(actor, "role changed", f"user:{user.username}", {"role": user.role}, {"role": role})
    user.role = role


def reset_password(actor: User | None, user: User, password: str) -> None:
    """Set another user's password; every session they have open ends."""
    users.set_password(user, password)
    audit(actor, "password reset", f"user:{user.username}")


def set_active(actor: User | None, user: User, active: bool) -> None:
    """Deactivate (ending every session) or reactivate an account; its work stays attributed."""
    if active == user.active:
        return
    if not active:
        if actor is not None and user.id == actor.id:
            raise Conflict("You cannot deactivate your own account.")
        if user.role == "admin" and _active_admins() <= 1:
            raise Conflict("This is the last active admin; make someone else admin first.")
        users.revoke_sessions(user)
    audit(
        actor,
        "user reactivated" if active else "user deactivated",
        f"user:{user.username}",
        {"active": user.active},
        {"active": active},
    )
    user.active = active


# Statuses


def get_status(status_id: int) -> Status:
    status = db.session.get(Status, status_id)
    if status is None:
        raise NotFound("There is no such status.")
    return status


def _status_value(status: Status) -> dict:
    """The status as the workspace log keeps it: its export record and whether it is the
    default (which exports leave out)."""
    return {**status_record(status), "is_default": status.is_default}


def _validated(name: str, color: str, rating_value: int | None, exclude_id: int | None) -> str:
    name = (name or "").strip()
    if not name or len(name) > STATUS_NAME_MAX:
        raise Invalid(f"A status name has 1 to {STATUS_NAME_MAX} characters.", {"name": "invalid"})
    if not COLOR_PATTERN.match(color or ""):
        raise Invalid("The colour must look like #1a2b3c.", {"color": "invalid"})
    if rating_value is not None and not 1 <= rating_value <= 5:
        raise Invalid("The ClaimReview rating runs from 1 to 5.", {"rating_value": "invalid"})
    clash = select(Status.id).where(func.lower(Status.name) == name.lower())
    if exclude_id is not None:
        clash = clash.where(Status.id != exclude_id)
    if db.session.scalar(clash) is not None:
        raise Invalid("Another status already has that name.", {"name": "taken"})
    return name


def save_status(
    actor: User,
    status: Status | None,
    *,
    name: str,
    color: str,
    position: int,
    rating_value: int | None,
    is_final: bool,
    is_default: bool = False,
) -> Status:
    """Create a status (`status` None) or change one; the change is audited."""
    name = _validated(name, color, rating_value, status.id if status else None)
    before = _status_value(status) if status else None
    if status is None:
        status = Status()
        db.session.add(status)
    status.name = name
    status.color = color.lower()
    status.position = position
    status.rating_value = rating_value
    status.is_final = is_final
    if is_default:
        for other in db.session.scalars(select(Status).where(Status.is_default.is_(True))):
            other.is_default = False
        status.is_default = True
    db.session.flush()
    after = _status_value(status)
    if before != after:
        audit(actor, "status saved", f"status:{status.id}", before, after)
    return status


def status_in_use(status: Status) -> bool:
    in_claims = exists().where(Claim.status_id == status.id)
    in_verdicts = exists().where(BlindVerdict.status_id == status.id)
    return bool(db.session.scalar(select(in_claims | in_verdicts)))


def delete_status(actor: User, status: Status) -> None:
    """Delete an unused status; a status that any claim carries is refused."""
    if status.is_default:
        raise Conflict(f"“{status.name}” is the default status for new claims; keep it.")
    if status_in_use(status):
        raise Conflict(
            f"“{status.name}” is in use by claims, so it cannot be deleted; rename it instead."
        )
    audit(actor, "status deleted", f"status:{status.id}", _status_value(status), None)
    db.session.delete(status)
    db.session.flush()


# Settings


def get_setting(key: str) -> str:
    row = db.session.get(Setting, key)
    return row.value if row is not None else SETTINGS[key]


def allows_self_approval() -> bool:
    return get_setting("allow_self_approval") == "yes"


def set_setting(actor: User, key: str, value: str) -> None:
    if key not in SETTINGS:
        raise Invalid(f"There is no setting called {key!r}.")
    before = get_setting(key)
    if before == value:
        return
    row = db.session.get(Setting, key)
    if row is None:
        db.session.add(Setting(key=key, value=value))
    else:
        row.value = value
    audit(actor, "setting changed", f"setting:{key}", before, value)
