"""The OpenAPI 3.1 description of /api/v1: request bodies from the field specification, answers
from the export's JSON Schema, operations from one table."""

import copy
import json
import re
from dataclasses import dataclass
from dataclasses import field as dc_field

from flask import current_app

from webapp.api import bp
from webapp.api.articles import ARTICLE_FIELDS
from webapp.api.claims import CLAIM_FIELDS, NOTE_FIELDS, SOURCE_FIELDS
from webapp.fields import (
    ARTICLE,
    CLAIM,
    LARGEST_ID,
    NAME_MAX,
    NOTE,
    SOURCE,
    STATUS_NAME_MAX,
    USERNAME_MAX,
    body_schema,
    json_schema,
)
from webapp.services.exports import FORMATS
from webapp.services.exports.schemas import load_schema
from webapp.services.statuses import list_statuses

ID = {"type": "integer", "minimum": 1, "maximum": LARGEST_ID}
ERROR = {"$ref": "#/components/responses/Error"}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _path_id(name: str) -> dict:
    return {"name": name, "in": "path", "required": True, "schema": ID}


def _query(name: str, schema: dict, description: str) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


def _body(schema: dict) -> dict:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _operation(summary: str, role: str, responses: dict, **extra) -> dict:
    return {
        "summary": summary,
        "description": f"Needs the {role} role (or higher).",
        "responses": {**responses, "default": ERROR},
        **extra,
    }


def _page(item: str) -> dict:
    return {
        "type": "object",
        "required": ["items", "page", "per_page", "total"],
        "additionalProperties": False,
        "properties": {
            "items": {"type": "array", "items": _ref(item)},
            "page": {"type": "integer", "minimum": 1},
            "per_page": {"type": "integer", "minimum": 1},
            "total": {"type": "integer", "minimum": 0},
        },
    }


def _claim_changes() -> dict:
    """The claim PATCH body: the claim's writable fields and a note saved with the change."""
    schema = body_schema(CLAIM, CLAIM_FIELDS, ("version",))
    schema["properties"]["note"] = json_schema(NOTE["body"])
    return schema


def _schemas() -> dict:
    """Component schemas: request bodies from the field specification (the same fields the
    routes accept), responses from the export schema's definitions (pinned to the
    specification by tests/services/test_field_spec.py), plus the error and page shapes."""
    text = json.dumps(load_schema("json")["$defs"]).replace('"#/$defs/', '"#/components/schemas/')
    schemas = json.loads(text)
    api_claim = copy.deepcopy(schemas["claim"])
    del api_claim["properties"]["history"]
    api_claim["required"].remove("history")
    summary = schemas["article_summary"]
    schemas.update(
        {
            "api_claim": api_claim,
            "api_article": {
                "type": "object",
                "required": [*summary["required"], "created_at", "claim_count", "reviewed_count"],
                "properties": {
                    **summary["properties"],
                    "created_at": {"type": "string", "format": "date-time"},
                    "claim_count": {"type": "integer", "minimum": 0},
                    "reviewed_count": {"type": "integer", "minimum": 0},
                    "text": {"type": "string"},
                },
                "additionalProperties": False,
            },
            "error": {
                "type": "object",
                "required": ["error"],
                "additionalProperties": False,
                "properties": {
                    "error": {
                        "type": "object",
                        "required": ["code", "message", "details"],
                        "additionalProperties": False,
                        "properties": {
                            "code": {"type": "string"},
                            "message": {"type": "string"},
                            "details": {"type": "object"},
                        },
                    }
                },
            },
            "new_article": body_schema(ARTICLE, ARTICLE_FIELDS, ("title", "text")),
            "claim_changes": _claim_changes(),
            "source_fields": body_schema(SOURCE, SOURCE_FIELDS),
            "new_source": body_schema(SOURCE, SOURCE_FIELDS, ("url",)),
            "note_fields": body_schema(NOTE, NOTE_FIELDS, ("body",)),
            "article_page": _page("api_article"),
            "claim_page": _page("api_claim"),
            "history": {
                "type": "object",
                "required": ["items"],
                "additionalProperties": False,
                "properties": {"items": {"type": "array", "items": _ref("event")}},
            },
            "new_article_and_claims": {
                "type": "object",
                "required": ["article", "claims"],
                "additionalProperties": False,
                "properties": {
                    "article": _ref("api_article"),
                    "claims": {"type": "array", "items": _ref("api_claim")},
                },
            },
        }
    )
    return schemas


def _text_query(name: str, description: str, max_length: int = NAME_MAX) -> dict:
    return _query(name, {"type": "string", "maxLength": max_length}, description)


PAGE = _query("page", {"type": "integer", "minimum": 1, "maximum": 1000000}, "Page, from 1.")
CLAIM_FILTERS = [
    _text_query("status", "Status name, any case."),
    _text_query("kind", "Claim kind."),
    _text_query("speaker", "Speaker, any case."),
    _text_query("assignee", "Username, or `none`."),
    _text_query("q", "Words in the claim or speaker."),
    _query("sort", {"enum": ["position", "score", "status"]}, "Order of the list."),
]
EXPORT_FILTERS = [
    _query("format", {"enum": list(FORMATS)}, "Export format; json by default."),
    _query("article_id", ID, "Only this article."),
    _text_query("status", "Status name.", STATUS_NAME_MAX),
    _text_query("reviewer", "Username.", USERNAME_MAX),
    _query("from", {"type": "string", "format": "date"}, "Changed on or after."),
    _query("to", {"type": "string", "format": "date"}, "Changed on or before."),
    _query("approved", {"type": "boolean"}, "Approved verdicts only."),
    _query("all", {"type": "boolean"}, "Every claim, reviewed or not."),
]
STALE = {"409": _json(_ref("error"), "Stale version: details.claim is the current claim.")}


@dataclass(frozen=True)
class Operation:
    """One row of the operation table: the document is built from these."""

    method: str
    path: str
    summary: str
    role: str
    status: str  # the success status
    response: str | None  # component schema of the answer; None: no content
    body: str | None = None  # component schema of the request body
    parameters: tuple = ()
    responses: dict = dc_field(default_factory=dict)


PER_PAGE_100 = _query("per_page", {"type": "integer", "minimum": 1, "maximum": 100}, "Page size.")
PER_PAGE_200 = _query("per_page", {"type": "integer", "minimum": 1, "maximum": 200}, "Page size.")
ARTICLE_ID = _query("article_id", ID, "Only this article's claims.")

# fmt: off
OPERATIONS = (
    Operation("get", "/articles", "List articles, newest first", "viewer", "200",
              "article_page", parameters=(PAGE, PER_PAGE_100)),
    Operation("post", "/articles", "Import an article; answers with the claims extracted from it",
              "editor", "201", "new_article_and_claims", body="new_article"),
    Operation("get", "/articles/{article_id}", "One article with its text", "viewer", "200",
              "api_article"),
    Operation("delete", "/articles/{article_id}",
              "Delete an article (soft: its claims and history stay on record)", "editor", "204",
              None),
    Operation("get", "/claims", "List claims of live articles, with the article page's filters",
              "viewer", "200", "claim_page",
              parameters=(ARTICLE_ID, *CLAIM_FILTERS, PAGE, PER_PAGE_200)),
    Operation("get", "/claims/{claim_id}", "One claim", "viewer", "200", "api_claim"),
    Operation("patch", "/claims/{claim_id}",
              "Change status, wording, speaker or assignee, from the version you read; "
              "a note sent with the change is saved with it",
              "reviewer", "200", "api_claim", body="claim_changes", responses=STALE),
    Operation("get", "/claims/{claim_id}/history", "The claim's history, oldest first", "viewer",
              "200", "history"),
    Operation("post", "/claims/{claim_id}/sources", "Cite a source", "reviewer", "201", "source",
              body="new_source"),
    Operation("patch", "/claims/{claim_id}/sources/{source_id}", "Edit a cited source",
              "reviewer", "200", "source", body="source_fields"),
    Operation("delete", "/claims/{claim_id}/sources/{source_id}", "Remove a cited source",
              "reviewer", "204", None),
    Operation("post", "/claims/{claim_id}/notes", "Add a note", "reviewer", "201", "note",
              body="note_fields"),
    Operation("patch", "/claims/{claim_id}/notes/{note_id}", "Edit a note", "reviewer", "200",
              "note", body="note_fields"),
    Operation("delete", "/claims/{claim_id}/notes/{note_id}", "Remove a note", "reviewer", "204",
              None),
    Operation("get", "/export", "Export claims (reviewed ones unless all=true), streamed",
              "viewer", "200", None, parameters=tuple(EXPORT_FILTERS)),
)
# fmt: on


def _export_media() -> dict:
    return {
        spec.media_type: {"schema": {"type": "string"} if spec.name in ("csv", "jsonl") else {}}
        for spec in FORMATS.values()
    }


def _build(operation: Operation) -> dict:
    if operation.path == "/export":
        answer = {"description": "The export file.", "content": _export_media()}
    elif operation.response is None:
        answer = {"description": "Done; nothing to return."}
    else:
        answer = _json(_ref(operation.response), operation.summary + ".")
    built = {
        "summary": operation.summary,
        "description": f"Needs the {operation.role} role (or higher).",
        "responses": {operation.status: answer, **operation.responses, "default": ERROR},
    }
    if operation.parameters:
        built["parameters"] = list(operation.parameters)
    if operation.body:
        built["requestBody"] = _body(_ref(operation.body))
    return built


def _paths() -> dict:
    paths: dict = {}
    for operation in OPERATIONS:
        item = paths.setdefault(operation.path, {})
        names = re.findall(r"\{(\w+)\}", operation.path)
        if names:
            item["parameters"] = [_path_id(name) for name in names]
        item[operation.method] = _build(operation)
    paths["/openapi.json"] = {
        "get": {
            "summary": "This document",
            "description": "Public: no token needed.",
            "security": [],
            "responses": {
                "200": {"description": "The OpenAPI document.", "content": {"application/json": {}}}
            },
        }
    }
    return paths


# ---------------------------------------------------------------------------------------------
# Trash (issue 10, accounts and access). Kept in its own block so the field-specification
# rework of the paths above can merge around it.

TRASH_ITEM = {
    "type": "object",
    "required": ["id", "title", "deleted_at", "deleted_by"],
    "additionalProperties": False,
    "properties": {
        "id": ID,
        "title": {"type": "string"},
        "deleted_at": {"type": "string", "format": "date-time"},
        "deleted_by": {"type": ["string", "null"]},
    },
}


def _security_paths() -> dict:
    return {
        "/trash": {
            "get": _operation(
                "Deleted articles, most recently deleted first, with who deleted them",
                "editor",
                {
                    "200": _json(
                        {
                            "type": "object",
                            "required": ["items"],
                            "additionalProperties": False,
                            "properties": {"items": {"type": "array", "items": TRASH_ITEM}},
                        },
                        "The Trash.",
                    )
                },
            )
        },
        "/trash/{article_id}/restore": {
            "parameters": [_path_id("article_id")],
            "post": _operation(
                "Restore a deleted article from the Trash, with its claims and history",
                "editor",
                {"200": _json(_ref("api_article"), "The restored article.")},
            ),
        },
    }


def _search_paths() -> dict:
    from webapp.api.search import openapi_paths

    return openapi_paths(_operation, _json, _path_id, _query, _body, _ref)


# ---------------------------------------------------------------------------------------------


def _operation_id(method: str, path: str) -> str:
    return method + "_" + "_".join(part.strip("{}") for part in path.strip("/").split("/"))


# Links tell clients (and schemathesis' stateful phase) where a created item's id can be used.
LINKS = {
    ("/articles", "post", "201"): [
        ("get", "/articles/{article_id}", {"article_id": "$response.body#/article/id"}),
        ("delete", "/articles/{article_id}", {"article_id": "$response.body#/article/id"}),
    ],
    ("/claims/{claim_id}/sources", "post", "201"): [
        (
            method,
            "/claims/{claim_id}/sources/{source_id}",
            {
                "claim_id": "$request.path.claim_id",
                "source_id": "$response.body#/id",
            },
        )
        for method in ("patch", "delete")
    ],
    ("/claims/{claim_id}/notes", "post", "201"): [
        (
            method,
            "/claims/{claim_id}/notes/{note_id}",
            {
                "claim_id": "$request.path.claim_id",
                "note_id": "$response.body#/id",
            },
        )
        for method in ("patch", "delete")
    ],
}


def _name_operations(paths: dict) -> dict:
    for path, item in paths.items():
        for method, operation in item.items():
            if method != "parameters":
                operation["operationId"] = _operation_id(method, path)
    for (path, method, status), targets in LINKS.items():
        paths[path][method]["responses"][status]["links"] = {
            _operation_id(target_method, target_path): {
                "operationId": _operation_id(target_method, target_path),
                "parameters": parameters,
            }
            for target_method, target_path, parameters in targets
        }
    return paths


def openapi_document(server_url: str = "/api/v1", status_names: list[str] | None = None) -> dict:
    """The document; given the workspace's status names, `status` is documented as one of them."""
    schemas = _schemas()
    if status_names:
        schemas["claim_changes"]["properties"]["status"] = {"enum": status_names}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Claimdesk API",
            "version": "1.0",
            "description": "Claims, verdicts, sources and notes of a Claimdesk workspace. "
            'Every error answers {"error": {"code", "message", "details"}}. '
            "Request fields that are not listed (ids, owners, roles, timestamps) are refused "
            "with 400.",
        },
        "servers": [{"url": server_url}],
        "security": [{"bearer": []}],
        "paths": _name_operations(
            _feed_operations(
                _import_operations({**_paths(), **_security_paths(), **_search_paths()}, schemas),
                schemas,
            )
        ),
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": schemas,
            "responses": {"Error": _json(_ref("error"), "An error, in the one error shape.")},
        },
    }


# --- Imports from a web address or files (issue 14) -------------------------------------------
# Kept in one block, applied on top of the paths and schemas above, so it can move as a unit.
IMPORT_STATES = ["preview", "queued", "fetching", "extracting", "done", "failed", "duplicate"]


def _import_operations(paths: dict, schemas: dict) -> dict:
    """POST /articles also takes {"url"} alone or multipart files; GET /imports/{batch_id}."""
    nullable_int = {"type": ["integer", "null"]}
    schemas["new_article_from_url"] = {
        "type": "object",
        "required": ["url"],
        "additionalProperties": False,
        "properties": {"url": {"type": "string", "minLength": 1, "maxLength": 2000}},
        "description": "Fetch the page at `url` and import its article in the background.",
    }
    schemas["import_item"] = {
        "type": "object",
        "required": ["id", "source", "state", "reason", "attempts", "article_id", "duplicate_of"],
        "additionalProperties": False,
        "properties": {
            "id": ID,
            "source": {"type": "string"},
            "state": {"enum": IMPORT_STATES},
            "reason": {"type": ["string", "null"]},
            "attempts": {"type": "integer", "minimum": 0},
            "article_id": nullable_int,
            "duplicate_of": nullable_int,
        },
    }
    counts = ("total", "finished", "done", "failed", "duplicate")
    schemas["import_job"] = {
        "type": "object",
        "required": ["id", "kind", "label", "created_at", *counts, "complete", "items"],
        "additionalProperties": False,
        "properties": {
            "id": ID,
            "kind": {"enum": ["link", "list", "files", "feed", "paste"]},
            "label": {"type": "string"},
            "created_at": {"type": "string", "format": "date-time"},
            **{name: {"type": "integer", "minimum": 0} for name in counts},
            "complete": {"type": "boolean"},
            "items": {"type": "array", "items": _ref("import_item")},
        },
    }
    post = paths["/articles"]["post"]
    post["summary"] = (
        "Import an article from its text, a web address or files; answers with the claims "
        "extracted, or with the import job still running"
    )
    post["requestBody"] = {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"oneOf": [_ref("new_article"), _ref("new_article_from_url")]}
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "array", "items": {"type": "string", "format": "binary"}}
                    },
                }
            },
        },
    }
    created = post["responses"]["201"]["content"]["application/json"]["schema"]
    if "$ref" in created:  # the response is a named schema: give it the optional job
        created = schemas[created["$ref"].rsplit("/", 1)[-1]]
    created["properties"]["job"] = _ref("import_job")
    post["responses"]["202"] = _json(
        {
            "type": "object",
            "required": ["job"],
            "additionalProperties": False,
            "properties": {"job": _ref("import_job")},
        },
        "The import was queued; follow the job at /imports/{batch_id} (the Location header).",
    )
    paths["/imports/{batch_id}"] = {
        "parameters": [_path_id("batch_id")],
        "get": _operation(
            "An import job: each link or file with its state, reason and article",
            "viewer",
            {"200": _json(_ref("import_job"), "The job.")},
        ),
    }
    return paths


# --- Feeds (issue 14): follow, list, check now, pause, resume -----------------------------------
FEED_ACTIONS = ("get", "/feeds/{feed_id}"), ("post", "/feeds/{feed_id}/poll")
FEED_ACTIONS += ("post", "/feeds/{feed_id}/pause"), ("post", "/feeds/{feed_id}/resume")
LINKS[("/feeds", "post", "201")] = [
    (method, path, {"feed_id": "$response.body#/id"}) for method, path in FEED_ACTIONS
]


def _feed_operations(paths: dict, schemas: dict) -> dict:
    """The /feeds operations and their schemas, every refusal described."""
    nullable_time = {"type": ["string", "null"], "format": "date-time"}
    schemas["new_feed"] = {
        "type": "object",
        "required": ["url"],
        "additionalProperties": False,
        "properties": {
            "url": {
                "type": "string",
                "minLength": 1,
                "maxLength": 2000,
                "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://",
                "examples": ["https://example.org/rss"],
            }
        },
        "description": "The feed's http(s) address (RSS or Atom).",
    }
    schemas["feed"] = {
        "type": "object",
        "required": [
            "id",
            "url",
            "title",
            "active",
            "created_at",
            "last_polled_at",
            "last_error",
            "imported",
            "last_import_id",
        ],  # fmt: skip
        "additionalProperties": False,
        "properties": {
            "id": ID,
            "url": {"type": "string"},
            "title": {"type": ["string", "null"]},
            "active": {"type": "boolean", "description": "false while the feed is paused"},
            "created_at": {"type": "string", "format": "date-time"},
            "last_polled_at": nullable_time,
            "last_error": {"type": ["string", "null"], "description": "why the last poll failed"},
            "imported": {"type": "integer", "minimum": 0, "description": "articles imported"},
            "last_import_id": {
                "type": ["integer", "null"],
                "description": "the import job (/imports/{batch_id}) of the latest poll that "
                "found new entries",
            },
        },
    }
    error = _ref("error")
    unknown = {"404": _json(error, "There is no such feed.")}
    forbidden = {"403": _json(error, "The token's role may not manage feeds.")}
    feed = _ref("feed")
    paths["/feeds"] = {
        "get": _operation(
            "Followed feeds, oldest first, with their last poll and articles imported",
            "editor",
            {
                "200": _json(
                    {
                        "type": "object",
                        "required": ["items"],
                        "additionalProperties": False,
                        "properties": {"items": {"type": "array", "items": feed}},
                    },
                    "The feeds.",
                ),
                **forbidden,
            },
        ),
        "post": _operation(
            "Follow an RSS or Atom feed; its first poll is queued at once",
            "editor",
            {
                "201": _json(feed, "The feed (Location: /feeds/{feed_id})."),
                "400": _json(
                    error,
                    "Not an http(s) address, or one Claimdesk never fetches from (a private, "
                    "loopback or otherwise non-public address, or a port other than 80/443).",
                ),
                **forbidden,
                "409": _json(error, "The feed is already followed (details.feed_id)."),
                "415": _json(error, "The body is not JSON."),
            },
            requestBody=_body(_ref("new_feed")),
        ),
    }
    answers = {
        "get": ("One followed feed", "200", {}),
        "poll": (
            "Check the feed for new entries now (the poll runs as a background job)",
            "202",
            {"409": _json(error, "The feed is paused; resume it first.")},
        ),
        "pause": ("Pause a feed: it is not polled until resumed", "200", {}),
        "resume": ("Resume a paused feed", "200", {}),
    }
    for method, path in FEED_ACTIONS:
        summary, status, extra = answers[path.rsplit("/", 1)[-1] if method == "post" else "get"]
        paths.setdefault(path, {"parameters": [_path_id("feed_id")]})[method] = _operation(
            summary,
            "editor",
            {status: _json(feed, "The feed."), **forbidden, **unknown, **extra},
        )
    return paths


# --- end of imports ----------------------------------------------------------------------------


@bp.get("/openapi.json")
def openapi_json():
    names = [status.name for status in list_statuses()]
    return openapi_document(current_app.config.get("API_SERVER_URL", "/api/v1"), names)
