"""The export formats. Each is a generator of text chunks: one claim in memory at a time."""

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice

import orjson
from sqlalchemy import select

from webapp.database import read_snapshot
from webapp.extensions import db
from webapp.fields import CSV_COLUMN_NAMES
from webapp.models import Article, Claim, Status
from webapp.services.exports import claim_rows
from webapp.services.exports import selection as selected
from webapp.services.exports.records import (
    article_record,
    day,
    status_record,
    timestamp,
)
from webapp.services.exports.selection import ExportSelection, check_selection

SCHEMA_VERSION = "1.0"
SCHEMA_ID = "https://claimdesk.example/schemas/claims-export-1.schema.json"
BEST_RATING, WORST_RATING = 5, 1
CSV_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CHUNK_RECORDS = 20  # claims per chunk of the JSON export (see _json_array_in_chunks)


@dataclass(frozen=True)
class ExportContext:
    """What an export needs from outside the database: who publishes it and the app's links."""

    organisation_name: str
    organisation_url: str
    claim_url: Callable[[int], str]
    article_url: Callable[[int], str]
    exported_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class ExportFormat:
    name: str
    media_type: str
    extension: str
    stream: Callable[[ExportSelection, ExportContext], Iterator[str]]


def _dumps(value: object) -> str:
    """Compact UTF-8 JSON, as json.dumps(ensure_ascii=False, separators=(",", ":")) writes it;
    orjson does it in a fraction of the time, which is most of a large export's."""
    return orjson.dumps(value).decode()


def _json_array(items: Iterator[object]) -> Iterator[str]:
    yield "["
    for index, item in enumerate(items):
        yield ("\n" if index == 0 else ",\n") + _dumps(item)
    yield "\n]"


def stream_json(selection: ExportSelection, context: ExportContext) -> Iterator[str]:
    """The full JSON export: header, statuses, the articles with their text, then the claims."""
    names = selected.usernames()
    header = {
        "schema_version": SCHEMA_VERSION,
        "$schema": SCHEMA_ID,
        "exported_at": timestamp(context.exported_at),
        "organisation": {"name": context.organisation_name, "url": context.organisation_url},
        "selection": selection.describe(),
        "statuses": [
            status_record(status)
            for status in db.session.scalars(select(Status).order_by(Status.position, Status.id))
        ],
    }
    yield _dumps(header)[:-1]
    yield ',\n"articles":'
    articles = selected.iter_articles(selection)
    yield from _json_array(article_record(article, names) for article in articles)
    yield ',\n"claims":'
    yield from _json_array_in_chunks(claim_rows.claim_records(selection, names))
    yield "}\n"


def _json_array_in_chunks(records: Iterator[object], size: int = CHUNK_RECORDS) -> Iterator[str]:
    """The same text as `_json_array`, a few records to a chunk: fewer generator steps and
    writes than one each, yet few enough live records that the garbage collector's full passes
    stay rare (250 to a chunk made the 5,000-claim export 1.3–1.6× slower and 7 MiB at peak)."""
    yield "["
    separator = b"\n"
    while chunk := list(islice(records, size)):
        yield (separator + b",\n".join(map(claim_rows.dumps, chunk))).decode()
        separator = b",\n"
    yield "\n]"


def _appearance(article) -> dict:
    appearance: dict = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        appearance["url"] = article.url
    if article.published_on:
        appearance["datePublished"] = day(article.published_on)
    if article.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
    return appearance


def _appearances(claim: Claim, own: dict) -> dict | list[dict]:
    """A claim in a claim group appeared in every live article of the group (search and
    matching); otherwise only in its own."""
    if claim.group_member is None:
        return own
    articles = {}
    for member in claim.group_member.members:
        article = member.claim.article
        if article.deleted_at is None and article.id != claim.article_id:
            articles.setdefault(article.id, article)
    return [own] + [_appearance(article) for article in articles.values()] if articles else own


# How the claim is attributed (direct quote, reported speech, the reporter's own voice) and why
# it is not checkable, as each export names them: the field names of the JSON export.
EXTRACTION_FIELDS = ("attribution", "checkable_reason")


def _extraction_properties(claim: Claim) -> list[dict]:
    """schema.org PropertyValues for the fields that have a value (old claims may lack them)."""
    return [
        {"@type": "PropertyValue", "propertyID": name, "name": name, "value": value}
        for name in EXTRACTION_FIELDS
        if (value := getattr(claim, name))
    ]


def _extraction_bodies(claim: Claim) -> list[dict]:
    """Web Annotation bodies that classify the passage: `attribution:direct`,
    `checkable_reason:opinion`; none for a field without a value."""
    return [
        {
            "type": "TextualBody",
            "purpose": "classifying",
            "value": f"{name}:{value}",
            "format": "text/plain",
        }
        for name in EXTRACTION_FIELDS
        if (value := getattr(claim, name))
    ]


def claim_review(claim: Claim, context: ExportContext) -> dict:
    """One schema.org ClaimReview, as Google Fact Check Explorer reads it."""
    article = claim.article
    rating: dict = {"@type": "Rating", "alternateName": claim.status.name}
    if claim.status.rating_value is not None:
        rating.update(
            ratingValue=claim.status.rating_value,
            bestRating=BEST_RATING,
            worstRating=WORST_RATING,
        )
    appearance = _appearance(article)
    item: dict = {"@type": "Claim", "appearance": _appearances(claim, appearance)}
    if claim.speaker:
        item["author"] = {"@type": "Person", "name": claim.speaker}
    extraction = _extraction_properties(claim)
    if extraction:
        item["additionalProperty"] = extraction
    if article.published_on:
        item["datePublished"] = day(article.published_on)
    author: dict = {"@type": "Organization", "name": context.organisation_name}
    if context.organisation_url:
        author["url"] = context.organisation_url
    reviewed_on = claim.approved_at or claim.updated_at
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": context.claim_url(claim.id),
        "claimReviewed": claim.text,
        "reviewRating": rating,
        "author": author,
        "datePublished": timestamp(reviewed_on)[:10],
        "itemReviewed": item,
    }


def stream_claimreview(selection: ExportSelection, context: ExportContext) -> Iterator[str]:
    """A JSON-LD array of ClaimReview objects: only claims with a final verdict have one."""
    reviews = (
        claim_review(claim, context)
        for claim, _comments in selected.iter_claims(selection, children=())
        if claim.status.is_final
    )
    yield from _json_array(reviews)
    yield "\n"


def web_annotation(claim: Claim, names: dict[int, str], context: ExportContext) -> dict:
    """One W3C Web Annotation: the passage as target; the verdict, how the claim is attributed
    (and why it is not checkable) and the notes as bodies."""
    bodies: list[dict] = [
        {
            "type": "TextualBody",
            "purpose": "assessing",
            "value": claim.status.name,
            "format": "text/plain",
        },
        *_extraction_bodies(claim),
    ]
    for note in claim.notes:
        body = {
            "type": "TextualBody",
            "purpose": "commenting",
            "value": note.body,
            "format": "text/plain",
            "created": timestamp(note.created_at),
        }
        if names.get(note.author_id):
            body["creator"] = {"type": "Person", "nickname": names[note.author_id]}
        bodies.append(body)
    article = claim.article
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": context.claim_url(claim.id),
        "type": "Annotation",
        "motivation": "assessing",
        "created": timestamp(claim.created_at),
        "modified": timestamp(claim.updated_at),
        "body": bodies,
        "target": {
            "source": article.url or context.article_url(article.id),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": article.text[claim.start : claim.end],
                    "prefix": claim.quote_prefix,
                    "suffix": claim.quote_suffix,
                },
                {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
            ],
        },
    }
    creator = names.get(claim.approved_by_id) or names.get(claim.updated_by_id)
    if creator:
        annotation["creator"] = {"type": "Person", "nickname": creator}
    return annotation


def stream_w3c(selection: ExportSelection, context: ExportContext) -> Iterator[str]:
    names = selected.usernames()
    annotations = (
        web_annotation(claim, names, context)
        for claim, _comments in selected.iter_claims(selection, children=("notes",))
    )
    yield from _json_array(annotations)
    yield "\n"


def stream_jsonl(selection: ExportSelection, context: ExportContext) -> Iterator[str]:
    """doccano's span import: one line per article, its text and a CLAIM label per claim."""
    current: Article | None = None
    labels: list[list] = []
    for claim, _comments in selected.iter_claims(selection, children=()):
        if current is not None and claim.article_id != current.id:
            yield _doccano_line(current, labels)
            labels = []
        current = claim.article
        labels.append([claim.start, claim.end, "CLAIM"])
    if current is not None:
        yield _doccano_line(current, labels)


def _doccano_line(article: Article, labels: list[list]) -> str:
    return _dumps({"text": article.text, "label": labels, "article_id": article.id}) + "\n"


CSV_COLUMNS = CSV_COLUMN_NAMES  # the field specification lists them


def neutralise_cell(value: object) -> object:
    """Spreadsheets run a cell starting with = + - @ as a formula; a leading apostrophe makes
    it plain text again (OWASP's advice for CSV injection)."""
    if isinstance(value, str) and value.startswith(CSV_FORMULA_PREFIXES):
        return "'" + value
    return value


def _csv_line(values: list[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([neutralise_cell(v) for v in values])
    return buffer.getvalue()


def _csv_row(claim: Claim, names: dict[int, str]) -> dict[str, object]:
    """One claim's cells by column name; the field specification orders them."""
    article = claim.article
    return {
        "claim_id": claim.id,
        "article_id": article.id,
        "article_title": article.title,
        "article_url": article.url or "",
        "outlet": article.outlet or "",
        "published_on": day(article.published_on) or "",
        "start": claim.start,
        "end": claim.end,
        "passage": article.text[claim.start : claim.end],
        "claim": claim.text,
        "speaker": claim.speaker or "",
        "kind": claim.kind,
        "attribution": claim.attribution or "",
        "checkable_reason": claim.checkable_reason or "",
        "score": claim.score,
        "status": claim.status.name,
        "rating_value": "" if claim.status.rating_value is None else claim.status.rating_value,
        "assignee": names.get(claim.assignee_id, ""),
        "sources": "\n".join(source.url for source in claim.sources),
        "notes": "\n\n".join(note.body for note in claim.notes),
        "proposed_by": names.get(claim.proposed_by_id, ""),
        "proposed_at": timestamp(claim.proposed_at) or "",
        "approved_by": names.get(claim.approved_by_id, ""),
        "approved_at": timestamp(claim.approved_at) or "",
        "version": claim.version,
        "created_at": timestamp(claim.created_at),
        "updated_at": timestamp(claim.updated_at),
    }


def stream_csv(selection: ExportSelection, context: ExportContext) -> Iterator[str]:
    names = selected.usernames()
    yield _csv_line(list(CSV_COLUMNS))
    for claim, _comments in selected.iter_claims(selection, children=("sources", "notes")):
        row = _csv_row(claim, names)
        yield _csv_line([row[column] for column in CSV_COLUMNS])


FORMATS: dict[str, ExportFormat] = {
    "json": ExportFormat("json", "application/json", "json", stream_json),
    "claimreview": ExportFormat(
        "claimreview", "application/ld+json", "claimreview.jsonld", stream_claimreview
    ),
    "w3c": ExportFormat("w3c", "application/ld+json", "annotations.jsonld", stream_w3c),
    "jsonl": ExportFormat("jsonl", "application/x-ndjson", "jsonl", stream_jsonl),
    "csv": ExportFormat("csv", "text/csv", "csv", stream_csv),
}


def export_stream(
    format_name: str, selection: ExportSelection, context: ExportContext
) -> Iterator[str]:
    """The chunks of one export, all read from one snapshot of the database, so an export taken
    while colleagues import and review holds no claim whose article is missing from the file.
    Raises KeyError for an unknown format (callers validate), and Invalid, before anything is
    written, for a status that does not exist."""
    stream = FORMATS[format_name].stream
    check_selection(selection)
    return _from_one_snapshot(stream, selection, context)


def _from_one_snapshot(stream, selection: ExportSelection, context: ExportContext):
    with read_snapshot():
        yield from stream(selection, context)


__all__ = ["FORMATS", "ExportContext", "ExportFormat", "export_stream"]
