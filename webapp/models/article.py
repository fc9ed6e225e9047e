"""A news article imported for checking."""

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from webapp.extensions import db
from webapp.fields import NAME_MAX, TITLE_MAX, URL_MAX
from webapp.models.base import utcnow
from webapp.models.user import User

__all__ = ["TITLE_MAX", "Article"]


class Article(db.Model):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    text: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(URL_MAX))
    outlet: Mapped[str | None] = mapped_column(String(NAME_MAX))
    author: Mapped[str | None] = mapped_column(String(NAME_MAX))
    published_on: Mapped[date | None] = mapped_column(Date)
    seed_name: Mapped[str | None] = mapped_column(String(NAME_MAX), unique=True)
    # sha256 of the text with whitespace collapsed: how an import recognises the same text.
    text_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])
    deleted_by: Mapped[User | None] = relationship(foreign_keys=[deleted_by_id])
    claims: Mapped[list["Claim"]] = relationship(  # noqa: F821
        back_populates="article", order_by="Claim.start"
    )
