"""The extraction package is pure Python: no Flask, no SQLAlchemy, no scikit-learn."""

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
import webapp.extraction as extraction
claims = extraction.extract_claims("The agency said prices rose 5% in May. MOSCOW (AP) — x.")
assert claims, "no claims extracted"
heavy = sorted({{"flask", "sqlalchemy", "sklearn", "numpy", "scipy"}} & set(sys.modules))
assert not heavy, heavy
"""


def test_extraction_imports_neither_flask_nor_sqlalchemy():
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
