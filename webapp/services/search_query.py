"""Search syntax shared by both databases: words, "quoted phrases", OR, -word (the
websearch syntax of PostgreSQL). Parsed once here, then written out as a safe FTS5 query for
SQLite or a clean websearch string for PostgreSQL's websearch_to_tsquery."""

import re
from dataclasses import dataclass

from webapp.services.errors import Invalid

MAX_QUERY_CHARS = 500
MAX_TERMS = 24
WORD = re.compile(r"\w+", re.UNICODE)
TOKEN = re.compile(r'-?"[^"]*"?|\S+')
SURROGATES = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class Term:
    """Alternatives joined by OR; each alternative a phrase of one or more words."""

    alternatives: tuple[tuple[str, ...], ...]
    negated: bool = False
    # As typed, without quotes: PostgreSQL's parser keeps "3.9" or "U.S." whole, so it gets
    # the original text, while FTS5 gets the words.
    raw: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[Term, ...]

    @property
    def positive(self) -> tuple[Term, ...]:
        return tuple(term for term in self.terms if not term.negated)

    def fts5(self) -> str:
        """An FTS5 MATCH expression in which every word is a quoted string, so no user text
        is ever read as FTS5 syntax."""

        def phrase(words: tuple[str, ...]) -> str:
            return '"' + " ".join(word.replace('"', '""') for word in words) + '"'

        def group(term: Term) -> str:
            parts = [phrase(words) for words in term.alternatives]
            return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

        expression = " AND ".join(group(term) for term in self.positive)
        for term in self.terms:
            if term.negated:
                expression += " NOT " + group(term)
        return expression

    def websearch(self) -> str:
        def phrase(raw: str) -> str:
            return '"' + raw + '"' if " " in raw else raw

        parts = []
        for term in self.terms:
            text = " or ".join(phrase(raw) for raw in term.raw)
            parts.append(("-" if term.negated else "") + text)
        return " ".join(parts)

    def words(self) -> list[str]:
        return [word for term in self.positive for words in term.alternatives for word in words]


def parse(raw: str) -> SearchQuery:
    """Read what a person typed. Unbalanced quotes close at the end, a lone OR or minus is a
    plain word-less token and is dropped; only a query with nothing to look for is refused."""
    if not isinstance(raw, str):
        raise Invalid("Type something to search for.", {"q": "required"})
    text = SURROGATES.sub("", raw).replace("\x00", " ")
    if len(text) > MAX_QUERY_CHARS:
        raise Invalid(
            f"Search text is limited to {MAX_QUERY_CHARS} characters; yours has {len(text):,}.",
            {"q": "too long"},
        )
    terms: list[Term] = []
    pending_or = False
    for token in TOKEN.findall(text):
        negated = token.startswith("-") and len(token) > 1
        body = token[1:] if negated else token
        if body == "OR":
            pending_or = bool(terms) and not terms[-1].negated
            continue
        words = tuple(word.lower() for word in WORD.findall(body))
        if not words:
            continue
        raw = " ".join(re.sub(r'["\\]', " ", body).split()).lstrip("-")
        if pending_or and not negated:
            last = terms.pop()
            terms.append(Term(last.alternatives + (words,), False, last.raw + (raw,)))
        else:
            terms.append(Term((words,), negated, (raw,)))
        pending_or = False
    if len(terms) > MAX_TERMS:
        raise Invalid(
            f"Use at most {MAX_TERMS} words or phrases in one search.", {"q": "too many terms"}
        )
    query = SearchQuery(tuple(terms))
    if not query.positive:
        raise Invalid(
            "Type at least one word to search for (a search of only -excluded words or "
            "operators finds nothing).",
            {"q": "no words"},
        )
    return query
