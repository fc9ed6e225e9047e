"""Claim extraction for fact-checkers: sentences with exact offsets, claims with kind, speaker
and check-worthiness. Pure Python (standard library only); imports neither Flask nor SQLAlchemy."""

from webapp.extraction.types import (
    ATTRIBUTIONS,
    KINDS,
    UNCHECKABLE_REASONS,
    Claim,
    Span,
    claims_as_dicts,
)


def __getattr__(name: str):
    """extract_claims and split_sentences load on first use: compiling their patterns costs
    more than the rest of the package, and `flask --help` or a page view never needs them."""
    if name == "extract_claims":
        from webapp.extraction.claims import extract_claims

        return extract_claims
    if name == "split_sentences":
        from webapp.extraction.sentences import split_sentences

        return split_sentences
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ATTRIBUTIONS",
    "KINDS",
    "UNCHECKABLE_REASONS",
    "Claim",
    "Span",
    "claims_as_dicts",
    "extract_claims",
    "split_sentences",
]
