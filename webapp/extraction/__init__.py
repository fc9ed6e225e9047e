"""Claim extraction for fact-checkers: sentences with exact offsets, claims with kind, speaker
and check-worthiness. Pure Python (standard library only); imports neither Flask nor SQLAlchemy."""

from webapp.extraction.claims import extract_claims
from webapp.extraction.sentences import split_sentences
from webapp.extraction.types import (
    ATTRIBUTIONS,
    KINDS,
    UNCHECKABLE_REASONS,
    Claim,
    Span,
    claims_as_dicts,
)

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
