"""One-time request keys: a form carries a fresh key (an API client may send one as the
Idempotency-Key header); the key is stored in the same transaction as what the request saves,
under a unique index, so a double click or a retry is saved once and the repeat is told so."""

import hashlib
import re
import secrets
import time

from sqlalchemy.exc import IntegrityError

from webapp.extensions import db
from webapp.models import RequestKey, User
from webapp.services.errors import Conflict, Invalid

KEY_PATTERN = re.compile(r"[A-Za-z0-9_.:-]{8,100}")
ALREADY_SAVED = (
    "This was already sent and saved once (a double click or a retry); it was not saved "
    "again. Reload to see it."
)


def new_key() -> str:
    return secrets.token_urlsafe(18)


def claim(user: User, key: str) -> None:
    """Record `key` for `user` in the current transaction. A concurrent request with the same
    key waits on the unique index until this one ends, then gets Conflict; if this request
    fails and rolls back, the key is free again, so a retry after an error still works."""
    if not KEY_PATTERN.fullmatch(key):
        raise Invalid(
            "A request key has 8 to 100 letters, digits or the characters _ . : -",
            {"request_key": "invalid"},
        )
    try:
        with db.session.begin_nested():
            db.session.add(RequestKey(user_id=user.id, key=key))
    except IntegrityError:
        raise Conflict(ALREADY_SAVED, {"request_key": "already used"}) from None


REPEAT_WINDOW_SECONDS = 30
SAME_CONTENT = (
    "The same {what} was saved on this claim by you less than a minute ago (a double click or a "
    "retry); it was not saved again. To save it twice on purpose, send each request with its "
    "own Idempotency-Key."
)


def derived_keys(scope: str, content: str, now: float) -> list[str]:
    """Keys for a request that carries none of its own, derived from what it saves. Two grids
    of 2×window buckets, offset by one window: any two moments less than a window apart share a
    bucket in at least one grid; moments two windows or more apart never do."""
    digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    span = 2 * REPEAT_WINDOW_SECONDS
    return [
        f"auto:{scope}:{grid}{int((now + offset) // span)}:{digest}"
        for grid, offset in (("a", 0), ("b", REPEAT_WINDOW_SECONDS))
    ]


def claim_content(user: User, scope: str, content: str, what: str) -> None:
    """The same content sent twice by one account within REPEAT_WINDOW_SECONDS is saved once,
    atomically (the unique index), however the two requests interleave."""
    try:
        for key in derived_keys(scope, content, time.time()):
            claim(user, key)
    except Conflict:
        raise Conflict(SAME_CONTENT.format(what=what), {"request_key": "same content"}) from None
