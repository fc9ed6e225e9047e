"""Reading a claim's live source or note, and editing a note with a history entry.

edit_note belongs beside add_note in services/claims.py; it lives here until that module's
owner takes it in (sources are edited with services.claims.edit_source)."""

from webapp.extensions import db
from webapp.models import Claim, Note, Source, User
from webapp.services import history
from webapp.services.claims import normalise_note
from webapp.services.errors import NotFound


def _live(model, claim: Claim, child_id: int, label: str):
    child = db.session.get(model, child_id)
    if child is None or child.claim_id != claim.id or child.deleted_at is not None:
        raise NotFound(f"There is no such {label} on this claim.")
    return child


def get_source(claim: Claim, source_id: int) -> Source:
    return _live(Source, claim, source_id, "source")


def get_note(claim: Claim, note_id: int) -> Note:
    return _live(Note, claim, note_id, "note")


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
