"""Numbers as newsrooms write them: "58,114", "58 114", "more than 58,000", "$1.2bn",
"1.2 billion dollars", "half a percent", "five-point-two percent", "114 thousand", dates."""

import re
from dataclasses import dataclass
from functools import lru_cache

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
    "mln": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
ABOVE = ("more than", "over", "at least", "just over", "upwards of", "in excess of")
BELOW = (
    "nearly",
    "almost",
    "close to",
    "as many as",
    "just under",
    "fewer than",
    "less than",
    "under",
)
# "up to £60bn" is the ceiling of an estimate, not a rounding of a figure near it: it
# covers £60bn written otherwise, never £58bn.
CEILING = ("up to",)
ABOUT = ("about", "some", "roughly", "around", "approximately", "an estimated")
CURRENCY_SYMBOLS = {"$": "usd", "£": "gbp", "€": "eur", "¥": "jpy"}
# Dollars of other countries, written with their letters before the sign ("US$47 billion",
# "A$2bn"): "US$" is the dollar, the others are not.
DOLLAR_PREFIXES = {"us": "usd", "a": "aud", "au": "aud", "c": "cad", "ca": "cad", "nz": "nzd",
                   "hk": "hkd", "s": "sgd"}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "usd", "dollars": "usd", "pound": "gbp", "pounds": "gbp", "sterling": "gbp",
    "euro": "eur", "euros": "eur", "yen": "jpy", "usd": "usd", "gbp": "gbp", "eur": "eur",
}  # fmt: skip
PERCENT_WORDS = ("%", "percent", "per cent", "pct", "percentage points", "percentage point")
# What a plain count counts, by the noun after it: "18,800 structures" and "about 19,000
# people" are not one figure, however close. Nouns of one class stand for one another
# ("1.3m jobs" / "1.3 million workers would lose their jobs").
COUNTED = {
    **dict.fromkeys(
        "people person persons residents resident workers worker employees employee americans "
        "civilians visitors visitor men women children bikers attendees victims soldiers "
        "troops firefighters jobs job adults families households customers users".split(),
        "people",
    ),
    **dict.fromkeys(
        "homes home houses house structures structure buildings building residences "
        "residence properties dwellings".split(),
        "buildings",
    ),
    **dict.fromkeys("acres acre hectares hectare square".split(), "area"),
}  # fmt: skip
# Words that may stand between a count and its noun ("600,000 more people").
COUNTED_SKIP = frozenset("more other additional new extra confirmed of the".split())

NUMERAL = re.compile(
    r"(?<![\w.])(?:(?P<prefix>us|au|ca|nz|hk|a|c|s)(?=\$))?(?P<cur>[$£€¥])?\s?"
    r"(?P<num>\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>trillion|billion|million|thousand|hundred|bn|mn|mln|tn|k|m|b)(?![a-z]))?",
    re.IGNORECASE,
)
WORD_NUMBER = re.compile(
    r"\b(?P<words>(?:(?:a(?= (?:hundred|thousand|million|billion|trillion)\b)|"
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"(?:[- ]point[- ](?:zero|one|two|three|four|five|six|seven|eight|nine))?)"
    r"(?:[- ](?P<scale>hundred|thousand|million|billion|trillion|tenths?))?\b",
    re.IGNORECASE,
)
HALF = re.compile(
    r"\b(?:a |one )?(?P<scale>million|billion)[- ]and[- ]a[- ]half\b|\bhalf (?:a|of one) "
    r"(?P<unit>percent|per cent|percentage point|million|billion)\b",
    re.IGNORECASE,
)
DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[a-z]{3,9})\.?,?\s+(?P<y1>\d{4})"
    r"|(?P<m2>[a-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    r"|(?P<m4>[a-z]{3,9})\.?\s+(?P<y4>\d{4}))\b",
    re.IGNORECASE,
)


_NUMBER_WORDS = (set(SMALL) - {"a", "an"}) | {"half", "hundred", "thousand", "million", "billion"}


@dataclass(frozen=True)
class Quantity:
    """One number in a claim: its value, what it counts (percent, money in a currency, a
    year, or a plain count), and whether the text hedges it ("more than 58,000")."""

    value: float
    kind: str  # "percent", "money:<currency>", "year", "date" (yyyymmdd), "count"
    approximate: str | bool = False  # "above", "below", "ceiling", True (about) or False
    counted: str = ""  # for a count: "people", "buildings", "area" (see COUNTED) or ""

    def agrees_with(self, other: "Quantity") -> bool:
        if "date" in (self.kind, other.kind):
            if {self.kind, other.kind} <= {"date", "year"}:
                return _year(self) == _year(other) and (
                    self.kind != other.kind or self.value == other.value
                )
            return False
        # Neither is a date: figures more than 11 % apart never agree (one covers the other
        # within 10 % at most), and most figures compared are far apart.
        if abs(self.value - other.value) > 0.11 * max(abs(self.value), abs(other.value)) + 1e-6:
            return False
        if not _kinds_compatible(self.kind, other.kind):
            return False
        if self.counted and other.counted and self.counted != other.counted:
            return False
        # A currency may be dropped in one wording ("350 million a week" / "£350 million"),
        # but a count that says what it counts ("40,000 people") never stands for a sum.
        if (self.counted and other.kind.startswith("money")) or (
            other.counted and self.kind.startswith("money")
        ):
            return False
        if _close(self.value, other.value, 1e-6):
            return True
        return self._covers(other) or other._covers(self)

    def _covers(self, other: "Quantity") -> bool:
        """Whether this figure, as written, includes the other: "58,000" or "more than
        58,000" covers 58,320; "$111.8bn" covers $111.79bn; "at least 330" does not cover 360."""
        unit = _unit(self.value)
        if self.approximate == "ceiling" or _unit(other.value) >= unit:
            return False
        # A single significant digit ("about 1,000", "£400m") is not a licence for any
        # neighbour: rounding may move a figure 3 %, a "more than" / "nearly" 10 %.
        half = min(unit / 2, 0.03 * abs(self.value))
        reach = min(unit, 0.1 * abs(self.value))
        low, high = self.value - half, self.value + half
        if self.approximate == "above":
            low, high = self.value, self.value + reach
        elif self.approximate == "below":
            low, high = self.value - reach, self.value
        return low - 1e-9 <= other.value <= high + 1e-9


@lru_cache(maxsize=65_536)
def _unit(value: float) -> float:
    """The place of the last significant digit: 58,000 -> 1,000; 111.8e9 -> 1e8; 3.9 -> 0.1."""
    text = f"{abs(value):.6f}".rstrip("0").rstrip(".")
    if "." in text:
        return 10.0 ** -len(text.split(".")[1])
    return 10.0 ** (len(text) - len(text.rstrip("0")))


def _year(quantity: Quantity) -> int:
    return int(quantity.value // 10000) if quantity.kind == "date" else int(quantity.value)


def _kinds_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith("money:") and b.startswith("money:"):
        return False  # dollars are not pounds
    # A currency may be dropped in one wording ("350 million a week" / "£350 million").
    return {a.split(":")[0], b.split(":")[0]} <= {"money", "count"}


def _close(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)


def _parse_numeral(raw: str) -> float:
    return float(re.sub(r"[,\s\u00a0\u202f]", "", raw))


def _hedged(text: str, start: int) -> str | bool:
    """ "above" for "more than 58,000", "below" for "nearly 30,000", "ceiling" for "up to
    £60bn", True for "about", else False."""
    before = " " + text[max(0, start - 24) : start].lower().rstrip(" $£€¥")
    for endings, answer in _HEDGE_ENDINGS:
        if before.endswith(endings):
            return answer
    return False


# Each hedge's words as the endings `_hedged` looks for, built once.
_HEDGE_ENDINGS = tuple(
    (tuple(" " + word for word in words), answer)
    for words, answer in ((ABOVE, "above"), (BELOW, "below"), (CEILING, "ceiling"), (ABOUT, True))
)


def _kind_after(text: str, end: int, currency: str | None) -> str:
    after = text[end : end + 22].lower().lstrip()
    if after.startswith(PERCENT_WORDS):
        return "percent"
    if currency:
        return f"money:{currency}"
    first = re.match(r"[a-z]+", after)
    if first and first.group(0) in CURRENCY_WORDS:
        return f"money:{CURRENCY_WORDS[first.group(0)]}"
    return "count"


def _counted_after(text: str, end: int) -> str:
    """The class of the noun a count counts ("people", "buildings", "area"), or ""."""
    for word in re.findall(r"[a-z]+", text[end : end + 40].lower())[:3]:
        if word in COUNTED:
            return COUNTED[word]
        if word not in COUNTED_SKIP:
            break
    return ""


def extract_quantities(text: str) -> list[Quantity]:
    """Every number in the text, normalised, in order of appearance (dates' years included)."""
    scan = _QuantityScan(text)
    if not scan.has_digits and not scan.words & _NUMBER_WORDS:
        return []
    if scan.has_year:
        scan.dates()
    if "half" in scan.words:
        scan.halves()
    if scan.has_digits:
        scan.numerals()
    if scan.words & _NUMBER_WORDS:
        scan.word_numbers()
    return [quantity for _, quantity in sorted(scan.found, key=lambda item: item[0])]


_DIGIT = re.compile(r"\d")
# Every way DATE writes a date has a year of four digits: without four digits in a row, no
# date (the DATE pattern itself is a slow scan of every word).
_FOUR_DIGITS = re.compile(r"\d{4}")


class _QuantityScan:
    """One pass per kind of number over a text; a span read as one kind is not read again."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = set(re.findall(r"[a-z]+", text.lower()))
        self.has_digits = _DIGIT.search(text) is not None
        self.has_year = self.has_digits and _FOUR_DIGITS.search(text) is not None
        self.found: list[tuple[int, Quantity]] = []
        self.taken: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.taken)

    def add(self, span: tuple[int, int], quantity: Quantity) -> None:
        self.taken.append(span)
        self.found.append((span[0], quantity))

    def dates(self) -> None:
        for match in DATE.finditer(self.text):
            month = match.group("m1") or match.group("m2") or match.group("m4")
            if month is not None and month.lower().rstrip(".") not in MONTHS:
                continue
            year = int(
                match.group("y1") or match.group("y2") or match.group("y3") or match.group("y4")
            )
            day = match.group("d1") or match.group("d2") or match.group("d3")
            if day and month:
                value = year * 10000 + MONTHS[month.lower().rstrip(".")] * 100 + int(day)
                quantity = Quantity(float(value), "date")
            elif day:
                value = year * 10000 + int(match.group("m3")) * 100 + int(day)
                quantity = Quantity(float(value), "date")
            else:
                quantity = Quantity(float(year), "year")
            self.add(match.span(), quantity)

    def halves(self) -> None:
        for match in HALF.finditer(self.text):
            if not self.free(*match.span()):
                continue
            hedged = _hedged(self.text, match.start())
            if match.group("scale"):
                value, kind = 1.5 * SCALES[match.group("scale").lower()], "count"
            else:
                unit = match.group("unit").lower()
                value, kind = (0.5, "percent") if "per" in unit else (0.5 * SCALES[unit], "count")
            counted = _counted_after(self.text, match.end()) if kind == "count" else ""
            self.add(match.span(), Quantity(value, kind, hedged, counted))

    def numerals(self) -> None:
        text = self.text
        for match in NUMERAL.finditer(text):
            if not self.free(*match.span()):
                continue
            raw = match.group("num")
            value = _parse_numeral(raw)
            scale = (match.group("scale") or "").lower()
            end = match.end()
            if scale in ("m", "b", "k") and not (
                match.group("cur") or raw.replace(".", "").isdigit()
            ):
                scale = ""
            if scale:
                value *= SCALES[scale]
            # "2017-18", "2024-25": a span of years; keep the first.
            if re.match(r"-\d{2}\b", text[end : end + 3]):
                end += 3
            currency = CURRENCY_SYMBOLS.get(match.group("cur") or "")
            if match.group("prefix"):
                currency = DOLLAR_PREFIXES[match.group("prefix").lower()]
            kind = _kind_after(text, end, currency)
            if kind == "count" and not scale and 1800 <= value <= 2100:
                kind = "year" if re.fullmatch(r"\d{4}", raw) else kind
            counted = _counted_after(text, end) if kind == "count" else ""
            hedged = _hedged(text, match.start())
            self.add((match.start(), end), Quantity(value, kind, hedged, counted))

    def word_numbers(self) -> None:
        for match in WORD_NUMBER.finditer(self.text):
            if not self.free(*match.span()):
                continue
            value = _word_value(match.group("words"))
            if value is None:
                continue
            scale = (match.group("scale") or "").lower()
            if scale.startswith("tenth"):
                value /= 10
            elif scale:
                value *= SCALES[scale]
            kind = _kind_after(self.text, match.end(), None)
            counted = _counted_after(self.text, match.end()) if kind == "count" else ""
            hedged = _hedged(self.text, match.start())
            self.add(match.span(), Quantity(value, kind, hedged, counted))


def _word_value(words: str) -> float | None:
    parts = re.split(r"[- ]", words.lower())
    if "point" in parts:
        at = parts.index("point")
        whole = _word_value(" ".join(parts[:at]))
        if whole is None or at + 1 >= len(parts):
            return None
        return whole + SMALL[parts[at + 1]] / 10
    total = 0
    for part in parts:
        if part not in SMALL:
            return None
        total += SMALL[part]
    return float(total)


# What an index of figures keys a figure by: "percent", "date", or "number" for counts and
# sums alike (a currency may be dropped in one wording: "350 million a week" / "£350m").
# Years are left out (thousands of claims hold each), and so are whole counts under ten
# ("one of the", "2 hospitals"): neither tells which fact a claim states.
FigureKey = tuple[str, float]
# A figure is also looked up as the rounder figures that cover it from this size on.
ROUNDED_FROM = 1e6


def _key_unit(quantity: Quantity) -> str | None:
    if quantity.kind == "year":
        return None
    if quantity.kind in ("percent", "date"):
        return quantity.kind
    if quantity.kind == "count" and quantity.value < 10 and quantity.value == int(quantity.value):
        return None
    return "number"


def _canonical(value: float) -> float:
    """The value as an index key: the same figure parsed from any wording ("1.2bn" is 1.2 ×
    10⁹, "1,200,000,000" is 1200000000) compares equal, whatever the last bit of the float."""
    return float(f"{value:.12g}")


def figure_keys(text: str) -> list[FigureKey]:
    """The text's figures as an index of figures stores them: (unit, value), each once, in
    order of appearance; "£350m", "£350 million" and "350,000,000 pounds" give one key."""
    keys = []
    for quantity in extract_quantities(text):
        unit = _key_unit(quantity)
        if unit is not None:
            keys.append((unit, _canonical(quantity.value)))
    return list(dict.fromkeys(keys))


def figure_keys_to_find(text: str) -> list[FigureKey]:
    """The keys under which an earlier claim stating one of the text's figures is indexed:
    each figure's own, then, for a figure of a million or more, the same rounded to a coarser
    place where that rounding covers the figure as `Quantity.agrees_with` compares them
    ("27.3 million" also as 27 million, "$26.2bn" as $26bn; not 1.3 million as 1 million). A
    smaller figure is looked up as it is: a rounder one (97 as 100, 3,617 as 3,620) is held by
    many claims about something else. An earlier claim that wrote the figure more precisely
    than this one ("27.3 million" for "27 million") is not found by its figure."""
    keys = []
    for quantity in extract_quantities(text):
        unit = _key_unit(quantity)
        if unit is None:
            continue
        keys.append((unit, _canonical(quantity.value)))
        if unit == "date" or quantity.value < ROUNDED_FROM:
            continue
        place = _unit(quantity.value) * 10
        while place <= abs(quantity.value):
            rounded = _canonical(round(quantity.value / place) * place)
            if rounded != quantity.value and Quantity(rounded, quantity.kind).agrees_with(quantity):
                keys.append((unit, rounded))
            place *= 10
    return list(dict.fromkeys(keys))
