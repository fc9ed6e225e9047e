"""Searching the whole archive: claims with their notes, sources and comments, and article
titles, through each database's own full-text engine, with filters, snippets and paging."""

import html
from dataclasses import dataclass, field
from datetime import date

from markupsafe import Markup, escape
from sqlalchemy import bindparam, column, func, literal_column, null, select, table, text
from sqlalchemy.orm import joinedload

from webapp.extensions import db
from webapp.models import Claim, SearchDocument, Status, User
from webapp.models.claim import ReviewState
from webapp.services import newest
from webapp.services.errors import Invalid
from webapp.services.exports.records import ARTICLE_SUMMARY_COLUMNS
from webapp.services.search_query import SearchQuery, parse

SORTS = ("relevance", "date")
VERDICT_STATES = tuple(state.name for state in ReviewState)  # the one review-state definition
MAX_PER_PAGE = 100
# Hits counted, and ranked by relevance (the newest ones): ranking or counting every claim
# that holds a common word costs more than the page (at 1,000,000 claims a common word has
# tens of thousands); past it the page says "more than 1,000" and filters narrow the search.
COUNT_LIMIT = 1_000
START, STOP = "\x02", "\x03"
FTS = table("search_fts", column("rowid"))  # SQLite's FTS5 table (migration 0008)
# Hits skipped past which a date-sorted page no longer walks the date index (the planner's
# plan is kept): a deep page would walk too far.
WALK_BY_DATE_UNTIL = 100


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
    snippet: Markup  # the claim's wording, its matches highlighted
    rank: float | None  # the engine's relevance; not computed when sorted by date
    # Where the query was found when not in the wording (a key of FOUND_ELSEWHERE) and the
    # passage there, highlighted; None when the wording has it.
    elsewhere: tuple[str, Markup] | None = None

    @property
    def found_in_words(self) -> str | None:
        return FOUND_ELSEWHERE[self.elsewhere[0]] if self.elsewhere else None

    @staticmethod
    def plain(snippet: Markup) -> str:
        """A snippet as text for a terminal: matches in [brackets], nothing escaped."""
        return html.unescape(str(snippet).replace("<mark>", "[").replace("</mark>", "]"))


# Where else a hit's words may be, in the order looked at when its wording lacks them, with
# how the page says it.
FOUND_ELSEWHERE = {
    "notes": "its notes, sources or comments",
    "speaker": "its speaker",
    "title": "the article's title",
}


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
    """What a hit must satisfy. Only the filters on the claim's own fields read the claim row;
    whether it is live is on its search document."""
    conditions = [
        SearchDocument.article_live.is_(True),
        SearchDocument.claim_dismissed.is_(False),
    ]
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


def _reads_claims(search: SearchFilter) -> bool:
    return bool(search.status or search.verdict or search.kind or search.speaker or search.assignee)


def _status_ids(condition) -> list[int]:
    """Status ids are few: resolve them first instead of joining statuses to every hit."""
    return list(db.session.scalars(select(Status.id).where(condition))) or [-1]


def _bm25(query: SearchQuery):
    """FTS5's relevance of a hit, higher is better (PostgreSQL's is ts_rank_cd, computed on
    the hits kept: see _newest_hits_ranked). Weights: title, claim wording, speaker, notes,
    sources and comments."""
    return -func.bm25(literal_column("search_fts"), 2.0, 4.0, 2.0, 1.0)


def _tsquery(query: SearchQuery):
    return func.websearch_to_tsquery("english", bindparam("web", query.websearch()))


def _fts_match(query: SearchQuery):
    return text("search_fts MATCH :fts").bindparams(fts=query.fts5())


def _hits(query: SearchQuery, dialect: str, search_filter: SearchFilter):
    """Every hit of the query that passes the filters, as a select of its claim id, and that
    id column. On SQLite the id is FTS5's rowid, so checking a hit reads only the narrow
    covering index of migration 0011, not the wide document row; the claim row is read only
    when a filter is on the claim's own fields."""
    if dialect == "postgresql":
        hit_id = SearchDocument.claim_id
        tsv = literal_column("search_documents.tsv")
        base = select(hit_id.label("id")).where(tsv.op("@@")(_tsquery(query)))
    else:
        hit_id = FTS.c.rowid
        base = (
            select(hit_id.label("id"))
            .select_from(FTS)
            .join(SearchDocument, SearchDocument.claim_id == FTS.c.rowid)
            .where(_fts_match(query))
        )
    if _reads_claims(search_filter):
        base = base.join(Claim, Claim.id == hit_id)
    return base.where(*_conditions(search_filter)), hit_id


def search(search_filter: SearchFilter) -> SearchPage:
    """One page of claims matching the query and filters, best first (or newest first)."""
    query = parse(search_filter.q)
    dialect = db.engine.dialect.name
    if dialect == "postgresql":
        newest.custom_plans()
    offset = (search_filter.page - 1) * search_filter.per_page
    if search_filter.sort == "date":
        total, rows = _newest_by_date(query, dialect, search_filter, offset)
    else:
        # Relevance ranks the newest COUNT_LIMIT + 1 hits, which also counts them.
        pool = _newest_hits_ranked(query, dialect, search_filter)
        pool.sort(key=lambda row: (-row[1], -row[0]))
        total = len(pool)
        rows = pool[offset : offset + search_filter.per_page]
    ranks = {row[0]: row[1] for row in rows}
    ids = list(ranks)
    claims = {
        claim.id: claim
        for claim in db.session.scalars(
            select(Claim)
            .where(Claim.id.in_(ids))
            .options(
                # Each hit's one status, article and assignee joined in: one round trip.
                joinedload(Claim.status),
                # What a hit shows of its article: not the article's whole text.
                joinedload(Claim.article).load_only(*ARTICLE_SUMMARY_COLUMNS),
                joinedload(Claim.assignee),
            )
        )
    }
    # The snippets are computed for the page's hits only; the rank shown is the one the page
    # was ordered by (computing it again per hit would make FTS5 count every claim holding
    # each word of the query once per hit).
    wordings = {
        claim_id: parts[0] for claim_id, parts in _snippets(ids, query, dialect, ("wording",))
    }
    # Where else the words are is looked for only on the hits whose wording lacks them.
    unmarked = [claim_id for claim_id in ids if START not in wordings.get(claim_id, "")]
    elsewhere = dict(_snippets(unmarked, query, dialect, tuple(FOUND_ELSEWHERE)))
    hits_shown = [
        SearchHit(
            claims[claim_id],
            highlight(wordings.get(claim_id, claims[claim_id].text)),
            None if ranks[claim_id] is None else float(ranks[claim_id]),
            _found_elsewhere(elsewhere.get(claim_id)),
        )
        for claim_id in ids
        if claim_id in claims
    ]
    return SearchPage(
        query, hits_shown, search_filter.page, search_filter.per_page, total, query.words()
    )


def _newest_by_date(
    query: SearchQuery, dialect: str, search_filter: SearchFilter, offset: int
) -> tuple[int, list]:
    """The count of hits (up to COUNT_LIMIT + 1) and the page's hits, newest article first."""
    hits, hit_id = _hits(query, dialect, search_filter)
    # Counting every hit of a common word in a large archive costs more than the page
    # itself; beyond COUNT_LIMIT the page says "more than".
    total = db.session.scalar(
        select(func.count()).select_from(hits.limit(COUNT_LIMIT + 1).subquery())
    )
    by_date = (SearchDocument.published_on.desc(), SearchDocument.claim_id.desc())
    page = hits.add_columns(null()).order_by(*by_date)
    if total <= COUNT_LIMIT or offset >= WALK_BY_DATE_UNTIL:
        return total, db.session.execute(page.limit(search_filter.per_page).offset(offset)).all()
    # More than COUNT_LIMIT hits: walking the documents by date (the index of migrations
    # 0012 and 0013) meets the page's hits within a few thousand rows, where reading every
    # hit and sorting them reads tens of thousands. PostgreSQL's planner would read them
    # through the GIN index when it underestimates a phrase or words that go together;
    # SQLite's would join FTS5's hits to their documents and sort them all ("+" keeps it
    # from looking the ids up by the other index).
    if dialect == "postgresql":
        db.session.execute(text("SET LOCAL enable_bitmapscan = off"))
    else:
        matched = select(FTS.c.rowid).where(_fts_match(query))
        page = select(SearchDocument.claim_id.label("id"), null()).where(
            literal_column("+search_documents.claim_id").in_(matched)
        )
        if _reads_claims(search_filter):
            page = page.join(Claim, Claim.id == SearchDocument.claim_id)
        page = page.where(*_conditions(search_filter)).order_by(*by_date)
    rows = db.session.execute(page.limit(search_filter.per_page).offset(offset)).all()
    if dialect == "postgresql":
        db.session.execute(text("SET LOCAL enable_bitmapscan = on"))
    return total, rows


def _newest_hits_ranked(
    query: SearchQuery, dialect: str, search_filter: SearchFilter
) -> list[tuple[int, float]]:
    """The newest COUNT_LIMIT + 1 hits, each with its relevance, newest first.

    FTS5 walks its own index newest first and stops at the limit. PostgreSQL reads the hits
    among the newest claim ids first and older ones only while too few were found
    (newest.newest_first); it ranks outside the read, so only the hits kept."""
    hits, hit_id = _hits(query, dialect, search_filter)
    if dialect != "postgresql":
        newest_hits = hits.add_columns(_bm25(query)).order_by(hit_id.desc())
        return [tuple(row) for row in db.session.execute(newest_hits.limit(COUNT_LIMIT + 1))]
    bounds = newest.claim_id_range()
    if bounds is None:
        return []
    tsv = literal_column("search_documents.tsv")

    def read(lower: int, upper: int, limit: int) -> list[tuple[int, float]]:
        window = (
            hits.where(hit_id > lower, hit_id <= upper)
            .add_columns(tsv.label("tsv"))
            .order_by(hit_id.desc())
            .limit(limit)
            .subquery()
        )
        rank = func.ts_rank_cd(window.c.tsv, _tsquery(query))
        return [tuple(row) for row in db.session.execute(select(window.c.id, rank))]

    return newest.newest_first(read, COUNT_LIMIT + 1, *bounds)


def _snippets(ids: list[int], query: SearchQuery, dialect: str, parts: tuple[str, ...]):
    """(claim id, passages) for each hit: the passage of each of `parts` ("wording" or a key
    of FOUND_ELSEWHERE) with the engine's own match markers around the query's words. A part
    without a match gives its opening words, unmarked."""
    if not ids:
        return []
    if dialect == "postgresql":
        marks = f"StartSel={START}, StopSel={STOP}"
        wording = f"{marks}, MaxWords=60, MinWords=40"
        passage = f"{marks}, MaxWords=30, MinWords=12"
        columns = {
            "wording": (SearchDocument.claim_text, wording),
            "notes": (SearchDocument.extra, passage),
            "speaker": (SearchDocument.speaker, passage),
            "title": (SearchDocument.title, passage),
        }
        headlines = (
            func.ts_headline("english", columns[part][0], _tsquery(query), columns[part][1])
            for part in parts
        )
        rows = db.session.execute(
            select(SearchDocument.claim_id, *headlines).where(SearchDocument.claim_id.in_(ids))
        )
    else:
        # search_fts's columns and how many tokens to show of each (FTS5 allows up to 64)
        columns = {"wording": (1, 60), "notes": (3, 24), "speaker": (2, 24), "title": (0, 24)}
        fts = literal_column("search_fts")
        snippets = (
            func.snippet(fts, columns[part][0], START, STOP, " … ", columns[part][1])
            for part in parts
        )
        rows = db.session.execute(
            select(FTS.c.rowid, *snippets)
            .select_from(FTS)
            .where(_fts_match(query), FTS.c.rowid.in_(ids))
        )
    return [(claim_id, tuple(part or "" for part in found)) for claim_id, *found in rows]


def _found_elsewhere(passages: tuple | None) -> tuple[str, Markup] | None:
    """Where the query was found, and the passage, from the FOUND_ELSEWHERE passages of a hit
    whose wording lacks it (None for the others)."""
    if not passages:
        return None
    for where, passage in zip(FOUND_ELSEWHERE, passages, strict=True):
        if START in passage:
            return where, highlight(passage)
    return None
