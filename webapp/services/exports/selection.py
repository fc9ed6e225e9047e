"""Which claims an export holds, read in batches so memory stays flat however many there are."""

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, and_, exists, false, func, or_, select
from sqlalchemy.orm import selectinload

from webapp.extensions import db
from webapp.models import Article, Claim, ClaimEvent, Comment, Status, User
from webapp.services import review

BATCH_SIZE = 500


def is_reviewed() -> ColumnElement[bool]:
    """What "reviewed" means for exports: the team-review workflow's own definition (the
    verdict was approved by an editor), so exports and the review queue never disagree."""
    return review.is_reviewed_clause()


@dataclass(frozen=True)
class ExportSelection:
    """The claims to export: reviewed ones by default, narrowed by the filters given."""

    article_id: int | None = None
    status: str | None = None  # status name, case-insensitive
    reviewer: str | None = None  # username of whoever proposed, approved or changed the claim
    date_from: date | None = None  # on the claim's last change, inclusive
    date_to: date | None = None
    approved_only: bool = False
    include_all: bool = False  # every claim, reviewed or not, dismissed or not

    def describe(self) -> dict:
        """The selection as the export document records it."""
        values = asdict(self)
        for key in ("date_from", "date_to"):
            if values[key] is not None:
                values[key] = values[key].isoformat()
        return values

    def apply(self, query: Select) -> Select:
        """Join a select() of claims to their status and article and keep the selected ones."""
        return (
            query.join(Status, Claim.status_id == Status.id)
            .join(Article, Claim.article_id == Article.id)
            .where(*self.conditions())
        )

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = [Article.deleted_at.is_(None)]
        if not self.include_all:
            found += [is_reviewed(), Claim.dismissed_reason.is_(None)]
        if self.article_id is not None:
            found.append(Claim.article_id == self.article_id)
        if self.status:
            found.append(func.lower(Status.name) == self.status.strip().lower())
        if self.approved_only:
            found.append(Claim.approved_at.is_not(None))
        if self.date_from is not None:
            found.append(Claim.updated_at >= _start_of(self.date_from))
        if self.date_to is not None:
            found.append(Claim.updated_at < _start_of(self.date_to + timedelta(days=1)))
        if self.reviewer:
            found.append(_by_reviewer(self.reviewer))
        return found


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _by_reviewer(username: str) -> ColumnElement[bool]:
    user_id = db.session.scalar(
        select(User.id).where(func.lower(User.username) == username.lower())
    )
    if user_id is None:
        return false()
    changed = exists().where(
        ClaimEvent.claim_id == Claim.id,
        ClaimEvent.user_id == user_id,
        ClaimEvent.action != "extracted",
    )
    return or_(Claim.proposed_by_id == user_id, Claim.approved_by_id == user_id, changed)


def count_claims(selection: ExportSelection) -> int:
    query = selection.apply(select(func.count(Claim.id)).select_from(Claim))
    return db.session.scalar(query) or 0


def iter_claims(
    selection: ExportSelection, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Claim, list[Comment]]]:
    """Selected claims ordered by article then id, fetched batch by batch (keyset paging), each
    with its status, article, sources, notes, history and comments loaded."""
    last: tuple[int, int] | None = None
    while True:
        query = (
            selection.apply(select(Claim))
            .order_by(Claim.article_id, Claim.id)
            .limit(batch_size)
            .options(
                selectinload(Claim.status),
                selectinload(Claim.article),
                selectinload(Claim.sources),
                selectinload(Claim.notes),
                selectinload(Claim.events),
                selectinload(Claim.group_member),  # claim groups (search and matching)
            )
        )
        if last is not None:
            query = query.where(
                or_(
                    Claim.article_id > last[0],
                    and_(Claim.article_id == last[0], Claim.id > last[1]),
                )
            )
        batch = list(db.session.scalars(query))
        if not batch:
            return
        comments = comments_by_claim([claim.id for claim in batch])
        for claim in batch:
            yield claim, comments.get(claim.id, [])
        last = (batch[-1].article_id, batch[-1].id)


def comments_by_claim(claim_ids: list[int]) -> dict[int, list[Comment]]:
    found: dict[int, list[Comment]] = {}
    rows = db.session.scalars(
        select(Comment).where(Comment.claim_id.in_(claim_ids)).order_by(Comment.id)
    )
    for comment in rows:
        found.setdefault(comment.claim_id, []).append(comment)
    return found


def iter_articles(selection: ExportSelection, batch_size: int = 50) -> Iterator[Article]:
    """The articles that hold at least one selected claim, by id, a few at a time."""
    claim_articles = selection.apply(select(Claim.article_id)).correlate(None)
    last = 0
    while True:
        batch = list(
            db.session.scalars(
                select(Article)
                .where(Article.id.in_(claim_articles), Article.id > last)
                .order_by(Article.id)
                .limit(batch_size)
            )
        )
        if not batch:
            return
        yield from batch
        last = batch[-1].id


def usernames() -> dict[int, str]:
    """Every account's name by id: exports name people, never internal ids."""
    return {user_id: name for user_id, name in db.session.execute(select(User.id, User.username))}
