"""Jinja filters for user-written text."""

import re

from flask import Flask
from markupsafe import Markup, escape

_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,;:!?)]}"


def linkify(text: str) -> Markup:
    """Escape text and turn http(s) addresses into safe links; nothing else becomes markup."""
    parts: list[str] = []
    position = 0
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING_PUNCTUATION)
        parts.append(str(escape(text[position : match.start()])))
        parts.append(
            f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer nofollow">'
            f"{escape(url)}</a>"
        )
        position = match.start() + len(url)
    parts.append(str(escape(text[position:])))
    return Markup("".join(parts))  # every piece above was escaped


def history_value(value: object) -> str:
    """A short human reading of a history before/after value."""
    if isinstance(value, dict):
        for key in ("name", "url", "body"):
            if key in value:
                return str(value[key])
        if "start" in value and "end" in value:
            reading = f"characters {value['start']}–{value['end']}"
            if value.get("text"):
                wording = str(value["text"])
                wording = wording if len(wording) <= 90 else wording[:87] + "…"
                reading = f"“{wording}” ({reading})"
            if value.get("dismissed_reason"):
                reading += f", dismissed: {value['dismissed_reason']}"
            return reading
        if "reason" in value:
            return str(value["reason"])
    return "—" if value is None else str(value)


def init_app(app: Flask) -> None:
    app.jinja_env.filters["linkify"] = linkify
    app.jinja_env.filters["history_value"] = history_value
