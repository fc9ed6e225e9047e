"""Reading JSON request bodies and query parameters, with clear 4xx answers."""

import json
from datetime import date

from flask import request

from webapp.fields import Entity
from webapp.services.errors import Invalid, ServiceError
from webapp.services.text_rules import forbidden_character

# No request body Claimdesk takes is nested more than a few levels; a cap far above that
# keeps a hostile body from reaching the parser's (or a database's) recursion limit.
MAX_JSON_DEPTH = 32


class UnsupportedMediaType(ServiceError):
    code = "unsupported_media_type"
    http_status = 415


def json_body(
    writable: tuple[str, ...], required: tuple[str, ...] = (), entity: Entity | None = None
) -> dict:
    """The request's JSON object. Fields outside `writable` (ids, owners, roles, timestamps…)
    are refused with 400 rather than ignored, so a client never believes it set them. With
    `entity`, each field is checked against the field specification (`webapp/fields.py`), so
    the API refuses what the forms refuse."""
    if request.mimetype != "application/json":
        raise UnsupportedMediaType(
            "Send the request body as JSON (Content-Type: application/json)."
        )
    data = parse_json(request.get_data(cache=True))
    if not isinstance(data, dict):
        raise Invalid("The request body must be a JSON object.", {"body": "not an object"})
    refused = sorted(set(data) - set(writable))
    if refused:
        raise Invalid(
            f"These fields cannot be set: {', '.join(refused)}.",
            {"fields": refused, "writable": list(writable)},
        )
    missing = [name for name in required if name not in data]
    if missing:
        raise Invalid(f"Missing fields: {', '.join(missing)}.", {"fields": missing})
    if entity is not None:
        entity.check(data, writable)
    return data


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def parse_json(raw: bytes):
    """The one JSON parser for request bodies: invalid JSON, NaN/Infinity, nesting deeper than
    MAX_JSON_DEPTH and strings holding characters no field may hold are all a 400 with a clear
    message. (A body over the size limit never gets here: reading it answers 413.)"""
    try:
        data = json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError:
        data = None
        too_deep = True
    except ValueError:
        raise Invalid("The request body is not valid JSON.", {"body": "invalid_json"}) from None
    else:
        too_deep = False
    stack = [(data, 1, None)]
    while stack and not too_deep:
        value, depth, field = stack.pop()
        if isinstance(value, dict | list):
            if depth > MAX_JSON_DEPTH:
                too_deep = True
                break
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str):
                    _check_string(None, key)
                top = key if depth == 1 and isinstance(key, str) else field
                stack.append((item, depth + 1, top))
        elif isinstance(value, str):
            _check_string(field, value)
    if too_deep:
        raise Invalid(
            f"The request body is nested more than {MAX_JSON_DEPTH} levels deep.",
            {"body": "too deep"},
        )
    return data


def _check_string(field: str | None, value: str) -> None:
    problem = forbidden_character(value)
    if problem:
        where = f"“{field[:40]}”" if field else "A field name in the request body"
        raise Invalid(
            f"{where} contains {problem}, which Claimdesk cannot store.",
            {field[:40] if field else "body": "forbidden character"},
        )


def text_field(data: dict, name: str, *, nullable: bool = True) -> str | None:
    value = data.get(name)
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise Invalid(f"“{name}” must be a string.", {name: "not a string"})
    return value


def int_field(data: dict, name: str) -> int:
    value = data.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise Invalid(f"“{name}” must be an integer.", {name: "not an integer"})
    return value


def date_field(data: dict, name: str) -> date | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise Invalid(f"“{name}” must be a date written YYYY-MM-DD.", {name: "not a date"})


def query_int(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise Invalid(f"“{name}” must be a whole number from {low} to {high}.", {name: raw})
    return value


def query_date(name: str) -> date | None:
    raw = request.args.get(name) or None
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise Invalid(f"“{name}” must be a date written YYYY-MM-DD.", {name: raw}) from None
