"""A checkable claim inside an article, with its sources, notes and history."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Index, String, Text, case, select
from sqlalchemy import text as sql_text
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from webapp.extensions import db
from webapp.fields import (
    CLAIM_TEXT_MAX,
    HISTORY_NAME_MAX,
    NAME_MAX,
    QUOTE_CONTEXT_MAX,
    REASON_MAX,
    SOURCE_TITLE_MAX,
    URL_MAX,
)
from webapp.models.article import Article
from webapp.models.base import utcnow
from webapp.models.status import Status
from webapp.models.user import User

__all__ = ["CLAIM_TEXT_MAX", "Claim", "ClaimEvent", "Note", "Source"]


class ReviewState(StrEnum):
    """Where a claim stands in review. Defined once, below, as a property and as SQL; every
    list, count, filter, export and the dashboard asks `Claim.review_state`."""

    unreviewed = "unreviewed"  # still the default status, nothing proposed
    in_progress = "in progress"  # a working (or unproposed) status
    returned = "returned"  # an editor sent the proposed verdict back; the reviewer has work
    awaiting_approval = "awaiting approval"  # a final status proposed as the verdict
    approved = "approved"  # an editor approved the verdict: the claim counts as reviewed

    @property
    def label(self) -> str:
        return self.value


class Claim(db.Model):
    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    start: Mapped[int]
    end: Mapped[int]
    quote_prefix: Mapped[str] = mapped_column(String(QUOTE_CONTEXT_MAX), default="")
    quote_suffix: Mapped[str] = mapped_column(String(QUOTE_CONTEXT_MAX), default="")
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="event")
    speaker: Mapped[str | None] = mapped_column(String(NAME_MAX))
    score: Mapped[float] = mapped_column(Float, default=0.0)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    checkable: Mapped[bool] = mapped_column(default=True)
    # How the claim is attributed (direct / reported / reporter) and, when it cannot be
    # checked, why (opinion, prediction, question, boilerplate, exhortation, intent).
    attribution: Mapped[str | None] = mapped_column(String(16))
    checkable_reason: Mapped[str | None] = mapped_column(String(32))
    status_id: Mapped[int] = mapped_column(ForeignKey("statuses.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    dismissed_reason: Mapped[str | None] = mapped_column(String(REASON_MAX))
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
    returned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
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
    def review_state(self) -> ReviewState:
        """The one definition of each review state (the SQL form is just below)."""
        if self.approved_at is not None:
            return ReviewState.approved
        if self.proposed_by_id is not None:
            return ReviewState.awaiting_approval
        if self.returned_at is not None:
            return ReviewState.returned
        if self.status is None or self.status.is_default:
            return ReviewState.unreviewed
        return ReviewState.in_progress

    @review_state.inplace.expression
    @classmethod
    def _review_state_expression(cls):
        default_ids = select(Status.id).where(Status.is_default.is_(True)).scalar_subquery()
        return case(
            (cls.approved_at.is_not(None), ReviewState.approved.value),
            (cls.proposed_by_id.is_not(None), ReviewState.awaiting_approval.value),
            (cls.returned_at.is_not(None), ReviewState.returned.value),
            (cls.status_id.in_(default_ids), ReviewState.unreviewed.value),
            else_=ReviewState.in_progress.value,
        )

    @hybrid_property
    def reviewed(self) -> bool:
        """A claim counts as reviewed once an editor has approved its verdict."""
        return self.approved_at is not None

    @reviewed.inplace.expression
    @classmethod
    def _reviewed_expression(cls):
        return cls.approved_at.is_not(None)

    @hybrid_property
    def awaiting_approval(self) -> bool:
        """A verdict was proposed and no editor has approved or returned it yet."""
        return self.proposed_by_id is not None and self.approved_at is None

    @awaiting_approval.inplace.expression
    @classmethod
    def _awaiting_approval_expression(cls):
        return cls.proposed_by_id.is_not(None) & cls.approved_at.is_(None)

    @hybrid_property
    def needs_work(self) -> bool:
        """Live and neither approved nor awaiting approval: what "next unreviewed" visits."""
        return self.dismissed_reason is None and not self.reviewed and not self.awaiting_approval

    @needs_work.inplace.expression
    @classmethod
    def _needs_work_expression(cls):
        return (
            cls.dismissed_reason.is_(None)
            & cls.approved_at.is_(None)
            & cls.proposed_by_id.is_(None)
        )

    @property
    def passage(self) -> str:
        """The exact source passage in the article."""
        return self.article.text[self.start : self.end]


class Source(db.Model):
    __tablename__ = "sources"
    # One live citation of an address per claim, enforced by the database so that two
    # concurrent adds of the same source cannot both land (the service checks first, to
    # explain; this index holds when two requests pass that check at once).
    __table_args__ = (
        Index(
            "uq_sources_claim_id_url_live",
            "claim_id",
            "url",
            unique=True,
            sqlite_where=sql_text("deleted_at IS NULL"),
            postgresql_where=sql_text("deleted_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    url: Mapped[str] = mapped_column(String(URL_MAX))
    title: Mapped[str] = mapped_column(String(SOURCE_TITLE_MAX), default="")
    publisher: Mapped[str] = mapped_column(String(NAME_MAX), default="")
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
    action: Mapped[str] = mapped_column(String(HISTORY_NAME_MAX))
    field: Mapped[str | None] = mapped_column(String(HISTORY_NAME_MAX))
    before: Mapped[object | None] = mapped_column(JSON)
    after: Mapped[object | None] = mapped_column(JSON)
    version: Mapped[int]
    # The entry this one undid (undo and redo are entries too, never deletions).
    undoes_id: Mapped[int | None] = mapped_column(ForeignKey("claim_events.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="events")
    user: Mapped[User | None] = relationship()
