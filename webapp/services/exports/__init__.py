"""Exports: which claims leave Claimdesk, and the formats they leave in (all streamed)."""

from webapp.services.exports.formats import (
    FORMATS,
    SCHEMA_VERSION,
    ExportContext,
    export_stream,
)
from webapp.services.exports.selection import ExportSelection, count_claims, is_reviewed

__all__ = [
    "FORMATS",
    "SCHEMA_VERSION",
    "ExportContext",
    "ExportSelection",
    "count_claims",
    "export_stream",
    "is_reviewed",
]
