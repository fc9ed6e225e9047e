"""A checkable claim inside an article, with its sources, notes and history."""

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Index, String, Text
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from webapp.extensions import db
from webapp.models.article import Article
from webapp.models.base import utcnow
from webapp.models.status import Status
from webapp.models.user import User

CLAIM_TEXT_MAX = 2000


class Claim(db.Model):
    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    start: Mapped[int]
    end: Mapped[int]
    quote_prefix: Mapped[str] = mapped_column(String(64), default="")
    quote_suffix: Mapped[str] = mapped_column(String(64), default="")
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="event")
    speaker: Mapped[str | None] = mapped_column(String(200))
    score: Mapped[float] = mapped_column(Float, default=0.0)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    checkable: Mapped[bool] = mapped_column(default=True)
    # How the claim is attributed (direct / reported / reporter) and, when it cannot be
    # checked, why (opinion, prediction, question, boilerplate, exhortation, intent).
    attribution: Mapped[str | None] = mapped_column(String(16))
    checkable_reason: Mapped[str | None] = mapped_column(String(32))
    status_id: Mapped[int] = mapped_column(ForeignKey("statuses.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    dismissed_reason: Mapped[str | None] = mapped_column(String(500))
    version: Mapped[int] = mapped_column(default=1)
    # The version counter guards every claim UPDATE (WHERE version = old), so two saves made
    # from the same version cannot both land; services bump it themselves.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    proposed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    article: Mapped[Article] = relationship(back_populates="claims")
    status: Mapped[Status] = relationship()
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])
    updated_by: Mapped[User | None] = relationship(foreign_keys=[updated_by_id])
    proposed_by: Mapped[User | None] = relationship(foreign_keys=[proposed_by_id])
    approved_by: Mapped[User | None] = relationship(foreign_keys=[approved_by_id])
    sources: Mapped[list["Source"]] = relationship(
        back_populates="claim",
        order_by="Source.id",
        primaryjoin="and_(Source.claim_id == Claim.id, Source.deleted_at.is_(None))",
        viewonly=True,
    )
    notes: Mapped[list["Note"]] = relationship(
        back_populates="claim",
        order_by="Note.id",
        primaryjoin="and_(Note.claim_id == Claim.id, Note.deleted_at.is_(None))",
        viewonly=True,
    )
    events: Mapped[list["ClaimEvent"]] = relationship(
        back_populates="claim", order_by="ClaimEvent.id", viewonly=True
    )

    @hybrid_property
    def reviewed(self) -> bool:
        """A claim counts as reviewed once an editor has approved its verdict."""
        return self.approved_at is not None

    @reviewed.inplace.expression
    @classmethod
    def _reviewed_expression(cls):
        return cls.approved_at.is_not(None)

    @property
    def passage(self) -> str:
        """The exact source passage in the article."""
        return self.article.text[self.start : self.end]


class Source(db.Model):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    title: Mapped[str] = mapped_column(String(500), default="")
    publisher: Mapped[str] = mapped_column(String(200), default="")
    stance: Mapped[str] = mapped_column(String(16), default="context")
    accessed_on: Mapped[date | None] = mapped_column(Date)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    claim: Mapped[Claim] = relationship(back_populates="sources")
    created_by: Mapped[User | None] = relationship()


class Note(db.Model):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    claim: Mapped[Claim] = relationship(back_populates="notes")
    author: Mapped[User | None] = relationship()


class ClaimEvent(db.Model):
    """One change to a claim, its sources or notes: who, when, before, after."""

    __tablename__ = "claim_events"
    __table_args__ = (Index("ix_claim_events_claim_id_id", "claim_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(32))
    field: Mapped[str | None] = mapped_column(String(32))
    before: Mapped[object | None] = mapped_column(JSON)
    after: Mapped[object | None] = mapped_column(JSON)
    version: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="events")
    user: Mapped[User | None] = relationship()
