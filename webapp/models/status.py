"""Verdict statuses: workspace data, configured by admins, never hard-coded."""

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from webapp.extensions import db
from webapp.fields import STATUS_NAME_MAX


class Status(db.Model):
    __tablename__ = "statuses"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(STATUS_NAME_MAX), unique=True)
    color: Mapped[str] = mapped_column(String(7))
    position: Mapped[int] = mapped_column(default=0)
    rating_value: Mapped[int | None]
    is_final: Mapped[bool] = mapped_column(default=False)
    is_default: Mapped[bool] = mapped_column(default=False)

    @property
    def slug(self) -> str:
        return "".join(ch if ch.isalnum() else "-" for ch in self.name.lower())
