"""Personal API tokens: shown once when created, stored only as a SHA-256 digest."""

import hashlib
import secrets
from functools import cache

from sqlalchemy import bindparam, select

from webapp.extensions import db
from webapp.fields import TOKEN_NAME_MAX as NAME_MAX
from webapp.models import ApiToken, LoginThrottle, User
from webapp.models.base import utcnow
from webapp.services.errors import Invalid, NotFound
from webapp.services.throttle import KEY_MAX, DatabaseThrottle, Policy, RedisThrottle

TOKEN_PREFIX = "cd_"


def digest(raw_token: str) -> str:
    return hashlib.sha256(raw_token.encode("utf-8")).hexdigest()


def create_token(user: User, name: str) -> tuple[ApiToken, str]:
    """A new token for `user`; returns the row and the raw token, which is never stored."""
    name = (name or "").strip()
    if not name:
        raise Invalid(
            "Give the token a name, such as the tool that will use it.", {"name": "required"}
        )
    if len(name) > NAME_MAX:
        raise Invalid(f"The name is longer than {NAME_MAX} characters.", {"name": "too long"})
    if not user.active:
        raise Invalid("Deactivated accounts cannot have API tokens.", {"user": "inactive"})
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user_id=user.id, name=name, token_digest=digest(raw))
    db.session.add(token)
    db.session.flush()
    return token, raw


def list_tokens(user: User) -> list[ApiToken]:
    return list(
        db.session.scalars(
            select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id.desc())
        )
    )


def revoke_token(user: User, token_id: int) -> ApiToken:
    token = db.session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise NotFound("You have no API token with that number.")
    if token.revoked_at is None:
        token.revoked_at = utcnow()
    return token


@cache
def _by_digest():
    """Built once, at the first API request (SQLAlchemy then reuses its compiled form and cache
    key), not at import: building it sets up every model's mapper, which a CLI command that
    never reads a token should not wait for. The token's account comes as the one object read
    (the token itself only says whether it was revoked), and the address's failure count with
    it (LEFT JOIN): one statement, not two."""
    return (
        select(User, ApiToken.revoked_at, LoginThrottle.failures, LoginThrottle.window_started_at)
        .join_from(ApiToken, User, ApiToken.user)
        .outerjoin(LoginThrottle, LoginThrottle.key == bindparam("address_key"))
        .where(ApiToken.token_digest == bindparam("digest"))
    )


def user_for_token(
    raw_token: str, address_key: str, store: DatabaseThrottle | RedisThrottle, policy: Policy
) -> User | None:
    """The active user behind a live token, or None. While the address has failed too often
    (`store`'s count under `address_key`), refused with TooManyAttempts, valid token or not."""
    row = None
    if raw_token.startswith(TOKEN_PREFIX) and len(raw_token) <= 200:
        values = {"digest": digest(raw_token), "address_key": address_key[:KEY_MAX]}
        row = db.session.execute(_by_digest(), values).first()
    if row is not None and store.in_database:
        wait = store.seconds_left(row, policy)
    else:
        wait = store.seconds_blocked(address_key, policy)
    if wait:
        raise policy.refusal(wait, "API tokens sent from your address")
    if row is None or row.revoked_at is not None or not row.User.active:
        return None
    return row.User
