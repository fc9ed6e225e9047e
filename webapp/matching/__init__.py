"""Matching a new claim to earlier claims that state the same fact. Pure Python (standard
library plus rapidfuzz); imports neither Flask nor SQLAlchemy.

`prepare(text)` turns a claim into comparable features (stems, character n-grams, numbers with
their kind, dates); `score(a, b)` gives 0..1; `rank(query, candidates)` orders candidates;
a score of at least `CHECKED_BEFORE` means "this has been checked before". `to_stored` and
`from_stored` keep a claim's features as JSON, to be read instead of prepared again."""

from webapp.matching.numbers import (
    FigureKey,
    Quantity,
    extract_quantities,
    figure_keys,
    figure_keys_to_find,
)
from webapp.matching.scoring import (
    CHECKED_BEFORE,
    FEATURES_VERSION,
    Features,
    Match,
    from_stored,
    prepare,
    rank,
    score,
    search_terms,
    to_stored,
)

__all__ = [
    "CHECKED_BEFORE",
    "FEATURES_VERSION",
    "Features",
    "FigureKey",
    "Match",
    "Quantity",
    "extract_quantities",
    "figure_keys",
    "figure_keys_to_find",
    "from_stored",
    "prepare",
    "rank",
    "score",
    "search_terms",
    "to_stored",
]
