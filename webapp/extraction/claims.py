"""Claims from article text: sentences, split into independent checkable parts, with kind,
speaker and a check-worthiness score."""

import re

from webapp.extraction import rules
from webapp.extraction.scoring import score_passage
from webapp.extraction.sentences import sentence_bounds
from webapp.extraction.speakers import SpeakerTracker
from webapp.extraction.types import UNCHECKABLE_KINDS, Claim

_MIN_WORDS = 4
_WORD = re.compile(r"\w+")
# Where a sentence can hold two independent claims: "; ", ", while ", or "and" + predicate.
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+while\s+|,\s+whereas\s+|,?\s+and\s+(?=(?:has|have|had|is|was|are|were|will|"
    r"would|can|could|also|then|later|\w+ed)\b)"
)
_CONNECTIVE = re.compile(r"\s*(?:,\s*)?(?:;|while|whereas|and)\s+", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:that|which|who)\s+", re.IGNORECASE)
_FIRST_VERB = re.compile(r"\b(?:has|have|had|is|was|are|were|will|would|can|could|\w+ed)\b")
_LEADING_SUBORDINATE = re.compile(r"(?:While|Whereas|Although|Though|As|If|When)\b")
_QUESTION_END = re.compile(r"\?[\"'”’)\]]*$")


def extract_claims(text: str) -> list[Claim]:
    """Claims in order of start offset; opinions and questions are kept with checkable=False."""
    claims: list[Claim] = []
    tracker = SpeakerTracker(text)
    for start, end, is_dateline in sentence_bounds(text):
        if is_dateline:
            continue
        speaker = tracker.speaker_for(start, end)
        for part_start, part_end, reader_text, is_part in _parts(text, start, end):
            claim = _make_claim(text, part_start, part_end, reader_text, speaker, is_part)
            if claim is not None:
                claims.append(claim)
    return claims


def _parts(text: str, start: int, end: int) -> list[tuple[int, int, str, bool]]:
    """Split a sentence into independent clauses when every part can stand as a claim."""
    sentence = text[start:end]
    pieces: list[tuple[int, int]] = []
    cursor = 0
    for match in _CLAUSE_BREAK.finditer(sentence):
        if _inside_quote_or_brackets(sentence, match.start()):
            continue
        if (
            cursor == 0
            and _LEADING_SUBORDINATE.match(sentence)
            and "," not in sentence[: match.start()]
        ):
            continue
        left = sentence[cursor : match.start()]
        right = sentence[match.end() :]
        if _word_count(left) < _MIN_WORDS + 1 or _word_count(right) < _MIN_WORDS + 1:
            continue
        pieces.append((cursor, match.start()))
        cursor = match.end()
    if not pieces:
        return [(start, end, sentence, False)]
    pieces.append((cursor, len(sentence)))
    results = []
    for index, (piece_start, piece_end) in enumerate(pieces):
        passage = sentence[piece_start:piece_end].strip()
        offset = (
            start
            + piece_start
            + (len(sentence[piece_start:piece_end]) - len(sentence[piece_start:piece_end].lstrip()))
        )
        reader = passage
        if index > 0:
            reader = _with_context(sentence[: pieces[0][1]], passage)
        results.append((offset, offset + len(passage), reader, True))
    return results


def _with_context(first_clause: str, passage: str) -> str:
    """Let a coordinated predicate ("… and limited X") read as a sentence: reuse the subject."""
    if passage[:1].isupper():
        return passage
    relatives = list(_RELATIVE.finditer(first_clause))
    if relatives:
        return first_clause[: relatives[-1].end()] + passage
    verb = _FIRST_VERB.search(first_clause)
    if verb and verb.start() > 0:
        return first_clause[: verb.start()] + passage
    return passage[:1].upper() + passage[1:]


def _inside_quote_or_brackets(sentence: str, position: int) -> bool:
    before = sentence[:position]
    opened = before.count("“") - before.count("”") + before.count('"') % 2
    return opened > 0 or before.count("(") > before.count(")")


def _word_count(fragment: str) -> int:
    return len(_WORD.findall(fragment))


def _make_claim(
    text: str, start: int, end: int, reader_text: str, speaker: str | None, is_part: bool
) -> Claim | None:
    passage = text[start:end]
    has_number = bool(rules.NUMBER.search(passage))
    if _word_count(passage) < _MIN_WORDS and not has_number:
        return None
    kind = _kind(passage, speaker, has_number)
    score, reasons = score_passage(reader_text, kind, speaker, has_number)
    if is_part:
        reasons = reasons + ("one part of a compound sentence",)
    return Claim(
        start=start,
        end=end,
        text=reader_text,
        kind=kind,
        speaker=speaker,
        score=score,
        reasons=reasons,
        checkable=kind not in UNCHECKABLE_KINDS,
    )


def _kind(passage: str, speaker: str | None, has_number: bool) -> str:
    if _QUESTION_END.search(passage):
        return "question"
    quoted = bool(rules.QUOTE_MARKS.search(passage))
    if rules.OPINION.search(passage) and not has_number and not rules.YEAR_OR_DATE.search(passage):
        return "opinion"
    if has_number:
        return "statistic"
    if quoted and speaker:
        return "quote"
    if speaker:
        return "position"
    future = rules.PREDICTION.search(passage)
    past = rules.PAST_EVENT.search(passage)
    if (
        past
        and rules.YEAR_OR_DATE.search(passage)
        and (not future or past.start() < future.start())
    ):
        return "event"
    if future:
        return "prediction"
    return "fact"
