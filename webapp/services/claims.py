"""Reading claims: one claim with what its panel shows, its history, sources and notes.
Every change to a claim goes through services/changes.py."""

import functools
from dataclasses import dataclass

from sqlalchemy import Text, bindparam, cast, literal_column, null, select, union_all
from sqlalchemy.orm import aliased, joinedload, selectinload
from sqlalchemy.orm.util import identity_key

from webapp.extensions import db
from webapp.models import Article, Claim, ClaimEvent, Comment, Note, Source, Status
from webapp.services import statuses
from webapp.services.changes import live_child
from webapp.services.errors import NotFound
from webapp.services.exports.records import Children


@dataclass(frozen=True)
class ClaimPanel:
    """Everything the claim panel shows, loaded in a fixed number of queries."""

    claim: Claim
    events: list[ClaimEvent]


def get_claim(claim_id: int, *, with_children: bool = False) -> Claim:
    """The claim of a live article, with its status and article, in one query; `with_children`
    loads its sources, notes and claim group too, in one query each."""
    # As Session.get: a claim the session holds already is not read again.
    claim = db.session.identity_map.get(identity_key(Claim, claim_id))
    if claim is None:
        claim = db.session.scalar(_claim_query(with_children, False), {"id": claim_id})
    if claim is None or claim.article.deleted_at is not None:
        raise NotFound("There is no claim with that number.")
    return claim


def claim_to_save(claim_id: int, status_name: str | None) -> tuple[Claim, Status | None]:
    """The claim of a live article as `get_claim` loads it, with what a save reads besides, in
    the same statement: the article's blind review (the pipeline's check), the claim group (the
    answer) and the status called `status_name` (any case) that the save sets, None when there
    is none of that name or no name."""
    if identity_key(Claim, claim_id) in db.session.identity_map:
        status = statuses.find_status(status_name) if status_name is not None else None
        return get_claim(claim_id), status
    values = {"id": claim_id, "status_name": status_name and status_name.lower()}
    row = db.session.execute(_claim_and_status_query(), values).first()
    if row is None or row[0].article.deleted_at is not None:
        raise NotFound("There is no claim with that number.")
    return row[0], statuses.kept(row[1])


@functools.cache
def _claim_and_status_query():
    wanted = aliased(Status, name="wanted_status")
    return (
        _claim_query(False, True)
        .add_columns(wanted)
        .outerjoin(wanted, statuses.named(wanted, "status_name"))
    )


@functools.cache
def _claim_query(with_children: bool, for_save: bool):
    """Built once for each way of loading (saves and panels run it on every request)."""
    options = [joinedload(Claim.status), joinedload(Claim.article)]
    if for_save:
        options.append(joinedload(Claim.article).joinedload(Article.blind_review))
        if not with_children:
            options.append(joinedload(Claim.group_member))
    if with_children:
        options += [
            selectinload(Claim.sources),
            selectinload(Claim.notes),
            selectinload(Claim.group_member),
        ]
    return (
        select(Claim)
        .where(Claim.id == bindparam("id"))
        .options(*options)
        .execution_options(autoflush=False)  # as Session.get
    )


def children(claim_id: int) -> Children:
    """The claim's sources, notes and comments in one statement, as plain rows: an answer to a
    save reads them after its flush without building an object for each."""
    parts: tuple[list, list, list] = ([], [], [])
    for row in db.session.execute(_children_query(), {"claim_id": claim_id}):
        parts[row.part].append(row)
    return Children(*parts)


@functools.cache
def _children_query():
    """Built once (building it at import would set up every mapper: see tokens._by_digest)."""
    claim_id = bindparam("claim_id")
    sources = select(
        literal_column("0").label("part"),
        Source.id,
        Source.url,
        Source.title,
        Source.publisher,
        Source.stance,
        Source.accessed_on,
        Source.created_by_id,
        cast(null(), Comment.author_id.type).label("author_id"),
        Source.created_at,
        cast(null(), Text).label("body"),
    ).where(Source.claim_id == claim_id, Source.deleted_at.is_(None))
    blank = [null()] * 6
    notes = select(
        literal_column("1"), Note.id, *blank, Note.author_id, Note.created_at, Note.body
    ).where(Note.claim_id == claim_id, Note.deleted_at.is_(None))
    comments = select(
        literal_column("2"), Comment.id, *blank, Comment.author_id, Comment.created_at, Comment.body
    ).where(Comment.claim_id == claim_id)
    return union_all(sources, notes, comments).order_by("part", "id")


def load_panel(claim_id: int) -> ClaimPanel:
    claim = get_claim(claim_id)
    return ClaimPanel(claim=claim, events=claim_history(claim, newest_first=True))


def claim_history(claim: Claim, newest_first: bool = False) -> list[ClaimEvent]:
    order = ClaimEvent.id.desc() if newest_first else ClaimEvent.id
    return list(
        db.session.scalars(
            select(ClaimEvent)
            .where(ClaimEvent.claim_id == claim.id)
            .options(selectinload(ClaimEvent.user))
            .order_by(order)
        )
    )


def get_source(claim: Claim, source_id: int) -> Source:
    return live_child(Source, claim, source_id)


def get_note(claim: Claim, note_id: int) -> Note:
    return live_child(Note, claim, note_id)


def live_spans(article_id: int) -> dict[int, tuple[int, int]]:
    """{claim id: (start, end)} of the article's live claims, read as plain rows (through the
    session's connection: thousands of rows need no ORM row processing)."""
    rows = db.session.connection().execute(
        select(Claim.id, Claim.start, Claim.end).where(
            Claim.article_id == article_id, Claim.dismissed_reason.is_(None)
        )
    )
    return {claim_id: (start, end) for claim_id, start, end in rows}


def claims_between(article_id: int, start: int, end: int) -> list[Claim]:
    """The article's live claims overlapping [start, end), with their status, in reading order."""
    return list(
        db.session.scalars(
            select(Claim)
            .where(
                Claim.article_id == article_id,
                Claim.dismissed_reason.is_(None),
                Claim.start < end,
                Claim.end > start,
            )
            .options(selectinload(Claim.status))
            .order_by(Claim.start, Claim.end.desc(), Claim.id)
        )
    )


def claims_by_id(claim_ids: list[int]) -> list[Claim]:
    """These claims with what a list row shows (status, assignee)."""
    if not claim_ids:
        return []
    return list(
        db.session.scalars(
            select(Claim)
            .where(Claim.id.in_(claim_ids))
            .options(selectinload(Claim.status), selectinload(Claim.assignee))
        )
    )


def dismissed_claims(article: Article) -> list[Claim]:
    """The article's dismissed claims (not claims, merged away, undone), in reading order."""
    return list(
        db.session.scalars(
            select(Claim)
            .where(Claim.article_id == article.id, Claim.dismissed_reason.is_not(None))
            .order_by(Claim.start, Claim.id)
        )
    )
