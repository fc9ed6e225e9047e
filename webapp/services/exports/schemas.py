"""The JSON Schemas shipped in webapp/schemas/, one per JSON export format."""

import functools
import json
from pathlib import Path

SCHEMA_DIR = Path(__file__).resolve().parent.parent.parent / "schemas"
SCHEMA_FILES = {
    "json": "claims-export-1.schema.json",
    "claimreview": "claimreview-1.schema.json",
    "w3c": "web-annotations-1.schema.json",
    "jsonl": "doccano-line-1.schema.json",  # each line
}


@functools.cache
def load_schema(format_name: str) -> dict:
    with open(SCHEMA_DIR / SCHEMA_FILES[format_name], encoding="utf-8") as handle:
        return json.load(handle)
