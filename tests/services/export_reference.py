"""The export formats as the ORM-object path wrote them, before they were built from plain rows
(claim_rows): the specification that test_exports.py holds the plain-row formats to, byte for
byte. The record functions are kept as they were; the streams read ORM claims."""

import csv
import io

import orjson
from sqlalchemy import select

from webapp.extensions import db
from webapp.fields import CSV_COLUMN_NAMES as CSV_COLUMNS
from webapp.models import Article, Claim
from webapp.services.exports.formats import (
    BEST_RATING,
    CSV_FORMULA_PREFIXES,
    WORST_RATING,
    ExportContext,
)
from webapp.services.exports.records import day, timestamp
from webapp.services.exports.selection import ExportSelection, usernames


def _dumps(value: object) -> str:
    return orjson.dumps(value).decode()


def _json_array(items) -> str:
    return (
        "["
        + "".join(
            ("\n" if index == 0 else ",\n") + _dumps(item) for index, item in enumerate(items)
        )
        + "\n]"
    )


def orm_claims(selection: ExportSelection) -> list[Claim]:
    """The selected claims as ORM objects, in the exports' order."""
    query = selection.apply(select(Claim)).order_by(Claim.article_id, Claim.id)
    return list(db.session.scalars(query))


def export(format_name: str, selection: ExportSelection, context: ExportContext) -> str:
    """The whole export of `format_name` as the ORM-object path wrote it."""
    claims = orm_claims(selection)
    names = usernames()
    if format_name == "claimreview":
        reviews = [claim_review(claim, context) for claim in claims if claim.status.is_final]
        return _json_array(reviews) + "\n"
    if format_name == "w3c":
        return _json_array(web_annotation(claim, names, context) for claim in claims) + "\n"
    if format_name == "csv":
        lines = [_csv_line(list(CSV_COLUMNS))]
        for claim in claims:
            row = _csv_row(claim, names)
            lines.append(_csv_line([row[column] for column in CSV_COLUMNS]))
        return "".join(lines)
    assert format_name == "jsonl"
    lines, current, labels = [], None, []
    for claim in claims:
        if current is not None and claim.article_id != current.id:
            lines.append(_doccano_line(current, labels))
            labels = []
        current = claim.article
        labels.append([claim.start, claim.end, "CLAIM"])
    if current is not None:
        lines.append(_doccano_line(current, labels))
    return "".join(lines)


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


def _doccano_line(article: Article, labels: list[list]) -> str:
    return _dumps({"text": article.text, "label": labels, "article_id": article.id}) + "\n"


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
