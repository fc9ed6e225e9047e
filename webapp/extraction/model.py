"""Check-worthiness model at runtime: TF-IDF features, a dot product and a sigmoid, in pure
Python. Trained offline by scripts/train_checkworthiness.py (scikit-learn), which uses the
analyzers below so training and runtime see identical features."""

import gzip
import json
import math
import re
from collections import Counter
from functools import cache, lru_cache
from itertools import compress
from operator import add, itemgetter
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "data" / "checkworthiness.json.gz"
_WORD = re.compile(r"\w+|[$%€£?]")
_DIGIT = re.compile(r"\d")


def word_features(text: str) -> list[str]:
    """Lower-cased word unigrams and bigrams; digits folded so '1974' and '2018' share a feature."""
    return _word_terms(_folded(text))


def char_features(text: str) -> list[str]:
    """Character 2–5-grams inside space-padded words (like scikit-learn's 'char_wb')."""
    grams: list[str] = []
    for word in _folded(text).split():
        grams += _padded_word_grams(word)
    return grams


def _folded(text: str) -> str:
    """The text both analyzers read: lower-cased, every digit a 0."""
    return _DIGIT.sub("0", text.lower())


def _word_terms(folded: str) -> list[str]:
    tokens = _WORD.findall(folded)
    return tokens + list(map(" ".join, zip(tokens, tokens[1:], strict=False)))


def _padded_word_grams(word: str) -> list[str]:
    """All 2-grams in order, then the 3-, 4- and 5-grams, each grown from the one before by
    its next character (a word too short for a size gives none of it)."""
    padded = f" {word} "
    twos = list(map(add, padded, padded[1:]))
    threes = list(map(add, twos, padded[2:]))
    fours = list(map(add, threes, padded[3:]))
    return twos + threes + fours + list(map(add, fours, padded[4:]))


ANALYZERS = {"word": word_features, "char": char_features}
# Cues the n-grams see poorly; changing them means retraining (scripts/train_checkworthiness.py).
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_HEDGE = re.compile(
    r"\b(?:may|might|could|perhaps|possibly|probably|likely|seems?|appears?|believe|think|"
    r"guess|suppose|maybe)\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:should|must|ought|great|best|worst|terrible|wonderful|wrong|right|good|bad|"
    r"hope|wish|want|need|love|hate)\b",
    re.IGNORECASE,
)
# the same three cues on lower-cased ASCII text: case-insensitive alternations are slow in re
_SECOND_PERSON_LOWER = re.compile(_SECOND_PERSON.pattern)
_HEDGE_LOWER = re.compile(_HEDGE.pattern)
_OPINION_LOWER = re.compile(_OPINION.pattern)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# a word of three or more characters ending in -ed (as r"\b\w+ed\b" finds them), found from
# its ending: the literal "ed" first lets re skip ahead to each candidate
_PAST_TENSE = re.compile(r"ed\b(?<=\wed)")
CUE_SCALE = 0.3


def cue_features(text: str) -> list[float]:
    """Dense cues: numbers, money, names, person, question, length, hedges, opinion, time."""
    words = text.split()
    lowered = text.lower()
    capitalised = sum([word[:1].isupper() for word in words[1:]])
    if text.isascii():  # lower-casing ASCII is what IGNORECASE does: the same answer, faster
        second_person = _SECOND_PERSON_LOWER.search(lowered)
        hedged, opinion = _HEDGE_LOWER.search(lowered), _OPINION_LOWER.search(lowered)
    else:
        second_person = _SECOND_PERSON.search(text)
        hedged, opinion = _HEDGE.search(text), _OPINION.search(text)
    digit = bool(_DIGIT.search(text))
    cues = [
        digit,
        "%" in text or "percent" in lowered,
        "$" in text,
        min(capitalised, 5) / 5,
        bool(_FIRST_PERSON.search(text)),
        bool(second_person),
        text.rstrip().endswith("?"),
        min(math.log(len(words) + 1) / 4, 1.5),
        bool(hedged),
        bool(opinion),
        digit and bool(_YEAR.search(text)),  # (a year is digits)
        len(_PAST_TENSE.findall(text)) / 3,
    ]
    return [float(cue) * CUE_SCALE for cue in cues]


@cache
def load_model() -> dict:
    """Read the shipped weights once, on first use: per block, term → (idf, idf × coefficient,
    idf²); the square is what a term seen once adds to the norm, computed here once."""
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as handle:
        stored = json.load(handle)
    tables = {
        name: {
            term: (idf, idf * block["coef"][term], idf * idf) for term, idf in block["idf"].items()
        }
        for name, block in stored["blocks"].items()
    }
    # The character sums of the words the model knows (most words of any article: 70 % of the
    # real-copy set's), worked out once here so a new article's common words cost a look-up.
    char_table = tables["char"]
    word_sums = {
        term: _known_char_sums(term, char_table) for term in tables["word"] if " " not in term
    }
    return {
        "intercept": stored["intercept"],
        "tables": tables,
        "cues": stored["cues"],
        "word_sums": word_sums,
    }


def clear_caches() -> None:
    """Forget the loaded weights (after the training script rewrites the file)."""
    load_model.cache_clear()
    _char_sums.cache_clear()
    word_counts.cache_clear()


def checkworthiness(text: str) -> float:
    """Probability-like score that text is a check-worthy factual claim (0.5 = decision line)."""
    return sigmoid(checkworthiness_logit(text))


def sigmoid(logit: float) -> float:
    """Logistic function that neither overflows nor reaches 0 or 1 for finite large inputs."""
    if logit >= 0:
        return 1.0 / (1.0 + math.exp(-logit))
    exponential = math.exp(logit)
    return exponential / (1.0 + exponential)


def checkworthiness_logit(text: str) -> float:
    """The model's decision value; positive means check-worthy."""
    model = load_model()
    logit = model["intercept"]
    folded = _folded(text)
    logit += _block_dot(word_counts(folded), model["tables"]["word"])
    logit += _char_block_dot(folded.split(), model["tables"]["char"])
    logit += sum(
        weight * cue for weight, cue in zip(model["cues"], cue_features(text), strict=True)
    )
    return logit


@lru_cache(maxsize=64)
def word_counts(folded: str) -> tuple[tuple[str, int], ...]:
    """Each word term of a folded text with its count; cached, as both models read the same
    claim's words."""
    return tuple(Counter(_word_terms(folded)).items())


def _block_dot(
    counts: tuple[tuple[str, int], ...], table: dict[str, tuple[float, float, float]]
) -> float:
    """Sublinear tf × idf, l2-normalised, dotted with the coefficients of one feature block
    (from each term's count)."""
    squared = 0.0
    dot = 0.0
    get = table.get
    for term, count in counts:
        entry = get(term)
        if entry is None:
            continue
        if count == 1:  # tf 1.0: the same sums as below, without the multiplications by one
            squared += entry[2]
            dot += entry[1]
            continue
        tf = 1.0 + math.log(count)
        squared += tf * tf * entry[0] * entry[0]
        dot += tf * entry[1]
    return dot / math.sqrt(squared) if squared else 0.0


def _char_block_dot(words: list[str], table: dict[str, tuple[float, float, float]]) -> float:
    """_block_dot for character n-grams, from cached per-word sums that count every n-gram
    once per occurrence, corrected afterwards for the n-grams that occur more than once."""
    squared = 0.0
    dot = 0.0
    grams: list[str] = []
    known = load_model()["word_sums"].get
    for word in words:
        word_grams, word_squared, word_dot = known(word) or _char_sums(word)
        grams += word_grams
        squared += word_squared
        dot += word_dot
    counts = Counter(grams)
    # most n-grams occur once and need no correction: only the others go through the loop
    for gram in [gram for gram, count in counts.items() if count > 1]:
        count = counts[gram]
        idf, weight, _ = table[gram]
        extra_squared, extra = (
            _REPEATED[count] if count < len(_REPEATED) else _repeated_terms(count)
        )
        squared += extra_squared * idf * idf
        dot += extra * weight
    return dot / math.sqrt(squared) if squared > 0 else 0.0


def _repeated_terms(count: int) -> tuple[float, float]:
    """(tf² − count, tf − count) with tf = 1 + ln count: how far an n-gram seen count times
    moves the sums that counted it once per occurrence."""
    tf = 1.0 + math.log(count)
    return tf * tf - count, tf - count


# the same for the counts a sentence's repeated n-grams usually have (indices 0 and 1 unused)
_REPEATED = [(0.0, 0.0), (0.0, 0.0)] + [_repeated_terms(count) for count in range(2, 64)]


@lru_cache(maxsize=65536)
def _char_sums(word: str) -> tuple[tuple[str, ...], float, float]:
    """_known_char_sums for a word the model's word table does not hold, cached."""
    return _known_char_sums(word, load_model()["tables"]["char"])


def _known_char_sums(
    word: str, table: dict[str, tuple[float, float, float]]
) -> tuple[tuple[str, ...], float, float]:
    """A word's known character n-grams with their summed idf² and idf × coefficient."""
    grams = _padded_word_grams(word)
    entries = list(map(table.get, grams))
    if None in entries:  # keep the known n-grams (an entry is a non-empty tuple, never falsy)
        grams = list(compress(grams, entries))
        entries = list(filter(None, entries))
    return tuple(grams), sum(map(_SQUARE, entries)), sum(map(_WEIGHT, entries))


_WEIGHT = itemgetter(1)
_SQUARE = itemgetter(2)
