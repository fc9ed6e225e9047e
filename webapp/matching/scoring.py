"""Scoring two claims 0..1: weighted word overlap, character n-grams and fuzzy token matching,
then number agreement — the same words with a different figure are a different fact."""

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from webapp.matching.numbers import MONTHS, SCALES, Quantity, extract_quantities

# A claim scoring at least this against an earlier one is shown as "checked before". Chosen on
# the tuning split of bench/matching (see docs/search.md), never on the held-out third.
CHECKED_BEFORE = 0.45
# Multipliers for two signs of a different fact, chosen on the tuning split: the figure moved
# the other way; the claims name different people, places or companies.
DIFFERENT_DIRECTION = 0.8
DIFFERENT_NAMES = 0.85
# Another named thing of the same kind: two names that share a word and each have one the
# other claim never uses ("the Palisades Fire" / "the Camp Fire", "Lyndon Johnson" / "Boris
# Johnson", "the Commerce Department" / "the Labor Department") are two things. As for another
# month (DIFFERENT_PERIOD), the factor keeps even a word-for-word copy under CHECKED_BEFORE
# ("The Dixie Fire destroyed 853 structures" / "The Creek Fire destroyed 853 structures").
# Session 41; it fires on no right match of the tuning split.
ANOTHER_OF_A_KIND = 0.4
# A place, person or body one claim is about (not its source) and the other never names, when
# the two share at most FEW_SHARED_WORDS words and no name ("The death toll from the Nepal
# earthquake has climbed to 4,455" / "The index increased 4,455"): in a large archive many
# claims hold any one figure, so a figure and a word or two are no sign of the same fact.
# Session 41, chosen on the tuning split through a 1,000,000-claim archive: ×0.8 or ×0.75
# took three right matches under the threshold for one false mark fewer, ×0.85 none.
UNNAMED_SUBJECT = 0.85
FEW_SHARED_WORDS = 2
# Names weigh more when a sum in the millions or more is what the claims share: the same
# price about other companies is another deal ("Teva ... $40.5 billion" / "Nvidia ... $40
# billion"); a wage ("$15") is shared by claims about anyone.
MONEY_OTHER_NAMES = 0.85
# One claim is about how many of something ("Twenty states still require only the federal
# $7.25") and the other neither counts nor mentions them ("The federal minimum wage has been
# $7.25 since 2009"): the shared figure is context, the count is the fact. Chosen on the
# tuning split, like the others.
ANOTHER_SUBJECT = 0.7
# A figure one claim only measures against ("set below the federal $7.25", "above the $15")
# is a yardstick, and so is one it only starts from ("raise the minimum wage from $7.25 to
# $15", "up from 135,000 in March"): when it is all the claims share, the fact is another
# (same factor). A claim that both counts something else and shares only a yardstick ("Many
# states have set their minimum wage above the federal $7.25") takes the factor twice.
FIGURE = r"[$£€¥]?\d[\d,.]*(?: ?(?:billion|million|bn|m)\b|%| ?percent\b| ?per cent\b)?"
# A rate's unit may stand between the figure and "to": "from $7.25 an hour to $15".
PER_UNIT = r"(?: (?:an?|per) (?:hour|day|week|month|year))?"
# A figure a claim compares its fact with is one too (session 25): "down slightly from the 2%
# pace in the second quarter", "revised from 3.2%", "compared with 3% a year earlier", "after
# rising 0.9% in June" — the fact is the other figure; and so is one raised to another ("raise
# the $7.25 minimum wage to $15").
YARDSTICK = re.compile(
    rf"\b(?:above|below|under|than) the (?:[a-z'-]+ ){{0,3}}({FIGURE})"
    rf"|\bfrom (?:an? |the )?({FIGURE}){PER_UNIT} to\b"
    rf"|\b(?:up|down)(?: [a-z]+ly)? from (?:an? |the )?(?:[a-z-]+ )?({FIGURE})"
    rf"|\b(?:revised|compared|compares) (?:up |down |upward |downward )?(?:from|with) "
    rf"(?:an? |the )?(?:[a-z-]+ )?({FIGURE})"
    rf"|\bafter (?:rising|falling|increasing|declining|climbing|dropping|gaining|growing"
    rf"|jumping|sliding) (?:by )?({FIGURE})"
    rf"|\b(?:rais|lift|increas|boost|doubl|hik)[a-z]* (?:the |an? |its |their )?({FIGURE})"
    rf"(?: [a-z-]+){{0,3}} to\b",
    re.IGNORECASE,
)
# What a price index measures: "the gasoline index", "the index for medical care", "core";
# the consumer price index or "all items" when a claim names the index without saying which.
# Two claims about different indexes state different facts, whatever figure they share.
INDEX_BEFORE = re.compile(r"\b((?:[a-z]+[ -]){1,2})index\b")
INDEX_AFTER = re.compile(
    r"\bindex for ((?:[a-z]+ ){0,6}?[a-z]+)(?= (?:has|have|is|was|were|rose|increased|fell"
    r"|declined|edged|rising|increasing|up|down)\b|[,.]|$)"
)
ANOTHER_INDEX = 0.6  # as much as another figure: the index is what the figure is about
INDEX_FILLER = frozenset("the a an its consumer price prices cpi of".split())
# What an economic figure measures, by the words newsrooms use for it ("the economy", "GDP",
# "output" are one; "consumer spending" another). Two claims that each name what they measure,
# and name nothing in common, state different facts whatever figure they share ("Average
# hourly pay climbed 2.7%" / "The CPI rose 2.7%"); factor ANOTHER_SUBJECT, chosen on the
# tuning split like the others.
MEASURES = [
    (name, re.compile(pattern))
    for name, pattern in [
        ("spending", r"\b(?:consumer|personal|household|government) spending\b|\bpersonal "
                     r"consumption\b|\boutlays\b"),
        ("investment", r"\binvestment\b"),
        ("exports", r"\bexports?\b"),
        ("imports", r"\bimports?\b"),
        ("wages", r"\b(?:earnings|wages?|pay|paychecks?)\b"),
        ("gdp", r"\bgdp\b|\beconomy\b|\beconomic activity\b|\boutput\b|\bgrowth\b"),
        ("prices", r"\bcpi\b|\binflation\b|\bprices?\b"),
        ("unemployment", r"\bunemploy|\bjobless"),
        ("jobs", r"\bjobs?\b|\bpayrolls?\b|\bemployment\b|\bhiring\b"),
        # what happened to the people a disaster's count counts: "at least 40,000 people
        # died" is not "42,397 people were injured", however close the figures
        ("dead", r"\b(?:dead|died|die|dies|deaths?|deadly|killed|killing|kills|fatalities"
                 r"|perished|lives|toll)\b"),
        ("injured", r"\b(?:injured|injuries|injury|hurt|wounded)\b"),
        ("missing", r"\bmissing\b|\bunaccounted\b"),
        ("evacuated", r"\bevacuat|\bforced from their homes\b"),
    ]
]  # fmt: skip
# What happened to the people a count counts (see MEASURES): died, injured, missing,
# evacuated. Another outcome is another quantity, as much as another figure of one kind.
OUTCOMES = frozenset({"dead", "injured", "missing", "evacuated"})
ANOTHER_OUTCOME = 0.6
# What economists or analysts expected is not what happened: "Analysts had predicted 190,000
# jobs" / "Employers added 177,000 jobs". A claim is a forecast when it says who expected it,
# or that the figure "was forecast to" be. Chosen on the tuning split, like the others.
FORECAST = 0.8
FORECASTS = re.compile(
    r"\b(?:economists|analysts|forecasters|consensus)\b.*\b(?:expect|expected|expecting|forecast"
    r"|forecasts|forecasted|predict|predicted|anticipated|estimate|estimated|projected)\b"
    r"|\b(?:was|were|is|are|had been) (?:forecast|expected|predicted) to\b",
    re.IGNORECASE,
)
# Both claims name a month or a quarter and none is shared, or both place the fact in a year
# ("in 2016", "the second quarter of 2016", "as of May 2018"; not "since 2014") and none is
# shared: another fact, whatever else they share. The factor keeps even a word-for-word copy
# with another month, quarter or year (a score of up to 1.0) under CHECKED_BEFORE; it was 0.85
# until session 24, when such copies were still marked ("rose 0.3% in January" / "rose 0.3%,
# the largest increase since January"). No right match of the tuning split has periods that
# differ.
YEAR_OF_FACT = re.compile(
    r"\b(?:[Ii]n|[Oo]f|[Dd]uring|[Ff]or) (?:(?:early|late|mid)[- ])?(?:[A-Z][a-z]+\.? )?"
    r"(?:\d{1,2},? )?((?:19|20)\d\d)\b"
)
DIFFERENT_PERIOD = 0.4
# The claims share a figure but not one content word ("hourly earnings rose 2.8 percent" /
# "the economy grew at a 2.8% pace"), or a figure other than a year is stated and none is
# shared ("closed the deal on July 2, 2014" / "a $2.7 billion deal"), or each states a figure
# the other lacks: whatever else they share, another fact.
NO_SHARED_WORD = 0.8
NO_SHARED_FIGURE = 0.8
DIFFERENT_FIGURES = 0.8
CONTEXT = ("year", "date")  # kinds of figure that place a fact in time rather than state it

STOPWORDS = frozenset(
    """a an the and or but of to in on at for from by with as is are was were be been being has
    have had that this these those it its their his her they he she we our you your i said says
    say told according than then there also just into about over after before up down out more
    most last first new which who whom what when where while would could should will can may
    might not no so such very any all each other some per cent percent year years week month
    annual rate pace""".split()
) | frozenset(SCALES)  # "billion", "bn", "m": part of a figure, compared as a figure
# Phrases newsrooms also write as their initials, folded to them before comparing.
ACRONYMS = [
    (re.compile(r"\bgross domestic product\b"), " gdp "),
    (re.compile(r"\bconsumer price index\b|\ball[- ]items index\b"), " cpi "),
]
# Words newsrooms use for one another, folded to one stem before comparing.
SYNONYMS = {
    "jobless": "unemploy", "joblessness": "unemploy", "unemployment": "unemploy",
    "annualised": "annual", "annualized": "annual", "annually": "annual",
    "bought": "acquir", "buy": "acquir", "buying": "acquir", "purchase": "acquir",
    "takeover": "acquir", "acquisition": "acquir", "acquired": "acquir", "acquire": "acquir",
    "died": "dead", "killed": "dead", "deaths": "dead", "death": "dead", "dies": "dead",
    "lives": "dead", "fatalities": "dead", "hurt": "injur", "injured": "injur",
    "injuries": "injur", "us": "us", "u.s.": "us", "u.s": "us", "america": "us",
    "american": "us", "uk": "britain", "u.k": "britain", "british": "britain",
    "brussels": "eu", "european": "eu",
    "gdp": "gdp", "output": "gdp", "cpi": "price", "prices": "price", "inflation": "price",
    "homes": "home", "houses": "home", "buildings": "structur", "structures": "structur",
    "blaze": "fire", "wildfire": "fire", "quake": "earthquak", "earthquake": "earthquak",
    "visitors": "visit", "visit": "visit", "employers": "employ", "payrolls": "job",
    "jobs": "job", "grew": "grow", "growth": "grow", "expanded": "grow", "rose": "rise",
    "climbed": "rise", "increased": "rise", "up": "rise", "fell": "fall", "dropped": "fall",
    "slid": "fall", "declined": "fall", "created": "add", "added": "add",
}  # fmt: skip
QUARTERS = [
    (
        re.compile(
            r"\b(first[- ]quarter|q1|january[- ]march|january through march|first three "
            r"months)\b"
        ),
        " q1 ",
    ),
    (re.compile(r"\b(second[- ]quarter|q2|april[- ]june|april through june)\b"), " q2 "),
    (re.compile(r"\b(third[- ]quarter|q3|july[- ]september|july through september)\b"), " q3 "),
    (
        re.compile(
            r"\b(fourth[- ]quarter|q4|october[- ]december|october through december|"
            r"final quarter|(?:last|final) three months of the year)\b"
        ),
        " q4 ",
    ),
]
QUARTER_TOKEN = re.compile(r" q([1-4]) ")
WORD = re.compile(r"[a-z][a-z'.-]*[a-z]|[a-z]")
# Which way a figure moved. Only unambiguous verbs: "up" and "down" also mean "up to" and
# "down from", and "grew" / "slowed" describe growth rates that may still be positive.
RISE = frozenset(
    "rise rises rising risen rose climb climbs climbed climbing increase increases increased "
    "increasing jump jumps jumped jumping surge surged surges soared higher".split()
)
FALL = frozenset(
    "fall falls falling fallen fell drop drops dropped dropping slid slide slides slipped "
    "decline declines declined declining decrease decreases decreased plunged lower".split()
)
# Proper names: a capitalised word (or hyphenated part) after a sentence's first word.
CAPITALISED = re.compile(r"(?<![\w'])([A-Z][A-Za-z&'.]*[A-Za-z]|[A-Z])")
SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201c(]\s+|^[\"\u201c(])([A-Z][A-Za-z&'.]*)")
# A run of capitalised words ("Bureau of Labor Statistics"): its initials stand for its acronym.
NAME_RUN = re.compile(r"[A-Z][\w&'.-]*(?:\s+(?:(?:of|and|for|the|on)\s+)?[A-Z][\w&'.-]*)+")
# Who gives a fact is not what it is about: a clause that names its source ("according to the
# Office for National Statistics", "..., the Labor Department said", "Interior minister Aftab
# Khan Sherpao said ...", "Cal Fire's list reported that ..."). Names found only there are
# the source's, not the subject's: another outlet may quote someone else, or no one.
SAYING = (  # not "states": "Twenty states ..." counts states
    r"(?:said|says|say|told|tells|reported|reports|estimated|estimates|announced|announces"
    r"|wrote|writes|claimed|claims|insisted|insists)"
)
ATTRIBUTION = re.compile(
    rf"\b[Aa]ccording to [^,;:.]*|(?:^|(?<=[,;:\u2014]))[^,;:\u2014]{{0,80}}?\b{SAYING}\b"
)
# Words that say what someone is, not who: "President Trump" and "Donald Trump" are one man.
TITLES = frozenset(
    "president prime minister dr mr mrs ms sir governor gov senator sen rep representative "
    "secretary chancellor mayor general gen jr sr".split()
)
# A sentence opening with a count of something: "Twenty states", "Many states and",
# "More than 14,000 firefighters", "Only 13 of the states". Group 2 is the counted noun
# (a plural; "is", "was", "has", "pays" are verbs ending in s). A span of time ("Four years
# prior, Softbank had purchased Arm ...") says when, not how many (session 25).
COUNT_WORDS = (
    r"\d[\d,.]*(?: (?:hundred|thousand|million|billion))?|many|most|several|few|all|both|"
    r"dozens|hundreds|thousands|millions|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)(?:-[a-z]+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen"
)
OPENING_COUNT = re.compile(
    r"^(?:only |just |some |about |nearly |almost |more than |at least |over )?"
    rf"({COUNT_WORDS})(?: of (?:the|its|their|these))?(?: [a-z-]+)? "
    r"(?!(?:is|was|has|does|says|pays|gets|makes|sees|goes|stays|remains)\b)"
    r"(?!(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b)([a-z]+s)\b",
    re.IGNORECASE,
)
# A month named as a point of comparison: "since January", "since Dec. 1969", "since Aug. 15".
SINCE_MONTH = re.compile(r"\bsince ([a-z]{3,9})\b\.?")
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun".split()
)


@dataclass(frozen=True)
class Features:
    """What the scorer compares; compute once per claim with `prepare`."""

    text: str
    stems: frozenset[str]
    folded: str  # lower-case words, numbers dropped: for character n-grams and fuzzy ratios
    grams: frozenset[str]
    quantities: tuple[Quantity, ...]
    months: frozenset[int]  # the months it places its fact in
    names: frozenset[str] = frozenset()  # stems of proper names: who and where
    direction: str = ""  # "rise" or "fall" when the claim says which way a figure moved
    # 1..4 for "second quarter", "Q2", "April-June", and the quarters its months fall in
    quarters: frozenset[int] = frozenset()
    years: frozenset[int] = frozenset()  # the years it places its fact in (see YEAR_OF_FACT)
    # the stem of what an opening count counts ("Twenty states ..." -> "stat"), and the
    # count's figures, if the claim opens with one
    counted_subject: str = ""
    subject_count: tuple[Quantity, ...] = ()
    yardsticks: tuple[Quantity, ...] = ()  # figures only measured against or started from
    sums: tuple[Quantity, ...] = ()  # sums of money of a million or more
    indexes: frozenset[str] = frozenset()  # what the price indexes it names measure
    forecast: bool = False  # says what economists expected rather than what happened
    measures: frozenset[str] = frozenset()  # what its economic figures measure (see MEASURES)
    opening: str = ""  # the first word, folded: a name there is not among `names`
    since_months: frozenset[int] = frozenset()  # "the largest since January": before the fact
    # the initials of its runs of capitalised words with the stems of the run's words,
    # ("cbo", {"congressional", "budget", "office"}): see `_with_initials`
    initials: tuple[tuple[str, frozenset[str]], ...] = ()
    # names outside a clause naming the claim's source (see ATTRIBUTION): what it is about
    subjects: frozenset[str] = frozenset()
    # the stems of each run of two capitalised words or more of those ("Camp Fire" ->
    # {"camp", "fire"}), titles left out: named things, compared by `_another_of_a_kind`
    runs: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True)
class Match:
    key: object
    score: float


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    for pattern, token in QUARTERS + ACRONYMS:
        text = pattern.sub(token, text)
    return text


@lru_cache(maxsize=50_000)
def _fold_word(word: str) -> str:
    """_fold of one word: names come back claim after claim."""
    return _fold(word)


@lru_cache(maxsize=50_000)
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


# About 12 KB a claim (its 4-grams most): 20,000 entries, as until session 29, took a worker
# to some 340 MB. Earlier claims' features are now read from storage (claim_features), so the
# cache serves the claims being matched and candidates stored without features.
@lru_cache(maxsize=4_096)
def prepare(text: str) -> Features:
    """Features of one claim; cached, as the same claims are prepared again and again (a
    claim being matched, candidates whose features are not stored)."""
    folded_text = _fold(text)
    words = [w for w in WORD.findall(folded_text)]
    stems = frozenset(_stem(w) for w in words if w not in STOPWORDS and len(w) > 1)
    folded = " ".join(w for w in words if w not in STOPWORDS)
    grams = _grams(folded)
    months = frozenset(MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in MONTHS)
    if "may" in words and not re.search(r"\bmay,? \d", folded_text):
        months = months - {5}  # "may" is usually the verb
    # "the largest increase since January", "the lowest since December 2000": a point of
    # comparison, before the fact, so not its period (and a month the fact is not in).
    since = frozenset(
        MONTHS[m] for m in SINCE_MONTH.findall(folded_text) if m in MONTHS and m != "may"
    )
    if since:
        stated = [MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in MONTHS]
        months = frozenset(m for m in months if stated.count(m) > _since_count(folded_text, m))
    moves = {"rise" for w in words if w in RISE} | {"fall" for w in words if w in FALL}
    quarters = frozenset(int(q) for q in QUARTER_TOKEN.findall(folded_text)) | {
        (month - 1) // 3 + 1 for month in months
    }
    opening = OPENING_COUNT.match(unicodedata.normalize("NFKC", text))
    initials = _initials(unicodedata.normalize("NFKC", text).replace("\u2019", "'"))
    subject_text = _without_sources(text)
    quantities = tuple(extract_quantities(text))
    return Features(
        text=text,
        stems=stems,
        folded=folded,
        grams=grams,
        quantities=quantities,
        months=months,
        since_months=since,
        names=_names(text, initials),
        direction=moves.pop() if len(moves) == 1 else "",
        quarters=quarters,
        years=frozenset(int(year) for year in YEAR_OF_FACT.findall(text)),
        counted_subject=_stem(opening.group(2).lower()) if opening else "",
        subject_count=tuple(extract_quantities(opening.group(1))) if opening else (),
        sums=_sums(quantities),
        yardsticks=tuple(
            q
            for m in YARDSTICK.finditer(text)
            for q in extract_quantities(next(group for group in m.groups() if group))
        ),
        indexes=_indexes(folded_text, words),
        forecast=bool(FORECASTS.search(text)),
        measures=frozenset(name for name, pattern in MEASURES if pattern.search(folded_text)),
        opening=(folded_text.split(maxsplit=1) or [""])[0].strip("'\".,:;(\u201c"),
        initials=initials,
        subjects=_names(subject_text, ()) - TITLES,
        runs=_runs(subject_text),
    )


def _grams(folded: str) -> frozenset[str]:
    """The character 4-grams of the folded words, the text's ends counted as spaces."""
    padded = f" {folded} "
    # zip of the text and its shifts: a third of the time of slicing each gram out
    return frozenset(map("".join, zip(padded, padded[1:], padded[2:], padded[3:], strict=False)))


def _sums(quantities: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    return tuple(q for q in quantities if q.kind.startswith("money") and q.value >= 1e6)


# The stored form of Features (`to_stored` / `from_stored`): what `prepare` reads from the text,
# by short keys, empty values left out; the n-grams and sums of money are derived again
# (cheaply) instead of stored. Bump FEATURES_VERSION whenever `prepare` reads a text otherwise:
# features stored by an older version are then prepared again, never compared as they are
# (tests/search/test_matching_package.py pins the version to what `prepare` gives).
FEATURES_VERSION = 2
_SETS = {"s": "stems", "m": "months", "n": "names", "q4": "quarters", "y": "years",
         "i": "indexes", "me": "measures", "sm": "since_months", "sb": "subjects"}  # fmt: skip
_FIGURES = {"q": "quantities", "sc": "subject_count", "ya": "yardsticks"}
_TEXTS = {"f": "folded", "d": "direction", "cs": "counted_subject", "o": "opening"}


def to_stored(features: Features) -> str:
    """The features as compact JSON, to be stored beside the claim (see FEATURES_VERSION)."""
    data: dict = {}
    for key, name in _SETS.items():
        if value := getattr(features, name):
            data[key] = sorted(value)
    for key, name in _FIGURES.items():
        if value := getattr(features, name):
            data[key] = [[q.value, q.kind, q.approximate, q.counted] for q in value]
    for key, name in _TEXTS.items():
        if value := getattr(features, name):
            data[key] = value
    if features.forecast:
        data["fc"] = True
    if features.initials:
        data["in"] = [[letters, sorted(stems)] for letters, stems in features.initials]
    if features.runs:
        data["ru"] = [sorted(run) for run in features.runs]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def from_stored(text: str, stored: str) -> Features:
    """The features `prepare(text)` gives, from `to_stored`'s JSON of them: about a tenth of
    `prepare`'s time (most of which is reading figures, names and dates out of the text)."""
    data = json.loads(stored)
    values: dict = {name: frozenset(data.get(key, ())) for key, name in _SETS.items()}
    for key, name in _FIGURES.items():
        values[name] = tuple(Quantity(*q) for q in data.get(key, ()))
    for key, name in _TEXTS.items():
        values[name] = data.get(key, "")
    folded = values["folded"]
    return Features(
        text=text,
        grams=_grams(folded),
        sums=_sums(values["quantities"]),
        forecast=data.get("fc", False),
        initials=tuple((letters, frozenset(stems)) for letters, stems in data.get("in", ())),
        runs=tuple(frozenset(run) for run in data.get("ru", ())),
        **values,
    )


def _since_count(folded_text: str, month: int) -> int:
    """How many times the text names `month` right after "since"."""
    return sum(MONTHS.get(m) == month for m in SINCE_MONTH.findall(folded_text))


def _indexes(folded_text: str, words: list[str]) -> frozenset[str]:
    """What the price indexes a claim names measure: "gasoline", "medical care", "core",
    "all items" (see INDEX_BEFORE)."""
    found = set()
    if "index" in folded_text:  # both patterns need the word; most claims name no index
        for match in INDEX_BEFORE.finditer(folded_text):
            kept = []  # the words right before "index", back to the first filler ("the", "price")
            for word in reversed(re.split(r"[ -]", match.group(1).strip())):
                if word in INDEX_FILLER:
                    break
                kept.insert(0, word)
            if kept:
                found.add(" ".join(kept))
        found.update(match.group(1) for match in INDEX_AFTER.finditer(folded_text))
    if "core" in words or any(name.startswith("all items less") for name in found):
        found = {name for name in found if not name.startswith("all items")} | {"core"}
    elif not found and any(w == "cpi" or w.startswith("cpi-") for w in words):
        found.add("all items")
    return frozenset(found)


def _names(text: str, initials: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Stems of the capitalised words that are not a sentence's first word, a month or a
    weekday, and the initials of runs of them: the people, places and bodies a claim is
    about."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    starts = {match.start(1) for match in SENTENCE_START.finditer(text)}
    names = set()
    for match in CAPITALISED.finditer(text):
        word = _fold_word(match.group(1)).strip("'")
        word = word if word in SYNONYMS else word.strip(".")
        if word.endswith("'s"):  # "Monday's" is a weekday too
            word = word[:-2]
        if match.start(1) in starts or word in MONTHS or word in WEEKDAYS:
            continue
        if len(word) > 1 and word not in STOPWORDS:  # not "Q" of "Q3" or "U" of "CPI-U"
            names.add(SYNONYMS.get(word, word))
    # "Congressional Budget Office" also names the CBO
    names.update(letters for letters, _ in initials)
    return frozenset(names)


def _initials(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The initials of each run of capitalised words, of three letters or more, with the
    stems of its words: "Bureau of Labor Statistics" -> ("bls", {"bureau", "labor", ...})."""
    found = []
    for run in NAME_RUN.finditer(text):
        words = run.group(0).split()
        if words[0] in ("The", "A", "An"):  # a sentence's first word: "The Labor Department"
            words = words[1:]
        initials = "".join(word[0] for word in words if word[0].isupper())
        if len(initials) >= 3:
            stems = frozenset(_stem(_fold_word(word)) for word in words if word[0].isupper())
            found.append((initials.lower(), stems))
    return tuple(found)


def _without_sources(text: str) -> str:
    """The text with each clause naming its source blanked (see ATTRIBUTION), positions
    kept, so that a sentence's first word is still known as such."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    return ATTRIBUTION.sub(lambda match: " " * len(match.group(0)), text)


def _runs(text: str) -> tuple[frozenset[str], ...]:
    """The stems of each run of capitalised words that names a thing with two words or more,
    a sentence's first word, titles, months and weekdays left out: "the Camp Fire" -> {"camp",
    "fire"}; "In Muzaffarabad" is one word, "Keeping Britain" too."""
    starts = {match.start(1) for match in SENTENCE_START.finditer(text)}
    found = []
    for run in NAME_RUN.finditer(text):
        stems = set()
        for word in re.finditer(r"\S+", run.group(0)):
            folded = _fold_word(word.group(0)).strip("'.")
            if run.start() + word.start() in starts or not word.group(0)[0].isupper():
                continue
            folded = folded[:-2] if folded.endswith("'s") else folded
            if folded not in STOPWORDS and folded not in MONTHS and folded not in WEEKDAYS:
                stems.add(_stem(folded))
        stems -= TITLES
        if len(stems) >= 2:
            found.append(frozenset(stems))
    return tuple(found)


def _with_initials(a: Features, b: Features) -> frozenset[str]:
    """`a`'s stems, with a name it writes out that `b` writes as its initials taken as those
    initials: "the Congressional Budget Office estimates" / "the CBO says" (session 25)."""
    stems = a.stems
    for initials, words in a.initials:
        if initials in b.stems:
            stems = (stems - words) | {initials}
    return stems


def _names_differ(a: Features, b: Features) -> bool:
    """Both claims name someone or somewhere, and neither names anyone the other mentions:
    "Sprint merged with Nextel" is not "AMD agreed to buy Xilinx", whatever the figure.
    A name counts as mentioned if a name of the other claim, or the word opening it, starts
    with its first five letters ("Pakistan" / "Pakistani"); the same word uncapitalised does
    not count: "the Camp Fire" is not mentioned by "the Woolsey fire"."""
    if not a.names or not b.names:
        return False
    words_a, words_b = _naming_words(a), _naming_words(b)
    return not any(_named(name, words_b) for name in a.names) and not any(
        _named(name, words_a) for name in b.names
    )


def _naming_words(other: Features) -> frozenset[str]:
    """The words with which a claim may name something: its names and its opening word."""
    return other.names | {other.opening}


def _named(name: str, words: frozenset[str]) -> bool:
    """Whether one of these words names `name`: it starts with the name's first five letters
    ("Pakistan" / "Pakistani"; see `_names_differ`)."""
    return any(word.startswith(name[:5]) for word in words)


def _another_of_a_kind(a: Features, b: Features) -> bool:
    """A thing `a` names and one `b` names share a word, and each has a word the other claim
    never uses: "the Palisades Fire" / "the Camp Fire" (not "Fire" alone, not "Royal Dutch
    Shell" / "Shell", not "President Trump" / "Donald Trump")."""
    for run_a in a.runs:
        for run_b in b.runs:
            if run_a & run_b and run_a - b.stems - b.names and run_b - a.stems - a.names:
                return True
    return False


def _unnamed_subject(a: Features, b: Features) -> bool:
    """`a` is about a place, person or body (not its source) that `b` never names."""
    words = _naming_words(b)
    return any(not _named(name, words) for name in a.subjects)


def _counts_another_subject(a: Features, b: Features) -> bool:
    """`a` opens with a count of something ("Twenty states", "Many states") that `b` neither
    states as a figure nor mentions: `a` is about how many, `b` about something else."""
    if not a.counted_subject or a.counted_subject in b.stems:
        return False
    return not any(q.agrees_with(o) for q in a.subject_count for o in b.quantities)


def _shares_a_sum(a: Features, b: Features) -> bool:
    """The claims share a sum of money of a million or more: the price of a deal, a budget."""
    return any(q.agrees_with(o) for q in a.sums for o in b.sums)


def _shares_only_a_yardstick(a: Features, b: Features) -> bool:
    """Every figure (not a year or date) the claims share is one `a` only measures against."""
    if not a.yardsticks:
        return False
    shared = [
        q
        for q in a.quantities
        if q.kind not in CONTEXT and any(q.agrees_with(o) for o in b.quantities)
    ]
    return bool(shared) and all(any(q.agrees_with(y) for y in a.yardsticks) for q in shared)


def _periods_differ(a: Features, b: Features) -> bool:
    """Both claims name a month, or both a quarter, or both a year, and they share none. A
    month and a quarter are compared by the quarter the month falls in ("in June" / "second
    quarter"). A month one claim names after "since" is before its fact: the other claim's
    fact in that month is another ("rose 0.3% in January" / "rose 0.3%, the largest increase
    since January")."""
    if a.years and b.years and a.years.isdisjoint(b.years):
        return True
    if not a.months & b.months and (a.months & b.since_months or b.months & a.since_months):
        return True
    if a.months and b.months:
        return not a.months & b.months
    return bool(a.quarters and b.quarters and a.quarters.isdisjoint(b.quarters))


def _overlap(a: frozenset[str], b: frozenset[str], shared: frozenset[str]) -> float:
    # Longer words carry more meaning than short ones (a stem weighs 0.35 + a tenth of its
    # length, at most 1); no corpus statistics needed, so the score of a pair does not change
    # as the archive grows. Written out rather than a function per stem: a sixth of `score`.
    if not shared:
        return 0.0
    common = sum(min(1.0, 0.35 + len(s) / 10) for s in shared)
    total_a = sum(min(1.0, 0.35 + len(s) / 10) for s in a)
    return 2 * common / (total_a + sum(min(1.0, 0.35 + len(s) / 10) for s in b))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)  # the union's size, without building it


@dataclass(frozen=True)
class FigureComparison:
    """How the figures of two claims compare (see `_compare_figures`)."""

    agreement: float  # share of figures found on the other side, years and dates at half
    clash: bool  # a figure of one kind on each side that the other lacks: 3.4 % / 3.3 %
    different: bool  # each side has a figure (not a year or date) the other lacks
    unshared: bool  # a figure other than a year or date is stated, and none is shared


def _compare_figures(a: tuple[Quantity, ...], b: tuple[Quantity, ...]) -> FigureComparison:
    """Years and dates count half and are never the fact on their own: "in 2018" is context,
    "58,320" is the fact; "since 2009" shared does not make "$7.25" shared."""

    def weight(quantity: Quantity) -> float:
        return 0.5 if quantity.kind in CONTEXT else 1.0

    # Agreement is symmetric: each pair is compared once.
    agree = [[q.agrees_with(o) for o in b] for q in a]
    unmatched_a = [q for q, row in zip(a, agree, strict=True) if not any(row)]
    unmatched_b = [o for n, o in enumerate(b) if not any(row[n] for row in agree)]
    total = sum(weight(q) for q in a) + sum(weight(q) for q in b)
    if not total:
        return FigureComparison(1.0, False, False, False)
    missing = sum(weight(q) for q in unmatched_a) + sum(weight(q) for q in unmatched_b)
    kinds_a = {q.kind.split(":")[0] for q in unmatched_a if q.kind not in CONTEXT}
    kinds_b = {q.kind.split(":")[0] for q in unmatched_b if q.kind not in CONTEXT}
    figures_a = sum(q.kind not in CONTEXT for q in a)
    figures_b = sum(q.kind not in CONTEXT for q in b)
    lacking_a = sum(q.kind not in CONTEXT for q in unmatched_a)
    return FigureComparison(
        agreement=1 - missing / total,
        clash=bool(kinds_a & kinds_b),
        different=bool(kinds_a and kinds_b),
        unshared=bool(figures_a or figures_b) and figures_a == lacking_a,
    )


@lru_cache(maxsize=1)
def _fuzz():
    """rapidfuzz, loaded with the first comparison rather than at start-up."""
    from rapidfuzz import fuzz

    return fuzz


def score(a: Features, b: Features) -> float:
    """How surely `b` states the same fact as `a`, from 0 to 1 (symmetric)."""
    stems_a, stems_b = _with_initials(a, b), _with_initials(b, a)
    shared = stems_a & stems_b
    words = _overlap(stems_a, stems_b, shared)
    grams = _jaccard(a.grams, b.grams)
    fuzzy = _fuzz().token_sort_ratio(a.folded, b.folded) / 100
    lexical = 0.55 * words + 0.25 * min(1.0, grams * 1.6) + 0.2 * fuzzy
    if not a.quantities and not b.quantities:
        value = lexical
    else:
        figures = _compare_figures(a.quantities, b.quantities)
        value = 0.6 * lexical + 0.4 * figures.agreement
        if figures.clash:
            value *= 0.6  # the same sentence with another figure is another fact
        elif figures.different:
            value *= DIFFERENT_FIGURES  # "$54 billion" / "17 million workers", both with "$15"
        if figures.unshared:
            value *= NO_SHARED_FIGURE
    if not shared:
        value *= NO_SHARED_WORD  # a figure alone does not make the same fact
    if _periods_differ(a, b):
        value *= DIFFERENT_PERIOD  # "in the second quarter" is not "in the third quarter"
    if a.direction and b.direction and a.direction != b.direction:
        value *= DIFFERENT_DIRECTION  # "rose to 4.0 %" is not "fell to 3.9 %"
    if a.forecast != b.forecast:
        value *= FORECAST  # what was expected is not what happened
    value *= _names_factor(a, b, shared)
    value *= _another_subject(a, b)
    return round(max(0.0, min(1.0, value)), 4)


def _names_factor(a: Features, b: Features, shared: frozenset[str]) -> float:
    """The factor for what the claims' names say: other companies or places, another named
    thing of the same kind, or a subject one claim names and the other never does while they
    share little else (session 41)."""
    factor = 1.0
    if _names_differ(a, b):
        factor *= DIFFERENT_NAMES  # the same template about another company or place
        if _shares_a_sum(a, b):
            factor *= MONEY_OTHER_NAMES
    if _another_of_a_kind(a, b):
        factor *= ANOTHER_OF_A_KIND  # "the Palisades Fire" / "the Camp Fire"
    if (
        len(shared) <= FEW_SHARED_WORDS
        and shared.isdisjoint(a.names | b.names)
        and (_unnamed_subject(a, b) or _unnamed_subject(b, a))
    ):
        factor *= UNNAMED_SUBJECT  # "the Nepal earthquake ... 4,455" / "index increased 4,455"
    return factor


def _another_subject(a: Features, b: Features) -> float:
    """The factor for a shared figure that is about something else in one of the claims: a
    count of another thing, a yardstick or starting point (each a sign of its own, so both
    count), or else another price index or measure."""
    counts = _counts_another_subject(a, b) or _counts_another_subject(b, a)
    yardstick = _shares_only_a_yardstick(a, b) or _shares_only_a_yardstick(b, a)
    if counts or yardstick:
        return ANOTHER_SUBJECT ** (counts + yardstick)
    if a.indexes and b.indexes and a.indexes.isdisjoint(b.indexes):
        return ANOTHER_INDEX  # "the medical care index rose 0.2 %" / "the CPI rose 0.2 %"
    if a.measures and b.measures and a.measures.isdisjoint(b.measures):
        if a.measures & OUTCOMES and b.measures & OUTCOMES:
            return ANOTHER_OUTCOME  # "40,000 people died" / "41,800 people were injured"
        return ANOTHER_SUBJECT  # "hourly pay climbed 2.7 %" / "the CPI rose 2.7 %"
    return 1.0


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
