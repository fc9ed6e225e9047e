"""Team review: comments, notifications, presence, blind double review, workspace audit."""

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from webapp.extensions import db
from webapp.models.article import Article
from webapp.models.base import utcnow
from webapp.models.claim import Claim
from webapp.models.status import Status
from webapp.models.user import User


class Comment(db.Model):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    claim: Mapped[Claim] = relationship()
    author: Mapped[User | None] = relationship()


class Notification(db.Model):
    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"))
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id"))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    claim: Mapped[Claim] = relationship()


class WorkspaceEvent(db.Model):
    """One change to the workspace itself (accounts, statuses, settings): who, when, what."""

    __tablename__ = "workspace_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(80))
    before: Mapped[object | None] = mapped_column(JSON)
    after: Mapped[object | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    user: Mapped[User | None] = relationship()


class ClaimViewer(db.Model):
    """Who has a claim open right now; the live poll refreshes `seen_at`."""

    __tablename__ = "claim_viewers"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)

    user: Mapped[User] = relationship()


class BlindReview(db.Model):
    """An article under blind double review: two reviewers judge each claim unseen."""

    __tablename__ = "blind_reviews"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    first_reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    second_reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    first_reviewer: Mapped[User] = relationship(foreign_keys=[first_reviewer_id])
    second_reviewer: Mapped[User] = relationship(foreign_keys=[second_reviewer_id])


# The article's blind review, if any: loaded with a claim that is about to be saved
# (services.claims.claim_to_save) so the pipeline's check reads no row of its own.
Article.blind_review = relationship(BlindReview, uselist=False, viewonly=True)


class BlindVerdict(db.Model):
    """One reviewer's verdict on a claim under blind double review."""

    __tablename__ = "blind_verdicts"
    __table_args__ = (UniqueConstraint("claim_id", "reviewer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status_id: Mapped[int] = mapped_column(ForeignKey("statuses.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    reviewer: Mapped[User] = relationship()
    status: Mapped[Status] = relationship()
