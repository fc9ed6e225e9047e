"""People who use Claimdesk, their login sessions and API tokens."""

import unicodedata
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from webapp.extensions import db
from webapp.fields import EMAIL_MAX, ROLES, TOKEN_NAME_MAX, USERNAME_MAX
from webapp.models.base import utcnow

__all__ = ["ROLES", "ApiToken", "LoginSession", "User"]
CANONICAL_MAX = 64


def canonical_username(name: str) -> str:
    """The form a username is stored, compared and looked up in: NFKC (fullwidth ＡＤＭＩＮ is
    ADMIN), case-folded (Élise is élise), the dot that case-folding puts on a capital İ dropped
    (İlker is ilker), and no leading or trailing dots or spaces (admin. is admin)."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    folded = folded.replace("i\u0307", "i")
    return folded.strip().strip(".").strip()


class User(UserMixin, db.Model):
    __tablename__ = "users"

    # Set when the user is loaded through a browser login session; Flask-Login stores it.
    login_session_id = None

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(USERNAME_MAX), unique=True)
    # Every look-up (login, API, CLI, assignment, @mentions) goes through this column.
    username_canonical: Mapped[str] = mapped_column(String(CANONICAL_MAX), unique=True)
    email: Mapped[str | None] = mapped_column(String(EMAIL_MAX), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="reviewer")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    @validates("username")
    def _keep_canonical(self, _key: str, value: str) -> str:
        self.username_canonical = canonical_username(value)
        return value

    def get_id(self) -> str | None:
        return self.login_session_id

    @property
    def is_active(self) -> bool:
        return self.active

    def __repr__(self) -> str:
        return f"<User {self.username} ({self.role})>"


class LoginSession(db.Model):
    """A server-side record of one browser login; revoking it ends that session."""

    __tablename__ = "login_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Refreshed at most once a minute while the session is used; the idle limit counts from it.
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[User] = relationship(lazy="joined")


class ApiToken(db.Model):
    """A personal API token; only its SHA-256 digest is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(TOKEN_NAME_MAX))
    token_digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[User] = relationship()


class LoginThrottle(db.Model):
    """Failed log-ins (or failed API token uses) counted per account or address, in the
    database so that every worker process sees the same count."""

    __tablename__ = "login_throttles"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    window_started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RequestKey(db.Model):
    """A form's or API client's one-time key, stored in the transaction that acts on it, so a
    double click or a retry of the same request is answered once and never saved twice."""

    __tablename__ = "request_keys"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    key: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
