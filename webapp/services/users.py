"""Accounts: creation, password checks and server-side login sessions."""

import functools
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import func, or_, select, update

from webapp.database import write_intent
from webapp.extensions import db
from webapp.fields import PASSWORD_MIN as PASSWORD_MIN_LENGTH
from webapp.fields import USERNAME_MAX
from webapp.models import ApiToken, LoginSession, User
from webapp.models.base import as_utc, utcnow
from webapp.models.user import CANONICAL_MAX, ROLES, canonical_username
from webapp.services.errors import Invalid, NotFound
from webapp.services.throttle import Policy

# A used session is touched at most this often, so reading pages does not write every time.
SESSION_TOUCH_INTERVAL = timedelta(minutes=1)


def _argon2_refusals() -> tuple[type[Exception], ...]:
    from argon2.exceptions import InvalidHashError, VerificationError

    return VerificationError, InvalidHashError


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


@functools.cache
def _common_passwords() -> frozenset[str]:
    """The 30,000 most common passwords of real breaches (the list zxcvbn ships), so a
    password anyone would try first is refused (ASVS 6.2.4). Loaded on first use."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


def check_password_strength(password: str, username: str | None = None) -> None:
    """The one password rule, for every place a password is set (setup, admin, CLI, own)."""
    if len(password) < PASSWORD_MIN_LENGTH:
        raise Invalid(
            f"The password must have at least {PASSWORD_MIN_LENGTH} characters.",
            {"password": "too short"},
        )
    folded = password.casefold()
    if folded in _common_passwords() or folded.strip() in _common_passwords():
        raise Invalid(
            "This password is one of the most common passwords, the first an attacker tries; "
            "choose another (a few unrelated words work well).",
            {"password": "common"},
        )
    if username and canonical_username(username) in (folded, folded.strip()):
        raise Invalid("The password cannot be the username.", {"password": "username"})


def _skeleton(name: str) -> str:
    """What a name looks like: each character replaced by the Latin letter it can be mistaken
    for (Cyrillic а → a, 0 → o), after the canonical form, per Unicode's confusables list."""
    from confusable_homoglyphs import confusables

    shown = []
    for character in canonical_username(name):
        found = confusables.is_confusable(character, greedy=True, preferred_aliases=["latin"])
        shown.append(found[0]["homoglyphs"][0]["c"].casefold() if found else character)
    return "".join(shown)


def check_username(username: str) -> str:
    """The username as it will be shown (NFKC, so fullwidth letters become plain ones), or
    Invalid: wrong characters or length, a leading or trailing dot, letters of two scripts
    (Latin with Cyrillic look-alikes), or a name that looks like an existing account's."""
    name = unicodedata.normalize("NFKC", username or "").strip()
    if (
        not name
        or len(name) > USERNAME_MAX
        or len(canonical_username(name)) > CANONICAL_MAX
        or not all(character.isalnum() or character in "_-." for character in name)
    ):
        raise Invalid(
            f"A username has 1 to {USERNAME_MAX} letters, digits, dots, dashes or underscores.",
            {"username": "invalid"},
        )
    if name.startswith(".") or name.endswith("."):
        raise Invalid("A username cannot begin or end with a dot.", {"username": "invalid"})
    from confusable_homoglyphs import confusables  # a large table, loaded on first use

    if confusables.is_mixed_script(name):
        raise Invalid(
            "A username uses letters of one script only, so it cannot pass for another name "
            "(this one mixes, for example, Latin and Cyrillic letters).",
            {"username": "mixed scripts"},
        )
    canonical = canonical_username(name)
    existing = db.session.execute(select(User.username, User.username_canonical)).all()
    if any(other == canonical for _name, other in existing):
        raise Invalid("That username is already in use.", {"username": "taken"})
    skeleton = _skeleton(name)
    for other_name, _canonical in existing:
        if _skeleton(other_name) == skeleton:
            raise Invalid(
                f"That username looks like the existing account {other_name}; choose another.",
                {"username": "confusable"},
            )
    return name


def create_user(username: str, password: str, role: str, email: str | None = None) -> User:
    username = check_username(username)
    if role not in ROLES:
        raise Invalid(
            f"Unknown role {role!r}; choose one of {', '.join(ROLES)}.", {"role": "invalid"}
        )
    check_password_strength(password, username)
    email = (email or "").strip().lower() or None
    if email is not None and db.session.scalar(select(User.id).where(User.email == email)):
        raise Invalid("That e-mail address is already in use.", {"email": "taken"})
    user = User(username=username, email=email, role=role, password_hash=_hasher().hash(password))
    db.session.add(user)
    db.session.flush()
    return user


def find_login(login: str) -> User | None:
    """The account a typed log-in names, by username (in any case, width or spelling with the
    same canonical form) or by e-mail address."""
    login = (login or "").strip()
    return db.session.scalar(
        select(User).where(
            or_(User.username_canonical == canonical_username(login), User.email == login.lower())
        )
    )


@dataclass(frozen=True)
class LoginSource:
    """Where a log-in comes from, and how many failures from there are tolerated."""

    address: str
    policy: Policy


def log_in(
    login: str, password: str, throttle, policy: Policy, source: LoginSource | None = None
) -> User | None:
    """Authenticate, counting failures per account whatever name or e-mail was typed for it
    (and per typed name when there is no such account, so probing names is counted too), and
    per address across all accounts (password spraying). While a count is over its policy the
    attempt is refused before the password is tried. A success clears the account's count,
    never the address's (one good account must not launder guesses at others)."""
    if source is not None:
        address_key = f"login-address:{source.address}"
        wait = throttle.seconds_blocked(address_key, source.policy)
        if wait:
            raise source.policy.refusal(wait, "log-ins from your address")
    user = find_login(login)
    key = f"account:{user.id}" if user else "name:" + canonical_username(login or "")
    wait = throttle.seconds_blocked(key, policy)
    if wait:
        raise policy.refusal(wait, "logging in to this account")
    if _checked(user, password) is None:
        throttle.failed(key, policy)
        if source is not None:
            throttle.failed(address_key, source.policy)
        return None
    throttle.succeeded(key)
    return user


def authenticate(login: str, password: str) -> User | None:
    """The active user with this username or e-mail and password, or None."""
    return _checked(find_login(login), password)


def _checked(user: User | None, password: str) -> User | None:
    if user is None:
        _verify(_dummy_hash(_hasher()), password)
        return None
    if not _verify(user.password_hash, password) or not user.active:
        return None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = _hasher().hash(password)
    return user


def _verify(password_hash: str, password: str) -> bool:

    try:
        return _hasher().verify(password_hash, password)
    except _argon2_refusals():
        return False


def find_user_by_name(username: str) -> User | None:
    """The account with this username, compared in canonical form (the one look-up by name)."""
    return db.session.scalar(
        select(User).where(User.username_canonical == canonical_username(username))
    )


def users_named(names) -> list[User]:
    """The accounts with these usernames (canonical comparison), for mentions and restores."""
    wanted = {canonical_username(name) for name in names}
    if not wanted:
        return []
    return list(db.session.scalars(select(User).where(User.username_canonical.in_(wanted))))


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
    """Set a new password, end every session the user has open and revoke their API tokens
    (a token made by whoever knew the old password must not outlive it)."""
    check_password_strength(new, user.username)
    user.password_hash = _hasher().hash(new)
    revoke_sessions(user)
    db.session.execute(
        update(ApiToken)
        .where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


def start_session(user: User) -> LoginSession:
    login_session = LoginSession(id=secrets.token_urlsafe(32), user_id=user.id)
    db.session.add(login_session)
    db.session.flush()
    return login_session


def load_session(
    session_id: str, idle: timedelta, lifetime: timedelta, in_write_request: bool
) -> User | None:
    """The user behind a live login session, or None once it is revoked, has been idle longer
    than `idle`, is older than `lifetime`, or its user is deactivated."""
    login_session = db.session.get(LoginSession, session_id)
    if login_session is None or login_session.revoked_at is not None:
        return None
    now = utcnow()
    last_seen = as_utc(login_session.last_seen_at or login_session.created_at)
    if now - as_utc(login_session.created_at) > lifetime or now - last_seen > idle:
        return None
    user = login_session.user
    if not user.active:
        return None
    if now - last_seen > SESSION_TOUCH_INTERVAL:
        _touch(login_session.id, now, in_write_request)
    user.login_session_id = login_session.id
    return user


def _touch(session_id: str, now: datetime, in_write_request: bool) -> None:
    """Record that the session was used. A write request does it in its own transaction (which
    its view commits); a read does it in a short transaction of its own, so pages that only
    read never turn their transaction into a write."""
    statement = update(LoginSession).where(LoginSession.id == session_id).values(last_seen_at=now)
    if in_write_request:
        db.session.execute(statement, execution_options={"synchronize_session": False})
        return
    with write_intent(), db.engine.begin() as connection:
        connection.execute(statement)


def revoke_sessions(user: User) -> None:
    db.session.execute(
        update(LoginSession)
        .where(LoginSession.user_id == user.id, LoginSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
