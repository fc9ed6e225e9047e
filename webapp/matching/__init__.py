"""Matching a new claim to earlier claims that state the same fact. Pure Python (standard
library plus rapidfuzz); imports neither Flask nor SQLAlchemy.

`prepare(text)` turns a claim into comparable features (stems, character n-grams, numbers with
their kind, dates); `score(a, b)` gives 0..1; `rank(query, candidates)` orders candidates;
a score of at least `CHECKED_BEFORE` means "this has been checked before"."""

from webapp.matching.numbers import Quantity, extract_quantities
from webapp.matching.scoring import (
    CHECKED_BEFORE,
    Features,
    Match,
    prepare,
    rank,
    score,
    search_terms,
)

__all__ = [
    "CHECKED_BEFORE",
    "Features",
    "Match",
    "Quantity",
    "extract_quantities",
    "prepare",
    "rank",
    "score",
    "search_terms",
]
