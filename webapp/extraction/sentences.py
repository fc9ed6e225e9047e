"""Rule-based English sentence splitter for news copy, with exact code-point offsets.

Every line break is a hard boundary, except inside hard-wrapped copy (e-mail, PDF, terminals): a
line that stops mid-sentence — no end punctuation, and either the next line goes on in lower
case or the line ends on a comma or a word that cannot end a sentence ("the", "of", "said") —
runs on into the next. Within a line, each run of terminal punctuation (plus any
closing quotes or brackets) is a candidate boundary, decided by looking at the word before it
and the word after it. Whitespace between sentences belongs to no sentence; every other
character belongs to exactly one.
"""

import re
from bisect import bisect_right

from webapp.extraction.types import Span

_LINE = re.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
_TERMINATOR = re.compile(
    r"(?P<ellipsis>\.(?:[ \t]?\.){2,}|…+)(?P<eclose>[\"'”’»)\]}]*)"
    r"|(?P<mark>[!?‽]+|\.)(?P<close>[\"'”’»)\]}]*)"
)
# A closing straight quote typed after a space ('… gone. " I …') still closes the sentence.
_DETACHED_QUOTE = re.compile(r"[ \t]+\"(?=\s)")
_NEXT_WORD = re.compile(r"\s*[\"'“‘«(\[{]*(\S*)")
_CAMEL_CASE = re.compile(r"[a-z]{1,2}[A-Z][a-z]")
_OPENERS = "\"'“‘«([{"
_BULLET = re.compile(r"(?<=\s)[•‣⁃▪◦]")
_BULLETS = "•‣⁃▪◦"
_LIST_MARKER = re.compile(r"(?<!\S)[•‣⁃▪◦]?(\d{1,2}|[a-z])(\.\)|\)|\.)(?=\s)")
# "MOSCOW (AP) —", "KYIV, Ukraine —", "LONDON, Jan 5 (Reuters) -": a place in capitals, maybe a
# region and a date, maybe an agency, then a dash.
_DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]*){0,3}"
    r"(?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){0,2})?"
    r"(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"[ \t]*(?P<agency>\([A-Za-z&.'’ -]{1,30}\))?[ \t]*(?:—|–|--|-)(?=[ \t]+\S)"
)
# Without an agency, only the first lines of a text may hold a dateline ("NATO — the alliance").
_DATELINE_LINES = 2
_LETTERS = re.compile(r"[^\W\d_]+")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_ATTRIBUTION_AFTER_QUOTE = re.compile(
    r"\s*(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|asked|asks|told|added|adds|replied|"
    r"wrote|writes|shouted|continued|explained|insisted|wondered|began|begins|noted|notes|"
    r"warned|warns|argued|argues|declared|declares|recalled|joked|quipped|exclaimed|yelled|"
    r"cried|tweeted|responded|concluded|announced|promised)\b"
    # '… "not even correct." He said that donors …' opens a sentence of its own
    r"(?!\s+that\b)"
)
# what follows "He said" when it reports a new clause: words up to a finite verb, no comma
_OWN_CLAUSE_AFTER = re.compile(
    r"\s+(?:[\w’'$%-]+\s+){1,6}?(?:is|are|was|were|has|have|had|will|would|could|can|"
    r"remained|remains|rose|fell)\b"
    # a longer subject that opens on a determiner: '… conduct.” He said the actions he took
    # that resulted in his conviction were …'
    r"|\s+(?:the|his|her|their|its|this|these|those)\s+(?:[\w’'$%-]+\s+){1,10}?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can)\b"
)

# Titles stand before a name, so a following capitalised word never starts a sentence.
_TITLES = frozenset(
    "mr mrs ms messrs mme dr prof sen sens rep reps gov gen lt col maj capt cmdr adm sgt cpl "
    "pvt mt ft rev fr hon pres supt det insp atty amb brig gens".split()
)
_CLOCK = frozenset({"a.m", "p.m"})
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|[a-z]{2,}ed|left|went|"
    r"came|met|said|says|began|spoke|got|took|made|saw|ran)\b"
)
_NEVER_FINAL = frozenset({"e.g", "i.e", "cf", "viz", "vs"})
# US states' abbreviations, which are also words when written in lower case ("ill", "miss")
_STATES = frozenset(
    "ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb "
    "nev okla ore pa tenn tex va vt wash wis wyo"
    # (and Canadian provinces': "the Sask. Party")
    " sask alta ont nfld".split()
)
# Abbreviations that may also end a sentence: split only before a typical sentence opener.
# a company's suffix, which a quotation may follow as a new sentence: "… Securities Inc. “Given"
_COMPANY_SUFFIXES = frozenset("inc co corp ltd llc plc".split())
_ABBREVIATIONS = (
    _STATES
    | _COMPANY_SUFFIXES
    | frozenset(
        "jr sr bros etc vs al approx dept univ assn govt est misc "
        "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun "
        "ave blvd rd st sto sta hwy ln pl sq cf min max mln bln tr yr yrs hrs mins sec secs "
        "wk".split()
    )
)
# Abbreviations usually followed by a number ("p. 55", "No. 5", "Sept. 11").
_NUMBER_ABBREVIATIONS = frozenset(
    "no nos nr n° p pp vol vols art arts fig figs ch chap sec sect op ca approx para pt pts "
    "jan feb mar apr jun jul aug sep sept oct nov dec rev ed eq tel ex".split()
)
_SENTENCE_OPENERS = frozenset(
    "the a an it its he she they we i you his her their our my your this that these those "
    "there here but and or so yet however meanwhile in on at for after before when while if "
    "as although though since what why how who where which some many most all both each "
    "no not still also then now last next one two three four five six seven eight nine ten "
    "did does do is are was were can will would should could has have had may might must "
    "to from with by about officials police authorities".split()
)


def split_sentences(text: str) -> list[Span]:
    """Split text into sentence spans (stripped, ordered, non-overlapping, exact offsets)."""
    return [Span(start, end, text[start:end]) for start, end, _ in sentence_bounds(text)]


# Hard-wrapped copy: a line this long that stops mid-sentence runs on into the next line.
_WRAPPED_LINE_CHARS = 30
_LINE_ENDS_SENTENCE = re.compile(r"[.!?…:][\"'”’»)\]}]*[ \t]*$")
_RUNS_ON = re.compile(
    r"(?:[,;—–-]|\b(?:the|a|an|of|in|to|and|or|but|for|with|by|at|on|from|as|that|who|which|"
    r"said|says|than|into|its|their|his|her|our|is|are|was|were|has|have|had|will|would|be|"
    r"been|not|about|after|before|over|under|between|during|while|since|if|"
    # a title before the name on the next line ("… Russian President\nVladimir Putin")
    r"president|minister|secretary|chancellor|senator|governor|mayor|spokesman|spokeswoman|"
    r"spokesperson|director|chief|judge|prime|deputy|general)\b)[ \t]*$",
    re.IGNORECASE,
)
_GOES_ON = re.compile(r"[ \t]*[a-z0-9(]")


def _logical_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, hard-wrapped lines joined to the line they run on into."""
    lines: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        if lines and _runs_on(text, lines[-1], start):
            lines[-1] = (lines[-1][0], end)
        else:
            lines.append((start, end))
    return lines


def _runs_on(text: str, previous: tuple[int, int], start: int) -> bool:
    """Whether the previous line runs on into the line at `start`: one line break between them
    (a blank line ends a paragraph), and the previous line stops mid-sentence."""
    before_start, before_end = previous
    if text[before_end:start] not in ("\n", "\r\n", "\r"):
        return False
    line = text[before_start:before_end]
    if len(line.strip()) < _WRAPPED_LINE_CHARS or _LINE_ENDS_SENTENCE.search(line):
        return False
    return bool(_RUNS_ON.search(line) or _GOES_ON.match(text, start))


def sentence_bounds(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_dateline) for every sentence; datelines are kept as their own span."""
    bounds: list[tuple[int, int, bool]] = []
    lines_seen = 0
    for line_start, line_end in _logical_lines(text):
        line_text = text[line_start:line_end]
        cuts = [line_start]
        dateline = _DATELINE.match(text, line_start, line_end)
        if dateline and (dateline.group("agency") or lines_seen < _DATELINE_LINES):
            cuts.append(dateline.end())
        else:
            dateline = None
        if not line_text.isspace():
            lines_seen += 1
        cuts.extend(_line_cuts(text, cuts[-1], line_end))
        cuts.append(line_end)
        for index in range(len(cuts) - 1):
            start, end = _strip(text, cuts[index], cuts[index + 1])
            if start < end:
                bounds.append((start, end, bool(dateline) and index == 0))
    return bounds


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_cuts(text: str, start: int, end: int) -> list[int]:
    """Cut positions strictly inside text[start:end], in order."""
    structural, marker_dots = _list_cuts(text, start, end)
    cuts = sorted(set(structural))
    found: list[int] = []
    for match in _TERMINATOR.finditer(text, start, end):
        after = match.end()
        if after < end and _GLUED_SENTENCE.match(text, after) and _glued_after_word(text, match):
            # "… in Magama and Katcha local councils.It would be recalled …": copy that lost
            # the space after a full stop
            found.append(after)
            continue
        if after >= end or not text[after].isspace() or match.start() in marker_dots:
            continue
        previous = bisect_right(cuts, match.start())
        sentence_start = max(
            cuts[previous - 1] if previous else start, found[-1] if found else start
        )
        cut = _decide(text, match, sentence_start, end)
        if cut is not None and start < cut < end:
            found.append(cut)
    return sorted(set(found) | {c for c in cuts if start < c < end})


# a common opening word right after a full stop with no space ("councils.It would …")
_GLUED_SENTENCE = re.compile(
    r"(?:It|He|She|They|We|The|This|That|These|Those|There|His|Her|Their|Its|But|However|"
    r"Meanwhile|In|On|At)\s"
)


def _glued_after_word(text: str, match: re.Match) -> bool:
    """Whether the full stop of `match` ends a word of three or more small letters."""
    return (
        match.group("mark") == "."
        and not match.group("close")
        and bool(re.fullmatch(r"[a-z]{3}", text[max(0, match.start() - 3) : match.start()]))
    )


def _list_cuts(text: str, start: int, end: int) -> tuple[list[int], set[int]]:
    """Cuts before bullets and before items of an enumerated list ("1) … 2) …", "a. … b. …")."""
    cuts = [bullet.start() for bullet in _BULLET.finditer(text, start, end)]
    marker_dots: set[int] = set()
    chain_end = None
    for marker in _LIST_MARKER.finditer(text, start, end):
        opens_line = not text[start : marker.start()].strip(" \t" + _BULLETS)
        if chain_end is not None and _follows(chain_end, marker):
            cuts.append(_before_bullet(text, marker.start(), start))
        elif not opens_line:
            continue
        if "." in marker.group(2):
            marker_dots.add(marker.start(2))
        chain_end = marker
    return cuts, marker_dots


def _before_bullet(text: str, position: int, line_start: int) -> int:
    """Move a list-item cut back over "• " so the bullet stays with its item."""
    back = position
    while back > line_start and text[back - 1] in " \t":
        back -= 1
    return back - 1 if back > line_start and text[back - 1] in _BULLETS else position


def _follows(previous: re.Match, marker: re.Match) -> bool:
    """Whether marker is the next item after previous: same style, next number or letter."""
    first, second = previous.group(1), marker.group(1)
    if previous.group(2) != marker.group(2):
        return False
    if first.isdigit() and second.isdigit():
        return int(second) == int(first) + 1
    return not first.isdigit() and not second.isdigit() and ord(second) == ord(first) + 1


def _decide(text: str, match: re.Match, sentence_start: int, end: int) -> int | None:
    """Return the cut position for this terminator, or None when it ends no sentence."""
    after = match.end()
    closers = match.group("eclose") if match.group("ellipsis") else match.group("close")
    detached = _DETACHED_QUOTE.match(text, after, end)
    if detached:
        after = detached.end()
        closers += '"'
    next_word = _NEXT_WORD.match(text, after, end).group(1)
    if not next_word:
        return None
    first = next_word[0]
    if first.islower() and not _CAMEL_CASE.match(next_word):
        return None  # … but "iPad", "eBay", "iPhone" may open a sentence
    if any(q in closers for q in "\"”’'»"):
        attribution = _ATTRIBUTION_AFTER_QUOTE.match(text, after, end)
        # '…" Trump said at a rally here, …' closes the quotation's sentence; '…
        # "outstanding." He said iPhone sales were strong' opens a sentence with its own clause
        if attribution and not _OWN_CLAUSE_AFTER.match(text, attribution.end(), end):
            return None
    if match.group("ellipsis"):
        return _decide_ellipsis(text, match, next_word, after)
    if match.group("mark") != ".":
        return after
    word = _word_before(text, match.start(), sentence_start)
    return after if _period_ends_sentence(text, word, next_word, match, sentence_start) else None


def _decide_ellipsis(text: str, match: re.Match, next_word: str, after: int) -> int | None:
    """Golden-rule ellipses: "word. . . . Next" cuts after "word."; "[...]" never cuts."""
    dots = match.group("ellipsis")
    if (match.start() > 0 and text[match.start() - 1] == "[") or "]" in match.group("eclose"):
        return None
    if not (next_word[0].isupper() or next_word[0] in _OPENERS):
        return None
    dot_count = dots.count(".") + 3 * dots.count("…")
    if dot_count >= 4:
        attached = match.start() > 0 and not text[match.start() - 1].isspace()
        if attached and dots[1] in " \t":
            return match.start() + 1
        return after
    # "is . . . I didn't" goes on; "I would... I regret" trails off and ends.
    detached = match.start() > 0 and text[match.start() - 1].isspace()
    if detached and _strip_word(next_word) == "I":
        return None
    return after


def _word_before(text: str, position: int, sentence_start: int) -> str:
    start = position
    while start > sentence_start and not text[start - 1].isspace():
        start -= 1
    return text[start:position].lstrip(_OPENERS + _BULLETS)


def _strip_word(word: str) -> str:
    return word.strip(_OPENERS + "\"'”’»)]},;:.!?")


def _period_ends_sentence(
    text: str, word: str, next_word: str, match: re.Match, sentence_start: int
) -> bool:
    lowered = word.lower()
    first = next_word[0]
    if not word:
        return True
    if first.isdigit():
        if lowered in _NUMBER_ABBREVIATIONS or lowered in _ABBREVIATIONS:
            return False
        if _INITIALISM.fullmatch(word):
            return False
        return not _is_list_marker(text, word, match, sentence_start)
    if _is_list_marker(text, word, match, sentence_start):
        return False
    if lowered in _TITLES or lowered in _NEVER_FINAL:
        return False
    letters = _LETTERS.match(next_word.lstrip(_OPENERS))
    opener = letters.group().lower() in _SENTENCE_OPENERS if letters else False
    if len(word) == 1 and word.isupper():
        # An initial ("Jonas E. Smith", "said J. Edgar Hoover") unless a plain word precedes
        # it and a sentence opener follows ("you and I. Did", "vitamin D. The").
        previous_words = text[sentence_start : match.start() - 1].split()
        previous_words = [w for w in previous_words if w.strip(_OPENERS)]
        after_plain_word = bool(previous_words) and previous_words[-1][:1].islower()
        return after_plain_word and (word == "I" or opener)
    if lowered in _CLOCK and _strip_word(next_word).lower() in _TITLES:
        # "He left at 6 P.M. Mr. Smith then …" ends a clause; "At 5 a.m. Mr. Smith went" not.
        return bool(_FINITE_VERB.search(text, sentence_start, match.start()))
    if _INITIALISM.fullmatch(word) or lowered in _ABBREVIATIONS:
        if lowered in _STATES and (word[:1].islower() or _state_ends_sentence(text, word, match)):
            # "… if students fell ill. Schools were …": a word, not "Ill."; "… in Bradford,
            # Pa. Lioi also ordered …": a new sentence after the state
            return True
        quoted = text[match.end() : match.end() + 3].lstrip()[:1] in '“"'
        if lowered in _COMPANY_SUFFIXES and quoted and next_word[:1].isupper():
            # '… said X, economist at SMBC Nikko Securities Inc. “Given …': a quotation opens
            # the next sentence after a company's name
            return True
        return opener
    return True


def _state_ends_sentence(text: str, word: str, match: re.Match) -> bool:
    """ "… the federal prison in Bradford, Pa. Lioi also ordered …": a state after its town and
    a comma, then a capitalised word whose next word is in small letters (a new subject and
    its verb; not "Erie, Pa. Mayor Joe Schember", "York, Pa. Police Department")."""
    before = text[max(0, match.start() - len(word) - 2) : match.start() - len(word)]
    following = _TWO_WORDS.match(text, match.end())
    return (
        before.endswith(", ")
        and following is not None
        and following.group(2)[:1].islower()
        and following.group(2) not in _NAME_JOINERS
    )


_TWO_WORDS = re.compile(r"\s+([A-Z][\w’'-]*)\s+([\w’'-]+)")
_NAME_JOINERS = frozenset("of and for de du la le von van der del da y".split())


def _is_list_marker(text: str, word: str, match: re.Match, sentence_start: int) -> bool:
    """A "1." or "a." that opens a list item rather than ending a sentence."""
    if not (word.isdigit() and len(word) <= 2 or len(word) == 1 and word.islower()):
        return False
    return not text[sentence_start : match.start() - len(word)].strip(" \t" + _BULLETS)
