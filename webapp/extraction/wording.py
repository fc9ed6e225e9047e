"""How a passage reads as a claim's wording: a sentence that starts with a capital letter and
ends with its own punctuation, with brackets and quotation marks that open and close inside it.

A claim's passage (``article.text[start:end]``) stays exact; only its wording is tidied. Used
for the parts of a sentence that extraction splits, and for the claims a reviewer splits or
merges, so every wording reads the same way."""

import re

_SPACES = re.compile(r"\s+")
# "cases , followed" → "cases, followed"; not a decimal point (".5") or an ellipsis mid-line.
_SPACE_BEFORE_MARK = re.compile(r"(?<=\w) +(?=[,.;:!?](?:\s|$))")
# a pair of marks around no word at all ("()", "“ , ”"), which a cut can leave behind
_EMPTY_PAIR = re.compile(r'\([^\w()]*\)|\[[^\w\[\]]*\]|“[^\w“”]*”|(?<![^\s(\[“])"[^\w"]*"')
_PAIRS = {"(": ")", "[": "]", "“": "”"}
_OPENER_OF = {closer: opener for opener, closer in _PAIRS.items()}
_MARK = re.compile(r'["()\[\]“”]')
_INSIDE_WORD = re.compile(r"(?<=\w)\w”[a-z]")
# Punctuation a cut clause can end or start on ("…(about 30,000),", "— an issue that …").
_CLAUSE_MARKS = " ,;:—–"
_LEADING_MARKS = re.compile(r"\A(?:[,;:—–]|-(?=\s))[\s,;:—–-]*")
_TRAILING_DASH = re.compile(r"\s+-\Z")
_TRAILING_CLOSERS = re.compile(r"[)\]”\"]*\Z")
_SENTENCE_END = ".!?…"
# a letter or a digit (what str.isalnum accepts: \w without the underscore)
_ALNUM = re.compile(r"[^\W_]")


def sentence_wording(*passages: str) -> str:
    """The passages as readable sentences, joined by one space: each keeps its own end
    punctuation or gets a full stop, starts with a capital letter, and closes (or drops) the
    brackets and quotation marks that a cut left open or stray."""
    return " ".join(wording for wording in map(_one_sentence, passages) if wording)


def _one_sentence(passage: str) -> str:
    text, emptied = _SPACES.sub(" ", passage).strip(), 1
    while emptied:
        text, emptied = _EMPTY_PAIR.subn("", text)
    text = _balanced(text)
    # dropping a stray mark can leave two spaces, or a space before a comma
    text = _SPACE_BEFORE_MARK.sub("", _SPACES.sub(" ", text))
    text = _LEADING_MARKS.sub("", text.strip()).strip()
    if not _ALNUM.search(text):
        return ""
    return _capitalised(_ended(text))


def is_opening_straight_quote(text: str, position: int) -> bool:
    return position == 0 or text[position - 1].isspace() or text[position - 1] in "([“"


def _balanced(text: str) -> str:
    """Drop closing marks with no opening one in the passage; close the marks it opens and
    leaves open, or drop an opening mark with nothing after it."""
    dropped: list[int] = []  # positions of the marks that go
    open_marks: list[int] = []  # positions of marks still open
    for mark in _MARK.finditer(text):  # only the marks, not every character
        position, character = mark.start(), mark.group()
        if character == "”" and _INSIDE_WORD.match(text, position - 1):
            continue  # "Hernandez”s mother": copy that types an apostrophe as a closing mark
        if character == '"':
            if open_marks and text[open_marks[-1]] == '"':
                open_marks.pop()
            elif is_opening_straight_quote(text, position):
                open_marks.append(position)
            else:
                dropped.append(position)
        elif character in _PAIRS:
            open_marks.append(position)
        elif open_marks and text[open_marks[-1]] == _OPENER_OF[character]:
            open_marks.pop()
        else:
            dropped.append(position)
    closing = ""
    for position in reversed(open_marks):
        if _ALNUM.search(text, position + 1):
            closing += _PAIRS.get(text[position], '"')
        else:  # "the most cases (" — a dangling mark
            dropped.append(position)
    kept = text
    for position in sorted(dropped, reverse=True):
        kept = kept[:position] + kept[position + 1 :]
    return kept.rstrip(_CLAUSE_MARKS) + closing


def _ended(text: str) -> str:
    """The text with its sentence's end mark: clause punctuation before the end becomes a full
    stop, placed inside closing quotation marks and after closing brackets."""
    text = _TRAILING_DASH.sub("", text.rstrip(_CLAUSE_MARKS))
    tail_start = _TRAILING_CLOSERS.search(text).start()
    head, tail = text[:tail_start].rstrip(_CLAUSE_MARKS), text[tail_start:]
    head = _TRAILING_DASH.sub("", head)
    if head.rstrip("’'").endswith(tuple(_SENTENCE_END)):
        return head + tail
    # after the last closing bracket, inside the quotation marks that close after it
    stop = max(tail.rfind(")"), tail.rfind("]")) + 1
    return head + tail[:stop] + "." + tail[stop:]


def _capitalised(text: str) -> str:
    """The first letter upper-cased, unless the first word already mixes cases ("iPhone") or
    the text goes on from an ellipsis ("... would not add a penny", a transcript's cut)."""
    if text.lstrip("“\"‘'").startswith(("...", "…")):
        return text
    for position, character in enumerate(text):
        if character.isalnum():
            word = text[position:].split(" ", 1)[0]
            if character.islower() and word[1:] == word[1:].lower():
                return text[:position] + character.upper() + text[position + 1 :]
            return text
    return text
