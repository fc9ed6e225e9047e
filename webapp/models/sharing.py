"""Read-only share links to an article's reading view, for people without an account."""

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from webapp.extensions import db
from webapp.fields import TOKEN_NAME_MAX
from webapp.models.article import Article
from webapp.models.base import utcnow
from webapp.models.user import User


class ShareLink(db.Model):
    """One share link; only the SHA-256 digest of its token is stored (as for API tokens), so
    the address is shown once, when it is created. Revoking keeps the row: who and when."""

    __tablename__ = "share_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    label: Mapped[str] = mapped_column(String(TOKEN_NAME_MAX), default="")
    token_digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    article: Mapped[Article] = relationship()
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])
    revoked_by: Mapped[User | None] = relationship(foreign_keys=[revoked_by_id])
