"""`make bench` entry for the real-copy evaluation of claim extraction (issue 11): every row of
the issue's table on the tuning and the held-out half of bench/realcopy/gold.json, and the
speed ratios against pySBD measured in the same run.

Run from the repository root: .venv/bin/python bench/bench_realcopy.py
(the same as .venv/bin/python bench/realcopy/evaluate.py; see bench/realcopy/README.md).
"""

import runpy
from pathlib import Path

if __name__ == "__main__":
    runpy.run_path(str(Path(__file__).parent / "realcopy" / "evaluate.py"), run_name="__main__")
