"""webapp.importing is plain Python: no Flask, no SQLAlchemy (so workers and tools can use it)."""

import subprocess
import sys
from pathlib import Path

import webapp

WEBAPP_DIR = Path(webapp.__file__).resolve().parent

# A stub "webapp" package stands in for the real one, whose __init__ imports Flask.
CHECK = f"""
import sys, types
stub = types.ModuleType("webapp")
stub.__path__ = [{str(WEBAPP_DIR)!r}]
sys.modules["webapp"] = stub
from webapp.importing import extract, fetch, readers
found = readers.read_document(b"# Title\\n\\nPrices rose 5% in May.", ".md", readers.ReadLimits())
assert found.title == "Title", found
heavy = sorted({{"flask", "sqlalchemy"}} & set(sys.modules))
assert not heavy, heavy
"""


def test_importing_package_loads_neither_flask_nor_sqlalchemy():
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
