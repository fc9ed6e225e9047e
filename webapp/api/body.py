"""Reading JSON request bodies and query parameters, with clear 4xx answers."""

from datetime import date

from flask import request

from webapp.fields import Entity
from webapp.services.errors import Invalid, ServiceError


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
    data = request.get_json(silent=True)
    if data is None:
        raise Invalid("The request body is not valid JSON.", {"body": "invalid_json"})
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


def text_field(data: dict, name: str, *, nullable: bool = True) -> str | None:
    value = data.get(name)
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise Invalid(f"“{name}” must be a string.", {name: "not a string"})
    if "\x00" in value:
        raise Invalid(f"“{name}” cannot contain NUL characters.", {name: "nul"})
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
