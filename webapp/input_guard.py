"""Input no route can take, refused once for every route before any view sees it: ids no row
can have, control characters and unpaired surrogates in query strings and form fields, and
numbers in the address past what the database stores."""

import re

from flask import Flask, current_app, request
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.routing import IntegerConverter

from webapp.services.errors import Invalid
from webapp.services.text_rules import LARGEST_ID, forbidden_character

_WHOLE_NUMBER = re.compile(r"\s*[+-]?\d+\s*")
BODY_METHODS = ("POST", "PUT", "PATCH", "DELETE")
FIELD_NAME_SHOWN = 40  # a refused field's name is quoted, but never at length


class BoundedIntegerConverter(IntegerConverter):
    """`<int:…>` that matches only ids a row can have, so a larger one is a plain 404 instead
    of an overflow in the database driver."""

    def __init__(self, map, *args, **kwargs) -> None:  # noqa: A002 (werkzeug's signature)
        kwargs.setdefault("max", LARGEST_ID)
        super().__init__(map, *args, **kwargs)


def check_text(name: str, value: str) -> None:
    """Refuse a value holding a character no text field may hold, naming the field."""
    problem = forbidden_character(name) or forbidden_character(value)
    if problem:
        shown = name if forbidden_character(name) is None else "a field"
        raise Invalid(
            f"“{shown[:FIELD_NAME_SHOWN]}” contains {problem}, which Claimdesk cannot store; "
            "remove it and try again.",
            {shown[:FIELD_NAME_SHOWN]: "forbidden character"},
        )


def check_body_size() -> None:
    """A chunked body announces no length, and werkzeug quietly cuts it at the limit (so a JSON
    body would read as "not valid JSON"); read it here and answer 413 when it reaches the limit.
    The body stays cached for the form and JSON parsers."""
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if limit is None or request.content_length is not None:
        return
    if request.method not in BODY_METHODS:
        return
    if len(request.get_data(cache=True, parse_form_data=False)) >= limit:
        raise RequestEntityTooLarge()


def check_request_input() -> None:
    """Every query parameter and form field, before any view or query reads it."""
    check_body_size()
    for name, value in request.args.items(multi=True):
        check_text(name, value)
        if _WHOLE_NUMBER.fullmatch(value) and abs(int(value)) > LARGEST_ID:
            raise Invalid(
                f"“{name[:FIELD_NAME_SHOWN]}” is larger than any number Claimdesk stores.",
                {name[:FIELD_NAME_SHOWN]: "too large"},
            )
    if request.method in BODY_METHODS and request.mimetype in (
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ):
        for name, value in request.form.items(multi=True):
            if name is None:
                # a multipart part whose name could not be read ('name="þ\\"'): no view can
                # ask for it, and it is not a form Claimdesk sent
                raise Invalid(
                    "A form field's name could not be read; send each field with a quoted name.",
                    {"form": "unreadable field name"},
                )
            check_text(name, value)


def register_converters(app: Flask) -> None:
    """Must run before any blueprint adds its routes."""
    app.url_map.converters["int"] = BoundedIntegerConverter


def init_app(app: Flask) -> None:
    register_converters(app)
    app.before_request(check_request_input)
