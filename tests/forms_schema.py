"""The browser's forms and pages described as an OpenAPI document, so that schemathesis can fuzz
them in .ci/run the way it fuzzes the REST API (issue 10), and the names both fuzzers send.

Every route of the app except the API's and static files becomes an operation: path ids are
integers of any size, the query string may carry any of the names the pages read, a POST body
(form-encoded) any of the fields of any form. The only check is "never a 500".

    .venv/bin/python -m tests.forms_schema > forms.json      # uses DATABASE_URL like the app
"""

import inspect
import json
import re
import sys

from flask import Flask
from flask_wtf import FlaskForm

# Routes that would end the fuzzer's own session.
SKIPPED_ENDPOINTS = {"auth.logout", "static"}
# Names pages read from the query string (claim filters, search, exports, paging, undo links).
QUERY_NAMES = [
    "q", "sort", "state", "status", "kind", "speaker", "assignee", "verdict", "outlet", "from",
    "to", "page", "per_page", "after", "claim", "deleted", "next", "article", "format", "all",
]  # fmt: skip
# Names some views read from a form beside the WTForms classes' fields.
EXTRA_FIELDS = ["assignee_id", "assignee", "comment", "status", "q", "sort", "kind", "after"]
FORM_MODULES = ("admin", "articles", "auth", "claims", "exports", "imports", "review")


def form_field_names() -> list[str]:
    """Every field name of every WTForms form in webapp.forms, plus EXTRA_FIELDS."""
    names = set(EXTRA_FIELDS)
    for module_name in FORM_MODULES:
        module = __import__(f"webapp.forms.{module_name}", fromlist=["_"])
        for _name, form_class in inspect.getmembers(module, inspect.isclass):
            if issubclass(form_class, FlaskForm) and form_class is not FlaskForm:
                for base in form_class.__mro__:
                    names.update(
                        name for name, value in vars(base).items() if hasattr(value, "field_class")
                    )
    names.discard("submit")
    return sorted(names)


def browser_rules(app: Flask) -> list:
    return [
        rule
        for rule in app.url_map.iter_rules()
        if rule.endpoint not in SKIPPED_ENDPOINTS and not rule.endpoint.startswith("api.")
    ]


# Printable text: control characters are refused before any view runs (webapp/input_guard.py,
# with tests of their own and the hypothesis test's hostile values), so generating them here
# would test that one guard thousands of times and the forms themselves hardly at all.
TEXT = {"type": "string", "pattern": "^[^\\x00-\\x1f\\x7f-\\x9f]*$", "maxLength": 300}
# Mostly ids that exist in a seeded workspace, sometimes any integer at all.
ID = {"anyOf": [{"type": "integer", "minimum": 1, "maximum": 8}, {"type": "integer"}]}


ARGUMENT = re.compile(r"<(?:([^:>]+):)?(\w+)>")


def _path_schema(converter: str) -> dict:
    if converter == "int":
        return ID
    if converter.startswith("any("):
        return {"enum": [choice.strip() for choice in converter[4:-1].split(",")]}
    return TEXT


def _operation(rule, method: str, fields: list[str]) -> dict:
    parameters = [
        {"name": name, "in": "path", "required": True, "schema": _path_schema(converter)}
        for converter, name in ARGUMENT.findall(rule.rule)
    ]
    parameters += [
        {"name": name, "in": "query", "required": False, "schema": TEXT} for name in QUERY_NAMES
    ]
    parameters.append(
        {"name": "HX-Request", "in": "header", "required": False, "schema": {"enum": ["true"]}}
    )
    operation = {
        "operationId": f"{method}-{rule.endpoint}",
        "parameters": parameters,
        "responses": {"default": {"description": "A page, a partial, a redirect or an error"}},
    }
    if method == "post":
        operation["requestBody"] = {
            "required": False,
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "properties": {name: TEXT for name in fields},
                        "additionalProperties": False,
                    }
                }
            },
        }
    return operation


def forms_openapi(app: Flask) -> dict:
    fields = form_field_names()
    paths: dict = {}
    for rule in browser_rules(app):
        path = ARGUMENT.sub(r"{\2}", rule.rule)
        for method in ("get", "post"):
            if method.upper() in rule.methods:
                paths.setdefault(path, {})[method] = _operation(rule, method, fields)
    return {
        "openapi": "3.0.3",
        "info": {"title": "Claimdesk browser routes (for fuzzing)", "version": "1"},
        "paths": paths,
    }


if __name__ == "__main__":
    from webapp import create_app

    json.dump(forms_openapi(create_app()), sys.stdout, indent=1)
