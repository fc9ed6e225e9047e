"""Each speed-up of the extraction gives the same answer as the plain form it replaces."""

import math
import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from webapp.extraction import model, rules
from webapp.extraction.claims import _CLAUSE_BREAK

# Words the fast paths turn on, mixed with case, digits, marks and non-ASCII letters.
PIECES = [
    *"may May MAY might could about some signs of seems appeared likely Perhaps".split(),
    *"and but as after while whereas saying declaring announcing which who the".split(),
    *"bed ED aged 41 years old 5 $3 1,200 percent rose killed said , ; — – ( )".split(),
    *"at 29 three-day Minutes hour 10:30 (5') 7th minute a few weeks ago century".split(),
    *["ſ", "é", "\u0301", "\u0660", "K", "_", "-", " ", "  ", "\n", "\t", "\u00a0", "\u2003"],
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join) | st.text(max_size=80)


def plain_grams(word: str) -> list[str]:
    padded = f" {word} "
    return [
        padded[index : index + size]
        for size in range(2, min(5, len(padded)) + 1)
        for index in range(len(padded) - size + 1)
    ]


def plain_logit(text: str) -> float:
    """The model as first written: every term looked up and weighed where it is counted."""
    stored = model.load_model()
    words, chars = stored["tables"]["word"], stored["tables"]["char"]
    logit = stored["intercept"] + plain_word_block(model.word_features(text), words)
    logit += plain_char_block(model._folded(text).split(), chars)
    cues = model.cue_features(text)
    return logit + sum(weight * cue for weight, cue in zip(stored["cues"], cues, strict=True))


def plain_word_block(terms: list[str], table: dict) -> float:
    squared = dot = 0.0
    for term, count in Counter(terms).items():
        if term in table:
            tf = 1.0 + math.log(count) if count > 1 else 1.0
            squared += tf * tf * table[term][0] * table[term][0]
            dot += tf * table[term][1]
    return dot / math.sqrt(squared) if squared else 0.0


def plain_char_block(words: list[str], table: dict) -> float:
    """Sums per word first, then the correction for each repeated n-gram."""
    squared = dot = 0.0
    grams = []
    for word in words:
        known = [gram for gram in plain_grams(word) if gram in table]
        squared += sum(table[gram][0] * table[gram][0] for gram in known)
        dot += sum(table[gram][1] for gram in known)
        grams += known
    for gram, count in Counter(grams).items():
        if count > 1:
            tf = 1.0 + math.log(count)
            squared += (tf * tf - count) * table[gram][0] * table[gram][0]
            dot += (tf - count) * table[gram][1]
    return dot / math.sqrt(squared) if squared > 0 else 0.0


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_checkworthiness_logit_is_the_plain_model_to_the_last_bit(text):
    assert model.checkworthiness_logit(text) == plain_logit(text)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=12).filter(lambda word: not any(c.isspace() for c in word)))
def test_word_grams_are_the_slices_of_the_padded_word(word):
    assert model._padded_word_grams(word) == plain_grams(word)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_past_tense_cue_counts_the_words_ending_in_ed(text):
    assert len(model._PAST_TENSE.findall(text)) == len(re.findall(r"\b\w+ed\b", text))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_hedge_fast_path_agrees_with_the_pattern(text):
    assert rules.is_hedged(text) == bool(rules.HEDGE.search(text))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_known_quantity_gives_the_same_statistic(text):
    assert rules.measures_something(text, rules.has_quantity(text)) == rules.measures_something(
        text
    )


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_statistic_fast_path_agrees_with_blanking_ages_and_durations(text):
    plain = rules.has_quantity(rules._AGE_OR_DURATION.sub(" ", text))
    assert rules.measures_something(text) == plain


def test_clause_breaks_are_those_of_the_plain_lookahead():
    """The narrowed lookahead only skips positions where no alternative can match."""
    opening = _CLAUSE_BREAK.pattern[: _CLAUSE_BREAK.pattern.index("(?:(?P<court_term>")]
    plain = re.compile(r"(?=[,;\s])" + _CLAUSE_BREAK.pattern[len(opening) :])

    @settings(max_examples=500, deadline=None)
    @given(TEXTS)
    def same_breaks(text):
        def breaks(pattern):
            return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]

        assert breaks(_CLAUSE_BREAK) == breaks(plain)

    same_breaks()
