"""Comment threads on claims; `@name` mentions notify the people named."""

import re
from functools import cache

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import selectinload

from webapp.extensions import db
from webapp.fields import COMMENT_MAX
from webapp.models import Claim, Comment, Notification, User
from webapp.models.base import utcnow
from webapp.services.errors import Invalid, NotFound
from webapp.services.users import users_named

MENTION = re.compile(r"(?<![\w@])@([\w.-]{1,40})")


def normalise(body: str) -> str:
    body = (body or "").replace("\r\n", "\n").strip()
    if not body:
        raise Invalid("The comment is empty.", {"body": "required"})
    if len(body) > COMMENT_MAX:
        raise Invalid(f"The comment is longer than {COMMENT_MAX:,} characters.", {"body": "long"})
    return body


def mentioned_users(body: str) -> list[User]:
    """Active accounts named with @username in the text, each once."""
    return [user for user in users_named(MENTION.findall(body)) if user.active]


def add_comment(claim: Claim, author: User, body: str) -> Comment:
    body = normalise(body)
    comment = Comment(claim_id=claim.id, author_id=author.id, body=body)
    db.session.add(comment)
    db.session.flush()
    for user in mentioned_users(body):
        if user.id == author.id:
            continue
        db.session.add(
            Notification(
                user_id=user.id,
                claim_id=claim.id,
                comment_id=comment.id,
                message=f"{author.username} mentioned you on claim {claim.id}: {body[:200]}",
            )
        )
    return comment


@cache
def _thread():
    """Built once, at first use: every claim panel and every API save runs it. Not at import,
    as building it sets up every model's mapper (see tokens._by_digest)."""
    return (
        select(Comment)
        .where(Comment.claim_id == bindparam("claim_id"))
        .options(selectinload(Comment.author))
        .order_by(Comment.id)
    )


def thread(claim: Claim) -> list[Comment]:
    return list(db.session.scalars(_thread(), {"claim_id": claim.id}))


def notifications(user: User, limit: int = 100) -> list[Notification]:
    return list(
        db.session.scalars(
            select(Notification)
            .where(Notification.user_id == user.id)
            .options(selectinload(Notification.claim))
            .order_by(Notification.id.desc())
            .limit(limit)
        )
    )


def unread_count(user: User) -> int:
    return db.session.scalar(
        select(func.count(Notification.id)).where(
            Notification.user_id == user.id, Notification.read_at.is_(None)
        )
    )


def mark_read(user: User, notification_id: int | None = None) -> None:
    """Mark one notification (or all of them) read; another user's answers NotFound."""
    if notification_id is not None:
        notification = db.session.get(Notification, notification_id)
        if notification is None or notification.user_id != user.id:
            raise NotFound("There is no such notification.")
        if notification.read_at is None:
            notification.read_at = utcnow()
        return
    for notification in db.session.scalars(
        select(Notification).where(Notification.user_id == user.id, Notification.read_at.is_(None))
    ):
        notification.read_at = utcnow()
