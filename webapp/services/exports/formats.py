"""The export formats. Each is a generator of text chunks: one claim in memory at a time."""

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from operator import itemgetter

import orjson
from sqlalchemy import select

from webapp.database import read_snapshot
from webapp.extensions import db
from webapp.fields import CSV_COLUMN_NAMES
from webapp.models import Status
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
CHUNK_RECORDS = 20  # claims per chunk of the JSON and CSV exports (see _json_array_in_chunks)


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


def _appearance(article: dict) -> dict:
    appearance: dict = {"@type": "CreativeWork", "headline": article["title"]}
    if article["url"]:
        appearance["url"] = article["url"]
    if article["published_on"]:
        appearance["datePublished"] = day(article["published_on"])
    if article["outlet"]:
        appearance["publisher"] = {"@type": "Organization", "name": article["outlet"]}
    return appearance


def _appearances(record: dict, own: dict, groups: dict[int, dict[int, dict]]) -> dict | list:
    """A claim in a claim group appeared in every live article of the group (search and
    matching); otherwise only in its own."""
    if "group" not in record:
        return own
    article_id = record["article"]["id"]
    others = [
        _appearance(article)
        for other_id, article in groups[record["group"]].items()
        if other_id != article_id
    ]
    return [own, *others] if others else own


# How the claim is attributed (direct quote, reported speech, the reporter's own voice) and why
# it is not checkable, as each export names them: the field names of the JSON export.
EXTRACTION_FIELDS = ("attribution", "checkable_reason")


def _extraction_properties(record: dict) -> list[dict]:
    """schema.org PropertyValues for the fields that have a value (old claims may lack them)."""
    return [
        {"@type": "PropertyValue", "propertyID": name, "name": name, "value": value}
        for name in EXTRACTION_FIELDS
        if (value := record[name])
    ]


def _extraction_bodies(record: dict) -> list[dict]:
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
        if (value := record[name])
    ]


def claim_review(record: dict, context: ExportContext, groups: dict[int, dict[int, dict]]) -> dict:
    """One schema.org ClaimReview, as Google Fact Check Explorer reads it, of a claim's record
    (`claim_rows.claim_records`; `groups` from `claim_rows.group_articles`)."""
    article = record["article"]
    status = record["status"]
    rating: dict = {"@type": "Rating", "alternateName": status["name"]}
    if status["rating_value"] is not None:
        rating.update(
            ratingValue=status["rating_value"],
            bestRating=BEST_RATING,
            worstRating=WORST_RATING,
        )
    appearance = _appearance(article)
    item: dict = {"@type": "Claim", "appearance": _appearances(record, appearance, groups)}
    if record["speaker"]:
        item["author"] = {"@type": "Person", "name": record["speaker"]}
    extraction = _extraction_properties(record)
    if extraction:
        item["additionalProperty"] = extraction
    if article["published_on"]:
        item["datePublished"] = day(article["published_on"])
    author: dict = {"@type": "Organization", "name": context.organisation_name}
    if context.organisation_url:
        author["url"] = context.organisation_url
    reviewed_on = record["approved_at"] or record["updated_at"]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": context.claim_url(record["id"]),
        "claimReviewed": record["text"],
        "reviewRating": rating,
        "author": author,
        "datePublished": timestamp(reviewed_on)[:10],
        "itemReviewed": item,
    }


def stream_claimreview(selection: ExportSelection, context: ExportContext) -> Iterator[str]:
    """A JSON-LD array of ClaimReview objects: only claims with a final verdict have one."""
    groups = claim_rows.group_articles()
    reviews = (
        claim_review(record, context, groups)
        for record in claim_rows.claim_records(selection, {}, children=())
        if record["status"]["is_final"]
    )
    yield from _json_array(reviews)
    yield "\n"


def web_annotation(record: dict, context: ExportContext) -> dict:
    """One W3C Web Annotation of a claim's record (`claim_rows.claim_records`, with notes): the
    passage as target; the verdict, how the claim is attributed (and why it is not checkable)
    and the notes as bodies."""
    bodies: list[dict] = [
        {
            "type": "TextualBody",
            "purpose": "assessing",
            "value": record["status"]["name"],
            "format": "text/plain",
        },
        *_extraction_bodies(record),
    ]
    for note in record["notes"]:
        body = {
            "type": "TextualBody",
            "purpose": "commenting",
            "value": note["body"],
            "format": "text/plain",
            "created": timestamp(note["created_at"]),
        }
        if note["author"]:
            body["creator"] = {"type": "Person", "nickname": note["author"]}
        bodies.append(body)
    article = record["article"]
    passage = record["passage"]
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": context.claim_url(record["id"]),
        "type": "Annotation",
        "motivation": "assessing",
        "created": timestamp(record["created_at"]),
        "modified": timestamp(record["updated_at"]),
        "body": bodies,
        "target": {
            "source": article["url"] or context.article_url(article["id"]),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": passage["exact"],
                    "prefix": passage["prefix"],
                    "suffix": passage["suffix"],
                },
                {"type": "TextPositionSelector", "start": passage["start"], "end": passage["end"]},
            ],
        },
    }
    creator = record["approved_by"] or record["updated_by"]
    if creator:
        annotation["creator"] = {"type": "Person", "nickname": creator}
    return annotation


def stream_w3c(selection: ExportSelection, context: ExportContext) -> Iterator[str]:
    names = selected.usernames()
    annotations = (
        web_annotation(record, context)
        for record in claim_rows.claim_records(selection, names, children=("notes",))
    )
    yield from _json_array(annotations)
    yield "\n"


def stream_jsonl(selection: ExportSelection, context: ExportContext) -> Iterator[str]:
    """doccano's span import: one line per article, its text and a CLAIM label per claim."""
    for article_id, text, spans in claim_rows.spans_by_article(selection):
        labels = [[start, end, "CLAIM"] for start, end in spans]
        yield _dumps({"text": text, "label": labels, "article_id": article_id}) + "\n"


CSV_COLUMNS = CSV_COLUMN_NAMES  # the field specification lists them


def neutralise_cells(values: Iterable[object]) -> list[object]:
    """Spreadsheets run a cell starting with = + - @ as a formula; a leading apostrophe makes
    it plain text again (OWASP's advice for CSV injection)."""
    return [
        "'" + value if value.__class__ is str and value.startswith(CSV_FORMULA_PREFIXES) else value
        for value in values
    ]


def _csv_lines(rows: Iterable[Iterable[object]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(map(neutralise_cells, rows))
    return buffer.getvalue()


def _csv_row(record: dict) -> dict[str, object]:
    """One claim's cells by column name, from its record (`claim_rows.claim_records`, with
    sources and notes); the field specification orders them."""
    article = record["article"]
    passage = record["passage"]
    status = record["status"]
    return {
        "claim_id": record["id"],
        "article_id": article["id"],
        "article_title": article["title"],
        "article_url": article["url"] or "",
        "outlet": article["outlet"] or "",
        "published_on": day(article["published_on"]) or "",
        "start": passage["start"],
        "end": passage["end"],
        "passage": passage["exact"],
        "claim": record["text"],
        "speaker": record["speaker"] or "",
        "kind": record["kind"],
        "attribution": record["attribution"] or "",
        "checkable_reason": record["checkable_reason"] or "",
        "score": record["score"],
        "status": status["name"],
        "rating_value": "" if status["rating_value"] is None else status["rating_value"],
        "assignee": record["assignee"] or "",
        "sources": "\n".join(source["url"] for source in record["sources"]),
        "notes": "\n\n".join(note["body"] for note in record["notes"]),
        "proposed_by": record["proposed_by"] or "",
        "proposed_at": timestamp(record["proposed_at"]) or "",
        "approved_by": record["approved_by"] or "",
        "approved_at": timestamp(record["approved_at"]) or "",
        "version": record["version"],
        "created_at": timestamp(record["created_at"]),
        "updated_at": timestamp(record["updated_at"]),
    }


def stream_csv(selection: ExportSelection, context: ExportContext) -> Iterator[str]:
    """A header line, then a line per claim, CHUNK_RECORDS lines to a chunk."""
    names = selected.usernames()
    records = claim_rows.claim_records(selection, names, children=("sources", "notes"))
    cells = itemgetter(*CSV_COLUMNS)  # a row's cells in the columns' order
    yield _csv_lines([CSV_COLUMNS])
    while chunk := list(islice(records, CHUNK_RECORDS)):
        yield _csv_lines(cells(_csv_row(record)) for record in chunk)


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
