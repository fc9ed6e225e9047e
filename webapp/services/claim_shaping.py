"""Span arithmetic for shaping claims: plain functions on (text, start, end) in Python code
points. A "word" is a run of non-whitespace, so emoji, combining marks and right-to-left letters
stay inside the word they belong to. The changes themselves go through services/changes.py."""

import re

from webapp.services.errors import Invalid


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def grow_end(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the next word after the span (no change at the end of the paragraph)."""
    position = end
    while position < len(text) and text[position].isspace() and text[position] != "\n":
        position += 1
    if position >= len(text) or text[position] == "\n":
        return start, end
    while position < len(text) and not text[position].isspace():
        position += 1
    return start, position


def grow_start(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the word before the span (no change at the start of the paragraph)."""
    position = start
    while position > 0 and text[position - 1].isspace() and text[position - 1] != "\n":
        position -= 1
    if position == 0 or text[position - 1] == "\n":
        return start, end
    while position > 0 and not text[position - 1].isspace():
        position -= 1
    return position, end


def shrink_end(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the span's last word; a one-word span stays as it is."""
    position = end
    while position > start and not text[position - 1].isspace():
        position -= 1
    new_start, new_end = trim(text, start, position)
    return (start, end) if new_end <= new_start else (start, new_end)


def shrink_start(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the span's first word; a one-word span stays as it is."""
    position = start
    while position < end and not text[position].isspace():
        position += 1
    new_start, new_end = trim(text, position, end)
    return (start, end) if new_end <= new_start else (new_start, end)


def move_edge(text: str, start: int, end: int, edge: str) -> tuple[int, int]:
    moves = {
        "grow-start": grow_start,
        "shrink-start": shrink_start,
        "grow-end": grow_end,
        "shrink-end": shrink_end,
    }
    if edge not in moves:
        raise Invalid("Choose which end of the claim to move.", {"edge": "invalid"})
    return moves[edge](text, start, end)


def split_points(text: str, start: int, end: int) -> list[int]:
    """Offsets inside the span where a word starts: the places a claim can be split."""
    return [
        position
        for position in range(start + 1, end)
        if not text[position].isspace() and text[position - 1].isspace()
    ]


def split_span(text: str, start: int, end: int, at: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The two trimmed spans either side of `at`, which must be a split point."""
    if at not in split_points(text, start, end):
        raise Invalid("Split the claim between two words inside it.", {"at": "invalid"})
    return trim(text, start, at), trim(text, at, end)


def collapse_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
