"""Searching the whole archive: claims with their notes, sources and comments, and article
titles, through each database's own full-text engine, with filters, snippets and paging."""

from dataclasses import dataclass, field
from datetime import date

from markupsafe import Markup, escape
from sqlalchemy import bindparam, column, func, literal_column, select, table, text
from sqlalchemy.orm import selectinload

from webapp.extensions import db
from webapp.models import Claim, SearchDocument, Status, User
from webapp.models.claim import ReviewState
from webapp.services.errors import Invalid
from webapp.services.search_query import SearchQuery, parse

SORTS = ("relevance", "date")
VERDICT_STATES = tuple(state.name for state in ReviewState)  # the one review-state definition
MAX_PER_PAGE = 100
COUNT_LIMIT = 10_000
START, STOP = "\x02", "\x03"
FTS = table("search_fts", column("rowid"))  # SQLite's FTS5 table (migration 0008)


@dataclass(frozen=True)
class SearchFilter:
    q: str = ""
    status: str | None = None
    verdict: str | None = None  # open | awaiting | approved
    kind: str | None = None
    speaker: str | None = None
    outlet: str | None = None
    assignee: str | None = None  # username, or "none"
    date_from: date | None = None
    date_to: date | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20

    @classmethod
    def from_args(cls, args) -> "SearchFilter":
        """Build from query-string arguments; a bad value gets a clear Invalid."""

        def value(name: str) -> str | None:
            raw = (args.get(name) or "").strip()
            if "\x00" in raw:
                raise Invalid(f"“{name}” cannot contain NUL characters.", {name: "nul"})
            return raw[:200] or None

        def day(name: str) -> date | None:
            raw = value(name)
            if raw is None:
                return None
            try:
                return date.fromisoformat(raw)
            except ValueError:
                raise Invalid(f"“{name}” must be a date written YYYY-MM-DD.", {name: raw}) from None

        def number(name: str, default: int, high: int) -> int:
            raw = value(name)
            if raw is None:
                return default
            if not raw.isdigit() or not 1 <= int(raw) <= high:
                raise Invalid(f"“{name}” must be a whole number from 1 to {high}.", {name: raw})
            return int(raw)

        sort = value("sort") or "relevance"
        if sort not in SORTS:
            raise Invalid("Sort by “relevance” or “date”.", {"sort": sort})
        verdict = value("verdict")
        if verdict is not None and verdict not in VERDICT_STATES:
            raise Invalid(
                f"The review state is one of: {', '.join(VERDICT_STATES)}.", {"verdict": verdict}
            )
        return cls(
            q=(args.get("q") or "")[:20_000],
            status=value("status"),
            verdict=verdict,
            kind=value("kind"),
            speaker=value("speaker"),
            outlet=value("outlet"),
            assignee=value("assignee"),
            date_from=day("from"),
            date_to=day("to"),
            sort=sort,
            page=number("page", 1, 100_000),
            per_page=number("per_page", 20, MAX_PER_PAGE),
        )

    def as_args(self, **overrides) -> dict[str, str]:
        pairs = {
            "q": self.q,
            "status": self.status,
            "verdict": self.verdict,
            "kind": self.kind,
            "speaker": self.speaker,
            "outlet": self.outlet,
            "assignee": self.assignee,
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "sort": None if self.sort == "relevance" else self.sort,
        }
        pairs.update(overrides)
        return {key: str(val) for key, val in pairs.items() if val}


@dataclass(frozen=True)
class SearchHit:
    claim: Claim
    snippet: Markup
    rank: float


@dataclass(frozen=True)
class SearchPage:
    query: SearchQuery
    hits: list[SearchHit]
    page: int
    per_page: int
    total: int
    words: list[str] = field(default_factory=list)

    @property
    def total_is_lower_bound(self) -> bool:
        return self.total > COUNT_LIMIT

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def highlight(marked: str) -> Markup:
    """Escape every piece of user text, then wrap the engine's matches in <mark>."""
    out = []
    inside = False
    for piece in marked.replace(STOP, START).split(START):
        out.append(Markup("<mark>{}</mark>").format(piece) if inside else escape(piece))
        inside = not inside
    return Markup("").join(out)


def _conditions(search: SearchFilter) -> list:
    conditions = [SearchDocument.article_live.is_(True), Claim.dismissed_reason.is_(None)]
    if search.status:
        conditions.append(
            Claim.status_id.in_(_status_ids(func.lower(Status.name) == search.status.lower()))
        )
    if search.verdict:
        conditions.append(Claim.review_state == ReviewState[search.verdict].value)
    if search.kind:
        conditions.append(Claim.kind == search.kind.lower())
    if search.speaker:
        conditions.append(func.lower(Claim.speaker) == search.speaker.lower())
    if search.outlet:
        conditions.append(func.lower(SearchDocument.outlet) == search.outlet.lower())
    if search.assignee:
        if search.assignee.lower() == "none":
            conditions.append(Claim.assignee_id.is_(None))
        else:
            conditions.append(
                Claim.assignee_id.in_(
                    select(User.id)
                    .where(func.lower(User.username) == search.assignee.lower())
                    .scalar_subquery()
                )
            )
    if search.date_from:
        conditions.append(SearchDocument.published_on >= search.date_from)
    if search.date_to:
        conditions.append(SearchDocument.published_on <= search.date_to)
    return conditions


def _status_ids(condition) -> list[int]:
    """Status ids are few: resolve them first instead of joining statuses to every hit."""
    return list(db.session.scalars(select(Status.id).where(condition))) or [-1]


def search(search_filter: SearchFilter) -> SearchPage:
    """One page of claims matching the query and filters, best first (or newest first)."""
    query = parse(search_filter.q)
    dialect = db.engine.dialect.name
    if dialect == "postgresql":
        tsquery = func.websearch_to_tsquery("english", bindparam("web", query.websearch()))
        tsv = literal_column("search_documents.tsv")
        rank = func.ts_rank_cd(tsv, tsquery)
        base = (
            select(Claim.id, rank.label("rank"))
            .select_from(SearchDocument)
            .join(Claim, Claim.id == SearchDocument.claim_id)
            .where(tsv.op("@@")(tsquery))
        )
    else:
        # bm25 weights: title, claim wording, speaker, notes/sources/comments
        rank = -func.bm25(literal_column("search_fts"), 2.0, 4.0, 2.0, 1.0)
        base = (
            select(Claim.id, rank.label("rank"))
            .select_from(FTS)
            .join(SearchDocument, SearchDocument.claim_id == FTS.c.rowid)
            .join(Claim, Claim.id == FTS.c.rowid)
            .where(text("search_fts MATCH :fts").bindparams(fts=query.fts5()))
        )
    base = base.where(*_conditions(search_filter))
    # Counting every hit of a common word in a large archive costs more than the page itself;
    # beyond COUNT_LIMIT the page says "more than".
    total = db.session.scalar(
        select(func.count()).select_from(base.limit(COUNT_LIMIT + 1).subquery())
    )
    if search_filter.sort == "date":
        ordered = base.order_by(SearchDocument.published_on.desc(), Claim.id.desc())
    else:
        ordered = base.order_by(literal_column("rank").desc(), Claim.id.desc())
    offset = (search_filter.page - 1) * search_filter.per_page
    rows = db.session.execute(ordered.limit(search_filter.per_page).offset(offset)).all()
    ids = [row[0] for row in rows]
    ranks = {row[0]: float(row[1] or 0) for row in rows}
    claims = {
        claim.id: claim
        for claim in db.session.scalars(
            select(Claim)
            .where(Claim.id.in_(ids))
            .options(
                selectinload(Claim.status),
                selectinload(Claim.article),
                selectinload(Claim.assignee),
            )
        )
    }
    snippets = _snippets(ids, query, dialect)
    hits = [
        SearchHit(claims[claim_id], highlight(snippets.get(claim_id, "")), ranks[claim_id])
        for claim_id in ids
        if claim_id in claims
    ]
    return SearchPage(
        query, hits, search_filter.page, search_filter.per_page, total or 0, query.words()
    )


def _snippets(ids: list[int], query: SearchQuery, dialect: str) -> dict[int, str]:
    """The best passage of each hit with the engine's own match markers around the words."""
    if not ids:
        return {}
    if dialect == "postgresql":
        options = f"StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, MaxFragments=2"
        document = func.concat_ws(
            " … ", SearchDocument.claim_text, SearchDocument.title, SearchDocument.extra
        )
        headline = func.ts_headline(
            "english",
            document,
            func.websearch_to_tsquery("english", query.websearch()),
            options,
        )
        rows = db.session.execute(
            select(SearchDocument.claim_id, headline).where(SearchDocument.claim_id.in_(ids))
        )
        return {claim_id: marked for claim_id, marked in rows}
    rows = db.session.execute(
        text(
            "SELECT rowid, snippet(search_fts, -1, :start, :stop, ' … ', 24) FROM search_fts "
            "WHERE search_fts MATCH :fts AND rowid IN (SELECT value FROM json_each(:ids))"
        ),
        {
            "start": START,
            "stop": STOP,
            "fts": query.fts5(),
            "ids": "[" + ",".join(map(str, ids)) + "]",
        },
    )
    return {claim_id: marked for claim_id, marked in rows}
