"""The OpenAPI 3.1 description of /api/v1, built from the same JSON Schema as the export."""

import copy
import json

from flask import current_app

from webapp.api import bp
from webapp.services.exports import FORMATS
from webapp.services.exports.schemas import load_schema
from webapp.services.statuses import list_statuses

ID = {"type": "integer", "minimum": 1, "maximum": 2147483647}
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


def _schemas() -> dict:
    """Component schemas: the export schema's definitions, plus the API's own shapes."""
    text = json.dumps(load_schema("json")["$defs"]).replace('"#/$defs/', '"#/components/schemas/')
    schemas = json.loads(text)
    api_claim = copy.deepcopy(schemas["claim"])
    del api_claim["properties"]["history"]
    api_claim["required"].remove("history")
    schemas["api_claim"] = api_claim
    nullable_string = {"type": ["string", "null"]}
    schemas.update(
        {
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
            "api_article": {
                "type": "object",
                "required": [
                    *schemas["article_summary"]["required"],
                    "created_at",
                    "claim_count",
                    "reviewed_count",
                ],
                "properties": {
                    **schemas["article_summary"]["properties"],
                    "created_at": {"type": "string", "format": "date-time"},
                    "claim_count": {"type": "integer", "minimum": 0},
                    "reviewed_count": {"type": "integer", "minimum": 0},
                    "text": {"type": "string"},
                },
                "additionalProperties": False,
            },
            "new_article": {
                "type": "object",
                "required": ["title", "text"],
                "additionalProperties": False,
                "properties": {
                    "title": {"type": "string", "minLength": 1, "maxLength": 300},
                    "text": {"type": "string", "minLength": 1},
                    "url": nullable_string,
                    "outlet": nullable_string,
                    "author": nullable_string,
                    "published_on": {"type": ["string", "null"], "format": "date"},
                },
            },
            "claim_changes": {
                "type": "object",
                "required": ["version"],
                "additionalProperties": False,
                "properties": {
                    "version": {"type": "integer", "minimum": 1},
                    "status": {"type": "string"},
                    "text": {"type": "string", "minLength": 1, "maxLength": 2000},
                    "speaker": nullable_string,
                    "assignee": nullable_string,
                },
            },
            "source_fields": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "url": {"type": "string", "format": "uri"},
                    "title": nullable_string,
                    "publisher": nullable_string,
                    "stance": {"enum": ["supports", "refutes", "context"]},
                    "accessed_on": {"type": ["string", "null"], "format": "date"},
                },
            },
            "note_fields": {
                "type": "object",
                "required": ["body"],
                "additionalProperties": False,
                "properties": {"body": {"type": "string", "minLength": 1, "maxLength": 20000}},
            },
        }
    )
    schemas["new_source"] = {**copy.deepcopy(schemas["source_fields"]), "required": ["url"]}
    for name, item in (("article_page", "api_article"), ("claim_page", "api_claim")):
        schemas[name] = {
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
    return schemas


CLAIM_FILTERS = [
    _query("status", {"type": "string", "maxLength": 200}, "Status name, any case."),
    _query("kind", {"type": "string", "maxLength": 200}, "Claim kind."),
    _query("speaker", {"type": "string", "maxLength": 200}, "Speaker, any case."),
    _query("assignee", {"type": "string", "maxLength": 200}, "Username, or `none`."),
    _query("q", {"type": "string", "maxLength": 200}, "Words in the claim or speaker."),
    _query("sort", {"enum": ["position", "score", "status"]}, "Order of the list."),
]


def _paths() -> dict:
    page = _query("page", {"type": "integer", "minimum": 1, "maximum": 1000000}, "Page, from 1.")
    no_content = {"204": {"description": "Done; nothing to return."}}
    export_media = {
        spec.media_type: {"schema": {"type": "string"} if spec.name in ("csv", "jsonl") else {}}
        for spec in FORMATS.values()
    }
    return {
        "/articles": {
            "get": _operation(
                "List articles, newest first",
                "viewer",
                {"200": _json(_ref("article_page"), "One page of articles.")},
                parameters=[
                    page,
                    _query(
                        "per_page", {"type": "integer", "minimum": 1, "maximum": 100}, "Page size."
                    ),
                ],
            ),
            "post": _operation(
                "Import an article; answers with the claims extracted from it",
                "editor",
                {
                    "201": _json(
                        {
                            "type": "object",
                            "required": ["article", "claims"],
                            "additionalProperties": False,
                            "properties": {
                                "article": _ref("api_article"),
                                "claims": {"type": "array", "items": _ref("api_claim")},
                            },
                        },
                        "The stored article and its claims.",
                    )
                },
                requestBody=_body(_ref("new_article")),
            ),
        },
        "/articles/{article_id}": {
            "parameters": [_path_id("article_id")],
            "get": _operation(
                "One article with its text",
                "viewer",
                {"200": _json(_ref("api_article"), "The article.")},
            ),
            "delete": _operation(
                "Delete an article (soft: its claims and history stay on record)",
                "editor",
                no_content,
            ),
        },
        "/claims": {
            "get": _operation(
                "List claims of live articles, with the article page's filters",
                "viewer",
                {"200": _json(_ref("claim_page"), "One page of claims.")},
                parameters=[
                    _query("article_id", ID, "Only this article's claims."),
                    *CLAIM_FILTERS,
                    page,
                    _query(
                        "per_page", {"type": "integer", "minimum": 1, "maximum": 200}, "Page size."
                    ),
                ],
            )
        },
        "/claims/{claim_id}": {
            "parameters": [_path_id("claim_id")],
            "get": _operation(
                "One claim", "viewer", {"200": _json(_ref("api_claim"), "The claim.")}
            ),
            "patch": _operation(
                "Change status, wording, speaker or assignee, from the version you read",
                "reviewer",
                {
                    "200": _json(_ref("api_claim"), "The claim after the change."),
                    "409": _json(
                        _ref("error"), "Stale version: details.claim is the current claim."
                    ),
                },
                requestBody=_body(_ref("claim_changes")),
            ),
        },
        "/claims/{claim_id}/history": {
            "parameters": [_path_id("claim_id")],
            "get": _operation(
                "The claim's history, oldest first",
                "viewer",
                {
                    "200": _json(
                        {
                            "type": "object",
                            "required": ["items"],
                            "additionalProperties": False,
                            "properties": {"items": {"type": "array", "items": _ref("event")}},
                        },
                        "Every change with who made it and when.",
                    )
                },
            ),
        },
        "/claims/{claim_id}/sources": {
            "parameters": [_path_id("claim_id")],
            "post": _operation(
                "Cite a source",
                "reviewer",
                {"201": _json(_ref("source"), "The new source.")},
                requestBody=_body(_ref("new_source")),
            ),
        },
        "/claims/{claim_id}/sources/{source_id}": {
            "parameters": [_path_id("claim_id"), _path_id("source_id")],
            "patch": _operation(
                "Edit a cited source",
                "reviewer",
                {"200": _json(_ref("source"), "The source after the change.")},
                requestBody=_body(_ref("source_fields")),
            ),
            "delete": _operation("Remove a cited source", "reviewer", no_content),
        },
        "/claims/{claim_id}/notes": {
            "parameters": [_path_id("claim_id")],
            "post": _operation(
                "Add a note",
                "reviewer",
                {"201": _json(_ref("note"), "The new note.")},
                requestBody=_body(_ref("note_fields")),
            ),
        },
        "/claims/{claim_id}/notes/{note_id}": {
            "parameters": [_path_id("claim_id"), _path_id("note_id")],
            "patch": _operation(
                "Edit a note",
                "reviewer",
                {"200": _json(_ref("note"), "The note after the change.")},
                requestBody=_body(_ref("note_fields")),
            ),
            "delete": _operation("Remove a note", "reviewer", no_content),
        },
        "/export": {
            "get": _operation(
                "Export claims (reviewed ones unless all=true), streamed",
                "viewer",
                {"200": {"description": "The export file.", "content": export_media}},
                parameters=[
                    _query("format", {"enum": list(FORMATS)}, "Export format; json by default."),
                    _query("article_id", ID, "Only this article."),
                    _query("status", {"type": "string", "maxLength": 40}, "Status name."),
                    _query("reviewer", {"type": "string", "maxLength": 40}, "Username."),
                    _query("from", {"type": "string", "format": "date"}, "Changed on or after."),
                    _query("to", {"type": "string", "format": "date"}, "Changed on or before."),
                    _query("approved", {"type": "boolean"}, "Approved verdicts only."),
                    _query("all", {"type": "boolean"}, "Every claim, reviewed or not."),
                ],
            )
        },
        "/openapi.json": {
            "get": {
                "summary": "This document",
                "description": "Public: no token needed.",
                "security": [],
                "responses": {
                    "200": {
                        "description": "The OpenAPI document.",
                        "content": {"application/json": {}},
                    }
                },
            }
        },
    }


def _search_paths() -> dict:
    from webapp.api.search import openapi_paths

    return openapi_paths(_operation, _json, _path_id, _query, _body, _ref)


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
        "paths": _name_operations({**_paths(), **_search_paths()}),
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": schemas,
            "responses": {"Error": _json(_ref("error"), "An error, in the one error shape.")},
        },
    }


@bp.get("/openapi.json")
def openapi_json():
    names = [status.name for status in list_statuses()]
    return openapi_document(current_app.config.get("API_SERVER_URL", "/api/v1"), names)
