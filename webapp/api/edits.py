"""Editing a source or a note already on a claim, each change written to the claim's history.

These belong beside add_source/add_note in services/claims.py; they live here until that
module's owner takes them in."""

from datetime import date

from webapp.extensions import db
from webapp.models import Claim, Note, Source, User
from webapp.services import history
from webapp.services.articles import validate_http_url
from webapp.services.claims import STANCES, normalise_note
from webapp.services.errors import Conflict, Invalid, NotFound

SOURCE_FIELDS = ("url", "title", "publisher", "stance", "accessed_on")


def _live(model, claim: Claim, child_id: int, label: str):
    child = db.session.get(model, child_id)
    if child is None or child.claim_id != claim.id or child.deleted_at is not None:
        raise NotFound(f"There is no such {label} on this claim.")
    return child


def source_value(source: Source) -> dict:
    return {
        "id": source.id,
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "stance": source.stance,
        "accessed_on": source.accessed_on.isoformat() if source.accessed_on else None,
    }


def get_source(claim: Claim, source_id: int) -> Source:
    return _live(Source, claim, source_id, "source")


def get_note(claim: Claim, note_id: int) -> Note:
    return _live(Note, claim, note_id, "note")


def edit_source(claim: Claim, user: User, source_id: int, changes: dict) -> Source:
    """Change a cited source's address, title, publisher, stance or access date."""
    source = get_source(claim, source_id)
    before = source_value(source)
    if "url" in changes:
        url = validate_http_url(changes["url"])
        if url != source.url and any(other.url == url for other in claim.sources):
            raise Conflict("This source is already cited on the claim.", {"url": url})
        source.url = url
    if "title" in changes:
        source.title = (changes["title"] or "").strip()[:500]
    if "publisher" in changes:
        source.publisher = (changes["publisher"] or "").strip()[:200]
    if "stance" in changes:
        if changes["stance"] not in STANCES:
            raise Invalid(f"Stance must be one of {', '.join(STANCES)}.", {"stance": "invalid"})
        source.stance = changes["stance"]
    if "accessed_on" in changes:
        accessed_on: date | None = changes["accessed_on"]
        source.accessed_on = accessed_on
    after = source_value(source)
    if after != before:
        history.record(claim, user, "source edited", "source", before, after)
    db.session.flush()
    return source


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
