"""Cutting the article into highlighted segments: the browser rebuilds code-point offsets from
each paragraph's start, so segments must reproduce the article text exactly."""

import random
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from webapp.services.highlight import highlight, paragraph_bounds


def _claim(claim_id, start, end):
    return SimpleNamespace(id=claim_id, start=start, end=end)


TEXTS = [
    "One claim here.\n\nFans 🎉👍🏽 cheered at the cafe\u0301.\n\nהממשלה אמרה 42 אחוז.",
    "\n\nLeading blank lines.\n   \nA whitespace-only line above.\n",
    "No claims at all.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_each_paragraph_reproduces_the_article_from_its_start(text):
    claims = [_claim(1, 0, min(8, len(text))), _claim(2, 2, min(5, len(text)))]
    for paragraph in highlight(text, claims):
        start = paragraph[0].start
        joined = "".join(segment.text for segment in paragraph)
        assert text[start : start + len(joined)] == joined
        for segment in paragraph:
            assert text[segment.start : segment.start + len(segment.text)] == segment.text


def test_nested_and_overlapping_claims_split_segments_outermost_first():
    text = "Officials said unemployment fell to 3.9% in April."
    outer, inner = _claim(1, 0, len(text)), _claim(2, 15, 40)
    (paragraph,) = highlight(text, [inner, outer])
    assert [(s.text, [c.id for c in s.claims]) for s in paragraph] == [
        ("Officials said ", [1]),
        ("unemployment fell to 3.9%", [1, 2]),
        (" in April.", [1]),
    ]
    assert paragraph[1].innermost.id == 2


def test_emoji_offsets_are_code_points():
    text = "🎉👍🏽 big news\n\nSecond 🎉 paragraph"
    paragraphs = highlight(text, [_claim(1, 4, 12)])
    assert paragraphs[0][1].text == "big news" and paragraphs[0][1].start == 4
    assert paragraphs[1][0].start == text.index("Second")


@pytest.mark.parametrize("seed", range(20))
def test_covering_claims_match_a_brute_force_check(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice("ab 🎉\n") for _ in range(60))
    claims = []
    for claim_id in range(rng.randint(0, 12)):
        start = rng.randint(0, 59)
        claims.append(_claim(claim_id, start, rng.randint(start + 1, 60)))
    for paragraph in highlight(text, claims):
        for segment in paragraph:
            end = segment.start + len(segment.text)
            expected = sorted(
                (c for c in claims if c.start <= segment.start and end <= c.end),
                key=lambda c: (c.start, -c.end, c.id),
            )
            assert list(segment.claims) == expected


@given(st.text(alphabet=st.sampled_from("ab \n\r\t\u00a0é"), max_size=60))
def test_paragraph_bounds_are_the_paragraphs_highlight_makes(text):
    """A reshaping change finds the paragraphs whose marks moved from these bounds, without
    cutting a long article into segments: they must be exactly highlight's paragraphs."""
    expected = [(p[0].start, p[-1].start + len(p[-1].text)) for p in highlight(text, [])]
    assert paragraph_bounds(text) == expected


@given(
    st.text(alphabet=st.sampled_from("ab \n"), max_size=50),
    st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=6),
    st.data(),
)
def test_highlighting_a_window_of_paragraphs_gives_the_same_segments(text, spans, data):
    claims = [
        _claim(n, min(a, b, len(text)), min(max(a, b), len(text))) for n, (a, b) in enumerate(spans)
    ]
    claims = [claim for claim in claims if claim.start < claim.end]
    bounds = paragraph_bounds(text)
    if not bounds:
        return
    first = data.draw(st.integers(0, len(bounds) - 1))
    last = data.draw(st.integers(first, len(bounds) - 1))
    window = (bounds[first][0], bounds[last][1])
    whole = [
        p for p in highlight(text, claims) if window[0] <= p[0].start and p[-1].start < window[1]
    ]
    assert highlight(text, claims, window) == whole
