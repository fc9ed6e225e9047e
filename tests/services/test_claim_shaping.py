"""Shaping claims: the span arithmetic (pure, table-driven) and the undoable services."""

import pytest
from sqlalchemy import select

from webapp.extensions import db
from webapp.models import ClaimEvent, Status
from webapp.services import changes
from webapp.services import claim_shaping as shaping
from webapp.services.errors import Conflict, Invalid

# --- span arithmetic ---------------------------------------------------------------------------

EMOJI = "Fans 🎉👍🏽 cheered loudly"  # 👍🏽 is two code points
COMBINING = "the cafe\u0301 opened today"  # e + combining acute accent
RTL = "הממשלה אמרה 42 אחוז"
FAMILY = "a 👨\u200d👩\u200d👧 family"  # zero-width joiners inside one emoji


def _span(text, words):
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("text", "span", "edge", "expected"),
    [
        ("one two three four", "two three", "grow-end", "two three four"),
        ("one two three four", "two three", "grow-start", "one two three"),
        ("one two three four", "two three", "shrink-end", "two"),
        ("one two three four", "two three", "shrink-start", "three"),
        ("one two", "two", "shrink-end", "two"),  # a one-word claim keeps its word
        ("one two", "two", "grow-end", "two"),  # nothing after it
        ("one\ntwo three", "two", "grow-start", "two"),  # never across a paragraph
        ("one two\nthree", "two", "grow-end", "two"),
        ("one   two", "two", "grow-start", "one   two"),
        (EMOJI, "cheered", "grow-start", "🎉👍🏽 cheered"),
        (EMOJI, "🎉👍🏽 cheered", "shrink-start", "cheered"),
        (EMOJI, "Fans", "grow-end", "Fans 🎉👍🏽"),
        (COMBINING, "the", "grow-end", "the cafe\u0301"),
        (COMBINING, "cafe\u0301 opened", "shrink-end", "cafe\u0301"),
        (RTL, "אמרה", "grow-end", "אמרה 42"),
        (RTL, "אמרה 42", "grow-start", "הממשלה אמרה 42"),
        (RTL, "אמרה 42 אחוז", "shrink-start", "42 אחוז"),
        (FAMILY, "a", "grow-end", "a 👨\u200d👩\u200d👧"),
    ],
)
def test_moving_an_edge_by_one_word(text, span, edge, expected):
    start, end = shaping.move_edge(text, *_span(text, span), edge)
    assert text[start:end] == expected


def test_unknown_edge_is_refused():
    with pytest.raises(Invalid):
        shaping.move_edge("one two", 0, 3, "sideways")


@pytest.mark.parametrize(
    ("text", "expected_words"),
    [
        ("one two three", ["two", "three"]),
        (EMOJI, ["🎉👍🏽", "cheered", "loudly"]),
        (COMBINING, ["cafe\u0301", "opened", "today"]),
        (RTL, ["אמרה", "42", "אחוז"]),
        ("single", []),
        ("a  b", ["b"]),
    ],
)
def test_split_points_are_word_starts(text, expected_words):
    points = shaping.split_points(text, 0, len(text))
    assert [text[p:].split()[0] for p in points] == expected_words


@pytest.mark.parametrize(
    ("text", "at_word", "first", "second"),
    [
        ("Officials said unemployment fell.", "fell.", "Officials said unemployment", "fell."),
        (EMOJI, "cheered", "Fans 🎉👍🏽", "cheered loudly"),
        (RTL, "42", "הממשלה אמרה", "42 אחוז"),
    ],
)
def test_split_span_trims_both_parts(text, at_word, first, second):
    at = text.index(at_word)
    (a, b), (c, d) = shaping.split_span(text, 0, len(text), at)
    assert (text[a:b], text[c:d]) == (first, second)


@pytest.mark.parametrize("at", [0, 1, 3, 100])
def test_split_must_fall_between_words_inside_the_claim(at):
    with pytest.raises(Invalid):
        shaping.split_span("one two", 0, 7, at)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [("  two  ", (0, 7), (2, 5)), ("\n\n", (0, 2), (2, 2)), (" 🎉 ", (0, 3), (1, 2))],
)
def test_trim(text, span, expected):
    assert shaping.trim(text, *span) == expected


# --- services ----------------------------------------------------------------------------------

TEXT = (
    "Officials said unemployment fell to 3.9% in April. Critics said it hides part-time work.\n\n"
    "Fans 🎉👍🏽 cheered as the café’s owner said 42 people queued."
)


@pytest.fixture
def article(make_article):
    return make_article(text=TEXT)


@pytest.fixture
def editor(make_user):
    return make_user("editor1", "editor")


def _events(claim):
    return list(
        db.session.scalars(
            select(ClaimEvent).where(ClaimEvent.claim_id == claim.id).order_by(ClaimEvent.id)
        )
    )


def test_create_claim_checks_the_quote_and_records_history(article, editor):
    words = "cheered as the café’s owner"
    start = TEXT.index(words)
    claim = changes.create_claim(article, editor, start - 1, start + len(words) + 1, f" {words} ")
    assert (claim.start, claim.end, claim.passage) == (start, start + len(words), words)
    assert claim.quote_prefix.endswith("🎉👍🏽 ") and claim.quote_suffix.startswith(" said 42")
    assert [e.action for e in _events(claim)] == ["created"]
    with pytest.raises(Conflict):
        changes.create_claim(article, editor, start, start + len(words), words)


@pytest.mark.parametrize(
    ("start", "end", "quote"),
    [(0, 9, "Officialz"), (5, 3, ""), (0, 10_000, TEXT), (9, 10, " ")],
    ids=["quote mismatch", "backwards", "outside", "blank"],
)
def test_create_claim_refuses_bad_selections(article, editor, start, end, quote):
    count = len(article.claims)
    with pytest.raises(Invalid):
        changes.create_claim(article, editor, start, end, quote)
    db.session.expire(article, ["claims"])
    assert len(article.claims) == count


def test_adjust_span_bumps_version_and_undo_restores(article, editor):
    claim = article.claims[0]
    version, passage, text = claim.version, claim.passage, claim.text
    changes.apply(claim, editor, changes.AdjustSpan("shrink-end"), version)
    assert claim.version == version + 1 and len(claim.passage) < len(passage)
    event = _events(claim)[-1]
    assert event.action == "span adjusted" and changes.can_undo(claim, event)
    with pytest.raises(Conflict):
        changes.apply(claim, editor, changes.AdjustSpan("grow-end"), version)  # stale version
    changes.apply(claim, editor, changes.Undo(event.id), claim.version)
    assert (claim.passage, claim.text) == (passage, text)
    assert _events(claim)[-1].action == "undone"
    with pytest.raises(Conflict):
        changes.apply(claim, editor, changes.Undo(event.id), claim.version)  # already undone


def test_split_then_merge_then_undo_both(article, editor):
    claim = next(c for c in article.claims if "unemployment" in c.passage)
    original = (claim.start, claim.end)
    at = TEXT.index("fell to")
    second = changes.apply(claim, editor, changes.Split(at), claim.version).result
    assert claim.passage == "Officials said unemployment"
    assert second.passage.startswith("fell to 3.9%")
    assert changes.next_claim(claim).id == second.id

    changes.apply(claim, editor, changes.Merge(second.id), claim.version)
    assert (claim.start, claim.end) == (original[0], second.end)
    assert second.dismissed_reason == f"Merged into claim {claim.id}"
    merge_event = _events(claim)[-1]
    partner_event = _events(second)[-1]
    assert not changes.undoable(partner_event)  # undone from the claim that merged

    changes.apply(claim, editor, changes.Undo(merge_event.id), claim.version)
    assert claim.passage == "Officials said unemployment" and second.dismissed_reason is None

    split_event = next(e for e in _events(claim) if e.action == "split")
    changes.apply(claim, editor, changes.Undo(split_event.id), claim.version)
    assert (claim.start, claim.end) == original
    assert second.dismissed_reason.startswith("Split from claim")


def test_merge_refuses_a_claim_that_is_not_next(article, editor):
    first, *_ = sorted(article.claims, key=lambda c: c.start)
    with pytest.raises(Conflict):
        changes.apply(first, editor, changes.Merge(first.id), first.version)


def test_dismiss_needs_a_reason_and_undo_brings_it_back(article, editor):
    claim = article.claims[0]
    with pytest.raises(Invalid):
        changes.apply(claim, editor, changes.Dismiss("   "), claim.version)
    changes.apply(claim, editor, changes.Dismiss("An opinion"), claim.version)
    assert claim.dismissed_reason == "An opinion"
    event = _events(claim)[-1]
    changes.apply(claim, editor, changes.Undo(event.id), claim.version)
    assert claim.dismissed_reason is None


def test_undo_a_status_change(article, editor):
    claim = article.claims[0]
    in_progress = db.session.scalar(select(Status).where(Status.name == "In progress"))
    previous = claim.status_id
    changes.apply(
        claim, editor, changes.SetFields.of(**{"status_id": in_progress.id}), claim.version
    )
    event = next(e for e in reversed(_events(claim)) if e.field == "status")
    changes.apply(claim, editor, changes.Undo(event.id), claim.version)
    assert claim.status_id == previous


def test_edit_source_records_before_and_after_and_refuses_duplicates(article, editor):
    claim = article.claims[0]
    one = changes.apply(
        claim, editor, changes.AddSource(changes.SourceFields(url="https://one.example.org/"))
    ).result
    changes.apply(
        claim, editor, changes.AddSource(changes.SourceFields(url="https://two.example.org/"))
    )
    db.session.expire(claim, ["sources"])
    edited = changes.SourceFields(url="https://one.example.org/a", title="One", stance="refutes")
    changes.apply(claim, editor, changes.EditSource(one.id, edited))
    event = _events(claim)[-1]
    assert event.action == "source edited"
    assert event.before["url"] == "https://one.example.org/"
    assert event.after["title"] == "One"
    with pytest.raises(Conflict):
        source = changes.SourceFields(url="https://two.example.org/")
        changes.apply(claim, editor, changes.EditSource(one.id, source))
    with pytest.raises(Invalid):
        source = changes.SourceFields(url="javascript:alert(1)")
        changes.apply(claim, editor, changes.EditSource(one.id, source))
