"""The JSON export's claim records built straight from plain rows: the same records, byte for
byte, as `records.claim_record` makes from ORM objects (tests/services/test_exports.py pins the
two), without an ORM object, a per-row dict or a per-value function call in between.

Times come in UTC: SQLite's stored ISO text, parsed by the standard library's C parser, and
PostgreSQL's values shifted to UTC by the server; orjson writes them as `timestamp()` does.
A fixed number of statements however many claims: the claims, their articles and each kind of
child row are one streamed query each, in the same order, merged here."""

from collections.abc import Callable, Iterator
from datetime import datetime
from itertools import groupby
from operator import itemgetter

import orjson
from sqlalchemy import JSON, Date, DateTime, Select, Text, cast, func, select, type_coerce
from sqlalchemy.types import NullType

from webapp.extensions import db
from webapp.models import Article, Claim, ClaimEvent, Comment, Note, Source, Status
from webapp.services.exports.records import (
    ARTICLE_SUMMARY_COLUMNS,
    history_value,
    reference_kind,
)
from webapp.services.exports.selection import ExportSelection

CHILDREN = ("sources", "notes", "comments", "history")  # a record's lists, in its order
BATCH_SIZE = 500  # rows per fetch from each stream of claims or child rows
ARTICLE_BATCH_SIZE = 50  # articles carry their whole text
DUMPS_OPTIONS = orjson.OPT_NAIVE_UTC  # a naive time is UTC, written with "+00:00"
_END = (None, [])
_loads = orjson.loads


def dumps(record: object) -> bytes:
    """One record as the JSON export writes it (compact, UTF-8, times in UTC)."""
    return orjson.dumps(record, option=DUMPS_OPTIONS)


def _plain(column, postgresql: bool):
    """A column as a value orjson writes like the record builders: timestamps in UTC without a
    zone (SQLite's text, for `_time`), JSON as its text, dates as they come (SQLite's text is
    already ISO 8601)."""
    if isinstance(column.type, DateTime):
        if postgresql:
            return func.timezone("UTC", column).label(column.key)
        return type_coerce(column, NullType()).label(column.key)
    if isinstance(column.type, JSON):
        return (cast(column, Text) if postgresql else type_coerce(column, NullType())).label(
            column.key
        )
    if isinstance(column.type, Date) and not postgresql:
        return type_coerce(column, NullType()).label(column.key)
    return column


def _select(postgresql: bool, *columns) -> Select:
    return select(*(_plain(column, postgresql) for column in columns))


def _time_reader(postgresql: bool) -> Callable[[object], datetime]:
    """What makes a time of a `_plain` timestamp column (never called with None)."""
    return _as_is if postgresql else datetime.fromisoformat


def _as_is(value: object) -> object:
    return value


def _rows(query: Select, batch_size: int = BATCH_SIZE) -> Iterator[tuple]:
    """The rows of one query as they arrive (a server-side cursor on PostgreSQL), as the
    driver's own tuples: SQLAlchemy runs the statement, but its Row objects would cost a large
    share of the export's time, and the columns need no converting (see `_plain`; the one
    boolean is converted where the record is built)."""
    result = db.session.connection().execute(query, execution_options={"yield_per": batch_size})
    with result:  # closes the cursor even when the reader stops early
        # The result's fetch strategy hands out the driver's rows, the row it may already have
        # buffered first (a server-side cursor reads one ahead); once the rows run out it
        # closes the cursor and swaps itself for one that has none, so it is read each time.
        while rows := result.cursor_strategy.fetchmany(result, result.cursor, batch_size):
            yield from rows


def _json(value: object) -> object:
    # SQLite gives a JSON number back as a number (numeric affinity); everything else is text.
    return _loads(value) if value.__class__ is str else value


def _history(value: object, field: str | None, action: str) -> object:
    value = _json(value)
    return history_value(reference_kind(field, action), value) if value.__class__ is dict else value


def _sources(rows, names: dict, time: Callable) -> Iterator[tuple[int, list[dict]]]:
    for claim_id, group in groupby(rows, itemgetter(0)):
        yield (
            claim_id,
            [
                {
                    "id": id_,
                    "url": url,
                    "title": title,
                    "publisher": publisher,
                    "stance": stance,
                    "accessed_on": accessed_on,
                    "added_by": names.get(by),
                    "added_at": time(at) if at else None,
                }
                for _, id_, url, title, publisher, stance, accessed_on, by, at in group
            ],
        )


def _notes(rows, names: dict, time: Callable) -> Iterator[tuple[int, list[dict]]]:
    for claim_id, group in groupby(rows, itemgetter(0)):
        yield (
            claim_id,
            [
                {
                    "id": id_,
                    "author": names.get(author),
                    "created_at": time(at) if at else None,
                    "body": body,
                }
                for _, id_, author, at, body in group
            ],
        )


def _events(rows, names: dict, time: Callable) -> Iterator[tuple[int, list[dict]]]:
    for claim_id, group in groupby(rows, itemgetter(0)):
        yield (
            claim_id,
            [
                {
                    "id": id_,
                    "action": action,
                    "field": field,
                    "before": _history(before, field, action) if before else before,
                    "after": _history(after, field, action) if after else after,
                    "version": version,
                    "user": names.get(user),
                    "at": time(at) if at else None,
                }
                for _, id_, action, field, before, after, version, user, at in group
            ],
        )


class _ByClaim:
    """Hands out one kind of child record, grouped and ordered like the claims."""

    def __init__(self, groups: Iterator[tuple[int, list[dict]]]):
        self.groups = groups
        self.claim_id, self.items = next(groups, _END)

    def take(self, claim_id: int) -> list[dict]:
        if self.claim_id != claim_id:
            return []
        items = self.items
        self.claim_id, self.items = next(self.groups, _END)
        return items


def _children(selection: ExportSelection, model, columns: tuple, *extra) -> Select:
    """The children of the selected claims, in the claims' own order (article, claim, id)."""
    postgresql = db.session.get_bind().dialect.name == "postgresql"
    query = (
        _select(postgresql, model.claim_id, *columns)
        .select_from(model)
        .join(Claim, model.claim_id == Claim.id)
        .where(*extra)
    )
    return selection.apply(query).order_by(Claim.article_id, Claim.id, model.id)


def _child_streams(
    selection: ExportSelection, names: dict, time: Callable, children: tuple[str, ...]
) -> dict[str, _ByClaim]:
    """The `children` named (sources, notes, comments, history), one streamed query each."""
    queries = {
        "sources": lambda: _children(
            selection,
            Source,
            (Source.id, Source.url, Source.title, Source.publisher, Source.stance)
            + (Source.accessed_on, Source.created_by_id, Source.created_at),
            Source.deleted_at.is_(None),
        ),
        "notes": lambda: _children(
            selection,
            Note,
            (Note.id, Note.author_id, Note.created_at, Note.body),
            Note.deleted_at.is_(None),
        ),
        "comments": lambda: _children(
            selection, Comment, (Comment.id, Comment.author_id, Comment.created_at, Comment.body)
        ),
        "history": lambda: _children(
            selection,
            ClaimEvent,
            (ClaimEvent.id, ClaimEvent.action, ClaimEvent.field, ClaimEvent.before)
            + (ClaimEvent.after, ClaimEvent.version, ClaimEvent.user_id, ClaimEvent.created_at),
        ),
    }
    builders = {"sources": _sources, "notes": _notes, "comments": _notes, "history": _events}
    return {
        name: _ByClaim(builders[name](_rows(queries[name]()), names, time))
        for name in CHILDREN
        if name in children
    }


CLAIM_COLUMNS = (
    Claim.id,
    Claim.article_id,
    Claim.text,
    Claim.start,
    Claim.end,
    Claim.quote_prefix,
    Claim.quote_suffix,
    Claim.speaker,
    Claim.kind,
    Claim.score,
    Claim.reasons,
    Claim.checkable,
    Claim.attribution,
    Claim.checkable_reason,
    Claim.dismissed_reason,
    Claim.status_id,
    Claim.assignee_id,
    Claim.created_by_id,
    Claim.updated_by_id,
    Claim.proposed_by_id,
    Claim.proposed_at,
    Claim.approved_by_id,
    Claim.approved_at,
    Claim.returned_at,
    Claim.version,
    Claim.created_at,
    Claim.updated_at,
)
ARTICLE_COLUMNS = (*ARTICLE_SUMMARY_COLUMNS, Article.text)


def _summary(id_: int, title: str, url, outlet, author, published_on) -> dict:
    """The article as each claim's record carries it (`records.article_summary`)."""
    return {
        "id": id_,
        "title": title,
        "url": url,
        "outlet": outlet,
        "author": author,
        "published_on": published_on,
    }


def _articles(selection: ExportSelection, postgresql: bool) -> Iterator[tuple[int, dict, str]]:
    """Each article holding a selected claim, by id: its summary (one dict shared by its
    claims' records) and its text."""
    claim_articles = selection.apply(select(Claim.article_id)).correlate(None)
    query = (
        _select(postgresql, *ARTICLE_COLUMNS)
        .where(Article.id.in_(claim_articles))
        .order_by(Article.id)
    )
    for *summary, text in _rows(query, ARTICLE_BATCH_SIZE):
        yield summary[0], _summary(*summary), text


def group_articles() -> dict[int, dict[int, dict]]:
    """Each claim group's live articles (summaries by id, in the order of the group's claims):
    where a grouped claim also appeared. One query however many claims."""
    from webapp.models.search import ClaimGroupMember

    postgresql = db.session.get_bind().dialect.name == "postgresql"
    query = (
        _select(postgresql, ClaimGroupMember.group_id, *ARTICLE_COLUMNS[:-1])
        .select_from(ClaimGroupMember)
        .join(Claim, Claim.id == ClaimGroupMember.claim_id)
        .join(Article, Article.id == Claim.article_id)
        .where(Article.deleted_at.is_(None))
        .order_by(ClaimGroupMember.claim_id)
    )
    found: dict[int, dict[int, dict]] = {}
    for group_id, *summary in _rows(query):
        found.setdefault(group_id, {}).setdefault(summary[0], _summary(*summary))
    return found


def spans_by_article(selection: ExportSelection) -> Iterator[tuple[int, str, list[tuple]]]:
    """Each article holding a selected claim, by id, with its text and its selected claims'
    (start, end) in order: two streamed queries however many claims."""
    postgresql = db.session.get_bind().dialect.name == "postgresql"
    query = selection.apply(select(Claim.article_id, Claim.start, Claim.end)).order_by(
        Claim.article_id, Claim.id
    )
    articles = _articles(selection, postgresql)
    for article_id, spans in groupby(_rows(query), itemgetter(0)):
        _, _, text = next(a for a in articles if a[0] == article_id)
        yield article_id, text, [(start, end) for _, start, end in spans]


def _statuses() -> dict[int, dict]:
    return {
        id_: {"name": name, "rating_value": rating_value, "is_final": is_final}
        for id_, name, rating_value, is_final in db.session.execute(
            select(Status.id, Status.name, Status.rating_value, Status.is_final)
        )
    }


def _groups() -> dict[int, int]:
    """Each grouped claim's claim group (search and matching)."""
    from webapp.models.search import ClaimGroupMember

    return dict(
        db.session.execute(select(ClaimGroupMember.claim_id, ClaimGroupMember.group_id)).all()
    )


def claim_records(
    selection: ExportSelection, names: dict[int, str], children: tuple[str, ...] = CHILDREN
) -> Iterator[dict]:
    """The selected claims' records, ordered by article then id, as `claim_record` makes them
    (with history and comments); write them with `dumps`. A record holds only the lists among
    `children` (sources, notes, comments, history): the other formats read fewer."""
    postgresql = db.session.get_bind().dialect.name == "postgresql"
    statuses = _statuses()
    groups = _groups()
    query = selection.apply(_select(postgresql, *CLAIM_COLUMNS)).order_by(
        Claim.article_id, Claim.id
    )
    claims = _rows(query)
    articles = _articles(selection, postgresql)
    time = _time_reader(postgresql)
    streams = _child_streams(selection, names, time, children)
    lists = [(name, streams[name]) for name in ("sources", "notes", "comments") if name in streams]
    events = streams.get("history")
    article_id, article, text = None, None, ""
    for (
        id_,
        claim_article_id,
        claim_text,
        start,
        end,
        prefix,
        suffix,
        speaker,
        kind,
        score,
        reasons,
        checkable,
        attribution,
        checkable_reason,
        dismissed_reason,
        status_id,
        assignee_id,
        created_by_id,
        updated_by_id,
        proposed_by_id,
        proposed_at,
        approved_by_id,
        approved_at,
        returned_at,
        version,
        created_at,
        updated_at,
    ) in claims:
        if claim_article_id != article_id:
            article_id, article, text = next(a for a in articles if a[0] == claim_article_id)
        record = {
            "id": id_,
            "article": article,
            "text": claim_text,
            "passage": {
                "start": start,
                "end": end,
                "exact": text[start:end],
                "prefix": prefix,
                "suffix": suffix,
            },
            "speaker": speaker,
            "kind": kind,
            "score": score,
            "reasons": list(_json(reasons) or []),
            "checkable": checkable if checkable is None else bool(checkable),
            "attribution": attribution,
            "checkable_reason": checkable_reason,
            "dismissed_reason": dismissed_reason,
            "status": statuses[status_id],
            "assignee": names.get(assignee_id),
        }
        for name, stream in lists:
            record[name] = stream.take(id_)
        record |= {
            "created_by": names.get(created_by_id),
            "updated_by": names.get(updated_by_id),
            "proposed_by": names.get(proposed_by_id),
            "proposed_at": time(proposed_at) if proposed_at else None,
            "approved_by": names.get(approved_by_id),
            "approved_at": time(approved_at) if approved_at else None,
            "returned_at": time(returned_at) if returned_at else None,
            "version": version,
            "created_at": time(created_at) if created_at else None,
            "updated_at": time(updated_at) if updated_at else None,
        }
        if id_ in groups:
            record["group"] = groups[id_]
        if events is not None:
            record["history"] = events.take(id_)
        yield record
