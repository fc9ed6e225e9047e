"""Importing a 500-link list in the background while a reviewer keeps saving statuses.

The app is served as in production (gunicorn on a throw-away SQLite file, WAL mode) with a
`flask worker --workers 2` beside it (huey on SQLite in the same throw-away folder). The links
point at a loopback site started here (tests/importing/servers.py), so nothing leaves the
machine; the app is told, with the tests-only setting, that it may fetch from that one port.

1. Anchor: a reviewer saves claim statuses with no import running (p95 of a save).
2. An editor posts the 500 links through the import page; the same reviewer keeps saving while
   the workers fetch, extract and store each page. We report pages/s and claims/s of the import
   and the p95 of a status save during it, as a ratio to the anchor and against the issue's
   200 ms goal. Any 500, failed item or unfinished import fails the run.

    .venv/bin/python bench/bench_import.py [--links 500] [--workers 2]
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import sqlalchemy as sa  # noqa: E402
from bench_load import PASSWORD, TEXT, Reviewer, free_port  # noqa: E402

from tests.importing.servers import LoopbackSite  # noqa: E402

TIME_LIMIT_S = 900
GOAL_P95_MS = 200


def bench_config(database_url: str, workdir: str, site_port: int) -> dict:
    return {
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SECRET_KEY": "bench-" + uuid.uuid4().hex,
        "JOBS_FILE": os.path.join(workdir, "jobs.db"),
        "IMPORT_TEST_LOOPBACK_PORTS": (site_port,),  # tests and benchmarks only
    }


def prepare(config: dict) -> None:
    from webapp import create_app
    from webapp.database import upgrade, write_intent
    from webapp.extensions import db
    from webapp.services import users
    from webapp.services.articles import import_article
    from webapp.services.statuses import ensure_default_statuses

    app = create_app(config)
    with app.app_context():
        upgrade()
    with app.app_context(), write_intent():
        ensure_default_statuses()
        users.create_user("editor", PASSWORD, "editor")
        users.create_user("reviewer", PASSWORD, "reviewer")
        import_article(title="Load", text=TEXT, max_bytes=1_000_000, created_by=None)
        db.session.commit()
        db.engine.dispose()


def start(command: list[str], workdir: str, name: str) -> subprocess.Popen:
    log = open(os.path.join(workdir, f"{name}.log"), "wb")  # noqa: SIM115
    return subprocess.Popen(
        command, cwd=ROOT, start_new_session=True, stdout=log, stderr=log, env=os.environ.copy()
    )


def wait_for(base: str, process: subprocess.Popen) -> None:
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/login", timeout=2).read()
            return
        except OSError:
            if process.poll() is not None:
                raise RuntimeError("the app server did not start") from None
            time.sleep(0.1)
    raise RuntimeError("the app server did not answer")


class StatusSaver(threading.Thread):
    """Saves a different status on the article's claims, one after another, timing each."""

    def __init__(self, base: str, claim_ids: list[int], finals: list[int]) -> None:
        super().__init__(daemon=True)
        self.reviewer = Reviewer(base, "reviewer")
        self.reviewer.login()
        self.claim_ids, self.finals = claim_ids, finals
        self.timings: list[float] = []
        self.errors: list[str] = []
        self.running = threading.Event()
        self.stop = threading.Event()

    def run(self) -> None:
        import re

        n = 0
        while not self.stop.is_set():
            if not self.running.is_set():
                time.sleep(0.01)
                continue
            claim_id = self.claim_ids[n % len(self.claim_ids)]
            n += 1
            code, panel = self.reviewer.request(
                f"/claims/{claim_id}", headers={"HX-Request": "true"}
            )
            if code != 200:
                self.errors.append(f"GET claim {claim_id}: {code}")
                continue
            version = int(re.search(r'name="version" type="hidden" value="(\d+)"', panel)[1])
            current = int(re.search(r'data-status-id="(\d+)"', panel)[1])
            status_id = next(s for s in self.finals if s != current)
            started = time.perf_counter()
            code, _ = self.reviewer.request(
                f"/claims/{claim_id}/status",
                {
                    "status_id": status_id,
                    "version": version,
                    "csrf_token": self.reviewer.token(panel),
                },
            )
            self.timings.append(time.perf_counter() - started)
            if code != 302:
                self.errors.append(f"save of claim {claim_id}: {code}")
            time.sleep(0.05)

    def measure(self, seconds: float | None = None, until=None) -> list[float]:
        start = len(self.timings)
        self.running.set()
        deadline = time.monotonic() + (seconds or TIME_LIMIT_S)
        while time.monotonic() < deadline and not (until and until()):
            time.sleep(0.25)
        self.running.clear()
        time.sleep(0.3)
        return self.timings[start:]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))] if ordered else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--links", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="claimdesk-import-")
    site = LoopbackSite()
    database_url = f"sqlite:///{workdir}/import.db"
    config = bench_config(database_url, workdir, site.port)
    app_factory = f"webapp:create_app({config!r})"  # gunicorn and flask read the literal
    processes = []
    try:
        prepare(config)
        port = free_port()
        bin_dir = Path(sys.executable).parent
        server = start(
            [
                str(bin_dir / "gunicorn"),
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
                "--threads",
                "8",
                "--worker-class",
                "gthread",
                "--log-level",
                "warning",
                app_factory,
            ],
            workdir,
            "server",
        )
        processes.append(server)
        worker = start(
            [
                str(bin_dir / "flask"),
                "--app",
                app_factory,
                "worker",
                "--workers",
                str(args.workers),
            ],
            workdir,
            "worker",
        )
        processes.append(worker)
        base = f"http://127.0.0.1:{port}"
        wait_for(base, server)
        engine = sa.create_engine(database_url)
        with engine.connect() as connection:
            claim_ids = list(connection.execute(sa.text("SELECT id FROM claims")).scalars())
            finals = list(
                connection.execute(sa.text("SELECT id FROM statuses WHERE is_final")).scalars()
            )
        saver = StatusSaver(base, claim_ids[:10], finals)
        saver.start()
        idle = saver.measure(seconds=15)

        editor = Reviewer(base, "editor")
        editor.login()
        _, page = editor.request("/imports/")
        links = "\n".join(site.url(f"/article/{n}") for n in range(args.links))
        started = time.perf_counter()
        code, _ = editor.request(
            "/imports/list", {"list-links": links, "list-csrf_token": editor.token(page)}
        )
        if code != 302:
            raise RuntimeError(f"posting the list answered {code}")

        def finished() -> bool:
            with engine.connect() as connection:
                waiting = connection.execute(
                    sa.text(
                        "SELECT count(*) FROM import_items "
                        "WHERE state NOT IN ('done', 'failed', 'duplicate')"
                    )
                ).scalar()
            return waiting == 0

        during = saver.measure(until=finished)
        seconds = time.perf_counter() - started
        saver.stop.set()
        with engine.connect() as connection:
            states = dict(
                connection.execute(
                    sa.text("SELECT state, count(*) FROM import_items GROUP BY state")
                ).all()
            )
            claims = connection.execute(
                sa.text(
                    "SELECT count(*) FROM claims JOIN import_items "
                    "ON import_items.article_id = claims.article_id"
                )
            ).scalar()
        engine.dispose()
        done = states.get("done", 0)
        print(
            f"Imported {done} of {args.links} pages with {args.workers} workers in "
            f"{seconds:.1f}s: {done / seconds:.1f} pages/s, {claims / seconds:.1f} claims/s "
            f"({claims} claims)"
        )
        idle_p95, during_p95 = 1000 * p95(idle), 1000 * p95(during)
        print(
            f"Status save p95: {idle_p95:.0f} ms idle ({len(idle)} saves), {during_p95:.0f} ms "
            f"during the import ({len(during)} saves): ratio {during_p95 / idle_p95:.2f}; "
            f"goal < {GOAL_P95_MS} ms: {'met' if during_p95 < GOAL_P95_MS else 'NOT met'}"
        )
        problems = saver.errors + [
            f"{count} items {state}" for state, count in states.items() if state != "done"
        ]
        if problems:
            print("FAILED: " + "; ".join(problems[:5]))
            return 1
        return 0
    finally:
        for process in processes:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=30)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass
        site.close()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
