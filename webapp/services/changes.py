"""The one way to change a claim.

Every change — status, wording, speaker, assignment, sources, notes, grow/shrink, split, merge,
dismiss, propose, approve, return, blind decision, undo — is a typed command applied by `apply`:

1. the permission table says whether the user's role may run the command;
2. a versioned command is refused with `StaleClaim` (a Conflict) when the claim moved on;
3. the command's handler changes the models and returns the history entries it made;
4. every claim whose own fields changed gets a new version (the UPDATE carries
   `WHERE version = old`, so a colleague's save that landed meanwhile surfaces as a conflict);
5. one history entry per change is written, with an action from `Action`;
6. registered reactions run (a verdict lapses when the status changes; a new assignee is told);
   a note sent with the change (`SetFields.note`) is added after them;
7. the session is flushed, once. Services never commit or roll back: the request owns the
   transaction.

Undo is one command too: it applies the recorded inverse of a history entry. "Restore an earlier
value" is the same command.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from webapp import permissions
from webapp.extensions import db
from webapp.extraction.wording import sentence_wording
from webapp.fields import (
    CLAIM,
    CLAIM_TEXT_MAX,
    NAME_MAX,
    NOTE,
    NOTE_MAX,
    REASON_MAX,
    SOURCE,
    SOURCE_TITLE_MAX,
    STANCES,
    check_value,
)
from webapp.models import (
    Article,
    BlindReview,
    BlindVerdict,
    Claim,
    ClaimEvent,
    Note,
    Notification,
    Source,
    Status,
    User,
)
from webapp.models.base import utcnow
from webapp.services import admin, comments, history
from webapp.services.claim_shaping import collapse_spaces, move_edge, split_span, trim
from webapp.services.errors import Conflict, Forbidden, Invalid, NotFound
from webapp.services.statuses import default_status
from webapp.services.web_addresses import validate_http_url

QUOTE_CONTEXT = 32
ASSIGNABLE_ROLES = ("admin", "editor", "reviewer")
CREATION_UNDONE = "Creation undone"


class Action(StrEnum):
    """What a history entry records. Names are stored in claim_events.action."""

    created = "created"
    extracted = "extracted"
    changed = "changed"
    source_added = "source added"
    source_edited = "source edited"
    source_removed = "source removed"
    note_added = "note added"
    note_edited = "note edited"
    note_removed = "note removed"
    span_adjusted = "span adjusted"
    split = "split"
    merged = "merged"
    dismissed = "dismissed"
    proposed = "proposed"
    approved = "approved"
    returned = "returned"
    decided = "decided"
    approval_lapsed = "approval lapsed"
    undone = "undone"
    # Written by earlier versions; still read and undoable.
    restored = "restored"
    source_restored = "source restored"
    note_restored = "note restored"


# --- commands ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetFields:
    """Change any of status_id, text, speaker, assignee_id; a `note` given with them is added
    by the same apply, in its one flush (a reviewer's save: the status and why, one request)."""

    status_id: int | None = None
    text: str | None = None
    speaker: str | None = None
    assignee_id: int | None = None
    note: str | None = None
    given: frozenset[str] = frozenset()  # which fields were sent (None is a value)
    notify: bool = True
    versioned = True

    @classmethod
    def of(cls, notify: bool = True, **values) -> SetFields:
        unknown = set(values) - FIELD_PERMISSION.keys()
        if unknown:
            raise Invalid(f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
        return cls(**values, given=frozenset(values), notify=notify)

    @property
    def permission(self) -> tuple[str, ...]:
        return tuple(FIELD_PERMISSION[name] for name in sorted(self.given))


FIELD_PERMISSION = {
    "status_id": "claim.status",
    "text": "claim.edit",
    "speaker": "claim.edit",
    "assignee_id": "claim.assign",
    "note": "claim.notes",
}


@dataclass(frozen=True)
class SourceFields:
    url: str
    title: str = ""
    publisher: str = ""
    stance: str = "context"
    accessed_on: date | None = None


@dataclass(frozen=True)
class AddSource:
    source: SourceFields
    permission = "claim.sources"
    versioned = False


@dataclass(frozen=True)
class EditSource:
    source_id: int
    source: SourceFields
    permission = "claim.sources"
    versioned = False


@dataclass(frozen=True)
class RemoveSource:
    source_id: int
    permission = "claim.sources"
    versioned = False


@dataclass(frozen=True)
class AddNote:
    body: str
    permission = "claim.notes"
    versioned = False


@dataclass(frozen=True)
class EditNote:
    note_id: int
    body: str
    permission = "claim.notes"
    versioned = False


@dataclass(frozen=True)
class RemoveNote:
    note_id: int
    permission = "claim.notes"
    versioned = False


@dataclass(frozen=True)
class AdjustSpan:
    edge: str
    permission = "claim.shape"
    versioned = True


@dataclass(frozen=True)
class Split:
    at: int
    permission = "claim.shape"
    versioned = True


@dataclass(frozen=True)
class Merge:
    other_id: int
    permission = "claim.shape"
    versioned = True


@dataclass(frozen=True)
class Dismiss:
    reason: str
    permission = "claim.shape"
    versioned = True


@dataclass(frozen=True)
class Propose:
    permission = "claim.propose"
    versioned = True


@dataclass(frozen=True)
class Approve:
    permission = "claim.approve"
    versioned = True


@dataclass(frozen=True)
class Return:
    comment: str
    permission = "claim.return"
    versioned = True


@dataclass(frozen=True)
class Decide:
    status_id: int
    permission = "claim.decide"
    versioned = True


@dataclass(frozen=True)
class Undo:
    event_id: int
    permission = "claim.undo"
    versioned = True


Command = (
    SetFields
    | AddSource
    | EditSource
    | RemoveSource
    | AddNote
    | EditNote
    | RemoveNote
    | AdjustSpan
    | Split
    | Merge
    | Dismiss
    | Propose
    | Approve
    | Return
    | Decide
    | Undo
)


# --- what a handler returns -------------------------------------------------------------------


@dataclass
class Entry:
    """One history entry to write: on `claim` (the command's claim when None). `after` may be
    a function, called once the pipeline has flushed (a new note's value names its id)."""

    action: Action
    field: str | None
    before: object = None
    after: object = None
    claim: Claim | None = None
    undoes_id: int | None = None

    def row(self, claim: Claim, user: User | None) -> tuple:
        """(claim, user, action, field, before, after, undoes id), as history writes it."""
        after = self.after() if callable(self.after) else self.after
        return (
            self.claim or claim,
            user,
            self.action.value,
            self.field,
            self.before,
            after,
            self.undoes_id,
        )


@dataclass
class Outcome:
    """What a command did: its entries, the claims whose own fields changed, and its result
    (the new claim of a split, the source or note added)."""

    entries: list[Entry] = field(default_factory=list)
    touched: list[Claim] = field(default_factory=list)
    result: object = None

    def touch(self, claim: Claim) -> None:
        if all(claim is not other for other in self.touched):
            self.touched.append(claim)


class StaleClaim(Conflict):
    """A change made from an old version. Raised with the current values when they are known;
    after a failed flush the caller rolls back and `describe_stale` fills them in."""

    def __init__(self, claim_id: int, message: str | None = None, details: dict | None = None):
        super().__init__(
            message
            or "This claim was changed by someone else after you opened it. Your change was "
            "not saved; review the current values and apply it again.",
            details,
        )
        self.claim_id = claim_id


# --- the one entry point ----------------------------------------------------------------------

Handler = Callable[[Claim, User, object, Outcome], None]
HANDLERS: dict[type, Handler] = {}
Reaction = Callable[[Claim, User, object, Outcome], None]
REACTIONS: list[Reaction] = []


def handles(command_type: type) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[command_type] = handler
        return handler

    return register


def reaction(function: Reaction) -> Reaction:
    """Register a reaction: it runs after every command, and may add entries of its own."""
    REACTIONS.append(function)
    return function


def authorise(user: User, needed: str | tuple[str, ...]) -> None:
    """Refuse unless the permission table lets the user's role do each of `needed`."""
    for action in (needed,) if isinstance(needed, str) else needed:
        if not permissions.may(user, action):
            role = permissions.least_role(action)
            raise Forbidden(
                f"This needs the {role} role; your account is a {user.role}.",
                {"required_role": role},
            )


def apply(
    claim: Claim, user: User, command: Command, expected_version: int | None = None
) -> Outcome:
    """Apply one command to the claim; see the module docstring for the steps."""
    authorise(user, command.permission)
    if command.versioned:
        if expected_version is None:
            raise Invalid("Say which version of the claim you changed.", {"version": "required"})
        if expected_version != claim.version:
            raise stale(claim)
    claim_id = claim.id  # readable after a failed flush, when the session refuses reads
    outcome = Outcome()
    try:
        with db.session.no_autoflush:
            HANDLERS[type(command)](claim, user, command, outcome)
            if outcome.entries:
                for target in outcome.touched:
                    target.version += 1
                    target.updated_at = utcnow()
                    target.updated_by_id = user.id
                for react in REACTIONS:
                    react(claim, user, command, outcome)
            if getattr(command, "note", None) is not None:
                # Why the change was made: after it and its reactions in the history.
                _new_note(claim, user, command.note, outcome)
            if not outcome.entries:
                return outcome
        db.session.flush()
    except StaleDataError:
        raise StaleClaim(claim_id) from None
    # After the version-checked flush, so a stale save writes no history; in one INSERT.
    history.record_changes([entry.row(claim, user) for entry in outcome.entries])
    return outcome


def create_claim(article: Article, user: User, start: int, end: int, quote: str) -> Claim:
    """A new claim from a passage the user selected; `quote` must be exactly text[start:end]."""
    authorise(user, "claim.shape")
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
    from webapp.extraction import rules  # loaded with the first new claim, not at start-up
    from webapp.extraction.scoring import score_passage

    wording = collapse_spaces(passage)
    score, reasons = score_passage(wording, "fact", None, bool(rules.NUMBER.search(passage)))
    claim = new_claim(
        article,
        start,
        end,
        kind="fact",
        score=score,
        reasons=[*reasons, "added by hand"],
        created_by_id=user.id,
    )
    db.session.add(claim)
    db.session.flush()
    after = snapshot(claim)
    _record(
        claim,
        user,
        Entry(Action.created, "span", {**after, "dismissed_reason": CREATION_UNDONE}, after),
    )
    return claim


def new_claim(article: Article, start: int, end: int, **fields) -> Claim:
    """A Claim on article.text[start:end]: the one place a claim is built (import, selection,
    split). Missing fields take their defaults; the wording is the passage with spaces folded."""
    values = claim_values(article, start, end, **fields)
    if "status_id" not in values and "status" not in values:
        values["status"] = default_status()
    return Claim(**values)


def claim_values(article: Article, start: int, end: int, **fields) -> dict:
    """The column values of a new claim on article.text[start:end] (new_claim's, and the rows a
    long import inserts at once): its wording, quote context and defaults."""
    text = article.text
    values = {
        "article_id": article.id,
        "start": start,
        "end": end,
        "text": collapse_spaces(text[start:end])[:CLAIM_TEXT_MAX],
        "kind": "fact",
        "speaker": None,
        "score": 0.0,
        "reasons": [],
        "checkable": True,
        "created_by_id": None,
    }
    values.update(fields)
    values.setdefault("updated_by_id", values["created_by_id"])
    values.update(_quote(text, start, end))
    return values


def stale(current: Claim) -> StaleClaim:
    """The Conflict for a change made from an old version, with the claim's current values."""
    who = current.updated_by.username if current.updated_by else "someone"
    when = current.updated_at.strftime("%Y-%m-%d %H:%M UTC")
    return StaleClaim(
        current.id,
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


def describe_stale(error: StaleClaim) -> StaleClaim:
    """After the caller rolled back: the conflict with the claim's current values filled in."""
    if not error.details:
        current = db.session.get(Claim, error.claim_id)
        if current is not None:
            return stale(current)
    return error


def _record(claim: Claim, user: User | None, entry: Entry) -> ClaimEvent:
    return history.record(*entry.row(claim, user))


def record_import(claims: Iterable[Claim | dict], user: User | None) -> None:
    """The first history entry of claims extracted at import (Claim objects, or the rows
    import_article inserted: each with its id, start, end and version), written at once."""
    rows = [
        claim if isinstance(claim, dict) else {name: getattr(claim, name) for name in _IMPORTED}
        for claim in claims
    ]
    history.record_many(
        [
            history.entry_values(
                row["id"],
                user,
                Action.extracted.value,
                "span",
                None,
                {"start": row["start"], "end": row["end"]},
                version=row["version"],
            )
            for row in rows
        ]
    )


_IMPORTED = ("id", "start", "end", "version")


# --- values as history stores them ------------------------------------------------------------

SNAPSHOT_FIELDS = ("start", "end", "text", "quote_prefix", "quote_suffix", "dismissed_reason")
FIELD_UNDO = {
    "status": "status_id",
    "text": "text",
    "speaker": "speaker",
    "assignee": "assignee_id",
}


def snapshot(claim: Claim) -> dict:
    return {name: getattr(claim, name) for name in SNAPSHOT_FIELDS}


def _status_value(status: Status | None) -> dict | None:
    return None if status is None else {"id": status.id, "name": status.name}


def _user_value(user: User | None) -> dict | None:
    return None if user is None else {"id": user.id, "name": user.username}


def _source_value(source: Source) -> dict:
    return {
        "id": source.id,
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "stance": source.stance,
        "accessed_on": source.accessed_on.isoformat() if source.accessed_on else None,
    }


def _note_value(note: Note) -> dict:
    return {"id": note.id, "body": note.body}


# --- field changes ----------------------------------------------------------------------------


@handles(SetFields)
def _set_fields(claim: Claim, user: User, command: SetFields, outcome: Outcome) -> None:
    _change_fields(claim, user, command, outcome, Action.changed)


def _change_fields(
    claim: Claim, user: User, command: SetFields, outcome: Outcome, action: Action, undoes=None
) -> None:
    for name, setter in FIELD_SETTERS.items():
        if name in command.given:
            change = setter(claim, user, getattr(command, name))
            if change is not None:
                outcome.entries.append(Entry(action, *change, undoes_id=undoes))
                outcome.touch(claim)


def _set_status(claim: Claim, user: User, status_id: int | None):
    if status_id == claim.status_id:
        return None
    status = db.session.get(Status, status_id) if status_id else None
    if status is None:
        raise Invalid("That status does not exist.", {"status_id": "unknown"})
    if user.role == "reviewer" and blind_review_of(claim):
        raise Forbidden(
            "This article is under blind double review: give your verdict in the blind "
            "review box; an editor sets the status."
        )
    before = _status_value(claim.status)
    claim.status = status
    return "status", before, _status_value(status)


def _set_text(claim: Claim, user: User, text: str | None):
    text = (text or "").strip()
    if not text:
        raise Invalid("The claim's wording cannot be empty.", {"text": "required"})
    if len(text) > CLAIM_TEXT_MAX:
        raise Invalid(f"The claim's wording is longer than {CLAIM_TEXT_MAX} characters.")
    check_value(CLAIM["text"], text)
    if text == claim.text:
        return None
    before, claim.text = claim.text, text
    return "text", before, text


def _set_speaker(claim: Claim, user: User, speaker: str | None):
    speaker = (speaker or "").strip() or None
    if speaker is not None and len(speaker) > NAME_MAX:
        raise Invalid(f"The speaker's name is longer than {NAME_MAX} characters.")
    check_value(CLAIM["speaker"], speaker)
    if speaker == claim.speaker:
        return None
    before, claim.speaker = claim.speaker, speaker
    return "speaker", before, speaker


def _set_assignee(claim: Claim, user: User, assignee_id: int | None):
    if assignee_id == claim.assignee_id:
        return None
    assignee = _assignee(assignee_id)
    before = _user_value(claim.assignee)
    claim.assignee = assignee
    return "assignee", before, _user_value(assignee)


FIELD_SETTERS = {
    "status_id": _set_status,
    "text": _set_text,
    "speaker": _set_speaker,
    "assignee_id": _set_assignee,
}


def blind_review_of(claim: Claim) -> BlindReview | None:
    """The blind review of the claim's article: as loaded with the claim when it was (see
    services.claims.claim_to_save), else read."""
    article = claim.__dict__.get("article")
    if article is not None and "blind_review" in article.__dict__:
        return article.blind_review
    return db.session.get(BlindReview, claim.article_id)


def _assignee(user_id: int | None) -> User | None:
    if user_id is None:
        return None
    user = db.session.get(User, user_id)
    if user is None or not user.active or user.role not in ASSIGNABLE_ROLES:
        raise Invalid("Claims can be assigned only to active reviewers, editors or admins.")
    return user


# --- sources and notes ------------------------------------------------------------------------


def _checked_source(claim: Claim, fields: SourceFields, editing: Source | None) -> SourceFields:
    url = validate_http_url(fields.url)
    if fields.stance not in STANCES:
        raise Invalid(f"Stance must be one of {', '.join(STANCES)}.", {"stance": "invalid"})
    if any(other.url == url and other is not editing for other in claim.sources):
        message = (
            "This source is already cited on the claim."
            if editing is None
            else "Another source on this claim already has this address."
        )
        raise Conflict(message, {"url": url})
    checked = SourceFields(
        url=url,
        title=(fields.title or "").strip()[:SOURCE_TITLE_MAX],
        publisher=(fields.publisher or "").strip()[:NAME_MAX],
        stance=fields.stance,
        accessed_on=fields.accessed_on,
    )
    SOURCE.check(vars(checked))
    return checked


@handles(AddSource)
def _add_source(claim: Claim, user: User, command: AddSource, outcome: Outcome) -> None:
    fields = _checked_source(claim, command.source, editing=None)
    source = Source(claim_id=claim.id, created_by_id=user.id, **vars(fields))
    db.session.add(source)
    db.session.flush()
    outcome.entries.append(Entry(Action.source_added, "source", None, _source_value(source)))
    outcome.result = source


@handles(EditSource)
def _edit_source(claim: Claim, user: User, command: EditSource, outcome: Outcome) -> None:
    source = live_child(Source, claim, command.source_id)
    fields = _checked_source(claim, command.source, editing=source)
    before = _source_value(source)
    for name, value in vars(fields).items():
        setattr(source, name, value)
    after = _source_value(source)
    if after != before:
        outcome.entries.append(Entry(Action.source_edited, "source", before, after))
    outcome.result = source


@handles(RemoveSource)
def _remove_source(claim: Claim, user: User, command: RemoveSource, outcome: Outcome) -> None:
    source = live_child(Source, claim, command.source_id)
    source.deleted_at = utcnow()
    outcome.entries.append(Entry(Action.source_removed, "source", _source_value(source), None))


def normalise_note(body: str) -> str:
    body = (body or "").replace("\r\n", "\n").strip()
    if not body:
        raise Invalid("The note is empty.", {"body": "required"})
    if len(body) > NOTE_MAX:
        raise Invalid(f"The note is longer than {NOTE_MAX:,} characters.", {"body": "too long"})
    check_value(NOTE["body"], body)
    return body


@handles(AddNote)
def _add_note(claim: Claim, user: User, command: AddNote, outcome: Outcome) -> None:
    _new_note(claim, user, command.body, outcome)


def _new_note(claim: Claim, user: User, body: str, outcome: Outcome) -> None:
    """The note, written by the pipeline's flush; its history entry names its id, known then."""
    note = Note(claim_id=claim.id, body=normalise_note(body), author_id=user.id)
    db.session.add(note)
    outcome.entries.append(Entry(Action.note_added, "note", None, lambda: _note_value(note)))
    outcome.result = note


@handles(EditNote)
def _edit_note(claim: Claim, user: User, command: EditNote, outcome: Outcome) -> None:
    note = live_child(Note, claim, command.note_id)
    body = normalise_note(command.body)
    if body != note.body:
        before = _note_value(note)
        note.body = body
        outcome.entries.append(Entry(Action.note_edited, "note", before, _note_value(note)))
    outcome.result = note


@handles(RemoveNote)
def _remove_note(claim: Claim, user: User, command: RemoveNote, outcome: Outcome) -> None:
    note = live_child(Note, claim, command.note_id)
    note.deleted_at = utcnow()
    outcome.entries.append(Entry(Action.note_removed, "note", _note_value(note), None))


CHILD_LABELS = {Source: "source", Note: "note"}


def live_child(model: type[Source] | type[Note], claim: Claim, child_id: int):
    """A source or note of this claim that has not been removed (NotFound otherwise)."""
    child = db.session.get(model, child_id)
    if child is None or child.claim_id != claim.id or child.deleted_at is not None:
        raise NotFound(f"There is no such {CHILD_LABELS[model]} on this claim.")
    return child


# --- shaping ----------------------------------------------------------------------------------


def _quote(text: str, start: int, end: int) -> dict:
    return {
        "quote_prefix": text[max(0, start - QUOTE_CONTEXT) : start],
        "quote_suffix": text[end : end + QUOTE_CONTEXT],
    }


def _set_quote(claim: Claim, text: str) -> None:
    for name, value in _quote(text, claim.start, claim.end).items():
        setattr(claim, name, value)


def _set_span(claim: Claim, text: str, start: int, end: int) -> None:
    """Move the span; the wording follows the passage unless a reviewer had reworded it (in
    the form it had: the passage as it stands, or as a sentence)."""
    old_passage = text[claim.start : claim.end]
    as_passage = collapse_spaces(claim.text) == collapse_spaces(old_passage)
    as_sentence = not as_passage and claim.text == sentence_wording(old_passage)
    claim.start, claim.end = start, end
    _set_quote(claim, text)
    if as_passage or as_sentence:
        passage = text[start:end]
        claim.text = (sentence_wording(passage) if as_sentence else collapse_spaces(passage))[
            :CLAIM_TEXT_MAX
        ]


def _reworded(claim: Claim) -> bool:
    """Whether someone changed the claim's wording by hand (its history has a wording change);
    extraction's own wording of a part ("Russia also demonstrated …") does not count."""
    return (
        db.session.scalar(
            select(ClaimEvent.id)
            .where(ClaimEvent.claim_id == claim.id, ClaimEvent.field == "text")
            .limit(1)
        )
        is not None
    )


@handles(AdjustSpan)
def _adjust_span(claim: Claim, user: User, command: AdjustSpan, outcome: Outcome) -> None:
    text = claim.article.text
    start, end = move_edge(text, claim.start, claim.end, command.edge)
    if (start, end) == (claim.start, claim.end):
        raise Invalid(
            "The claim cannot move that way: it is one word long or at the paragraph's edge.",
            {"edge": "no change"},
        )
    before = snapshot(claim)
    _set_span(claim, text, start, end)
    outcome.entries.append(Entry(Action.span_adjusted, "span", before, snapshot(claim)))
    outcome.touch(claim)
    outcome.result = claim


def split_parts(claim: Claim, at: int) -> list[tuple[int, int, str]]:
    """The two claims a split before `at` makes: (start, end, wording) each, the wording read
    as a sentence. Changes nothing: the panel previews it, `Split` applies it."""
    text = claim.article.text
    return [
        (start, end, sentence_wording(text[start:end])[:CLAIM_TEXT_MAX])
        for start, end in split_span(text, claim.start, claim.end, at)
    ]


@handles(Split)
def _split(claim: Claim, user: User, command: Split, outcome: Outcome) -> None:
    (first_start, first_end, first_wording), (second_start, second_end, second_wording) = (
        split_parts(claim, command.at)
    )
    before = snapshot(claim)
    second = new_claim(
        claim.article,
        second_start,
        second_end,
        text=second_wording,
        kind=claim.kind,
        speaker=claim.speaker,
        score=claim.score,
        reasons=list(claim.reasons or []),
        checkable=claim.checkable,
        status_id=claim.status_id,
        assignee_id=claim.assignee_id,
        created_by_id=user.id,
    )
    db.session.add(second)
    claim.start, claim.end, claim.text = first_start, first_end, first_wording
    _set_quote(claim, claim.article.text)
    db.session.flush()
    second_after = snapshot(second)
    second_before = {**second_after, "dismissed_reason": f"Split from claim {claim.id} undone"}
    outcome.entries += [
        Entry(
            Action.split,
            "span",
            {**before, "others": {str(second.id): second_before}},
            {**snapshot(claim), "others": {str(second.id): second_after}},
        ),
        Entry(
            Action.created,
            "span",
            {**second_before, "from_claim": claim.id},
            {**second_after, "from_claim": claim.id},
            claim=second,
        ),
    ]
    outcome.touch(claim)
    outcome.result = second


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


def merge_partner(claim: Claim, other_id: int) -> Claim:
    """The claim `other_id` when it is the live claim that follows this one in its paragraph."""
    if claim.dismissed_reason is not None:
        raise Invalid("A dismissed claim cannot be merged; undo the dismissal first.")
    other = next_claim(claim)
    if other is None or other.id != other_id:
        raise Conflict(
            "The claims are no longer next to each other; reload the page and try again.",
            {"other_id": other_id},
        )
    return other


def merged_wording(claim: Claim, other: Claim) -> str:
    """The wording of two claims merged, read as sentences: the joined passage itself (with
    what stands between the two), or, when a reviewer reworded either claim, both wordings,
    each ending with its own punctuation. Changes nothing: the panel previews it."""
    text = claim.article.text
    if not (_reworded(claim) or _reworded(other)):
        return sentence_wording(text[claim.start : other.end])[:CLAIM_TEXT_MAX]
    return sentence_wording(claim.text, other.text)[:CLAIM_TEXT_MAX]


@handles(Merge)
def _merge(claim: Claim, user: User, command: Merge, outcome: Outcome) -> None:
    other = merge_partner(claim, command.other_id)
    before, other_before = snapshot(claim), snapshot(other)
    wording = merged_wording(claim, other)
    claim.end = other.end
    _set_quote(claim, claim.article.text)
    claim.text = wording
    other.dismissed_reason = f"Merged into claim {claim.id}"
    other_after = snapshot(other)
    outcome.entries += [
        Entry(
            Action.merged,
            "span",
            {**before, "others": {str(other.id): other_before}},
            {**snapshot(claim), "others": {str(other.id): other_after}},
        ),
        Entry(
            Action.merged,
            "dismissal",
            {**other_before, "into_claim": claim.id},
            {**other_after, "into_claim": claim.id},
            claim=other,
        ),
    ]
    outcome.touch(claim)
    outcome.touch(other)
    outcome.result = claim


@handles(Dismiss)
def _dismiss(claim: Claim, user: User, command: Dismiss, outcome: Outcome) -> None:
    reason = " ".join((command.reason or "").split())
    if not reason:
        raise Invalid("Say why this is not a claim.", {"reason": "required"})
    if len(reason) > REASON_MAX:
        raise Invalid(f"The reason is longer than {REASON_MAX} characters.", {"reason": "too long"})
    check_value(CLAIM["dismissed_reason"], reason, "reason")
    if claim.dismissed_reason is not None:
        raise Invalid("This claim is already dismissed.")
    before = snapshot(claim)
    claim.dismissed_reason = reason
    outcome.entries.append(Entry(Action.dismissed, "dismissal", before, snapshot(claim)))
    outcome.touch(claim)
    outcome.result = claim


# --- the verdict workflow ---------------------------------------------------------------------


@handles(Propose)
def _propose(claim: Claim, user: User, command: Propose, outcome: Outcome) -> None:
    if not claim.status.is_final:
        raise Invalid(f"“{claim.status.name}” is not a verdict; choose a final status first.")
    if claim.reviewed or claim.awaiting_approval:
        raise Invalid("This verdict is already proposed or approved.")
    _mark_proposed(claim, user, outcome)
    outcome.touch(claim)


def _mark_proposed(claim: Claim, user: User, outcome: Outcome) -> None:
    claim.proposed_by_id = user.id
    claim.proposed_at = utcnow()
    claim.returned_at = None
    outcome.entries.append(Entry(Action.proposed, "verdict", None, _status_value(claim.status)))


def _pending(claim: Claim) -> None:
    if not claim.awaiting_approval or not claim.status.is_final:
        raise Invalid("There is no proposed verdict waiting for approval on this claim.")


@handles(Approve)
def _approve(claim: Claim, editor: User, command: Approve, outcome: Outcome) -> None:
    _pending(claim)
    if claim.proposed_by_id == editor.id and not admin.allows_self_approval():
        raise Forbidden(
            "You proposed this verdict yourself; another editor must approve it "
            "(an admin can allow self-approval in the workspace settings)."
        )
    claim.approved_by_id = editor.id
    claim.approved_at = utcnow()
    outcome.entries.append(
        Entry(
            Action.approved,
            "verdict",
            None,
            {**_status_value(claim.status), "proposed_by": _user_value(claim.proposed_by)},
        )
    )
    outcome.touch(claim)


@handles(Return)
def _return(claim: Claim, editor: User, command: Return, outcome: Outcome) -> None:
    _pending(claim)
    body = comments.normalise(command.comment)
    proposer = claim.proposed_by
    outcome.entries.append(
        Entry(
            Action.returned,
            "verdict",
            {**_status_value(claim.status), "proposed_by": _user_value(proposer)},
            {"comment": body},
        )
    )
    claim.proposed_by_id = None
    claim.proposed_at = None
    claim.returned_at = utcnow()
    comments.add_comment(claim, editor, f"Returned: {body}")
    for person in {proposer, claim.assignee} - {None, editor}:
        notify(person, claim, f"{editor.username} returned the verdict on claim {claim.id}: {body}")
    outcome.touch(claim)


@handles(Decide)
def _decide(claim: Claim, editor: User, command: Decide, outcome: Outcome) -> None:
    """The editor's decision after a blind review: the verdict is set and approved at once."""
    if blind_review_of(claim) is None:
        raise Invalid("This article is not under blind double review.")
    status = db.session.get(Status, command.status_id)
    if status is None or not status.is_final:
        raise Invalid("Decide on a final verdict.", {"status_id": "invalid"})
    verdicts = db.session.scalars(
        select(BlindVerdict).where(BlindVerdict.claim_id == claim.id).order_by(BlindVerdict.id)
    ).all()
    if status.id != claim.status_id:
        _change_fields(claim, editor, SetFields.of(status_id=status.id), outcome, Action.changed)
        _mark_proposed(claim, editor, outcome)
    else:
        claim.proposed_by_id = editor.id
        claim.proposed_at = utcnow()
    claim.approved_by_id = editor.id
    claim.approved_at = utcnow()
    claim.returned_at = None
    outcome.entries.append(
        Entry(
            Action.decided,
            "verdict",
            {v.reviewer.username: v.status.name for v in verdicts},
            _status_value(status),
        )
    )
    outcome.touch(claim)


def notify(user: User, claim: Claim, message: str, comment_id: int | None = None) -> None:
    db.session.add(
        Notification(user_id=user.id, claim_id=claim.id, comment_id=comment_id, message=message)
    )


@reaction
def verdict_follows_status(claim: Claim, user: User, command: object, outcome: Outcome) -> None:
    """A new status is a new verdict: an earlier approval lapses, and a final status is proposed
    for approval (a blind decision approves at once, so it is left alone)."""
    if isinstance(command, Decide):
        return
    if not any(e.field == "status" and (e.claim or claim) is claim for e in outcome.entries):
        return
    if claim.approved_at is not None:
        outcome.entries.append(
            Entry(Action.approval_lapsed, "verdict", _user_value(claim.approved_by))
        )
    claim.approved_by_id = None
    claim.approved_at = None
    if claim.status.is_final:
        _mark_proposed(claim, user, outcome)
    else:
        claim.proposed_by_id = None
        claim.proposed_at = None


@reaction
def tell_the_new_assignee(claim: Claim, user: User, command: object, outcome: Outcome) -> None:
    if not getattr(command, "notify", False):
        return
    if any(e.field == "assignee" for e in outcome.entries) and claim.assignee not in (None, user):
        notify(claim.assignee, claim, f"{user.username} assigned claim {claim.id} to you.")


# --- undo -------------------------------------------------------------------------------------

PARTNER_KEYS = frozenset({"from_claim", "into_claim", "via_claim"})
CHILD_ACTIONS = {
    Action.source_added: (Source, "source"),
    Action.source_edited: (Source, "source"),
    Action.source_removed: (Source, "source"),
    Action.source_restored: (Source, "source"),
    Action.note_added: (Note, "note"),
    Action.note_edited: (Note, "note"),
    Action.note_removed: (Note, "note"),
    Action.note_restored: (Note, "note"),
}
FIELD_ACTIONS = (Action.changed, Action.restored, Action.undone)


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
    if event.field in FIELD_UNDO:
        return event.action in FIELD_ACTIONS
    if event.field in ("source", "note"):
        return event.action in CHILD_ACTIONS or (
            event.action == Action.undone and isinstance(event.before or event.after, dict)
        )
    return False


def can_undo(claim: Claim, event: ClaimEvent) -> bool:
    """Whether undoing the entry would work now: what it changed still looks as it left it."""
    if event.claim_id != claim.id or not undoable(event):
        return False
    try:
        _check_unchanged(claim, event)
    except (Conflict, NotFound):
        return False
    return True


def _check_unchanged(claim: Claim, event: ClaimEvent) -> None:
    if event.field in FIELD_UNDO:
        if _comparable(_current_value(claim, event.field)) != _comparable(event.after):
            raise Conflict(
                f"The {event.field} has changed since; undo the later changes first.",
                {"field": event.field},
            )
    elif event.field in ("source", "note"):
        model = Source if event.field == "source" else Note
        value = event.after if event.after is not None else event.before
        child = db.session.get(model, (value or {}).get("id"))
        if child is None or child.claim_id != claim.id:
            raise NotFound(f"That {event.field} is not on record any more.")
        current = None if child.deleted_at else _child_value(child)
        if current != event.after:
            raise Conflict(
                f"That {event.field} has changed since; undo the later changes first.",
                {"field": event.field},
            )
    else:
        for target, _before, after in _span_targets(claim, event):
            if snapshot(target) != {name: after.get(name) for name in SNAPSHOT_FIELDS}:
                raise Conflict(
                    f"Claim {target.id} has changed since; undo the later changes first.",
                    {"claim_id": target.id},
                )


def _child_value(child: Source | Note) -> dict:
    return _source_value(child) if isinstance(child, Source) else _note_value(child)


@handles(Undo)
def _undo(claim: Claim, user: User, command: Undo, outcome: Outcome) -> None:
    event = db.session.get(ClaimEvent, command.event_id)
    if event is None or event.claim_id != claim.id or not undoable(event):
        raise NotFound("There is no change with that number to undo on this claim.")
    _check_unchanged(claim, event)
    if event.field in FIELD_UNDO:
        key = FIELD_UNDO[event.field]
        value = event.before
        if key.endswith("_id"):
            value = value.get("id") if isinstance(value, dict) else None
            if key == "status_id" and (value is None or db.session.get(Status, value) is None):
                raise Invalid("That status no longer exists, so it cannot be restored.")
        fields = SetFields.of(**{key: value})
        _change_fields(claim, user, fields, outcome, Action.undone, undoes=event.id)
    elif event.field in ("source", "note"):
        _undo_child(claim, event, outcome)
    else:
        _undo_span(claim, event, outcome)


def _undo_child(claim: Claim, event: ClaimEvent, outcome: Outcome) -> None:
    model = Source if event.field == "source" else Note
    value = event.after if event.after is not None else event.before
    child = db.session.get(model, value["id"])
    before = None if child.deleted_at else _child_value(child)
    if event.before is None:
        child.deleted_at = utcnow()
    else:
        child.deleted_at = None
        for name, old in event.before.items():
            if name == "id":
                continue
            if name == "accessed_on" and old:
                old = date.fromisoformat(old)
            setattr(child, name, old)
    after = None if child.deleted_at else _child_value(child)
    outcome.entries.append(Entry(Action.undone, event.field, before, after, undoes_id=event.id))


def _span_targets(claim: Claim, event: ClaimEvent) -> list[tuple[Claim, dict, dict]]:
    targets = [(claim, event.before, event.after)]
    for other_id, other_after in (event.after.get("others") or {}).items():
        other = db.session.get(Claim, int(other_id))
        if other is None:
            raise NotFound(f"Claim {other_id}, touched by this change, no longer exists.")
        targets.append((other, event.before["others"][other_id], other_after))
    return targets


def _undo_span(claim: Claim, event: ClaimEvent, outcome: Outcome) -> None:
    changes = []
    for target, before, _after in _span_targets(claim, event):
        current = snapshot(target)
        for name in SNAPSHOT_FIELDS:
            setattr(target, name, before.get(name))
        outcome.touch(target)
        changes.append((target, current, snapshot(target)))
    main_before, main_after = changes[0][1], changes[0][2]
    if len(changes) > 1:
        main_before = {**main_before, "others": {str(t.id): b for t, b, _ in changes[1:]}}
        main_after = {**main_after, "others": {str(t.id): a for t, _, a in changes[1:]}}
    outcome.entries.append(
        Entry(Action.undone, event.field, main_before, main_after, undoes_id=event.id)
    )
    for target, before, after in changes[1:]:
        outcome.entries.append(
            Entry(Action.undone, "span", before, {**after, "via_claim": claim.id}, claim=target)
        )
    outcome.result = claim


def _current_value(claim: Claim, field_name: str) -> object:
    if field_name == "status":
        return claim.status_id
    if field_name == "assignee":
        return claim.assignee_id
    return getattr(claim, field_name)


def _comparable(value: object) -> object:
    return value.get("id") if isinstance(value, dict) else value
