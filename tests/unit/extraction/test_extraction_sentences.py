"""Sentence splitting: tricky news cases, the pySBD Golden Rules, and offset properties."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webapp.extraction import Span, extract_claims, split_sentences

GOLDEN_RULES = Path(__file__).with_name("golden_rules_en.json")


def texts(source: str) -> list[str]:
    return [span.text for span in split_sentences(source)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "The U.S. Senate voted. Sen. Tim Kaine of Va. objected.",
            ["The U.S. Senate voted.", "Sen. Tim Kaine of Va. objected."],
        ),
        ("Dr. Jane Smith said so. She left.", ["Dr. Jane Smith said so.", "She left."]),
        (
            "It happened on Sept. 11, 2001, in New York.",
            ["It happened on Sept. 11, 2001, in New York."],
        ),
        ("Apple Inc. The company said so.", ["Apple Inc.", "The company said so."]),
        (
            "Apple Inc. Chief Executive Tim Cook spoke.",
            ["Apple Inc. Chief Executive Tim Cook spoke."],
        ),
        ("They met at 10 a.m. Wednesday in Paris.", ["They met at 10 a.m. Wednesday in Paris."]),
        ("They met at 10 a.m. The talks failed.", ["They met at 10 a.m.", "The talks failed."]),
        (
            "Polls closed at 8 p.m. Gov. Ann Roe spoke at 9 p.m. Wednesday.",
            ["Polls closed at 8 p.m.", "Gov. Ann Roe spoke at 9 p.m. Wednesday."],
        ),
        ("At 5 a.m. Sen. Bo Li left.", ["At 5 a.m. Sen. Bo Li left."]),
        ("Use e.g. The Times as a source.", ["Use e.g. The Times as a source."]),
        (
            "George W. Bush spoke. J. K. Rowling wrote.",
            ["George W. Bush spoke.", "J. K. Rowling wrote."],
        ),
        (
            "Inflation rose 3.5% in May. It was 2.1% in April.",
            ["Inflation rose 3.5% in May.", "It was 2.1% in April."],
        ),
        (
            "It cost $1.5 billion. Then $2.25 billion.",
            ["It cost $1.5 billion.", "Then $2.25 billion."],
        ),
        ("Rates of 2.5-3.0 percent held. Good.", ["Rates of 2.5-3.0 percent held.", "Good."]),
        ("Polls close at 8:30 p.m. ET on Tuesday.", ["Polls close at 8:30 p.m. ET on Tuesday."]),
        (
            "He paused ... and went on. Then he left.",
            ["He paused ... and went on.", "Then he left."],
        ),
        (
            "It fell (by 5.2 percent.) at once. Why? Nobody knows!",
            ["It fell (by 5.2 percent.) at once.", "Why?", "Nobody knows!"],
        ),
        (
            "The deal — signed in 1974 — held. It still does.",
            ["The deal — signed in 1974 — held.", "It still does."],
        ),
        (
            "“We will act,” Netanyahu said. “Our focus is Syria. Iran must leave.”",
            ["“We will act,” Netanyahu said.", "“Our focus is Syria.", "Iran must leave.”"],
        ),
        (
            "“Is it over?” Netanyahu asked. “No!” she said.",
            ["“Is it over?” Netanyahu asked.", "“No!” she said."],
        ),
        ("“It is over.” The crowd cheered.", ["“It is over.”", "The crowd cheered."]),
        ("He wrote: “It works.” Then he left.", ["He wrote: “It works.”", "Then he left."]),
        ("First line\nsecond line", ["First line", "second line"]),
        ("One.\r\n\r\nTwo.", ["One.", "Two."]),
        ("See p. 5 and No. 10 on the list.", ["See p. 5 and No. 10 on the list."]),
        ("She works at Yahoo! in London.", ["She works at Yahoo! in London."]),
        (
            "He lives on Downing St. The house is old.",
            ["He lives on Downing St.", "The house is old."],
        ),
        ("St. Louis is big.", ["St. Louis is big."]),
        ('He said "yes. " Then he left.', ['He said "yes. "', "Then he left."]),
        ("I would... I regret it.", ["I would...", "I regret it."]),
        ("It is . . . I mean, fine.", ["It is . . . I mean, fine."]),
        (
            'He spelled a "K," a "G," and a "B." And so on.',
            ['He spelled a "K," a "G," and a "B."', "And so on."],
        ),
        ("He takes vitamin D. The doctor agreed.", ["He takes vitamin D.", "The doctor agreed."]),
        ("He lives in the U.S. It's big.", ["He lives in the U.S.", "It's big."]),
        ("Gen. Lloyd J. Austin III spoke.", ["Gen. Lloyd J. Austin III spoke."]),
        (
            "Rep. Jane Roe, D-N.Y., said so. It passed.",
            ["Rep. Jane Roe, D-N.Y., said so.", "It passed."],
        ),
        (
            "The blast hit at 3 p.m. (1900 GMT). Nobody was hurt.",
            ["The blast hit at 3 p.m. (1900 GMT).", "Nobody was hurt."],
        ),
        (
            "He was born in Washington, D.C. He moved.",
            ["He was born in Washington, D.C.", "He moved."],
        ),
        ("The firm, based in St. Louis, said so.", ["The firm, based in St. Louis, said so."]),
        ("He said 'no.' Then he left.", ["He said 'no.'", "Then he left."]),
        (
            "The No. 2 official quit on Jan. 6. He left.",
            ["The No. 2 official quit on Jan. 6.", "He left."],
        ),
        ("Apple Inc. (NASDAQ: AAPL) fell 3%.", ["Apple Inc. (NASDAQ: AAPL) fell 3%."]),
    ],
)
def test_tricky_sentences(source, expected):
    assert texts(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("MOSCOW (AP) — Putin met Netanyahu.", ["MOSCOW (AP) —", "Putin met Netanyahu."]),
        ("WASHINGTON (Reuters) - Stocks fell.", ["WASHINGTON (Reuters) -", "Stocks fell."]),
        ("NEW YORK — Shares rose.", ["NEW YORK —", "Shares rose."]),
        ("Shares rose — again.", ["Shares rose — again."]),
        ("LONDON, Jan 5 (Reuters) - Oil fell.", ["LONDON, Jan 5 (Reuters) -", "Oil fell."]),
        ("KYIV, Ukraine (AP) — Sirens rang.", ["KYIV, Ukraine (AP) —", "Sirens rang."]),
        ("Title\n\nBEIRUT — Talks began.", ["Title", "BEIRUT —", "Talks began."]),
        ("One.\nTwo.\nNATO — the alliance — met.", ["One.", "Two.", "NATO — the alliance — met."]),
    ],
)
def test_dateline_is_its_own_span(source, expected):
    assert texts(source) == expected


def test_golden_rules():
    cases = json.loads(GOLDEN_RULES.read_text(encoding="utf-8"))
    passed = [
        case["id"]
        for case in cases
        if [s for s in (t.strip() for t in texts(case["text"])) if s] == case["expected"]
    ]
    assert len(cases) == 48
    assert len(passed) >= 47, sorted(set(case["id"] for case in cases) - set(passed))


NEWS_PIECES = list("abcXYZ .!?…,;:\"'“”‘’()[]—-–$%0123456789\n\r\t") + [
    "U.S.",
    "Dr.",
    " Mr. ",
    "a.m.",
    "...",
    ". . .",
    "1.)",
    " b. ",
    "•",
    "\u200b",
    "\u200f",
    "\u202e",
    "🙂",
    "\u2028",
    "\xa0",
    "MOSCOW (AP) — ",
    "\r\n",
    " I. ",
]


def assert_exact_cover(source: str, spans: list[Span]) -> None:
    covered = [0] * len(source)
    previous_end = 0
    for span in spans:
        assert span.text == source[span.start : span.end]
        assert span.start < span.end
        assert span.start >= previous_end
        assert span.text == span.text.strip()
        previous_end = span.end
        for index in range(span.start, span.end):
            covered[index] += 1
    for index, char in enumerate(source):
        assert covered[index] == 1 or char.isspace() and covered[index] == 0, (index, char)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_offsets_exact_for_arbitrary_unicode(source):
    assert_exact_cover(source, split_sentences(source))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(NEWS_PIECES), max_size=60).map("".join))
def test_offsets_exact_for_news_like_text(source):
    assert_exact_cover(source, split_sentences(source))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Hi there.", "Dr. No left!", "“Go,” he said.", "Why?"]),
        min_size=1,
        max_size=6,
    )
)
def test_sentences_are_independent_of_separator_whitespace(sentences):
    assert texts(" ".join(sentences)) == texts("  \t".join(sentences))


def test_deterministic():
    source = "It rose 5%. “Why?” he asked. MOSCOW (AP) — fine.\nNext."
    assert split_sentences(source) == split_sentences(source)


WRAPPED = (
    "Israeli Prime Minister Benjamin Netanyahu met with Russian President\n"
    "Vladimir Putin in Moscow on Wednesday for talks focusing on Iranian\n"
    "presence in Syria, an issue that is expected to top the agenda of the\n"
    "upcoming summit. The two leaders spoke for three hours, officials said.\n"
    "\n"
    "Netanyahu underlined warm ties between Russia and Israel."
)


def test_hard_wrapped_copy_gives_whole_sentences_with_exact_offsets():
    """Copy pasted from an e-mail or a PDF breaks lines mid-sentence; a claim must still be
    the whole sentence, its offsets exact, and a blank line still ends the paragraph."""
    spans = split_sentences(WRAPPED)
    assert [span.text.split()[:2] for span in spans] == [
        ["Israeli", "Prime"],
        ["The", "two"],
        ["Netanyahu", "underlined"],
    ]
    assert spans[0].text.endswith("upcoming summit.") and "\n" in spans[0].text
    assert all(WRAPPED[span.start : span.end] == span.text for span in spans)
    first = extract_claims(WRAPPED)[0]
    assert (first.start, first.end) == (spans[0].start, spans[0].end)
    assert first.text.startswith(
        "Israeli Prime Minister Benjamin Netanyahu met with Russian "
        "President Vladimir Putin in Moscow"
    )
    assert "\n" not in first.text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a headline (no end punctuation, ends on a noun) above its first line stays apart
        (
            "Netanyahu meets Putin in Moscow as Iran's role tops the agenda\n"
            "MOSCOW (AP) — Israeli Prime Minister Benjamin Netanyahu met Putin.",
            [
                "Netanyahu meets Putin in Moscow as Iran's role tops the agenda",
                "MOSCOW (AP) —",
                "Israeli Prime Minister Benjamin Netanyahu met Putin.",
            ],
        ),
        # a line that ends its sentence is not run on, whatever follows
        (
            "The council approved the budget on Tuesday evening.\nthen it adjourned",
            ["The council approved the budget on Tuesday evening.", "then it adjourned"],
        ),
        # short lines (lists, verse, addresses) stay lines
        (
            "Ingredients for the stew\nsalt and pepper",
            ["Ingredients for the stew", "salt and pepper"],
        ),
        # a form feed or paragraph separator is never a wrap
        (
            "The ministry said the figures for the\u2029second quarter were revised.",
            ["The ministry said the figures for the", "second quarter were revised."],
        ),
    ],
)
def test_line_breaks_that_are_not_wraps_stay_boundaries(source, expected):
    assert [span.text for span in split_sentences(source)] == expected
