"""Counting failures (log-ins per account, API token uses per address) where every worker
process sees the same count: in the database, or in Redis when one is configured."""

import math
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import bindparam, case, select

from webapp.extensions import db
from webapp.models import LoginThrottle
from webapp.models.base import as_utc, utcnow
from webapp.services.errors import ServiceError

KEY_MAX = 120


class TooManyAttempts(ServiceError):
    code = "too_many_attempts"
    http_status = 429


@dataclass(frozen=True)
class Policy:
    """At most `failures` failures within `window`; then refused until the window ends."""

    failures: int
    window: timedelta

    def refusal(self, seconds: float, what: str) -> TooManyAttempts:
        minutes = max(1, math.ceil(seconds / 60))
        return TooManyAttempts(
            f"Too many attempts: {what} failed {self.failures} times within "
            f"{int(self.window.total_seconds() // 60)} minutes. Try again in "
            f"{minutes} minute{'s' if minutes != 1 else ''}.",
            {"retry_after_seconds": math.ceil(seconds)},
        )


# Built once: every API request runs it.
_COUNT = select(LoginThrottle.failures, LoginThrottle.window_started_at).where(
    LoginThrottle.key == bindparam("key")
)


class DatabaseThrottle:
    """Counters in the `login_throttles` table, written in the caller's transaction. A query
    that needs the count anyway may read it itself (LEFT JOIN on the key) and ask
    `seconds_left`, as the API token look-up does (services/tokens.py)."""

    in_database = True

    def seconds_blocked(self, key: str, policy: Policy) -> float:
        row = db.session.execute(_COUNT, {"key": key[:KEY_MAX]}).first()
        return self.seconds_left(row, policy)

    @staticmethod
    def seconds_left(count, policy: Policy) -> float:
        """How long a count (`failures`, `window_started_at`, both None when there is none)
        still refuses its key."""
        if count is None or count.failures is None or count.failures < policy.failures:
            return 0
        remaining = (as_utc(count.window_started_at) + policy.window - utcnow()).total_seconds()
        return max(0.0, remaining)

    def failed(self, key: str, policy: Policy) -> None:
        """Count one failure atomically (two workers counting at once both count)."""
        now = utcnow()
        expired = LoginThrottle.window_started_at < now - policy.window
        insert = _dialect_insert()(LoginThrottle).values(
            key=key[:KEY_MAX], failures=1, window_started_at=now
        )
        db.session.execute(
            insert.on_conflict_do_update(
                index_elements=[LoginThrottle.key],
                set_={
                    "failures": case((expired, 1), else_=LoginThrottle.failures + 1),
                    "window_started_at": case(
                        (expired, now), else_=LoginThrottle.window_started_at
                    ),
                },
            )
        )

    def succeeded(self, key: str) -> None:
        db.session.query(LoginThrottle).filter(LoginThrottle.key == key[:KEY_MAX]).delete()


class RedisThrottle:
    """Counters in Redis (REDIS_URL), expiring by themselves at the end of the window."""

    in_database = False

    def __init__(self, client, prefix: str) -> None:
        self.client = client
        self.prefix = prefix

    def seconds_blocked(self, key: str, policy: Policy) -> float:
        name = self.prefix + key[:KEY_MAX]
        failures = int(self.client.get(name) or 0)
        if failures < policy.failures:
            return 0
        return max(0.0, self.client.pttl(name) / 1000)

    def failed(self, key: str, policy: Policy) -> None:
        name = self.prefix + key[:KEY_MAX]
        pipe = self.client.pipeline()
        pipe.incr(name)
        pipe.expire(name, int(policy.window.total_seconds()), nx=True)
        pipe.execute()

    def succeeded(self, key: str) -> None:
        self.client.delete(self.prefix + key[:KEY_MAX])


def make_store(redis_client, prefix: str) -> DatabaseThrottle | RedisThrottle:
    """Redis when the app has a client for it (webapp/shared_state.py), else the database."""
    return RedisThrottle(redis_client, prefix) if redis_client is not None else DatabaseThrottle()


def _dialect_insert():
    """The database's own INSERT (for ON CONFLICT); only that dialect's module is loaded."""
    if db.engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert
