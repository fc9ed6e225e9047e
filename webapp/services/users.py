"""Accounts: creation, password checks and server-side login sessions."""

import functools
import secrets

from flask import current_app
from sqlalchemy import func, or_, select, update

from webapp.extensions import db
from webapp.fields import PASSWORD_MIN as PASSWORD_MIN_LENGTH
from webapp.fields import USERNAME_MAX, is_username
from webapp.models import LoginSession, User
from webapp.models.base import utcnow
from webapp.models.user import ROLES
from webapp.services.errors import Invalid, NotFound


@functools.cache
def _hasher_for(profile: str):
    # Imported here: argon2 is only needed to log in or set a password, not to start the CLI.
    from argon2 import PasswordHasher, profiles

    return PasswordHasher.from_parameters(getattr(profiles, profile))


def _hasher():
    """argon2 with the PASSWORD_HASH_PROFILE setting's parameters (the tests use CHEAPEST)."""
    return _hasher_for(current_app.config["PASSWORD_HASH_PROFILE"])


@functools.cache
def _dummy_hash(hasher) -> str:
    """Verifying against a real hash when the account is unknown keeps response times alike,
    so timing does not reveal which usernames exist."""
    return hasher.hash("claimdesk-timing-equaliser")


def has_users() -> bool:
    return db.session.scalar(select(func.count(User.id))) > 0


def check_password_strength(password: str) -> None:
    if len(password) < PASSWORD_MIN_LENGTH:
        raise Invalid(
            f"The password must have at least {PASSWORD_MIN_LENGTH} characters.",
            {"password": "too short"},
        )


def create_user(username: str, password: str, role: str, email: str | None = None) -> User:
    username = username.strip()
    if not username or len(username) > USERNAME_MAX or not is_username(username):
        raise Invalid(
            "A username has 1 to 40 letters, digits, dots, dashes or underscores.",
            {"username": "invalid"},
        )
    if role not in ROLES:
        raise Invalid(
            f"Unknown role {role!r}; choose one of {', '.join(ROLES)}.", {"role": "invalid"}
        )
    check_password_strength(password)
    email = (email or "").strip().lower() or None
    same_identity = func.lower(User.username) == username.lower()
    if email is not None:
        same_identity = or_(same_identity, User.email == email)
    taken = db.session.scalar(select(User.id).where(same_identity))
    if taken:
        raise Invalid("That username or e-mail address is already in use.", {"username": "taken"})
    user = User(username=username, email=email, role=role, password_hash=_hasher().hash(password))
    db.session.add(user)
    db.session.flush()
    return user


def authenticate(login: str, password: str) -> User | None:
    """The active user with this username or e-mail and password, or None."""
    login = login.strip()
    user = db.session.scalar(
        select(User).where(
            or_(func.lower(User.username) == login.lower(), User.email == login.lower())
        )
    )
    if user is None:
        _verify(_dummy_hash(_hasher()), password)
        return None
    if not _verify(user.password_hash, password) or not user.active:
        return None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = _hasher().hash(password)
    return user


def _verify(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def find_user_by_name(username: str) -> User | None:
    return db.session.scalar(select(User).where(func.lower(User.username) == username.lower()))


def get_user(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        raise NotFound("No such user.")
    return user


def change_password(user: User, current: str, new: str) -> None:
    if not _verify(user.password_hash, current):
        raise Invalid("The current password is not right.", {"current_password": "wrong"})
    set_password(user, new)


def set_password(user: User, new: str) -> None:
    """Set a new password and end every session the user has open."""
    check_password_strength(new)
    user.password_hash = _hasher().hash(new)
    revoke_sessions(user)


def start_session(user: User) -> LoginSession:
    login_session = LoginSession(id=secrets.token_urlsafe(32), user_id=user.id)
    db.session.add(login_session)
    db.session.flush()
    return login_session


def load_session(session_id: str) -> User | None:
    """The user behind a live login session, or None once it is revoked or they are deactivated."""
    login_session = db.session.get(LoginSession, session_id)
    if login_session is None or login_session.revoked_at is not None:
        return None
    user = login_session.user
    if not user.active:
        return None
    user.login_session_id = login_session.id
    return user


def revoke_sessions(user: User) -> None:
    db.session.execute(
        update(LoginSession)
        .where(LoginSession.user_id == user.id, LoginSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
