"""Shaping claims: create one from a selection, grow or shrink its span, split, merge, dismiss,
and undo any of these.

The span arithmetic at the top is plain functions on (text, start, end) in Python code points;
a "word" is a run of non-whitespace, so emoji, combining marks and right-to-left letters stay
inside the word they belong to. The service functions below keep every change undoable: each
history event stores a snapshot of the claim before and after (plus snapshots of any other
claim it touched), and undo restores the "before" snapshots after checking that nothing has
changed since. A claim that did not exist before is represented as a dismissed one, so undoing
a creation or a split dismisses the new claim rather than deleting it.
"""

import re

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from webapp.extensions import db
from webapp.extraction import rules
from webapp.extraction.scoring import score_passage
from webapp.models import Article, Claim, ClaimEvent, User
from webapp.models.base import utcnow
from webapp.models.claim import CLAIM_TEXT_MAX
from webapp.services import claims as claim_service
from webapp.services import history
from webapp.services.errors import Conflict, Invalid, NotFound
from webapp.services.statuses import default_status

QUOTE_CONTEXT = 32
REASON_MAX = 500
SPAN_EDGES = ("grow-start", "shrink-start", "grow-end", "shrink-end")
SNAPSHOT_FIELDS = ("start", "end", "text", "quote_prefix", "quote_suffix", "dismissed_reason")
FIELD_UNDO = {
    "status": "status_id",
    "text": "text",
    "speaker": "speaker",
    "assignee": "assignee_id",
}
CREATION_UNDONE = "Creation undone"
PARTNER_KEYS = frozenset({"from_claim", "into_claim", "via_claim"})


# --- span arithmetic (pure) -------------------------------------------------------------------


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def grow_end(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the next word after the span (no change at the end of the paragraph)."""
    position = end
    while position < len(text) and text[position].isspace() and text[position] != "\n":
        position += 1
    if position >= len(text) or text[position] == "\n":
        return start, end
    while position < len(text) and not text[position].isspace():
        position += 1
    return start, position


def grow_start(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the word before the span (no change at the start of the paragraph)."""
    position = start
    while position > 0 and text[position - 1].isspace() and text[position - 1] != "\n":
        position -= 1
    if position == 0 or text[position - 1] == "\n":
        return start, end
    while position > 0 and not text[position - 1].isspace():
        position -= 1
    return position, end


def shrink_end(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the span's last word; a one-word span stays as it is."""
    position = end
    while position > start and not text[position - 1].isspace():
        position -= 1
    new_start, new_end = trim(text, start, position)
    return (start, end) if new_end <= new_start else (start, new_end)


def shrink_start(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the span's first word; a one-word span stays as it is."""
    position = start
    while position < end and not text[position].isspace():
        position += 1
    new_start, new_end = trim(text, position, end)
    return (start, end) if new_end <= new_start else (new_start, end)


def move_edge(text: str, start: int, end: int, edge: str) -> tuple[int, int]:
    moves = {
        "grow-start": grow_start,
        "shrink-start": shrink_start,
        "grow-end": grow_end,
        "shrink-end": shrink_end,
    }
    if edge not in moves:
        raise Invalid("Choose which end of the claim to move.", {"edge": "invalid"})
    return moves[edge](text, start, end)


def split_points(text: str, start: int, end: int) -> list[int]:
    """Offsets inside the span where a word starts: the places a claim can be split."""
    return [
        position
        for position in range(start + 1, end)
        if not text[position].isspace() and text[position - 1].isspace()
    ]


def split_span(text: str, start: int, end: int, at: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The two trimmed spans either side of `at`, which must be a split point."""
    if at not in split_points(text, start, end):
        raise Invalid("Split the claim between two words inside it.", {"at": "invalid"})
    return trim(text, start, at), trim(text, at, end)


def collapse_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- services ---------------------------------------------------------------------------------


def snapshot(claim: Claim) -> dict:
    return {field: getattr(claim, field) for field in SNAPSHOT_FIELDS}


def create_claim(article: Article, user: User, start: int, end: int, quote: str) -> Claim:
    """A new claim from a passage the user selected; `quote` must be exactly text[start:end]."""
    text = article.text
    if not (0 <= start < end <= len(text)):
        raise Invalid("The selection is outside the article; reload the page and try again.")
    if text[start:end] != quote:
        raise Invalid(
            "The selected text does not match the article at that place; "
            "reload the page and select it again.",
            {"quote": "mismatch"},
        )
    start, end = trim(text, start, end)
    if start == end:
        raise Invalid("Select some words, not only spaces.", {"quote": "empty"})
    passage = text[start:end]
    if len(passage) > CLAIM_TEXT_MAX:
        raise Invalid(f"A claim can be at most {CLAIM_TEXT_MAX} characters long.")
    duplicate = db.session.scalar(
        select(Claim.id).where(
            Claim.article_id == article.id,
            Claim.start == start,
            Claim.end == end,
            Claim.dismissed_reason.is_(None),
        )
    )
    if duplicate is not None:
        raise Conflict(f"This passage is already claim {duplicate}.", {"claim_id": duplicate})
    wording = collapse_spaces(passage)
    has_number = bool(rules.NUMBER.search(passage))
    score, reasons = score_passage(wording, "fact", None, has_number)
    claim = Claim(
        article_id=article.id,
        start=start,
        end=end,
        text=wording,
        kind="fact",
        speaker=None,
        score=score,
        reasons=[*reasons, "added by hand"],
        checkable=True,
        status=default_status(),
        created_by_id=user.id,
        updated_by_id=user.id,
    )
    _set_quote(claim, text)
    db.session.add(claim)
    db.session.flush()
    after = snapshot(claim)
    history.record(
        claim, user, "created", "span", {**after, "dismissed_reason": CREATION_UNDONE}, after
    )
    return claim


def adjust_span(claim: Claim, user: User, expected_version: int, edge: str) -> Claim:
    """Grow or shrink the claim by one word at its start or end."""
    _check_version(claim, expected_version)
    text = claim.article.text
    start, end = move_edge(text, claim.start, claim.end, edge)
    if (start, end) == (claim.start, claim.end):
        raise Invalid(
            "The claim cannot move that way: it is one word long or at the paragraph's edge.",
            {"edge": "no change"},
        )
    before = snapshot(claim)
    _set_span(claim, text, start, end)
    _finish(claim, user)
    history.record(claim, user, "span adjusted", "span", before, snapshot(claim))
    _flush(claim)
    return claim


def split_claim(claim: Claim, user: User, expected_version: int, at: int) -> Claim:
    """Cut the claim in two at `at`; the claim keeps the first part, a new claim the second."""
    _check_version(claim, expected_version)
    text = claim.article.text
    (first_start, first_end), (second_start, second_end) = split_span(
        text, claim.start, claim.end, at
    )
    before = snapshot(claim)
    second = Claim(
        article_id=claim.article_id,
        start=second_start,
        end=second_end,
        text=collapse_spaces(text[second_start:second_end]),
        kind=claim.kind,
        speaker=claim.speaker,
        score=claim.score,
        reasons=list(claim.reasons or []),
        checkable=claim.checkable,
        status_id=claim.status_id,
        assignee_id=claim.assignee_id,
        created_by_id=user.id,
        updated_by_id=user.id,
    )
    _set_quote(second, text)
    db.session.add(second)
    _set_span(claim, text, first_start, first_end, follow_passage=True)
    _finish(claim, user)
    db.session.flush()
    second_after = snapshot(second)
    second_before = {**second_after, "dismissed_reason": f"Split from claim {claim.id} undone"}
    history.record(
        claim,
        user,
        "split",
        "span",
        {**before, "others": {str(second.id): second_before}},
        {**snapshot(claim), "others": {str(second.id): second_after}},
    )
    history.record(
        second,
        user,
        "created",
        "span",
        {**second_before, "from_claim": claim.id},
        {**second_after, "from_claim": claim.id},
    )
    _flush(claim)
    return second


def dismissed_claims(article: Article) -> list[Claim]:
    """The article's dismissed claims (not claims, merged away, undone), in reading order."""
    return list(
        db.session.scalars(
            select(Claim)
            .where(Claim.article_id == article.id, Claim.dismissed_reason.is_not(None))
            .order_by(Claim.start, Claim.id)
        )
    )


def next_claim(claim: Claim) -> Claim | None:
    """The live claim that follows this one in the same paragraph, if any (merge partner)."""
    text = claim.article.text
    candidate = db.session.scalar(
        select(Claim)
        .where(
            Claim.article_id == claim.article_id,
            Claim.id != claim.id,
            Claim.dismissed_reason.is_(None),
            Claim.start >= claim.end,
        )
        .order_by(Claim.start, Claim.end, Claim.id)
        .limit(1)
    )
    if candidate is None or "\n" in text[claim.end : candidate.start]:
        return None
    return candidate


def merge_with_next(claim: Claim, user: User, expected_version: int, other_id: int) -> Claim:
    """Join the next claim in the paragraph onto this one; the other is dismissed as merged."""
    _check_version(claim, expected_version)
    if claim.dismissed_reason is not None:
        raise Invalid("A dismissed claim cannot be merged; undo the dismissal first.")
    other = next_claim(claim)
    if other is None or other.id != other_id:
        raise Conflict(
            "The claims are no longer next to each other; reload the page and try again.",
            {"other_id": other_id},
        )
    text = claim.article.text
    before, other_before = snapshot(claim), snapshot(other)
    wording = f"{claim.text.rstrip()} {other.text.lstrip()}"[:CLAIM_TEXT_MAX]
    _set_span(claim, text, claim.start, other.end)
    claim.text = wording
    other.dismissed_reason = f"Merged into claim {claim.id}"
    _finish(claim, user)
    _finish(other, user)
    other_after = snapshot(other)
    history.record(
        claim,
        user,
        "merged",
        "span",
        {**before, "others": {str(other.id): other_before}},
        {**snapshot(claim), "others": {str(other.id): other_after}},
    )
    history.record(
        other,
        user,
        "merged",
        "dismissal",
        {**other_before, "into_claim": claim.id},
        {**other_after, "into_claim": claim.id},
    )
    _flush(claim)
    return claim


def dismiss_claim(claim: Claim, user: User, expected_version: int, reason: str) -> Claim:
    """Mark the claim as "not a claim"; it leaves the article's list but keeps its history."""
    _check_version(claim, expected_version)
    reason = " ".join((reason or "").split())
    if not reason:
        raise Invalid("Say why this is not a claim.", {"reason": "required"})
    if len(reason) > REASON_MAX:
        raise Invalid(f"The reason is longer than {REASON_MAX} characters.", {"reason": "too long"})
    if claim.dismissed_reason is not None:
        raise Invalid("This claim is already dismissed.")
    before = snapshot(claim)
    claim.dismissed_reason = reason
    _finish(claim, user)
    history.record(claim, user, "dismissed", "dismissal", before, snapshot(claim))
    _flush(claim)
    return claim


def undoable(event: ClaimEvent) -> bool:
    """Whether the history entry is a change that undo knows how to reverse."""
    if event.field in ("span", "dismissal"):
        # Entries written on the partner claim of a split, merge or undo are undone from the
        # claim that made the change, so both claims move back together.
        return (
            isinstance(event.before, dict)
            and isinstance(event.after, dict)
            and not PARTNER_KEYS & set(event.after)
        )
    return event.action == "changed" and event.field in FIELD_UNDO


def can_undo(claim: Claim, event: ClaimEvent) -> bool:
    """Whether undoing the entry would work now: the claim still looks as the entry left it."""
    if not undoable(event):
        return False
    if event.field in FIELD_UNDO:
        return _comparable(_current_value(claim, event.field)) == _comparable(event.after)
    return snapshot(claim) == {field: event.after.get(field) for field in SNAPSHOT_FIELDS}


def undo(claim: Claim, user: User, expected_version: int, event_id: int) -> Claim:
    """Reverse one history entry of this claim, if nothing it touched has changed since."""
    _check_version(claim, expected_version)
    event = db.session.get(ClaimEvent, event_id)
    if event is None or event.claim_id != claim.id or not undoable(event):
        raise NotFound("There is no change with that number to undo on this claim.")
    if event.field in FIELD_UNDO:
        return _undo_field(claim, user, event)
    targets = [(claim, event.before, event.after)]
    for other_id, other_after in (event.after.get("others") or {}).items():
        other = db.session.get(Claim, int(other_id))
        if other is None:
            raise NotFound(f"Claim {other_id}, touched by this change, no longer exists.")
        targets.append((other, event.before["others"][other_id], other_after))
    for target, _before, after in targets:
        if snapshot(target) != {field: after.get(field) for field in SNAPSHOT_FIELDS}:
            raise Conflict(
                f"Claim {target.id} has changed since; undo the later changes first.",
                {"claim_id": target.id},
            )
    changes = []
    for target, before, _after in targets:
        current = snapshot(target)
        for field in SNAPSHOT_FIELDS:
            setattr(target, field, before.get(field))
        _finish(target, user)
        changes.append((target, current, snapshot(target)))
    main_before, main_after = changes[0][1], changes[0][2]
    if len(changes) > 1:
        main_before = {**main_before, "others": {str(t.id): b for t, b, _ in changes[1:]}}
        main_after = {**main_after, "others": {str(t.id): a for t, _, a in changes[1:]}}
    history.record(
        claim, user, "undone", event.field, {**main_before, "undoes": event.id}, main_after
    )
    for target, before, after in changes[1:]:
        history.record(target, user, "undone", "span", before, {**after, "via_claim": claim.id})
    _flush(claim)
    return claim


def _undo_field(claim: Claim, user: User, event: ClaimEvent) -> Claim:
    key = FIELD_UNDO[event.field]
    if _comparable(_current_value(claim, event.field)) != _comparable(event.after):
        raise Conflict(
            f"The {event.field} has changed since; undo the later changes first.",
            {"field": event.field},
        )
    value = event.before
    if key.endswith("_id"):
        value = value["id"] if isinstance(value, dict) else None
    return claim_service.update_claim(claim, user, claim.version, {key: value})


def _current_value(claim: Claim, field: str) -> object:
    if field == "status":
        return claim.status_id
    if field == "assignee":
        return claim.assignee_id
    return getattr(claim, field)


def _comparable(value: object) -> object:
    return value.get("id") if isinstance(value, dict) else value


def _check_version(claim: Claim, expected_version: int) -> None:
    if expected_version != claim.version:
        raise claim_service.stale_conflict(claim)


def _set_quote(claim: Claim, text: str) -> None:
    claim.quote_prefix = text[max(0, claim.start - QUOTE_CONTEXT) : claim.start]
    claim.quote_suffix = text[claim.end : claim.end + QUOTE_CONTEXT]


def _set_span(claim: Claim, text: str, start: int, end: int, follow_passage: bool = False) -> None:
    """Move the span; the wording follows the passage unless a reviewer had reworded it."""
    reworded = collapse_spaces(claim.text) != collapse_spaces(text[claim.start : claim.end])
    claim.start, claim.end = start, end
    _set_quote(claim, text)
    if follow_passage or not reworded:
        claim.text = collapse_spaces(text[start:end])[:CLAIM_TEXT_MAX]


def _finish(claim: Claim, user: User) -> None:
    claim.version += 1
    claim.updated_at = utcnow()
    claim.updated_by_id = user.id


def _flush(claim: Claim) -> None:
    try:
        db.session.flush()
    except StaleDataError:
        db.session.rollback()
        raise claim_service.stale_conflict(db.session.get(Claim, claim.id)) from None
