"""Matching claims to earlier claims from other articles, and acting on a match: "Same
claim" (a claim group), "Not the same" (never suggested again), and taking the earlier
claim's status and sources through the claim service, so it lands in the history."""

import itertools
import math
import re
import time
import zlib
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import cast, delete, func, literal_column, select, text
from sqlalchemy.orm import selectinload

from webapp.extensions import db
from webapp.matching import (
    CHECKED_BEFORE,
    FEATURES_VERSION,
    Features,
    FigureKey,
    figure_keys,
    figure_keys_to_find,
    from_stored,
    prepare,
    score,
    search_terms,
    to_stored,
)
from webapp.models import (
    Article,
    Claim,
    ClaimFeatures,
    ClaimFigure,
    ClaimGroup,
    ClaimGroupMember,
    ClaimMatch,
    ClaimMatchDismissal,
    SearchDocument,
    User,
)
from webapp.models.base import utcnow
from webapp.services import bulk, changes, newest
from webapp.services.errors import Invalid, NotFound

CANDIDATES = 16  # best by the engine's rank per look-up of words, then scored
RANKED_POOL = 200  # SQLite: best by shared rare words, before the wording breaks ties
FIGURE_CANDIDATES = 40  # per look-up of figures: a shared figure is the strongest sign
# Per figure value, the newest earlier claims holding it read from claim_figures; a value held
# by this many ("50%", "100", "a million" in a large archive) is left out, as a common word is:
# its newest holders are claims about anything (docs/search.md, 2026-12-06).
FIGURE_HOLDERS = 200
KEEP = 5  # suggestions stored per claim
SHOWN_FROM = 0.3  # weaker candidates are not worth a reviewer's time


@dataclass(frozen=True)
class Suggestion:
    other: Claim
    score: float
    group_id: int | None
    same_group: bool

    @property
    def checked_before(self) -> bool:
        return self.score >= CHECKED_BEFORE


WORDING = re.compile(r"\w+")
PAIR_TERMS = 6
# A word is common when at least this many claims hold it (SQLite counts up to it; PostgreSQL
# estimates it from ANALYZE's statistics): two common words are not paired.
COUNT_CAP = 2_000
# PostgreSQL: a claim made only of common words first tests the newest claims one by one
WALK_IDS = 5_000
COMMON_WORDS_TTL = 600  # seconds a word found common is taken as common without asking again
_common_words: dict[tuple[str, str], tuple[float, dict[str, float]]] = {}
# SQLite: (database, FTS5 phrase) -> (until when, the capped count) of phrases found common
_common_phrases: dict[tuple[str, str], tuple[float, int]] = {}


class TellingWord(NamedTuple):
    word: str
    common: bool
    claims: float  # how many claims hold it (on SQLite capped at COUNT_CAP)


def _telling_terms(words: list[str]) -> list[TellingWord]:
    """The claim's words, rarest in the archive first (longest first among equals), each
    with whether it is common: a pair of rare words finds the same fact among few claims, a
    pair of common ones among thousands. How common a word is comes from the engine itself:
    on SQLite a capped count of the claims holding it, on PostgreSQL the share of claims
    that ANALYZE gives for its most common words."""
    if not words:
        return []
    if db.engine.dialect.name == "postgresql":
        common = _common_lexemes()
        stems = {word: lexemes[0] for word, lexemes in _lexemes(words).items() if lexemes}
        # A stop word of PostgreSQL's dictionary ("below", "give") has no lexeme: a pair with
        # it would be one word alone.
        words = [word for word in words if stems.get(word)]
        share = {word: common.get(stems[word], 0.0) for word in words}
        ordered = sorted(words, key=lambda word: (share[word], -len(word), word))
        claims = common.get("", 0.0)  # the number of claims, stored with the shares
        return [
            TellingWord(word, share[word] * claims >= COUNT_CAP, share[word] * claims)
            for word in ordered
        ]
    counts = dict(enumerate(_capped_counts([_fts_phrase([word]) for word in words])))
    # A word no other claim has finds nothing: last.
    order = {word: (counts[n] == 0, counts[n], -len(word), word) for n, word in enumerate(words)}
    ordered = sorted(words, key=order.__getitem__)
    return [TellingWord(word, order[word][1] >= COUNT_CAP, order[word][1]) for word in ordered]


def _fts_phrase(words: list[str]) -> str:
    return '"' + " ".join(word.replace('"', '""') for word in words) + '"'


def _capped_counts(phrases: list[str]) -> list[int]:
    """SQLite: how many claim wordings hold each FTS5 phrase, counted up to COUNT_CAP, in one
    statement (FTS5 stops reading a phrase's list at the cap). A phrase found common is taken
    as common for COMMON_WORDS_TTL seconds without counting again: counting reads COUNT_CAP
    entries of its list, most of a look-up's counting, and an archive that grows keeps a
    common word common."""
    database = str(db.engine.url)
    now = time.monotonic()
    counts: dict[int, int] = {}
    for n, phrase in enumerate(phrases):
        until, count = _common_phrases.get((database, phrase), (0.0, 0))
        if until > now and count >= COUNT_CAP:
            counts[n] = count
    asked = [n for n in range(len(phrases)) if n not in counts]
    if asked:
        parts = " UNION ALL ".join(
            f"SELECT {n}, (SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts "
            f"MATCH :p{n} LIMIT {COUNT_CAP}))"
            for n in asked
        )
        values = {f"p{n}": "{claim_text} : " + phrases[n] for n in asked}
        counts.update(db.session.execute(text(parts), values).all())
        if len(_common_phrases) > 50_000:
            _common_phrases.clear()
        for n in asked:
            if counts[n] >= COUNT_CAP:
                _common_phrases[(database, phrases[n])] = (now + COMMON_WORDS_TTL, counts[n])
    return [counts[n] for n in range(len(phrases))]


def _pairs_tsquery(pairs: list[tuple[str, ...]]) -> str:
    """PostgreSQL: claims holding both words of any pair, as one tsquery's text built from the
    words' lexemes (what plainto_tsquery would make of each pair, ORed): one statement whatever
    the number of pairs, where a query built of plainto_tsquery calls is a new statement to
    build, compile and plan for each number."""
    lexemes = _lexemes([word for pair in pairs for word in pair])
    groups = [" & ".join(_quoted(lex) for word in pair for lex in lexemes[word]) for pair in pairs]
    return " | ".join(f"( {group} )" for group in groups if group)


def _pairs_tsquery_of(terms: list[TellingWord], pairs: list[tuple[str, ...]], ranked: bool) -> str:
    """PostgreSQL: the claims of `_pairs_tsquery(pairs)` written as each word that pairs with
    every later one AND any later one, the rare words first: n - 1 operators where the pairs
    were up to n (n - 1) / 2, for GIN to evaluate on each claim holding a rare word and for
    the walk of the newest claims on each row (one claim at 1,000,000: 21.7 -> 9.0 ms). The
    same claims, ranked the same: a query ORed at the top, as both are with two such words or
    more, is ranked by its distinct lexemes only."""
    rare = [term.word for term in terms if not term.common]
    words = rare + [term.word for term in terms if term.common]
    # Ranked, the pairs are every pair but of two common words; else every pair of the words.
    firsts = (rare if ranked else words)[: len(words) - 1]
    if len(firsts) < 2:
        return _pairs_tsquery(pairs)
    lexemes = _lexemes(words)

    def word(one: str) -> str:
        return "( " + " & ".join(_quoted(lexeme) for lexeme in lexemes[one]) + " )"

    return " | ".join(
        f"( {word(first)} & ( {' | '.join(word(later) for later in words[n + 1 :])} ) )"
        for n, first in enumerate(firsts)
    )


def _quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


_lexemes_seen: dict[str, tuple[str, ...]] = {}


def _lexemes(words: list[str]) -> dict[str, tuple[str, ...]]:
    """PostgreSQL: each word's or figure's lexemes in the index ("58,320" -> '320', '58'; a
    stop word none), asked once per process: the text search configuration does not change."""
    if len(_lexemes_seen) > 100_000:
        _lexemes_seen.clear()
    asked = [word for word in dict.fromkeys(words) if word not in _lexemes_seen]
    if asked:
        _lexemes_seen.update(
            (word, tuple(lexemes))
            for word, lexemes in db.session.execute(
                text(
                    "SELECT w, ARRAY(SELECT lexeme FROM unnest(to_tsvector('english', w))) "
                    "FROM unnest(CAST(:words AS text[])) AS w"
                ),
                {"words": asked},
            )
        )
    return {word: _lexemes_seen[word] for word in words}


def _common_lexemes() -> dict[str, float]:
    """PostgreSQL's most common words of claim wordings with the share of claims holding
    each (pg_stats, kept by ANALYZE), and under "" the number of claims, read once per
    COMMON_WORDS_TTL seconds per database."""
    # The schema is the connection's own (set when it connects): asked once per connection.
    connection = db.session.connection().info
    if "current_schema" not in connection:
        connection["current_schema"] = db.session.scalar(text("SELECT current_schema()")) or ""
    key = (str(db.engine.url), connection["current_schema"])
    now = time.monotonic()
    cached = _common_words.get(key)
    if cached and cached[0] > now:
        return cached[1]
    rows = db.session.execute(
        text(
            "SELECT m.e, m.f FROM pg_stats AS s, unnest(s.most_common_elems::text::text[], "
            "s.most_common_elem_freqs) AS m(e, f) WHERE s.schemaname = current_schema() "
            "AND s.tablename = 'search_documents' AND s.attname = 'claim_tsv' "
            "AND m.e IS NOT NULL"
        )
    ).all()
    common = {lexeme: float(share) for lexeme, share in rows}
    common[""] = float(
        db.session.scalar(
            text("SELECT reltuples FROM pg_class WHERE oid = 'search_documents'::regclass")
        )
        or 0
    )
    _common_words[key] = (now + COMMON_WORDS_TTL, common)
    return common


class Candidate(NamedTuple):
    """An earlier claim worth scoring: its search document's wording, and what was stored of
    its features (version, wording's CRC-32, JSON; None each if nothing was)."""

    claim_id: int
    wording: str
    stored: tuple[int | None, int | None, str | None]


def _candidate(row) -> Candidate:
    """A row of `_with_features(...)`: claim id, wording, ..., version, CRC-32, features."""
    return Candidate(row[0], row[1], (row[-3], row[-2], row[-1]))


def _with_features(hits: str):
    """SQLite: the statement of these hits (claim id and wording first), each with its stored
    features, read in the same statement; the hits' own ORDER BY and LIMIT apply first."""
    return text(
        f"SELECT candidate.*, f.version, f.text_crc, f.features FROM ({hits}) AS candidate "
        "LEFT JOIN claim_features f ON f.claim_id = candidate.claim_id"
    )


def _figure_candidates(claim_id: int, article_id: int, claim_text: str) -> dict[int, Candidate]:
    """Earlier claims of other articles stating one of the claim's figures however they wrote
    it ("£350m" / "350,000,000 pounds"), from the index of figures as values: the holders of
    each value fewer than FIGURE_HOLDERS earlier claims hold, the FIGURE_CANDIDATES holding the
    rarest first (each value weighs one over its holders), newest first among equals. One
    statement; each value is a walk of at most FIGURE_HOLDERS entries of the (unit, value,
    claim_id) index, none of the holders' rows read."""
    keys = figure_keys_to_find(claim_text)
    if not keys:
        return {}
    parts = " UNION ALL ".join(
        f"SELECT {n} AS n, claim_id FROM (SELECT claim_id FROM claim_figures "
        f"WHERE unit = :unit{n} AND value = :value{n} AND claim_id < :claim "
        f"ORDER BY claim_id DESC LIMIT :holders) AS k{n}"
        for n in range(len(keys))
    )
    values = {f"unit{n}": unit for n, (unit, _value) in enumerate(keys)}
    values |= {f"value{n}": value for n, (_unit, value) in enumerate(keys)}
    values |= {"claim": claim_id, "article": article_id, "holders": FIGURE_HOLDERS}
    sql = (
        "SELECT d.claim_id, d.claim_text, f.version, f.text_crc, f.features FROM ("
        "SELECT claim_id, sum(1.0 / holders) AS weight FROM (SELECT claim_id, "
        f"count(*) OVER (PARTITION BY n) AS holders FROM ({parts}) AS hit) AS held "
        "WHERE holders < :holders GROUP BY claim_id) AS pool "
        "JOIN search_documents d ON d.claim_id = pool.claim_id "
        "LEFT JOIN claim_features f ON f.claim_id = pool.claim_id "
        "WHERE d.article_id != :article "
        "ORDER BY pool.weight DESC, pool.claim_id DESC LIMIT :limit"
    )
    values["limit"] = FIGURE_CANDIDATES
    return {row[0]: _candidate(row) for row in db.session.execute(text(sql), values)}


def _candidates(claim_id: int, article_id: int, claim_text: str) -> list[Candidate]:
    """Earlier claims of other articles worth scoring: those stating one of the claim's
    figures however written (`_figure_candidates`), and the best by the engine's rank among
    those sharing two of the claim's telling words, one of them rare. A claim made only of
    common words takes the newest claims sharing two of them, which the index finds without
    ranking thousands. Either way a look-up stays cheap however large the archive."""
    words = search_terms(claim_text)
    telling = _telling_terms(words)
    terms = telling[:PAIR_TERMS]
    pairs = [
        (first.word, second.word)
        for first, second in itertools.combinations(terms, 2)
        if not (first.common and second.common)
    ]
    ranked = bool(pairs)
    if not pairs:
        pairs = list(itertools.combinations([term.word for term in terms], 2))
        pairs = pairs or [(term.word,) for term in terms]
    found = _figure_candidates(claim_id, article_id, claim_text)
    if db.engine.dialect.name == "postgresql":
        found.update(_postgresql_candidates(claim_id, article_id, pairs, ranked, terms))
        return list(found.values())
    params = {"article": article_id, "claim": claim_id}
    if ranked:
        found.update(_sqlite_ranked(telling, claim_text, params))
    elif pairs:
        # Only common words: the newest claims sharing two of them.
        groups = ["(" + " AND ".join(_fts_phrase([w]) for w in pair) + ")" for pair in pairs]
        sql = (
            "SELECT d.claim_id, d.claim_text FROM search_fts "
            "JOIN search_documents d ON d.claim_id = search_fts.rowid "
            "WHERE search_fts MATCH :fts AND search_fts.rowid < :claim "
            "AND d.article_id != :article ORDER BY search_fts.rowid DESC LIMIT :limit"
        )
        fts = "{claim_text} : (" + " OR ".join(groups) + ")"
        values = {**params, "fts": fts, "limit": CANDIDATES}
        found.update(
            (row[0], _candidate(row)) for row in db.session.execute(_with_features(sql), values)
        )
    return list(found.values())


def _postgresql_candidates(
    claim_id: int,
    article_id: int,
    pairs: list[tuple[str, ...]],
    ranked: bool,
    terms: list[TellingWord],
) -> dict[int, Candidate]:
    """PostgreSQL's look-up of words for `_candidates`: the claims sharing a pair of the
    telling words, best first when a word of each pair is rare, else the newest."""
    column = literal_column("search_documents.claim_tsv")
    newest.custom_plans()
    found: dict[int, Candidate] = {}

    def hits(match):
        return select(SearchDocument.claim_id, SearchDocument.claim_text).where(
            match, SearchDocument.article_id != article_id
        )

    def best(tsquery, limit: int):
        # A rare word: its hits are few, and all of them are ranked. "+ 0" keeps
        # the claim-id ranges' BRIN index out: ANDed with the words' bitmap it made the bitmap
        # lossy, and every row of every page was checked again (8,582 rows for 783 hits).
        return (
            hits(column.op("@@")(tsquery))
            .where((SearchDocument.claim_id + 0) < claim_id)
            .order_by(func.ts_rank(column, tsquery).desc(), SearchDocument.claim_id.desc())
            .limit(limit)
        )

    def latest(tsquery, limit: int) -> None:
        # Only common words: the newest earlier claims sharing two of them, read by windows
        # of claim ids (words that go together are held by many more claims than PostgreSQL
        # estimates, and it would read all of them to keep the newest).
        def reader(match):
            def read(lower: int, upper: int, wanted: int) -> list:
                window = hits(match).where(
                    SearchDocument.claim_id > lower, SearchDocument.claim_id <= upper
                )
                window = window.order_by(SearchDocument.claim_id.desc()).limit(wanted)
                return db.session.execute(_pg_with_features(window)).all()

            return read

        rows = newest.newest_first(
            reader(column.op("@@")(tsquery)), limit, None, claim_id - 1, WALK_IDS,
            walk_read=reader(newest.matches_row_by_row(column, tsquery)),
        )  # fmt: skip
        found.update((row[0], _candidate(row)) for row in rows)

    if not pairs:
        return found
    from sqlalchemy.dialects.postgresql import TSQUERY  # loaded only on PostgreSQL

    pair_query = cast(_pairs_tsquery_of(terms, pairs, ranked), TSQUERY)
    if ranked:
        rows = db.session.execute(_pg_with_features(best(pair_query, CANDIDATES)))
        found.update((row[0], _candidate(row)) for row in rows)
    else:
        latest(pair_query, CANDIDATES)
    return found


def _pg_with_features(hits):
    """PostgreSQL: `_with_features` of a statement of hits (claim id and wording)."""
    hit = hits.subquery()
    return select(
        hit.c.claim_id,
        hit.c.claim_text,
        ClaimFeatures.version,
        ClaimFeatures.text_crc,
        ClaimFeatures.features,
    ).outerjoin_from(hit, ClaimFeatures, ClaimFeatures.claim_id == hit.c.claim_id)


def _sqlite_ranked(
    telling: list[TellingWord], claim_text: str, params: dict
) -> dict[int, Candidate]:
    """SQLite: the CANDIDATES earlier claims sharing two telling words, one of them rare,
    that share the most of the claim's rare words, and among equals the most of its wording.
    Each rare word weighs its rarity (bm25's idf, with the claims before this one as the
    archive); the first common words count once together, as one word held by COUNT_CAP
    claims. FTS5's own bm25 would read every claim holding each common word of the query on
    every look-up (hundreds of thousands in a large archive); here the index only lists the
    claims holding each rare word (fewer than COUNT_CAP each) and which of those also hold a
    common word."""
    rare = [term for term in telling if not term.common]
    common = [term for term in telling[:PAIR_TERMS] if term.common]
    archive = max(params["claim"], COUNT_CAP)

    def idf(holders: float) -> float:
        return math.log(1 + (archive - holders + 0.5) / (holders + 0.5))

    parts = [
        f"SELECT rowid, :weight{n} AS weight FROM search_fts "
        f"WHERE search_fts MATCH :word{n} AND rowid < :claim"
        for n in range(len(rare))
    ]
    values = {f"word{n}": "{claim_text} : " + _fts_phrase([t.word]) for n, t in enumerate(rare)}
    values |= {f"weight{n}": idf(term.claims) for n, term in enumerate(rare)}
    if rare and common:
        any_rare = "(" + " OR ".join(_fts_phrase([term.word]) for term in rare) + ")"
        any_common = "(" + " OR ".join(_fts_phrase([term.word]) for term in common) + ")"
        parts.append(
            "SELECT rowid, 0 FROM search_fts WHERE search_fts MATCH :with_common AND rowid < :claim"
        )
        values["with_common"] = "{claim_text} : (" + any_rare + " AND " + any_common + ")"
    # Each common word a hit holds, from its wording: a word starting with the word's first
    # letters (its stem, roughly, as "spend" for "spending").
    holds_common = " + ".join(
        f"(instr(' ' || lower(d.claim_text), :common{n}) > 0)" for n in range(len(common))
    )
    values |= {f"common{n}": " " + term.word[: max(4, len(term.word) - 3)] for n, term in
               enumerate(common)}  # fmt: skip
    values["common_weight"] = idf(COUNT_CAP)
    # Two rare words, or a rare and a common one; never a claim of the same article. Among
    # equals the shorter first (as bm25's length normalisation): a longer claim holding the
    # same words says other things too.
    sql = (
        "SELECT d.claim_id, d.claim_text, hit.weight + :common_weight * ("
        + (holds_common or "0")
        + ") AS weight FROM (SELECT rowid AS id, sum(weight) AS weight FROM ("
        + " UNION ALL ".join(parts)
        + ") GROUP BY rowid HAVING count(*) >= 2) AS hit "
        "JOIN search_documents d ON d.claim_id = hit.id WHERE d.article_id != :article "
        "ORDER BY 3 DESC, length(d.claim_text), hit.id DESC LIMIT :limit"
    )
    values |= {**params, "limit": RANKED_POOL}
    rows = db.session.execute(_with_features(sql), values).all()
    return {row[0]: _candidate(row) for row in _most_alike(rows, claim_text)}


def _most_alike(rows: list, claim_text: str) -> list:
    """The CANDIDATES best of (claim id, wording, weight, ...) rows: by weight, then among equals
    the claim whose wording is most this one's, then the newest. Only the rows tied at the
    last place taken have their wording compared: a higher weight is in whatever its
    wording."""
    if len(rows) <= CANDIDATES:
        return list(rows)
    last = sorted((row[2] for row in rows), reverse=True)[CANDIDATES - 1]
    above = [row for row in rows if row[2] > last]
    words = set(WORDING.findall(claim_text.lower()))

    def alike(row) -> tuple[float, int]:
        other = WORDING.findall(row[1].lower())
        return sum(word in words for word in other) / (len(other) or 1), row[0]

    tied = sorted((row for row in rows if row[2] == last), key=alike, reverse=True)
    return above + tied[: CANDIDATES - len(above)]


class ComputedMatches(NamedTuple):
    """What `compute_matches` found, for `store_matches` to write."""

    matches: list[dict]  # claim_matches rows: the best suggestions of each claim
    features: list[dict]  # claim_features rows of the claims that had none for their wording
    figures: list[dict]  # and those claims' claim_figures rows


def refresh_matches(claim_ids: list[int]) -> None:
    """Recompute the stored suggestions of these claims (at import, after a rewording), in
    one transaction: no suggestion can be dismissed between computing and storing."""
    computed = compute_matches(claim_ids)
    _replace_matches(claim_ids, computed.matches)
    _store_features(computed.features, computed.figures)


def _dismissed(claim_ids: list[int]) -> dict[int, set[int]]:
    dismissed: dict[int, set[int]] = {}
    for claim_id, other_id in db.session.execute(
        select(ClaimMatchDismissal.claim_id, ClaimMatchDismissal.other_id).where(
            ClaimMatchDismissal.claim_id.in_(claim_ids)
        )
    ):
        dismissed.setdefault(claim_id, set()).add(other_id)
    return dismissed


def compute_matches(claim_ids: list[int]) -> ComputedMatches:
    """The suggestions of these claims, and the features to store of those without (current)
    ones, computed by reading only (a background job computes outside any write transaction,
    so SQLite's write lock is held only while storing)."""
    if not claim_ids:
        return ComputedMatches([], [], [])
    # The claims, the earlier claims dismissed for each and which wording their stored
    # features came from, in one round trip.
    claims: dict[int, tuple[int, str]] = {}
    dismissed: dict[int, set[int]] = {}
    stale: set[int] = set()
    for claim_id, article_id, claim_text, other_id, version, text_crc, count in db.session.execute(
        select(
            Claim.id,
            Claim.article_id,
            Claim.text,
            ClaimMatchDismissal.other_id,
            ClaimFeatures.version,
            ClaimFeatures.text_crc,
            ClaimFeatures.figure_count,
        )
        .outerjoin(ClaimMatchDismissal, ClaimMatchDismissal.claim_id == Claim.id)
        .outerjoin(ClaimFeatures, ClaimFeatures.claim_id == Claim.id)
        .where(Claim.id.in_(claim_ids))
    ):
        claims[claim_id] = (article_id, claim_text)
        if other_id is not None:
            dismissed.setdefault(claim_id, set()).add(other_id)
        if not _current(claim_text, version, text_crc) or count is None:
            stale.add(claim_id)  # (features stored before migration 0016 record no figures)
    if db.engine.dialect.name == "postgresql":
        # The lexemes of every claim's words in one round trip, not one a claim.
        texts = [claim_text for _article_id, claim_text in claims.values()]
        _lexemes([term for text in texts for term in search_terms(text)])
    now = utcnow()
    found = []
    for claim_id, (article_id, claim_text) in claims.items():
        scored = [
            (value, other_id)
            for value, other_id in earlier_matches(claim_id, article_id, claim_text)
            if value >= SHOWN_FROM and other_id not in dismissed.get(claim_id, ())
        ]
        found += [
            {"claim_id": claim_id, "other_id": other_id, "score": value, "computed_at": now}
            for value, other_id in scored[:KEEP]
        ]
    features, figures = stored_rows({claim_id: claims[claim_id][1] for claim_id in sorted(stale)})
    return ComputedMatches(found, features, figures)


def earlier_matches(claim_id: int, article_id: int, claim_text: str) -> list[tuple[float, int]]:
    """(score, claim id) of every candidate from the full-text index, best first."""
    features = prepare(claim_text)
    scored = [
        (score(features, _features_of(other.wording, other.stored)), other.claim_id)
        for other in _candidates(claim_id, article_id, claim_text)
    ]
    scored.sort(reverse=True)
    return scored


def _features_of(wording: str, stored: tuple[int | None, int | None, str | None]) -> Features:
    """A candidate's features: read from what was stored for this wording, else prepared."""
    version, text_crc, features = stored
    if features is not None and _current(wording, version, text_crc):
        return from_stored(wording, features)
    return prepare(wording)


def _current(wording: str, version: int | None, text_crc: int | None) -> bool:
    """Whether features stored with this version and CRC-32 were made from this wording by
    this version of `prepare`."""
    return version == FEATURES_VERSION and text_crc == zlib.crc32(wording.encode())


def figure_record(keys: list[FigureKey]) -> tuple[int, float]:
    """What a claim_features row records of the figures stored with it: how many rows, and the
    sum of their values' magnitudes (exactly rounded; magnitudes, so that no sum cancels out
    and the database's own summing stays within a relative 1e-15 of it)."""
    return len(keys), math.fsum(abs(value) for _unit, value in keys)


def features_row(
    claim_id: int, wording: str, keys: list[FigureKey], features: str | None = None
) -> dict:
    """The claim_features row of a claim with this wording and these figures (`features`: its
    stored JSON when still current, else prepared now). A candidate's wording is its search
    document's, which blanks control characters: one holding any is prepared each time, its
    stored features being of another wording."""
    figure_count, figure_sum = figure_record(keys)
    return {
        "claim_id": claim_id,
        "version": FEATURES_VERSION,
        "text_crc": zlib.crc32(wording.encode()),
        "features": to_stored(prepare(wording)) if features is None else features,
        "figure_count": figure_count,
        "figure_sum": figure_sum,
    }


def figure_rows(claim_id: int, keys: list[FigureKey]) -> list[dict]:
    """The claim_figures rows of a claim stating these figures: one per figure."""
    return [{"claim_id": claim_id, "unit": unit, "value": value} for unit, value in keys]


def stored_rows(wordings: dict[int, str]) -> tuple[list[dict], list[dict]]:
    """The claim_features rows and the claim_figures rows of claims with these wordings
    ({claim id: wording}), as matching stores them."""
    features: list[dict] = []
    figures: list[dict] = []
    for claim_id, wording in wordings.items():
        keys = figure_keys(wording)
        features.append(features_row(claim_id, wording, keys))
        figures += figure_rows(claim_id, keys)
    return features, figures


def store_features(claim_ids: list[int]) -> None:
    """Store these claims' features and figures from their wordings in this transaction (a
    restore's claims: in step when it commits, before a background job matches them; matching
    then finds them current and prepares none again)."""
    for start in range(0, len(claim_ids), FILL_BATCH):
        chunk = claim_ids[start : start + FILL_BATCH]
        wordings = db.session.execute(select(Claim.id, Claim.text).where(Claim.id.in_(chunk)))
        _store_features(*stored_rows({claim_id: wording for claim_id, wording in wordings}))


def _store_features(features: list[dict], figures: list[dict]) -> None:
    """Replace the stored features and figures of the claims of these features rows (a claim
    stating no figure has none)."""
    _replace_features(features)
    _replace_figures([row["claim_id"] for row in features], figures)


def _replace_features(rows: list[dict]) -> None:
    if rows:
        ids = [row["claim_id"] for row in rows]
        db.session.execute(delete(ClaimFeatures).where(ClaimFeatures.claim_id.in_(ids)))
        bulk.insert_rows(ClaimFeatures.__table__, rows)


def _replace_figures(claim_ids: list[int], figures: list[dict]) -> None:
    if not claim_ids:
        return
    db.session.execute(delete(ClaimFigure).where(ClaimFigure.claim_id.in_(claim_ids)))
    if figures:
        bulk.insert_rows(ClaimFigure.__table__, figures)


FILL_BATCH = 5_000


class Filled(NamedTuple):
    last: int | None  # the last claim id looked at; None when there were no more
    features: int  # claims whose features were prepared and stored
    figures: int  # claims whose stored figures were not those of their wording
    recorded: int = 0  # claims whose current features got the record of their figures


def fill_features(after: int = 0, limit: int = FILL_BATCH) -> Filled:
    """Bring the stored features and figures of the first `limit` claims after claim id
    `after` in step with their wording (an archive from before migration 0014, 0015 or 0016,
    features of an older FEATURES_VERSION, or rows changed outside the app): features are
    prepared and stored where there are none for the wording, figures stored where those held
    differ from the wording's, and each features row records the figures (`figure_record`).
    Run again, it changes nothing."""
    rows = db.session.execute(
        select(
            Claim.id,
            Claim.text,
            ClaimFeatures.version,
            ClaimFeatures.text_crc,
            ClaimFeatures.figure_count,
            ClaimFeatures.figure_sum,
        )
        # the bound on both sides: PostgreSQL's merge join otherwise reads claim_features from
        # its first row in every batch (40 of 76 s of a fill at 1,000,000 claims)
        .outerjoin(
            ClaimFeatures, (ClaimFeatures.claim_id == Claim.id) & (ClaimFeatures.claim_id > after)
        )
        .where(Claim.id > after)
        .order_by(Claim.id)
        .limit(limit)
    ).all()
    if not rows:
        return Filled(None, 0, 0)
    held: dict[int, set[tuple[str, float]]] = {}
    for claim_id, unit, value in db.session.execute(
        select(ClaimFigure.claim_id, ClaimFigure.unit, ClaimFigure.value).where(
            ClaimFigure.claim_id > after, ClaimFigure.claim_id <= rows[-1][0]
        )
    ):
        held.setdefault(claim_id, set()).add((unit, value))
    prepared: list[dict] = []
    unrecorded: dict[int, tuple[str, list[FigureKey]]] = {}  # current features, no record
    wrong: dict[int, list[dict]] = {}
    for claim_id, claim_text, version, text_crc, count, total in rows:
        keys = figure_keys(claim_text)
        if not _current(claim_text, version, text_crc):
            prepared.append(features_row(claim_id, claim_text, keys))
        elif (count, total) != figure_record(keys):
            unrecorded[claim_id] = (claim_text, keys)
        if held.get(claim_id, set()) != set(keys):
            wrong[claim_id] = figure_rows(claim_id, keys)
    recorded = [
        features_row(claim_id, *unrecorded[claim_id], stored)
        for claim_id, stored in _stored_features(list(unrecorded))
    ]
    _replace_features(prepared + recorded)
    _replace_figures(list(wrong), [row for figures in wrong.values() for row in figures])
    return Filled(rows[-1][0], len(prepared), len(wrong), len(recorded))


def _stored_features(claim_ids: list[int]) -> list[tuple[int, str]]:
    """(claim id, stored JSON) of these claims' features: read only for those that lack the
    record of their figures, not for every claim a fill looks at."""
    if not claim_ids:
        return []
    statement = select(ClaimFeatures.claim_id, ClaimFeatures.features)
    return db.session.execute(statement.where(ClaimFeatures.claim_id.in_(claim_ids))).all()


def drop_orphans() -> int:
    """Delete the stored features and figures of claims that do not exist (left by an import
    or a restore made outside the app with the foreign keys off); the number of rows."""
    removed = 0
    for model in (ClaimFeatures, ClaimFigure):
        gone = ~select(Claim.id).where(Claim.id == model.claim_id).exists()
        removed += db.session.execute(delete(model).where(gone)).rowcount
    return removed


# Two sums of the same magnitudes, one exactly rounded (`figure_record`) and one summed by the
# database, differ by far less than this part of them; a figure stored or lost does not.
FIGURE_SUM_TOLERANCE = 1e-9


def out_of_step() -> dict[str, dict[str, int]]:
    """How many claims' stored features and figures are out of step with the claims, each
    counted in one set-based statement (no claim is read into Python): features missing, of
    another FEATURES_VERSION or of no claim; figures not recorded with current features
    (no features row, or one stored before migration 0016), differing from that record (rows
    lost, added or changed), or of no claim. A features row of another wording (changed in SQL)
    is not told here: matching never reads it, and `fill-features` replaces it."""
    claim_gone = ~select(Claim.id).where(Claim.id == ClaimFeatures.claim_id).exists()
    held = (
        select(
            ClaimFigure.claim_id,
            func.count().label("rows"),
            func.sum(func.abs(ClaimFigure.value)).label("total"),
        )
        .group_by(ClaimFigure.claim_id)
        .subquery()
    )
    rows, total = func.coalesce(held.c.rows, 0), func.coalesce(held.c.total, 0.0)
    differs = (ClaimFeatures.figure_count != rows) | (
        func.abs(total - ClaimFeatures.figure_sum)
        > FIGURE_SUM_TOLERANCE * (ClaimFeatures.figure_sum + 1.0)
    )
    without = _count(
        select(func.count())
        .select_from(Claim)
        .where(~select(ClaimFeatures.claim_id).where(ClaimFeatures.claim_id == Claim.id).exists())
    )
    return {
        "features": {
            "missing": without,
            "other_version": _count(
                select(func.count())
                .select_from(ClaimFeatures)
                .where(ClaimFeatures.version != FEATURES_VERSION)
            ),
            "orphans": _count(select(func.count()).select_from(ClaimFeatures).where(claim_gone)),
        },
        "figures": {
            "unrecorded": without
            + _count(
                select(func.count())
                .select_from(ClaimFeatures)
                .where(ClaimFeatures.figure_count.is_(None))
            ),
            "differ": _count(
                select(func.count())
                .select_from(ClaimFeatures)
                .outerjoin(held, held.c.claim_id == ClaimFeatures.claim_id)
                .where(ClaimFeatures.figure_count.is_not(None), differs)
            ),
            "orphans": _count(
                select(func.count(func.distinct(ClaimFigure.claim_id)))
                .select_from(ClaimFigure)
                .where(~select(Claim.id).where(Claim.id == ClaimFigure.claim_id).exists())
            ),
        },
    }


def _count(statement) -> int:
    return db.session.scalar(statement) or 0


def store_matches(claim_ids: list[int], computed: ComputedMatches) -> None:
    """Replace these claims' stored suggestions, leaving out any dismissed meanwhile, and
    store the features computed with them."""
    if not claim_ids:
        return
    dismissed = _dismissed(claim_ids)
    kept = [
        row for row in computed.matches if row["other_id"] not in dismissed.get(row["claim_id"], ())
    ]
    _replace_matches(claim_ids, kept)
    _store_features(computed.features, computed.figures)


def _replace_matches(claim_ids: list[int], found: list[dict]) -> None:
    db.session.execute(delete(ClaimMatch).where(ClaimMatch.claim_id.in_(claim_ids)))
    if found:
        db.session.execute(ClaimMatch.__table__.insert(), found)


def suggestions(claim: Claim) -> list[Suggestion]:
    """The claim's stored suggestions whose article is still live, best first."""
    own_group = group_id_of(claim.id)
    rows = db.session.execute(
        select(ClaimMatch, ClaimGroupMember.group_id)
        .join(Claim, Claim.id == ClaimMatch.other_id)
        .join(Article, Article.id == Claim.article_id)
        .outerjoin(ClaimGroupMember, ClaimGroupMember.claim_id == ClaimMatch.other_id)
        .where(ClaimMatch.claim_id == claim.id, Article.deleted_at.is_(None))
        .options(
            selectinload(ClaimMatch.other).selectinload(Claim.status),
            selectinload(ClaimMatch.other).selectinload(Claim.article),
            selectinload(ClaimMatch.other).selectinload(Claim.sources),
        )
        .order_by(ClaimMatch.score.desc(), ClaimMatch.other_id)
    ).all()
    return [
        Suggestion(match.other, match.score, group, own_group is not None and group == own_group)
        for match, group in rows
    ]


def checked_before_ids(claim_ids: list[int]) -> set[int]:
    """Which of these claims have an earlier claim stating the same fact (for list markers)."""
    if not claim_ids:
        return set()
    return set(
        db.session.scalars(
            select(ClaimMatch.claim_id)
            .join(Claim, Claim.id == ClaimMatch.other_id)
            .join(Article, Article.id == Claim.article_id)
            .where(
                ClaimMatch.claim_id.in_(claim_ids),
                ClaimMatch.score >= CHECKED_BEFORE,
                Article.deleted_at.is_(None),
            )
            .distinct()
        )
    )


def group_id_of(claim_id: int) -> int | None:
    return db.session.scalar(
        select(ClaimGroupMember.group_id).where(ClaimGroupMember.claim_id == claim_id)
    )


def group_ids(claim_ids: list[int]) -> dict[int, int]:
    if not claim_ids:
        return {}
    return dict(
        db.session.execute(
            select(ClaimGroupMember.claim_id, ClaimGroupMember.group_id).where(
                ClaimGroupMember.claim_id.in_(claim_ids)
            )
        ).all()
    )


def group_members(group_id: int) -> list[Claim]:
    return list(
        db.session.scalars(
            select(Claim)
            .join(ClaimGroupMember, ClaimGroupMember.claim_id == Claim.id)
            .join(Article, Article.id == Claim.article_id)
            .where(ClaimGroupMember.group_id == group_id, Article.deleted_at.is_(None))
            .order_by(Claim.id)
        )
    )


def group_offers(claim: Claim) -> list[Claim]:
    """Members of the claim's group whose status differs from the claim's and changed after
    the claim's own last change: a later verdict on the group, offered to every member."""
    group_id = group_id_of(claim.id)
    if group_id is None:
        return []
    return [
        member
        for member in group_members(group_id)
        if member.id != claim.id
        and member.status_id != claim.status_id
        and member.updated_at >= claim.updated_at
    ]


def _other_claim(claim: Claim, other_id: int) -> Claim:
    other = db.session.get(Claim, other_id)
    if other is None or other.article.deleted_at is not None:
        raise NotFound("There is no claim with that number.")
    if other.id == claim.id:
        raise Invalid("A claim cannot be matched with itself.", {"other_id": "same claim"})
    return other


def link_same(claim: Claim, other_id: int, user: User) -> int:
    """ "Same claim": put both claims in one group (joining groups if both had one)."""
    other = _other_claim(claim, other_id)
    mine, theirs = group_id_of(claim.id), group_id_of(other.id)
    if mine is not None and mine == theirs:
        return mine
    if theirs is None and mine is None:
        group = ClaimGroup(created_by_id=user.id)
        db.session.add(group)
        db.session.flush()
        target = group.id
    else:
        target = theirs if theirs is not None else mine
    for claim_id, current in ((claim.id, mine), (other.id, theirs)):
        if current is None:
            db.session.add(
                ClaimGroupMember(claim_id=claim_id, group_id=target, added_by_id=user.id)
            )
        elif current != target:
            db.session.execute(
                ClaimGroupMember.__table__.update()
                .where(ClaimGroupMember.group_id == current)
                .values(group_id=target)
            )
    db.session.flush()
    return target


def dismiss(claim: Claim, other_id: int, user: User) -> None:
    """ "Not the same": drop the suggestion and never offer it again for this claim."""
    other = _other_claim(claim, other_id)
    exists = db.session.get(ClaimMatchDismissal, (claim.id, other.id))
    if exists is None:
        db.session.add(ClaimMatchDismissal(claim_id=claim.id, other_id=other.id, user_id=user.id))
    db.session.execute(
        delete(ClaimMatch).where(ClaimMatch.claim_id == claim.id, ClaimMatch.other_id == other.id)
    )
    db.session.flush()


def adopt_verdict(claim: Claim, other_id: int, user: User, expected_version: int) -> Claim:
    """Take the earlier claim's status and its sources in one action, each through the change
    pipeline (so each is in the history and can be undone); a note records which claim they
    came from."""
    other = _other_claim(claim, other_id)
    link_same(claim, other.id, user)
    status = changes.SetFields.of(status_id=other.status_id)
    changes.apply(claim, user, status, expected_version)
    have = {source.url for source in claim.sources}
    taken = 0
    for source in other.sources:
        if source.url in have:
            continue
        fields = changes.SourceFields(
            url=source.url,
            title=source.title,
            publisher=source.publisher,
            stance=source.stance,
            accessed_on=source.accessed_on,
        )
        changes.apply(claim, user, changes.AddSource(fields))
        taken += 1
    note = (
        f"Status “{other.status.name}” and {taken} source(s) taken from claim {other.id} "
        f"(“{other.article.title}”)."
    )
    changes.apply(claim, user, changes.AddNote(note))
    return claim


def restore_groups(groups: dict[int, list[int]]) -> None:
    """Restore claim groups from an export: claims that shared a group value share a group."""
    for claim_ids in groups.values():
        if len(claim_ids) < 2:
            continue
        group = ClaimGroup()
        db.session.add(group)
        db.session.flush()
        db.session.add_all(ClaimGroupMember(claim_id=cid, group_id=group.id) for cid in claim_ids)
    db.session.flush()
