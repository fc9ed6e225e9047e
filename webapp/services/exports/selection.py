"""Which claims an export holds, streamed so memory stays flat however many there are."""

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta

import orjson
from sqlalchemy import (
    JSON,
    ColumnElement,
    Date,
    DateTime,
    Select,
    exists,
    false,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import aliased
from sqlalchemy.types import NullType

from webapp.extensions import db
from webapp.models import Article, Claim, ClaimEvent, Comment, Note, Source, Status, User
from webapp.services.errors import Invalid
from webapp.services.statuses import find_status, list_statuses
from webapp.services.users import find_user_by_name

BATCH_SIZE = 500


def is_reviewed() -> ColumnElement[bool]:
    """What "reviewed" means for exports: the claim's own review state (models/claim.py), so
    exports and every screen agree."""
    return Claim.reviewed


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
    user = find_user_by_name(username)
    user_id = user.id if user else None
    if user_id is None:
        return false()
    # An alias, so the history export (which selects claim_events itself) correlates only
    # the claim into this test.
    event = aliased(ClaimEvent)
    changed = exists().where(
        event.claim_id == Claim.id, event.user_id == user_id, event.action != "extracted"
    )
    return or_(Claim.proposed_by_id == user_id, Claim.approved_by_id == user_id, changed)


def check_selection(selection: ExportSelection) -> None:
    """Refuse a status that does not exist, rather than export nothing silently (a person's name
    that matches nobody still selects nothing: it may be a former colleague's in a backup)."""
    if selection.status and find_status(selection.status) is None:
        names = ", ".join(status.name for status in list_statuses())
        raise Invalid(
            f"There is no status called “{selection.status[:40]}”; the statuses are {names}.",
            {"status": "unknown"},
        )


def count_claims(selection: ExportSelection) -> int:
    query = selection.apply(select(func.count(Claim.id)).select_from(Claim))
    return db.session.scalar(query) or 0


class Loaded:
    """A row read for an export, its related rows attached as attributes, so the record
    builders read it exactly like the model it came from (claim.article.text, claim.notes)."""

    def __init__(self, values: dict):
        self.__dict__ = values


CHILDREN = ("sources", "notes", "events", "comments")


def _stream(query: Select, batch_size: int) -> Iterator[Loaded]:
    """Rows of one query as they arrive: a server-side cursor on PostgreSQL, SQLite's own
    stepping, so memory holds one fetch of `batch_size` rows, never the whole result."""
    # Core rows on the session's connection (its transaction), without the ORM's per-row cost.
    connection = db.session.connection()
    decoders = _fast_decoders(query) if connection.dialect.name == "sqlite" else {}
    if decoders:
        query = query.with_only_columns(
            *(
                type_coerce(column, NullType()).label(column.key)
                if column.key in decoders
                else column
                for column in query.selected_columns
            ),
            maintain_column_froms=True,
        )
    result = connection.execute(query, execution_options={"yield_per": batch_size})
    names = tuple(result.keys())
    decoding = [(name, decoders[name]) for name in names if name in decoders]
    with result:  # closes the server-side cursor even when the reader stops early
        for rows in result.partitions():
            for row in rows:
                values = dict(zip(names, row, strict=True))
                for name, decode in decoding:
                    if values[name] is not None:
                        values[name] = decode(values[name])
                yield Loaded(values)


def _fast_decoders(query: Select) -> dict[str, Callable]:
    """SQLite hands back dates, times and JSON as text; the standard library's C parsers read
    them several times faster than SQLAlchemy's per-value regular expressions."""
    found: dict[str, Callable] = {}
    for column in query.selected_columns:
        if isinstance(column.type, DateTime):
            found[column.key] = datetime.fromisoformat
        elif isinstance(column.type, Date):
            found[column.key] = date.fromisoformat
        elif isinstance(column.type, JSON):
            found[column.key] = _json_text
    return found


def _json_text(value: object) -> object:
    # A JSON column has numeric affinity in SQLite: a stored number comes back as a number.
    return orjson.loads(value) if isinstance(value, str) else value


def _columns(model) -> list:
    return list(model.__table__.columns)


def _child_query(selection: ExportSelection, model, *extra: ColumnElement[bool]) -> Select:
    """The children of the selected claims, in the claims' own order (article, claim, id)."""
    query = (
        select(*_columns(model))
        .select_from(model)
        .join(Claim, model.claim_id == Claim.id)
        .where(*extra)
    )
    return selection.apply(query).order_by(Claim.article_id, Claim.id, model.id)


def _child_queries(selection: ExportSelection) -> dict[str, Select]:
    return {
        "sources": _child_query(selection, Source, Source.deleted_at.is_(None)),
        "notes": _child_query(selection, Note, Note.deleted_at.is_(None)),
        "events": _child_query(selection, ClaimEvent),
        "comments": _child_query(selection, Comment),
    }


class _Grouped:
    """Hands out the rows of a stream ordered like the claims, one claim's worth at a time."""

    def __init__(self, rows: Iterator[Loaded]):
        self.rows = rows
        self.next = next(rows, None)

    def take(self, claim_id: int) -> list[Loaded]:
        found = []
        while self.next is not None and self.next.claim_id == claim_id:
            found.append(self.next)
            self.next = next(self.rows, None)
        return found


def iter_claims(
    selection: ExportSelection,
    batch_size: int = BATCH_SIZE,
    children: tuple[str, ...] = CHILDREN,
) -> Iterator[tuple[Loaded, list[Loaded]]]:
    """Selected claims ordered by article then id, each with its status, article and the
    `children` named (sources, notes, history events; comments come second in the pair).

    A fixed number of queries however many claims there are: the claims, their articles and
    each kind of child are each one streamed query in the same order, merged here, so one
    article and one claim's children are in memory at a time."""
    statuses = {status.id: status for status in _stream(select(*_columns(Status)), batch_size)}
    claims = _stream(
        selection.apply(select(*_columns(Claim))).order_by(Claim.article_id, Claim.id),
        batch_size,
    )
    articles = iter_articles(selection, batch_size=batch_size)
    queries = _child_queries(selection)
    rows = {name: _stream(queries[name], batch_size) for name in children}
    with contextlib.ExitStack() as open_streams:
        for stream in (claims, articles, *rows.values()):
            open_streams.enter_context(contextlib.closing(stream))
        streams = {name: _Grouped(stream) for name, stream in rows.items()}
        groups = _group_memberships()
        article: Loaded | None = None
        for claim in claims:
            while article is None or article.id != claim.article_id:
                article = next(articles)
            claim.article = article
            claim.status = statuses[claim.status_id]
            claim.group_member = groups.get(claim.id)
            for name in ("sources", "notes", "events"):
                setattr(claim, name, streams[name].take(claim.id) if name in streams else [])
            comments = streams["comments"].take(claim.id) if "comments" in streams else []
            yield claim, comments


def _group_memberships() -> dict[int, Loaded]:
    """Each grouped claim's claim group (search and matching), with the group's members and
    their articles, as `claim.group_member` reads in the ORM: two queries however many claims."""
    from webapp.models.search import ClaimGroupMember

    rows = db.session.execute(
        select(ClaimGroupMember.claim_id, ClaimGroupMember.group_id, Claim.article_id)
        .join(Claim, Claim.id == ClaimGroupMember.claim_id)
        .order_by(ClaimGroupMember.claim_id)
    ).all()
    if not rows:
        return {}
    articles = {
        article.id: article
        for article in db.session.scalars(
            select(Article).where(Article.id.in_({article_id for _, _, article_id in rows}))
        )
    }
    members: dict[int, list[Loaded]] = {}
    for claim_id, group_id, article_id in rows:
        member_claim = Loaded({"id": claim_id, "article": articles[article_id]})
        members.setdefault(group_id, []).append(Loaded({"claim": member_claim}))
    return {
        claim_id: Loaded({"group_id": group_id, "members": members[group_id]})
        for claim_id, group_id, _ in rows
    }


def comments_by_claim(claim_ids: list[int]) -> dict[int, list[Comment]]:
    found: dict[int, list[Comment]] = {}
    rows = db.session.scalars(
        select(Comment).where(Comment.claim_id.in_(claim_ids)).order_by(Comment.id)
    )
    for comment in rows:
        found.setdefault(comment.claim_id, []).append(comment)
    return found


def iter_articles(selection: ExportSelection, batch_size: int = 50) -> Iterator[Loaded]:
    """The articles that hold at least one selected claim, by id, streamed."""
    claim_articles = selection.apply(select(Claim.article_id)).correlate(None)
    query = select(*_columns(Article)).where(Article.id.in_(claim_articles)).order_by(Article.id)
    return _stream(query, batch_size)


def usernames(ids: Iterable[int | None] | None = None) -> dict[int, str]:
    """Account names by id (every account's, or only those of `ids`): exports name people,
    never internal ids."""
    query = select(User.id, User.username)
    if ids is not None:
        wanted = {user_id for user_id in ids if user_id is not None}
        if not wanted:
            return {}
        query = query.where(User.id.in_(wanted))
    return {user_id: name for user_id, name in db.session.execute(query)}
