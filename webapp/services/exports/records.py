"""The JSON shape of articles and claims, shared by the JSON export, restore and the API."""

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import NamedTuple

from webapp.models import Article, Claim, ClaimEvent, Comment, Note, Source, Status


class Children(NamedTuple):
    """A claim's live sources, live notes and comments, each oldest first: the objects loaded
    with the claim (`loaded`) or plain rows with the same attribute names
    (services.claims.children)."""

    sources: Sequence
    notes: Sequence
    comments: Sequence

    @classmethod
    def loaded(cls, claim: Claim, comments: Sequence = ()) -> "Children":
        return cls(claim.sources, claim.notes, comments)


def timestamp(value: datetime | None) -> str | None:
    """ISO 8601 in UTC; SQLite hands back naive datetimes, which Claimdesk always wrote in UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.isoformat() + "+00:00"  # what the UTC-aware value would print, cheaper
    return value.astimezone(UTC).isoformat()


def day(value: date | str | None) -> str | None:
    """ISO 8601; a date read as a plain row from SQLite is that text already."""
    return value if value is None or isinstance(value, str) else value.isoformat()


# The article's columns each claim carries (article_summary): what a list of claims, a search
# hit or an export row loads of its article, not its text.
ARTICLE_SUMMARY_COLUMNS = (
    Article.id,
    Article.title,
    Article.url,
    Article.outlet,
    Article.author,
    Article.published_on,
)


def article_summary(article: Article) -> dict:
    """The article as each claim carries it (ARTICLE_SUMMARY_COLUMNS)."""
    return {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "author": article.author,
        "published_on": day(article.published_on),
    }


def article_record(article: Article, names: dict[int, str]) -> dict:
    """The whole article, text included, so a restore can rebuild it."""
    return {
        **article_summary(article),
        "seed_name": article.seed_name,
        "created_by": names.get(article.created_by_id),
        "created_at": timestamp(article.created_at),
        "text": article.text,
    }


def status_record(status: Status) -> dict:
    return {
        "name": status.name,
        "color": status.color,
        "position": status.position,
        "rating_value": status.rating_value,
        "is_final": status.is_final,
    }


def source_record(source: Source, names: dict[int, str]) -> dict:
    return {
        "id": source.id,
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "stance": source.stance,
        "accessed_on": day(source.accessed_on),
        "added_by": names.get(source.created_by_id),
        "added_at": timestamp(source.created_at),
    }


def note_record(note: Note | Comment, names: dict[int, str]) -> dict:
    return {
        "id": note.id,
        "author": names.get(note.author_id),
        "created_at": timestamp(note.created_at),
        "body": note.body,
    }


def reference_kind(field: str | None, action: str) -> str | None:
    """What the {"id", "name"} values of a history entry name: a status, a person, a source or
    a note. Status and person ids are one workspace's own; their names travel."""
    if field in ("status", "source", "note"):
        return field
    if field == "assignee":
        return "user"
    if field == "verdict":
        return "user" if action == "approval lapsed" else "status"
    return None


def history_value(kind: str | None, value: object) -> object:
    """A history value as it leaves Claimdesk: statuses and people by name, without the
    workspace's internal ids (a restore finds them again by name)."""
    if kind not in ("status", "user") or not isinstance(value, dict) or "name" not in value:
        return value
    value = {key: item for key, item in value.items() if key != "id"}
    if kind == "status" and isinstance(value.get("proposed_by"), dict):
        value["proposed_by"] = history_value("user", value["proposed_by"])
    return value


def event_record(event: ClaimEvent, names: dict[int, str]) -> dict:
    kind = reference_kind(event.field, event.action)
    return {
        "id": event.id,
        "action": event.action,
        "field": event.field,
        "before": history_value(kind, event.before),
        "after": history_value(kind, event.after),
        "version": event.version,
        "user": names.get(event.user_id),
        "at": timestamp(event.created_at),
    }


def claim_record(
    claim: Claim,
    names: dict[int, str],
    children: Children,
    *,
    with_history: bool = True,
) -> dict:
    """Everything known about one claim: where it stands, its verdict, who did what and when.
    `children` are its sources, notes and comments."""
    sources, notes, comments = children
    article = claim.article
    record = {
        "id": claim.id,
        "article": article_summary(article),
        "text": claim.text,
        "passage": {
            "start": claim.start,
            "end": claim.end,
            "exact": article.text[claim.start : claim.end],
            "prefix": claim.quote_prefix,
            "suffix": claim.quote_suffix,
        },
        "speaker": claim.speaker,
        "kind": claim.kind,
        "score": claim.score,
        "reasons": list(claim.reasons or []),
        "checkable": claim.checkable,
        "attribution": claim.attribution,
        "checkable_reason": claim.checkable_reason,
        "dismissed_reason": claim.dismissed_reason,
        "status": {
            "name": claim.status.name,
            "rating_value": claim.status.rating_value,
            "is_final": claim.status.is_final,
        },
        "assignee": names.get(claim.assignee_id),
        "sources": [source_record(source, names) for source in sources],
        "notes": [note_record(note, names) for note in notes],
        "comments": [note_record(comment, names) for comment in comments],
        "created_by": names.get(claim.created_by_id),
        "updated_by": names.get(claim.updated_by_id),
        "proposed_by": names.get(claim.proposed_by_id),
        "proposed_at": timestamp(claim.proposed_at),
        "approved_by": names.get(claim.approved_by_id),
        "approved_at": timestamp(claim.approved_at),
        "returned_at": timestamp(claim.returned_at),
        "version": claim.version,
        "created_at": timestamp(claim.created_at),
        "updated_at": timestamp(claim.updated_at),
    }
    # --- claim groups (search and matching): optional, only for claims in a group
    if claim.group_member is not None:
        record["group"] = claim.group_member.group_id
    # ---
    if with_history:
        record["history"] = [event_record(event, names) for event in claim.events]
    return record
