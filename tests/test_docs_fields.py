"""docs/fields.md names real files, and the files it says derive from the field specification
import it; cli.py and cli_exchange.py do not import each other."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "fields.md").read_text("utf-8")
DERIVED = [
    "webapp/forms/spec.py",
    "webapp/forms/articles.py",
    "webapp/forms/claims.py",
    "webapp/forms/review.py",
    "webapp/api/body.py",
    "webapp/api/openapi.py",
    "webapp/services/restore.py",
    "webapp/services/exports/formats.py",
    "webapp/models/claim.py",
    "webapp/models/article.py",
]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("path", sorted(set(re.findall(r"`((?:webapp|tests|docs)/[^`*]+)`", DOC))))
def test_every_file_named_in_docs_fields_exists(path):
    assert (ROOT / path).exists(), path


def test_the_adding_a_field_section_names_model_migration_spec_and_template():
    section = DOC.split("## Adding a field to a claim", 1)[1].split("Still written by hand", 1)[0]
    for path in (
        "webapp/models/claim.py",
        "webapp/migrations/versions/",
        "webapp/fields.py",
        "webapp/templates/claims/",
    ):
        assert path in section


@pytest.mark.parametrize("path", DERIVED)
def test_files_derived_from_the_specification_import_it(path):
    module_imports = _imports(ROOT / path)
    assert "webapp.fields" in module_imports or "webapp.forms.spec" in module_imports, path
    if path.startswith("webapp/forms/") and path != "webapp/forms/spec.py":
        assert "webapp.forms.spec" in module_imports


def test_cli_and_cli_exchange_do_not_import_each_other():
    assert "webapp.cli" not in _imports(ROOT / "webapp" / "cli_exchange.py")
