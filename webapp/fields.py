"""The one specification of the fields people write: type, required, limits, allowed characters,
address schemes, choices, who may edit them, and whether they are exported and restored.

Forms (`webapp/forms/spec.py`), API bodies (`webapp/api/body.py`), the OpenAPI document, the
export JSON Schema (pinned by a test), CSV columns and restore are derived from it, so a limit
lives here once. Pure Python: no Flask, no database (models import their column sizes from here).
"""

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import validators

from webapp import permissions
from webapp.extraction.types import ATTRIBUTIONS, KINDS, UNCHECKABLE_REASONS
from webapp.services.errors import Invalid

# Limits, for the models' column sizes and the services' checks.
LARGEST_ID = 2**31 - 1  # PostgreSQL `integer`
TITLE_MAX = 300
URL_MAX = 2000
NAME_MAX = 200  # outlet, author, speaker, publisher, seed name
SOURCE_TITLE_MAX = 500
REASON_MAX = 500  # why a claim was dismissed
CLAIM_TEXT_MAX = 2000
NOTE_MAX = 20_000
COMMENT_MAX = 5_000
QUOTE_CONTEXT_MAX = 64
USERNAME_MAX = 40
EMAIL_MAX = 254
PASSWORD_MIN = 10
PASSWORD_MAX = 1024
STATUS_NAME_MAX = 40
TOKEN_NAME_MAX = 80
HISTORY_NAME_MAX = 32  # a history entry's action and field
POSITION_MAX = 10_000

STANCES = ("supports", "refutes", "context")
ROLES = ("admin", "editor", "reviewer", "viewer")
URL_SCHEMES = ("http", "https")
USERNAME_PATTERN = r"^[A-Za-z0-9_.-]+$"  # letters and digits of any script are also allowed
COLOR_PATTERN = r"^#[0-9a-fA-F]{6}$"
URL_PATTERN = "^[Hh][Tt][Tt][Pp][Ss]?://"  # the JSON Schema form of URL_SCHEMES
LINE_BREAKS = "\n\r\t"  # the only control characters a multi-line field may hold
NO_CONTROL = {  # the character rule as JSON Schema patterns (lone surrogates cannot be written)
    "text": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$",
    "multiline": "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$",
}

# Types a field can have; each has a JSON Schema type.
TEXT, MULTILINE, URL, USERNAME, DATE, INTEGER, NUMBER, BOOLEAN, CHOICE, TEXT_LIST = (
    "text",
    "multiline",
    "url",
    "username",
    "date",
    "integer",
    "number",
    "boolean",
    "choice",
    "text list",
)


@dataclass(frozen=True)
class Field:
    """One field: what a value must be to be stored, and who may write it."""

    name: str
    type: str = TEXT
    label: str = ""
    required: bool = False  # present and not blank
    nullable: bool = True  # may be null / left out (ignored when required)
    max_length: int | None = None
    min_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    pattern: str | None = None
    # The permission-table action that lets a person write it (webapp/permissions.py); None:
    # Claimdesk sets it. Who may do that action is the table's to say, not this file's.
    editable_by: str | None = None
    exported: bool = True
    restorable: bool = True

    @property
    def allows_null(self) -> bool:
        return self.nullable and not self.required

    def describe(self) -> str:
        return self.label or self.name.replace("_", " ")


@dataclass(frozen=True)
class Entity:
    """The fields of one kind of record, by name."""

    name: str
    fields: dict[str, Field] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Field:
        return self.fields[name]

    def editable(self) -> tuple[str, ...]:
        """The fields a person may write (through a form or the API)."""
        return tuple(name for name, spec in self.fields.items() if spec.editable_by)

    def check(self, data: dict, names: Iterable[str] | None = None, where: str = "") -> None:
        """Check each given field present in `data`; the first bad one raises Invalid."""
        for name in self.fields if names is None else names:
            if name in data:
                check_value(self.fields[name], data[name], f"{where}{name}")


def _entity(name: str, *fields: Field) -> Entity:
    return Entity(name, {spec.name: spec for spec in fields})


ARTICLE = _entity(
    "article",
    Field("title", required=True, max_length=TITLE_MAX, editable_by="article.import"),
    Field("text", MULTILINE, required=True, label="article text", editable_by="article.import"),
    Field("url", URL, label="web address", max_length=URL_MAX, editable_by="article.import"),
    Field("outlet", max_length=NAME_MAX, editable_by="article.import"),
    Field("author", max_length=NAME_MAX, editable_by="article.import"),
    Field("published_on", DATE, label="publication date", editable_by="article.import"),
    Field("seed_name", max_length=NAME_MAX, label="seed file"),
    Field("created_by", USERNAME, max_length=USERNAME_MAX),
)

CLAIM = _entity(
    "claim",
    Field(
        "version",
        INTEGER,
        required=True,
        minimum=1,
        maximum=LARGEST_ID,
        editable_by="claim.edit",
        exported=True,
    ),
    Field(
        "status",
        TEXT,
        label="status",
        max_length=STATUS_NAME_MAX,
        nullable=False,
        editable_by="claim.status",
    ),
    Field(
        "text",
        MULTILINE,
        label="claim wording",
        required=True,
        max_length=CLAIM_TEXT_MAX,
        editable_by="claim.edit",
    ),
    Field("speaker", max_length=NAME_MAX, editable_by="claim.edit"),
    Field("assignee", USERNAME, max_length=USERNAME_MAX, editable_by="claim.assign"),
    Field("kind", CHOICE, choices=KINDS, nullable=False),
    Field("score", NUMBER, minimum=0, maximum=1, nullable=False),
    Field("reasons", TEXT_LIST, nullable=False),
    Field("checkable", BOOLEAN, nullable=False),
    Field("attribution", CHOICE, choices=ATTRIBUTIONS),
    Field("checkable_reason", CHOICE, label="why not checkable", choices=UNCHECKABLE_REASONS),
    Field("dismissed_reason", max_length=REASON_MAX, label="reason", editable_by="claim.shape"),
    Field("prefix", MULTILINE, max_length=QUOTE_CONTEXT_MAX, nullable=False),
    Field("suffix", MULTILINE, max_length=QUOTE_CONTEXT_MAX, nullable=False),
)

SOURCE = _entity(
    "source",
    Field(
        "url",
        URL,
        label="web address",
        required=True,
        max_length=URL_MAX,
        editable_by="claim.sources",
    ),
    Field("title", max_length=SOURCE_TITLE_MAX, editable_by="claim.sources"),
    Field("publisher", max_length=NAME_MAX, editable_by="claim.sources"),
    Field("stance", CHOICE, choices=STANCES, nullable=False, editable_by="claim.sources"),
    Field("accessed_on", DATE, editable_by="claim.sources"),
)

NOTE = _entity(
    "note",
    Field(
        "body",
        MULTILINE,
        label="note",
        required=True,
        max_length=NOTE_MAX,
        editable_by="claim.notes",
    ),
)

COMMENT = _entity(
    "comment",
    Field(
        "body",
        MULTILINE,
        label="comment",
        required=True,
        max_length=COMMENT_MAX,
        editable_by="claim.comment",
    ),
)

USER = _entity(
    "user",
    Field("username", USERNAME, required=True, max_length=USERNAME_MAX, editable_by="admin"),
    Field(
        "email",
        label="e-mail",
        max_length=EMAIL_MAX,
        editable_by="admin",
        exported=False,
        restorable=False,
    ),
    Field(
        "role",
        CHOICE,
        choices=ROLES,
        nullable=False,
        editable_by="admin",
        exported=False,
        restorable=False,
    ),
    Field(
        "password",
        min_length=PASSWORD_MIN,
        max_length=PASSWORD_MAX,
        editable_by="admin",
        exported=False,
        restorable=False,
    ),
)

STATUS = _entity(
    "status",
    Field("name", required=True, max_length=STATUS_NAME_MAX, editable_by="admin"),
    Field("color", pattern=COLOR_PATTERN, label="colour", required=True, editable_by="admin"),
    Field(
        "position", INTEGER, minimum=0, maximum=POSITION_MAX, nullable=False, editable_by="admin"
    ),
    Field("rating_value", INTEGER, label="rating", minimum=1, maximum=5, editable_by="admin"),
    Field("is_final", BOOLEAN, nullable=False, editable_by="admin"),
)

ENTITIES = {entity.name: entity for entity in (ARTICLE, CLAIM, SOURCE, NOTE, COMMENT, USER, STATUS)}

# The CSV export's columns, in order: (column, entity, field); None for values that are not one
# field (ids, offsets, times, joined lists).
CSV_COLUMNS: tuple[tuple[str, str | None, str | None], ...] = (
    ("claim_id", None, None),
    ("article_id", None, None),
    ("article_title", "article", "title"),
    ("article_url", "article", "url"),
    ("outlet", "article", "outlet"),
    ("published_on", "article", "published_on"),
    ("start", None, None),
    ("end", None, None),
    ("passage", None, None),
    ("claim", "claim", "text"),
    ("speaker", "claim", "speaker"),
    ("kind", "claim", "kind"),
    ("attribution", "claim", "attribution"),
    ("checkable_reason", "claim", "checkable_reason"),
    ("score", "claim", "score"),
    ("status", "claim", "status"),
    ("rating_value", "status", "rating_value"),
    ("assignee", "claim", "assignee"),
    ("sources", "source", "url"),
    ("notes", "note", "body"),
    ("proposed_by", None, None),
    ("proposed_at", None, None),
    ("approved_by", None, None),
    ("approved_at", None, None),
    ("version", "claim", "version"),
    ("created_at", None, None),
    ("updated_at", None, None),
)
CSV_COLUMN_NAMES = tuple(column for column, _entity_name, _field in CSV_COLUMNS)


# Checking one value


def preview(value: object, limit: int = 40) -> str:
    """A short, one-line rendering of a value for an error message (never the whole value)."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bad_character(value: str, multiline: bool) -> str | None:
    """The first character a field may not hold: control characters (line breaks and tabs
    only in multi-line fields) and lone surrogates, which no database stores."""
    for character in value:
        category = unicodedata.category(character)
        if category == "Cs" or (category == "Cc" and not (multiline and character in LINE_BREAKS)):
            return character
    return None


def is_http_url(value: str) -> bool:
    value = value.strip()
    scheme = value.split(":", 1)[0].lower()
    return scheme in URL_SCHEMES and validators.url(value) is True


def is_username(value: str) -> bool:
    return value.replace("_", "").replace("-", "").replace(".", "").isalnum()


def problem(spec: Field, value: object) -> str | None:
    """Why `value` cannot be stored in the field, in words, or None when it can."""
    if value is None:
        return None if spec.allows_null else "is required"
    checker = _CHECKS[spec.type]
    return checker(spec, value)


def check_value(spec: Field, value: object, where: str | None = None) -> None:
    """Raise Invalid with a one-line message naming the field (or its path) when `value`
    cannot be stored."""
    found = problem(spec, value)
    if found is not None:
        name = where or spec.name
        raise Invalid(f"“{name}” {found}.", {name: found})


def _text(spec: Field, value: object) -> str | None:
    if not isinstance(value, str):
        return "must be a string"
    if spec.required and not value.strip():
        return "is required"
    if spec.max_length is not None and len(value) > spec.max_length:
        return f"is longer than {spec.max_length:,} characters"
    if spec.min_length is not None and len(value) < spec.min_length:
        return f"is shorter than {spec.min_length} characters"
    character = bad_character(value, spec.type == MULTILINE)
    if character is not None:
        return f"holds a character that is not allowed (U+{ord(character):04X})"
    if spec.pattern and not re.fullmatch(spec.pattern, value):
        return f"does not have the expected form {spec.pattern}"
    return None


def _url(spec: Field, value: object) -> str | None:
    found = _text(spec, value)
    if found is None and value.strip() and not is_http_url(value):  # type: ignore[union-attr]
        return "must be a full web address starting with http:// or https://"
    return found


def _username(spec: Field, value: object) -> str | None:
    found = _text(spec, value)
    if found is None and not is_username(value.strip()):  # type: ignore[union-attr]
        return "must be a username: letters, digits, dots, dashes or underscores"
    return found


def _date(spec: Field, value: object) -> str | None:
    if isinstance(value, date):
        return None
    if isinstance(value, str):
        try:
            date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if len(value) == 10:
                return None
    return "must be a date written YYYY-MM-DD"


def _number(spec: Field, value: object) -> str | None:
    integer = spec.type == INTEGER
    if isinstance(value, bool) or not isinstance(value, int if integer else (int, float)):
        return "must be an integer" if integer else "must be a number"
    if not math.isfinite(value):
        return "must be a finite number"
    if spec.minimum is not None and value < spec.minimum:
        return f"must be at least {spec.minimum:,}"
    if spec.maximum is not None and value > spec.maximum:
        return f"must be at most {spec.maximum:,}"
    return None


def _boolean(spec: Field, value: object) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _choice(spec: Field, value: object) -> str | None:
    return None if value in spec.choices else f"must be one of {', '.join(spec.choices)}"


def _text_list(spec: Field, value: object) -> str | None:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return "must be a list of strings"
    for item in value:
        if bad_character(item, False) is not None or len(item) > NAME_MAX:
            return "holds an entry that is too long or has characters that are not allowed"
    return None


_CHECKS = {
    TEXT: _text,
    MULTILINE: _text,
    URL: _url,
    USERNAME: _username,
    DATE: _date,
    INTEGER: _number,
    NUMBER: _number,
    BOOLEAN: _boolean,
    CHOICE: _choice,
    TEXT_LIST: _text_list,
}


# JSON Schema (OpenAPI 3.1 and the export schema)


def _string_schema(spec: Field) -> dict:
    schema: dict = {"type": "string"}
    if spec.required:
        schema["minLength"] = 1
    elif spec.min_length:
        schema["minLength"] = spec.min_length
    if spec.max_length is not None:
        schema["maxLength"] = spec.max_length
    if spec.type == URL:
        schema.update(pattern=URL_PATTERN, format="uri")
    elif spec.pattern:
        schema["pattern"] = spec.pattern
    elif spec.type in (TEXT, MULTILINE):
        schema["pattern"] = NO_CONTROL[spec.type]
    return schema


def _number_schema(spec: Field) -> dict:
    schema: dict = {"type": spec.type}
    for key in ("minimum", "maximum"):
        if getattr(spec, key) is not None:
            schema[key] = getattr(spec, key)
    return schema


_SCHEMAS = {
    TEXT: _string_schema,
    MULTILINE: _string_schema,
    URL: _string_schema,
    USERNAME: _string_schema,
    DATE: lambda spec: {"type": "string", "format": "date"},
    INTEGER: _number_schema,
    NUMBER: _number_schema,
    BOOLEAN: lambda spec: {"type": "boolean"},
    CHOICE: lambda spec: {"enum": list(spec.choices)},
    TEXT_LIST: lambda spec: {"type": "array", "items": {"type": "string"}},
}


def json_schema(spec: Field) -> dict:
    """The field as a JSON Schema, for the OpenAPI document and the export schema test."""
    schema = _SCHEMAS[spec.type](spec)
    if spec.allows_null:
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
        else:
            schema["type"] = [schema["type"], "null"]
    if spec.editable_by:
        role = permissions.least_role(spec.editable_by)
        schema["description"] = f"Written by {role}s and above."
    return schema


def body_schema(entity: Entity, names: Iterable[str], required: Iterable[str] = ()) -> dict:
    """A JSON object holding only the named fields: an API request body."""
    schema: dict = {
        "type": "object",
        "additionalProperties": False,
        "properties": {name: json_schema(entity[name]) for name in names},
    }
    required = list(required)
    if required:
        schema["required"] = required
    return schema
