"""Changing claims: every change goes through here and lands in the claim's history."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.exc import StaleDataError

from webapp.extensions import db
from webapp.models import Claim, ClaimEvent, Note, Source, Status, User
from webapp.models.base import utcnow
from webapp.models.claim import CLAIM_TEXT_MAX
from webapp.services import history
from webapp.services.articles import validate_http_url
from webapp.services.errors import Conflict, Invalid, NotFound

STANCES = ("supports", "refutes", "context")
EDITABLE_FIELDS = ("status_id", "text", "speaker", "assignee_id")
ASSIGNABLE_ROLES = ("admin", "editor", "reviewer")
NOTE_MAX = 20_000


@dataclass(frozen=True)
class ClaimPanel:
    """Everything the claim panel shows, loaded in a fixed number of queries."""

    claim: Claim
    events: list[ClaimEvent]


def get_claim(claim_id: int) -> Claim:
    claim = db.session.get(
        Claim,
        claim_id,
        options=[selectinload(Claim.status), selectinload(Claim.article)],
    )
    if claim is None or claim.article.deleted_at is not None:
        raise NotFound("There is no claim with that number.")
    return claim


def load_panel(claim_id: int) -> ClaimPanel:
    claim = get_claim(claim_id)
    return ClaimPanel(claim=claim, events=claim_history(claim, newest_first=True))


def claim_history(claim: Claim, newest_first: bool = False) -> list[ClaimEvent]:
    order = ClaimEvent.id.desc() if newest_first else ClaimEvent.id
    return list(
        db.session.scalars(
            select(ClaimEvent)
            .where(ClaimEvent.claim_id == claim.id)
            .options(selectinload(ClaimEvent.user))
            .order_by(order)
        )
    )


def _status_value(status: Status | None) -> dict | None:
    return None if status is None else {"id": status.id, "name": status.name}


def update_claim(
    claim: Claim, user: User, expected_version: int, changes: dict, action: str = "changed"
) -> Claim:
    """Apply field changes made from `expected_version`; refuse them if the claim moved on."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise Invalid(f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
    if expected_version != claim.version:
        raise _stale(claim)
    recorded: list[tuple[str, object, object]] = []
    if "status_id" in changes and changes["status_id"] != claim.status_id:
        status = db.session.get(Status, changes["status_id"])
        if status is None:
            raise Invalid("That status does not exist.", {"status_id": "unknown"})
        recorded.append(("status", _status_value(claim.status), _status_value(status)))
        claim.status = status
    if "text" in changes:
        text = (changes["text"] or "").strip()
        if not text:
            raise Invalid("The claim's wording cannot be empty.", {"text": "required"})
        if len(text) > CLAIM_TEXT_MAX:
            raise Invalid(f"The claim's wording is longer than {CLAIM_TEXT_MAX} characters.")
        if text != claim.text:
            recorded.append(("text", claim.text, text))
            claim.text = text
    if "speaker" in changes:
        speaker = (changes["speaker"] or "").strip() or None
        if speaker is not None and len(speaker) > 200:
            raise Invalid("The speaker's name is longer than 200 characters.")
        if speaker != claim.speaker:
            recorded.append(("speaker", claim.speaker, speaker))
            claim.speaker = speaker
    if "assignee_id" in changes and changes["assignee_id"] != claim.assignee_id:
        assignee = _assignee(changes["assignee_id"])
        recorded.append(("assignee", _user_value(claim.assignee), _user_value(assignee)))
        claim.assignee = assignee
    if not recorded:
        return claim
    claim.version += 1
    claim.updated_at = utcnow()
    claim.updated_by_id = user.id
    for field, before, after in recorded:
        history.record(claim, user, action, field, before, after)
    if recorded[0][0] == "status":
        from webapp.services import review  # a final status is a verdict awaiting approval

        review.status_changed(claim, user)
    try:
        db.session.flush()
    except StaleDataError:
        db.session.rollback()
        raise _stale(db.session.get(Claim, claim.id)) from None
    return claim


def _assignee(user_id: int | None) -> User | None:
    if user_id is None:
        return None
    user = db.session.get(User, user_id)
    if user is None or not user.active or user.role not in ASSIGNABLE_ROLES:
        raise Invalid("Claims can be assigned only to active reviewers, editors or admins.")
    return user


def _user_value(user: User | None) -> dict | None:
    return None if user is None else {"id": user.id, "name": user.username}


def _stale(current: Claim) -> Conflict:
    who = current.updated_by.username if current.updated_by else "someone"
    when = current.updated_at.strftime("%Y-%m-%d %H:%M UTC")
    return Conflict(
        f"This claim was changed by {who} at {when} after you opened it. "
        "Your change was not saved; review the current values and apply it again.",
        {
            "version": current.version,
            "status": current.status.name,
            "text": current.text,
            "speaker": current.speaker,
            "assignee": current.assignee.username if current.assignee else None,
            "changed_by": who,
        },
    )


def add_source(
    claim: Claim,
    user: User,
    *,
    url: str,
    title: str = "",
    publisher: str = "",
    stance: str = "context",
    accessed_on: date | None = None,
) -> Source:
    url = _checked_source_fields(claim, url, stance, editing=None)
    source = Source(
        claim_id=claim.id,
        url=url,
        title=title.strip()[:500],
        publisher=publisher.strip()[:200],
        stance=stance,
        accessed_on=accessed_on,
        created_by_id=user.id,
    )
    db.session.add(source)
    db.session.flush()
    history.record(claim, user, "source added", "source", None, _source_value(source))
    return source


def _checked_source_fields(claim: Claim, url: str, stance: str, editing: Source | None) -> str:
    """The validated address; refuses a bad stance or an address the claim already cites."""
    url = validate_http_url(url)
    if stance not in STANCES:
        raise Invalid(f"Stance must be one of {', '.join(STANCES)}.", {"stance": "invalid"})
    if any(other.url == url and other is not editing for other in claim.sources):
        message = (
            "This source is already cited on the claim."
            if editing is None
            else "Another source on this claim already has this address."
        )
        raise Conflict(message, {"url": url})
    return url


def remove_source(claim: Claim, user: User, source_id: int) -> None:
    source = _live_child(Source, claim, source_id, "source")
    source.deleted_at = utcnow()
    history.record(claim, user, "source removed", "source", _source_value(source), None)


def add_note(claim: Claim, user: User, body: str) -> Note:
    body = normalise_note(body)
    note = Note(claim_id=claim.id, body=body, author_id=user.id)
    db.session.add(note)
    db.session.flush()
    history.record(claim, user, "note added", "note", None, {"id": note.id, "body": body})
    return note


def remove_note(claim: Claim, user: User, note_id: int) -> None:
    note = _live_child(Note, claim, note_id, "note")
    note.deleted_at = utcnow()
    history.record(claim, user, "note removed", "note", {"id": note.id, "body": note.body}, None)


def edit_note(claim: Claim, user: User, note_id: int, body: str) -> Note:
    note = get_note(claim, note_id)
    body = normalise_note(body)
    if body != note.body:
        history.record(
            claim,
            user,
            "note edited",
            "note",
            {"id": note.id, "body": note.body},
            {"id": note.id, "body": body},
        )
        note.body = body
    db.session.flush()
    return note


def get_source(claim: Claim, source_id: int) -> Source:
    return _live_child(Source, claim, source_id, "source")


def get_note(claim: Claim, note_id: int) -> Note:
    return _live_child(Note, claim, note_id, "note")


def normalise_note(body: str) -> str:
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise Invalid("The note is empty.", {"body": "required"})
    if len(body) > NOTE_MAX:
        raise Invalid(f"The note is longer than {NOTE_MAX:,} characters.", {"body": "too long"})
    return body


def _live_child(model: type[Source] | type[Note], claim: Claim, child_id: int, label: str):
    child = db.session.get(model, child_id)
    if child is None or child.claim_id != claim.id or child.deleted_at is not None:
        raise NotFound(f"There is no such {label} on this claim.")
    return child


def _source_value(source: Source) -> dict:
    return {
        "id": source.id,
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "stance": source.stance,
        "accessed_on": source.accessed_on.isoformat() if source.accessed_on else None,
    }


def stale_conflict(current: Claim) -> Conflict:
    """The Conflict for a change made from an old version (shared with the shaping service)."""
    return _stale(current)


def edit_source(
    claim: Claim,
    user: User,
    source_id: int,
    *,
    url: str,
    title: str = "",
    publisher: str = "",
    stance: str = "context",
    accessed_on: date | None = None,
) -> Source:
    """Correct a cited source; the history keeps the old and new values."""
    source = _live_child(Source, claim, source_id, "source")
    url = _checked_source_fields(claim, url, stance, editing=source)
    before = _source_value(source)
    source.url = url
    source.title = title.strip()[:500]
    source.publisher = publisher.strip()[:200]
    source.stance = stance
    source.accessed_on = accessed_on
    after = _source_value(source)
    if after != before:
        history.record(claim, user, "source edited", "source", before, after)
    return source
