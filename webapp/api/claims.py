"""Claims: list with the article page's filters, read, update with a version check, sources,
notes and history."""

from collections.abc import Callable

from flask import request

from webapp.api import bp
from webapp.api.auth import api_user, requires
from webapp.api.body import date_field, int_field, json_body, query_int, text_field
from webapp.api.presenters import claim_json, page_json
from webapp.database import reads_only
from webapp.extensions import db
from webapp.fields import CLAIM, NOTE, SOURCE, check_value
from webapp.models import Status
from webapp.services import articles as article_service
from webapp.services import changes, claim_pages, comments, request_keys, search_index
from webapp.services import claims as claim_service
from webapp.services.claim_filters import ClaimFilter
from webapp.services.errors import Invalid, NotFound
from webapp.services.exports.records import Children, event_record, note_record, source_record
from webapp.services.exports.selection import comments_by_claim, usernames
from webapp.services.statuses import find_status
from webapp.services.users import find_user_by_name

CLAIM_FIELDS = ("version", "status", "text", "speaker", "assignee")
# A reviewer's action is one request: a change of the claim's fields may carry a note with it.
CLAIM_CHANGE_FIELDS = (*CLAIM_FIELDS, "note")
SOURCE_FIELDS = ("url", "title", "publisher", "stance", "accessed_on")
NOTE_FIELDS = ("body",)


def _claim_response(claim_id: int, status: int = 200):
    """The claim as it is now. After a change was committed, this reads in a transaction of
    its own that takes no write lock (SQLite): colleagues' saves need not wait for it."""
    with reads_only():
        claim = claim_service.get_claim(claim_id, with_children=True)
        return claim_json(claim, Children.loaded(claim, comments.thread(claim))), status


@bp.get("/claims")
@requires("read")
def list_claims():
    article_id = request.args.get("article_id")
    if article_id is not None:
        article_id = query_int("article_id", 0, 1, 2**31 - 1)
        article_service.get_article(article_id)
    page = claim_pages.claims_page(
        ClaimFilter.from_args(request.args),
        article_id,
        query_int("page", 1, 1, 1_000_000),
        query_int("per_page", 50, 1, 200),
    )
    names = usernames()
    comments = comments_by_claim([claim.id for claim in page.items])
    items = [
        claim_json(claim, Children.loaded(claim, comments.get(claim.id, [])), names)
        for claim in page.items
    ]
    return page_json(items, page.page, page.per_page, page.total)


@bp.get("/claims/<int:claim_id>")
@requires("read")
def get_claim(claim_id: int):
    return _claim_response(claim_id)


def _changes(data: dict, status: Status | None = None) -> dict:
    """Turn the client's names (status name, assignee username) into the service's ids; a note
    sent with the change goes with it. `status` is the one the body names, when the caller read
    it already (with the claim); otherwise it is read here."""
    changes: dict = {}
    if "status" in data:
        name = text_field(data, "status", nullable=False)
        status = status or find_status(name)
        if status is None:
            raise Invalid(f"There is no status called “{name}”.", {"status": "unknown"})
        changes["status_id"] = status.id
    if "text" in data:
        changes["text"] = text_field(data, "text", nullable=False)
    if "speaker" in data:
        changes["speaker"] = text_field(data, "speaker")
    if "assignee" in data:
        name = text_field(data, "assignee")
        if name is None:
            changes["assignee_id"] = None
        else:
            user = find_user_by_name(name)
            if user is None:
                raise Invalid(f"There is no account called “{name}”.", {"assignee": "unknown"})
            changes["assignee_id"] = user.id
    if "note" in data:
        changes["note"] = text_field(data, "note", nullable=False)
    return changes


def _apply(claim, command, version: int | None = None):
    """Apply one change through the pipeline and commit; a stale version answers 409 with the
    current claim."""
    return _commit(claim, lambda: changes.apply(claim, api_user(), command, version).result)


def _commit(claim, change: Callable[[], object]):
    """Run `change` (pipeline calls), commit, and return what it returned; a stale version
    answers 409 with the current claim."""
    try:
        result = change()
    except changes.StaleClaim as conflict:
        db.session.rollback()
        body, _status = _claim_response(claim.id)
        raise changes.StaleClaim(
            body["id"], changes.describe_stale(conflict).message, {"claim": body}
        ) from None
    db.session.commit()
    return result


def _keyed() -> bool:
    return bool(request.headers.get("Idempotency-Key"))


@bp.patch("/claims/<int:claim_id>")
@requires("claim.edit")
def update_claim(claim_id: int):
    """Status, wording, speaker, assignee, and a note with them; the pipeline checks each
    field's permission."""
    data = json_body(CLAIM_CHANGE_FIELDS, required=("version",))
    CLAIM.check(data, CLAIM_FIELDS)
    if "note" in data:
        check_value(NOTE["body"], data["note"], "note")
    version = int_field(data, "version")
    status_name = text_field(data, "status", nullable=False) if "status" in data else None
    try:
        claim, status = claim_service.claim_to_save(claim_id, status_name)
    except NotFound:
        _changes(data)  # a body in error is refused as such, whether the claim exists or not
        raise
    fields = changes.SetFields.of(**_changes(data, status))

    def change() -> dict:
        changes.apply(claim, api_user(), fields, version)
        # When the change moved the version, a resent request is refused as stale; a note
        # alone (or with values the claim already had) gets keys derived from its words.
        if fields.note is not None and claim.version == version and not _keyed():
            request_keys.claim_content(api_user(), f"note:{claim.id}", fields.note, "note")
        # The answer is read in the same transaction, before the commit expires what is loaded;
        # the claim's search document is built from what it read, not read again at the commit.
        children = claim_service.children(claim.id)
        answer = claim_json(claim, children, known=(api_user(),))
        search_index.document_in_hand(claim, children)
        return answer

    return _commit(claim, change)


@bp.get("/claims/<int:claim_id>/history")
@requires("read")
def claim_history(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    names = usernames()
    return {"items": [event_record(event, names) for event in claim_service.claim_history(claim)]}


def _source_fields(data: dict, current: changes.SourceFields | None = None) -> changes.SourceFields:
    """The source as the body gives it; on an edit, fields not sent keep their values."""
    fields = vars(current) if current else {"title": "", "publisher": "", "stance": "context"}
    fields = dict(fields)
    for name in ("url", "stance"):
        if name in data:
            fields[name] = text_field(data, name, nullable=False)
    for name in ("title", "publisher"):
        if name in data:
            fields[name] = text_field(data, name) or ""
    if "accessed_on" in data:
        fields["accessed_on"] = date_field(data, "accessed_on")
    return changes.SourceFields(**fields)


@bp.post("/claims/<int:claim_id>/sources")
@requires("claim.sources")
def add_source(claim_id: int):
    data = json_body(SOURCE_FIELDS, required=("url",), entity=SOURCE)
    claim = claim_service.get_claim(claim_id)
    source = _apply(claim, changes.AddSource(_source_fields(data)))
    return source_record(source, usernames([source.created_by_id])), 201


@bp.patch("/claims/<int:claim_id>/sources/<int:source_id>")
@requires("claim.sources")
def edit_source(claim_id: int, source_id: int):
    data = json_body(SOURCE_FIELDS, entity=SOURCE)
    claim = claim_service.get_claim(claim_id)
    source = claim_service.get_source(claim, source_id)
    current = changes.SourceFields(
        url=source.url,
        title=source.title,
        publisher=source.publisher,
        stance=source.stance,
        accessed_on=source.accessed_on,
    )
    source = _apply(claim, changes.EditSource(source_id, _source_fields(data, current)))
    return source_record(source, usernames([source.created_by_id]))


@bp.delete("/claims/<int:claim_id>/sources/<int:source_id>")
@requires("claim.sources")
def remove_source(claim_id: int, source_id: int):
    _apply(claim_service.get_claim(claim_id), changes.RemoveSource(source_id))
    return "", 204


@bp.post("/claims/<int:claim_id>/notes")
@requires("claim.notes")
def add_note(claim_id: int):
    data = json_body(NOTE_FIELDS, required=("body",), entity=NOTE)
    claim = claim_service.get_claim(claim_id)
    body = text_field(data, "body", nullable=False)
    if not _keyed():
        request_keys.claim_content(api_user(), f"note:{claim.id}", body, "note")
    note = _apply(claim, changes.AddNote(body))
    return note_record(note, usernames([note.author_id])), 201


@bp.patch("/claims/<int:claim_id>/notes/<int:note_id>")
@requires("claim.notes")
def edit_note(claim_id: int, note_id: int):
    data = json_body(NOTE_FIELDS, required=("body",), entity=NOTE)
    claim = claim_service.get_claim(claim_id)
    command = changes.EditNote(note_id, text_field(data, "body", nullable=False))
    note = _apply(claim, command)
    return note_record(note, usernames([note.author_id]))


@bp.delete("/claims/<int:claim_id>/notes/<int:note_id>")
@requires("claim.notes")
def remove_note(claim_id: int, note_id: int):
    _apply(claim_service.get_claim(claim_id), changes.RemoveNote(note_id))
    return "", 204
