"""CLI start-up: `flask --app webapp --help` against a bare Flask app's `flask --help`, run
alternately in the same sitting; prints the medians and the ratio (goal: at most 1.5×). Also
times, in the same rotation, the bare app plus Flask-SQLAlchemy, Flask-WTF and Flask-Login
(bench/flask_sqlalchemy_app.py): the floor those libraries' import sets."""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLASK = [sys.executable, "-m", "flask"]
GOAL = 1.5


def run(app: str, env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(
        [*FLASK, "--app", app, "--help"], cwd=ROOT, env=env, check=True, capture_output=True
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{folder}/cli.db",
            "SECRET_KEY": "bench",
            "PYTHONDONTWRITEBYTECODE": "",
        }
        anchor = str(ROOT / "bench" / "bare_flask_app.py")
        floor = str(ROOT / "bench" / "flask_sqlalchemy_app.py")
        for app in (anchor, floor, "webapp"):  # warm the file cache and the .pyc files
            run(app, env)
        bare, libraries, claimdesk = [], [], []
        for _ in range(args.runs):
            bare.append(run(anchor, env))
            libraries.append(run(floor, env))
            claimdesk.append(run("webapp", env))
    bare_s, claimdesk_s = statistics.median(bare), statistics.median(claimdesk)
    libraries_s = statistics.median(libraries)
    ratio = claimdesk_s / bare_s
    print(f"load average {os.getloadavg()[0]:.1f}; medians of {args.runs} alternating runs")
    print(f"bare Flask app   flask --help       {bare_s * 1000:7.0f} ms")
    print(
        f"+ Flask-SQLAlchemy, -WTF, -Login    {libraries_s * 1000:7.0f} ms   "
        f"{libraries_s / bare_s:.2f}× the bare app"
    )
    print(
        f"Claimdesk        flask --help       {claimdesk_s * 1000:7.0f} ms   "
        f"{claimdesk_s / libraries_s:.2f}× the libraries' floor"
    )
    verdict = "meets" if ratio <= GOAL else "misses"
    print(f"ratio {ratio:.2f}× the bare app ({verdict} the goal of ≤ {GOAL}×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
