"""The OpenAPI document matches the real routes, both ways."""

import re
from pathlib import Path

from webapp.api.openapi import openapi_document

METHODS = {"get", "post", "patch", "put", "delete"}


def _documented():
    document = openapi_document()
    return {
        (path, method.upper())
        for path, item in document["paths"].items()
        for method in item
        if method in METHODS
    }


def _routes(app):
    found = set()
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("api."):
            continue
        path = re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule.rule).removeprefix("/api/v1")
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            found.add((path, method))
    return found


def test_every_documented_operation_exists_and_every_route_is_documented(app):
    assert _documented() == _routes(app)


def test_the_document_is_served_without_a_token(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    body = response.get_json()
    assert body["openapi"].startswith("3.")
    assert body["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"


def test_every_operation_documents_the_error_shape(app):
    for item in openapi_document()["paths"].values():
        for method, operation in item.items():
            if method in METHODS and operation.get("security") != []:
                assert operation["responses"]["default"] == {"$ref": "#/components/responses/Error"}


def test_links_point_at_documented_operations_and_statuses_are_listed(client):
    document = client.get("/api/v1/openapi.json").get_json()
    operation_ids = {
        operation["operationId"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    }
    links = [
        link
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in METHODS
        for response in operation["responses"].values()
        for link in response.get("links", {}).values()
    ]
    assert len(links) == 6 + 4  # articles, sources, notes; feeds
    assert all(link["operationId"] in operation_ids for link in links)
    status = document["components"]["schemas"]["claim_changes"]["properties"]["status"]
    assert "Accurate" in status["enum"] and "False" in status["enum"]


def test_docs_list_every_operation_with_its_role():
    """docs/api.md's endpoint table names the same operations and roles as the OpenAPI
    document (path parameters written {id} in the docs)."""
    docs = (Path(__file__).resolve().parents[2] / "docs" / "api.md").read_text("utf-8")
    documented = {}
    for method, path, role in re.findall(
        r"^\| `([A-Z]+) (/[^`?]*)[^`]*` \| (\w+|—) \|", docs, re.M
    ):
        documented[(re.sub(r"\{[a-z_]+\}", "{}", path), method)] = role
    expected = {}
    for path, item in openapi_document()["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                role = re.search(r"the (\w+) role", operation["description"])
                key = (re.sub(r"\{[a-z_]+\}", "{}", path), method.upper())
                expected[key] = role.group(1) if role else "—"
    assert documented == expected
