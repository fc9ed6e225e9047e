"""The field specification is the one place limits live: the export JSON Schema, the OpenAPI
document, the CSV columns and the models agree with it."""

import pytest

from webapp.api.articles import ARTICLE_FIELDS
from webapp.api.claims import CLAIM_FIELDS, NOTE_FIELDS, SOURCE_FIELDS
from webapp.api.openapi import openapi_document
from webapp.fields import (
    ARTICLE,
    CLAIM,
    CSV_COLUMN_NAMES,
    CSV_COLUMNS,
    ENTITIES,
    NOTE,
    SOURCE,
    URL,
    json_schema,
)
from webapp.models import Article, Claim, Source, Status, User
from webapp.services.exports.formats import CSV_COLUMNS as EXPORTED_CSV_COLUMNS
from webapp.services.exports.schemas import load_schema

# Where each exported field of the specification appears in the export schema ($defs paths).
PERSON = ["claim.assignee", "claim.created_by", "claim.updated_by", "claim.proposed_by",
          "claim.approved_by", "article.created_by", "source.added_by", "note.author",
          "comment.author", "event.user"]  # fmt: skip
IN_EXPORT_SCHEMA = {
    "article.title": ["article.title", "article_summary.title"],
    "article.text": ["article.text"],
    "article.url": ["article.url", "article_summary.url"],
    "article.outlet": ["article.outlet", "article_summary.outlet"],
    "article.author": ["article.author", "article_summary.author"],
    "article.published_on": ["article.published_on", "article_summary.published_on"],
    "article.seed_name": ["article.seed_name"],
    "article.created_by": ["article.created_by"],
    "claim.version": ["claim.version"],
    "claim.status": ["claim.status.name"],
    "claim.text": ["claim.text"],
    "claim.speaker": ["claim.speaker"],
    "claim.assignee": ["claim.assignee"],
    "claim.kind": ["claim.kind"],
    "claim.score": ["claim.score"],
    "claim.reasons": ["claim.reasons"],
    "claim.checkable": ["claim.checkable"],
    "claim.attribution": ["claim.attribution"],
    "claim.checkable_reason": ["claim.checkable_reason"],
    "claim.dismissed_reason": ["claim.dismissed_reason"],
    "claim.prefix": ["claim.passage.prefix"],
    "claim.suffix": ["claim.passage.suffix"],
    "source.url": ["source.url"],
    "source.title": ["source.title"],
    "source.publisher": ["source.publisher"],
    "source.stance": ["source.stance"],
    "source.accessed_on": ["source.accessed_on"],
    "note.body": ["note.body"],
    "comment.body": ["comment.body"],
    "user.username": PERSON,
    "status.name": ["status.name", "claim.status.name"],
    "status.color": ["status.color"],
    "status.position": ["status.position"],
    "status.rating_value": ["status.rating_value"],
    "status.is_final": ["status.is_final"],
}


def _schema_property(path: str) -> dict:
    definition, *names = path.split(".")
    found = load_schema("json")["$defs"][definition]
    for name in names:
        found = found["properties"][name]
    return found


def _exported():
    return [
        f"{entity.name}.{name}"
        for entity in ENTITIES.values()
        for name, spec in entity.fields.items()
        if spec.exported
    ]


def test_every_exported_field_is_in_the_export_schema():
    assert sorted(_exported()) == sorted(IN_EXPORT_SCHEMA)


@pytest.mark.parametrize("name", sorted(IN_EXPORT_SCHEMA))
def test_the_export_schema_has_the_specification_limits(name):
    entity, field_name = name.split(".")
    spec = ENTITIES[entity][field_name]
    expected = json_schema(spec)
    for path in IN_EXPORT_SCHEMA[name]:
        found = _schema_property(path)
        for key in ("maxLength", "minimum", "maximum", "format"):
            if key in expected and not (key == "format" and spec.type == URL):
                assert found.get(key) == expected[key], (path, key)
        if spec.type == URL or spec.pattern:
            assert found["pattern"] == expected["pattern"], path
        if spec.choices:  # a field that may be null lists null among its values too
            assert [v for v in found["enum"] if v is not None] == list(spec.choices), path
        if spec.required and spec.max_length:
            assert found.get("minLength") == 1, path


@pytest.mark.parametrize(
    ("schema", "entity", "names", "required", "extra"),
    [
        ("new_article", ARTICLE, ARTICLE_FIELDS, ["title", "text"], {}),
        # A change of a claim may carry a note, specified as a note's body.
        ("claim_changes", CLAIM, CLAIM_FIELDS, ["version"], {"note": NOTE["body"]}),
        ("source_fields", SOURCE, SOURCE_FIELDS, [], {}),
        ("new_source", SOURCE, SOURCE_FIELDS, ["url"], {}),
        ("note_fields", NOTE, NOTE_FIELDS, ["body"], {}),
    ],
)
def test_openapi_request_bodies_are_the_specification_of_what_the_routes_accept(
    schema, entity, names, required, extra
):
    body = openapi_document()["components"]["schemas"][schema]
    assert body["additionalProperties"] is False
    assert body.get("required", []) == required
    expected = {name: json_schema(entity[name]) for name in names}
    expected.update({name: json_schema(spec) for name, spec in extra.items()})
    assert body["properties"] == expected


def test_the_csv_export_writes_the_specified_columns():
    assert EXPORTED_CSV_COLUMNS == CSV_COLUMN_NAMES
    for _column, entity, name in CSV_COLUMNS:
        if entity is not None:
            assert ENTITIES[entity][name].exported


@pytest.mark.parametrize(
    ("column", "entity", "name"),
    [
        (Article.title, "article", "title"),
        (Article.url, "article", "url"),
        (Article.outlet, "article", "outlet"),
        (Article.author, "article", "author"),
        (Article.seed_name, "article", "seed_name"),
        (Claim.speaker, "claim", "speaker"),
        (Claim.dismissed_reason, "claim", "dismissed_reason"),
        (Claim.quote_prefix, "claim", "prefix"),
        (Source.url, "source", "url"),
        (Source.title, "source", "title"),
        (Source.publisher, "source", "publisher"),
        (User.username, "user", "username"),
        (User.email, "user", "email"),
        (Status.name, "status", "name"),
    ],
)
def test_database_columns_are_as_wide_as_the_specification_allows(column, entity, name):
    assert column.type.length == ENTITIES[entity][name].max_length


def test_the_openapi_claim_carries_attribution_and_why_not_checkable():
    claim = openapi_document()["components"]["schemas"]["api_claim"]["properties"]
    for name in ("attribution", "checkable_reason"):
        assert [v for v in claim[name]["enum"] if v is not None] == list(CLAIM[name].choices)
        assert None in claim[name]["enum"]  # claims from before the fields existed
