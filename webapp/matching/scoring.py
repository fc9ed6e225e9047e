"""Scoring two claims 0..1: weighted word overlap, character n-grams and fuzzy token matching,
then number agreement — the same words with a different figure are a different fact."""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from webapp.matching.numbers import MONTHS, Quantity, extract_quantities

# A claim scoring at least this against an earlier one is shown as "checked before". Chosen on
# the tuning split of bench/matching (see docs/search.md), never on the held-out third.
CHECKED_BEFORE = 0.45

STOPWORDS = frozenset(
    """a an the and or but of to in on at for from by with as is are was were be been being has
    have had that this these those it its their his her they he she we our you your i said says
    say told according than then there also just into about over after before up down out more
    most last first new which who whom what when where while would could should will can may
    might not no so such very any all each other some per cent percent year years week month
    annual rate pace""".split()
)
# Words newsrooms use for one another, folded to one stem before comparing.
SYNONYMS = {
    "jobless": "unemploy", "joblessness": "unemploy", "unemployment": "unemploy",
    "annualised": "annual", "annualized": "annual", "annually": "annual",
    "bought": "acquir", "buy": "acquir", "buying": "acquir", "purchase": "acquir",
    "takeover": "acquir", "acquisition": "acquir", "acquired": "acquir", "acquire": "acquir",
    "died": "dead", "killed": "dead", "deaths": "dead", "death": "dead", "dies": "dead",
    "lives": "dead", "fatalities": "dead", "hurt": "injur", "injured": "injur",
    "injuries": "injur", "us": "us", "u.s.": "us", "america": "us", "american": "us",
    "uk": "britain", "british": "britain", "brussels": "eu", "european": "eu",
    "gdp": "gdp", "output": "gdp", "cpi": "price", "prices": "price", "inflation": "price",
    "homes": "home", "houses": "home", "buildings": "structur", "structures": "structur",
    "blaze": "fire", "wildfire": "fire", "quake": "earthquak", "earthquake": "earthquak",
    "visitors": "visit", "visit": "visit", "employers": "employ", "payrolls": "job",
    "jobs": "job", "grew": "grow", "growth": "grow", "expanded": "grow", "rose": "rise",
    "climbed": "rise", "increased": "rise", "up": "rise", "fell": "fall", "dropped": "fall",
    "slid": "fall", "declined": "fall", "created": "add", "added": "add",
}  # fmt: skip
QUARTERS = [
    (re.compile(r"\b(first quarter|q1|january[- ]march|january through march)\b"), " q1 "),
    (re.compile(r"\b(second quarter|q2|april[- ]june|april through june)\b"), " q2 "),
    (re.compile(r"\b(third quarter|q3|july[- ]september|july through september)\b"), " q3 "),
    (re.compile(r"\b(fourth quarter|q4|october[- ]december|october through december)\b"), " q4 "),
]
WORD = re.compile(r"[a-z][a-z'.-]*[a-z]|[a-z]")


@dataclass(frozen=True)
class Features:
    """What the scorer compares; compute once per claim with `prepare`."""

    text: str
    stems: frozenset[str]
    folded: str  # lower-case words, numbers dropped: for character n-grams and fuzzy ratios
    grams: frozenset[str]
    quantities: tuple[Quantity, ...]
    months: frozenset[int]


@dataclass(frozen=True)
class Match:
    key: object
    score: float


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    for pattern, token in QUARTERS:
        text = pattern.sub(token, text)
    return text


def _stem(word: str) -> str:
    word = word.strip("'.-")
    if word in SYNONYMS:
        return SYNONYMS[word]
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return SYNONYMS.get(word, word)


@lru_cache(maxsize=20_000)
def prepare(text: str) -> Features:
    """Features of one claim; cached, as the same earlier claims are candidates again and
    again."""
    folded_text = _fold(text)
    words = [w for w in WORD.findall(folded_text)]
    stems = frozenset(_stem(w) for w in words if w not in STOPWORDS and len(w) > 1)
    folded = " ".join(w for w in words if w not in STOPWORDS)
    padded = f" {folded} "
    grams = frozenset(padded[i : i + 4] for i in range(max(0, len(padded) - 3)))
    months = frozenset(MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in MONTHS)
    if "may" in words and not re.search(r"\bmay,? \d", folded_text):
        months = months - {5}  # "may" is usually the verb
    return Features(
        text=text,
        stems=stems,
        folded=folded,
        grams=grams,
        quantities=tuple(extract_quantities(text)),
        months=months,
    )


def _weight(stem: str) -> float:
    # Longer words carry more meaning than short ones; no corpus statistics needed, so the
    # score of a pair does not change as the archive grows.
    return min(1.0, 0.35 + len(stem) / 10)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = sum(_weight(s) for s in a & b)
    return 2 * shared / (sum(_weight(s) for s in a) + sum(_weight(s) for s in b))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _number_agreement(a: tuple[Quantity, ...], b: tuple[Quantity, ...]) -> tuple[float, bool]:
    """(share of figures found on the other side, whether a figure clashes): a clash is a figure
    of one kind on each side that the other side lacks — 3.4 % against 3.3 %, 97 homes against 88.
    Years and dates count half: "in 2018" is context, "58,320" is the fact."""

    def weight(quantity: Quantity) -> float:
        return 0.5 if quantity.kind in ("year", "date") else 1.0

    unmatched_a = [q for q in a if not any(q.agrees_with(o) for o in b)]
    unmatched_b = [q for q in b if not any(q.agrees_with(o) for o in a)]
    total = sum(weight(q) for q in a) + sum(weight(q) for q in b)
    if not total:
        return 1.0, False
    missing = sum(weight(q) for q in unmatched_a) + sum(weight(q) for q in unmatched_b)
    kinds_a = {q.kind.split(":")[0] for q in unmatched_a if q.kind not in ("year", "date")}
    kinds_b = {q.kind.split(":")[0] for q in unmatched_b if q.kind not in ("year", "date")}
    return 1 - missing / total, bool(kinds_a & kinds_b)


@lru_cache(maxsize=1)
def _fuzz():
    """rapidfuzz, loaded with the first comparison rather than at start-up."""
    from rapidfuzz import fuzz

    return fuzz


def score(a: Features, b: Features) -> float:
    """How surely `b` states the same fact as `a`, from 0 to 1 (symmetric)."""
    words = _overlap(a.stems, b.stems)
    grams = _jaccard(a.grams, b.grams)
    fuzzy = _fuzz().token_sort_ratio(a.folded, b.folded) / 100
    lexical = 0.55 * words + 0.25 * min(1.0, grams * 1.6) + 0.2 * fuzzy
    if not a.quantities and not b.quantities:
        value = lexical
    else:
        agreement, clash = _number_agreement(a.quantities, b.quantities)
        value = 0.6 * lexical + 0.4 * agreement
        if clash:
            value *= 0.6  # the same sentence with another figure is another fact
    if a.months and b.months and not a.months & b.months:
        value *= 0.85
    return round(max(0.0, min(1.0, value)), 4)


def rank(query: Features, candidates, limit: int = 5) -> list[Match]:
    """The best `limit` of (key, Features) candidates, highest score first."""
    scored = [Match(key, score(query, features)) for key, features in candidates]
    scored.sort(key=lambda match: -match.score)
    return scored[:limit]


def search_terms(text: str, limit: int = 12) -> list[str]:
    """The claim's most telling words and figures, for fetching candidates from a full-text
    index: longest content words first, plus numbers as written in digits."""
    folded = _fold(text)
    words = [w.strip("'.-") for w in WORD.findall(folded)]
    content = sorted(
        {w for w in words if w not in STOPWORDS and len(w) > 2 and "'" not in w and "." not in w},
        key=lambda w: (-len(w), w),
    )
    return content[:limit]
