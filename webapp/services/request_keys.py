"""One-time request keys: a form carries a fresh key (an API client may send one as the
Idempotency-Key header); the key is stored in the same transaction as what the request saves,
under a unique index, so a double click or a retry is saved once and the repeat is told so."""

import re
import secrets

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
