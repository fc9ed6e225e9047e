"""Reading a query's newest hits on PostgreSQL without reading all of them: by windows of
claim ids, newest first, through the block-range index of migration 0013. Used by archive
search and by matching."""

import weakref
from collections.abc import Callable

from sqlalchemy import func, select, text

from webapp.extensions import db
from webapp.models import SearchDocument

# PostgreSQL reads the newest hits of a query by windows of claim ids, newest first (see
# newest_first): a phrase, or words that go together, is held by many more claims than the
# planner estimates, so it read every hit from the table (tens of thousands of heap pages at
# 1,000,000 claims) to keep the newest. A block-range index (migration 0013) lets each window
# read only its own hits.
FIRST_WINDOW = 16  # the first window is the newest 1/16 of the claim ids
WINDOWS_FROM = 100_000  # claim ids spanned; in a smaller archive every hit is read at once


def custom_plans() -> None:
    """PostgreSQL: plan each look-up for its own words and bounds, for this transaction.
    Whether to walk the table by id testing each row, or to read the hits from the GIN index,
    depends on how many claims hold the words: a few dozen or tens of thousands. psycopg
    prepares a statement run five times, and PostgreSQL may then reuse one generic plan for
    every query, walking a million rows for a word no claim holds. Set once per transaction
    (matching an article's 50 claims asked 50 times)."""
    connection = db.session.connection()
    transaction = connection.get_transaction()
    marked = connection.info.get("custom_plans_in")
    if marked is not None and marked() is transaction:
        return
    db.session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    connection.info["custom_plans_in"] = weakref.ref(transaction)


def claim_id_range() -> tuple[int, int] | None:
    """The lowest and highest claim id in the index, or None when it is empty."""
    low, high = db.session.execute(
        select(func.min(SearchDocument.claim_id), func.max(SearchDocument.claim_id))
    ).one()
    return None if high is None else (low, high)


def matches_row_by_row(tsvector, tsquery):
    """`tsvector @@ tsquery` in its function form, which no index serves: the planner walks
    the rows in the order asked (by primary key) and tests each, where the operator would
    have it read the GIN index's lists, tens of ms for common words."""
    return func.ts_match_vq(tsvector, tsquery)


def newest_first(
    read: Callable[[int, int, int], list],
    wanted: int,
    low: int | None,
    high: int,
    walk: int = 0,
    walk_read: Callable[[int, int, int], list] | None = None,
) -> list:
    """Up to `wanted` hits with claim ids from `low` to `high`, newest first, where
    `read(lower, upper, limit)` returns at most `limit` hits with ids in (lower, upper], newest
    first. With `low` None (not asked of the database), the windows are sized as if the ids
    started at 1, and the last read has no lower bound.

    With `walk`, the newest `walk` ids are first walked one by one on the primary key by
    `walk_read` (as `read`, testing each row: see matches_row_by_row): for pairs of common
    words, the GIN index's own look-up costs more (tens of ms) than testing a few thousand
    rows, which finds a handful of hits. Then the windows: the first is the
    newest 1/FIRST_WINDOW of the ids; the second is sized to hold 1.3 times the hits still
    wanted at the density of the first; after it, or when the first held none, the rest is
    read at once. So a common word costs one window, and a rare one at most three reads of
    its few hits."""
    # the last read's bound, one below `floor`, is still a 32-bit integer
    floor = -(2**31 - 1) if low is None else low
    low = min(1, high) if low is None else low
    found: list = []
    top = high
    if walk and walk_read is not None and high - low >= walk:
        found = walk_read(high - walk, high, wanted)
        high -= walk
        if len(found) >= wanted:
            return found
    span = high - low + 1
    first = max(1, span // FIRST_WINDOW) if span >= WINDOWS_FROM else span
    upper, lower = high, high - first
    for window in range(3):
        if lower < low:
            lower = floor - 1  # the rest, whatever the lowest id
        found += read(lower, upper, wanted - len(found))
        if len(found) >= wanted or lower < low:
            break
        density = len(found) / (top - lower)  # hits per claim id read so far
        size = span
        if density and window == 0:
            size = int((wanted - len(found)) * 1.3 / density) + 1
        upper, lower = lower, max(low - 1, lower - size)
    return found
