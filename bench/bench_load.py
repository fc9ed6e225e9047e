"""20 reviewers saving claim statuses at once, against the app as it is served:
(a) gunicorn with several workers on PostgreSQL (a throw-away database), and
(b) one process on SQLite in WAL mode (a throw-away file).

Each reviewer is a thread with its own logged-in HTTP session (cookies, CSRF token). It opens a
claim (the htmx panel fragment), reads the version and status it shows, and saves a different
status from that version. A save answers 302 (accepted) or 409 (a colleague saved first; refused
with "changed by X", nothing overwritten). Afterwards the script checks that no save was lost:
every claim's version moved exactly once per accepted save, no two accepted saves started from
the same version, and the history holds one status entry per accepted save. Any 500 or
"database is locked" fails the run. Loopback only; bounded by save count and time.

    .venv/bin/python bench/bench_load.py [--reviewers 20] [--saves 15] [--only sqlite|postgresql]
"""

import argparse
import concurrent.futures
import http.cookiejar
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

PASSWORD = "benchmark password"
POSTGRES_ADMIN_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
TIME_LIMIT_S = 120
APP_FACTORY = "webapp:create_app()"
TEXT = "\n\n".join(
    f"The council of district {n} approved {100 + 7 * n} new homes in {2000 + n}, "
    f"the mayor's office said on Tuesday."
    for n in range(30)
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare(database_url: str, reviewers: int) -> None:
    """Migrate, create the statuses, the reviewers and one article, through the app's services."""
    from webapp import create_app
    from webapp.database import upgrade, write_intent
    from webapp.extensions import db
    from webapp.services import users
    from webapp.services.articles import import_article
    from webapp.services.statuses import ensure_default_statuses

    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "bench"})
    with app.app_context():
        upgrade()
    with app.app_context(), write_intent():
        ensure_default_statuses()
        for n in range(reviewers):
            users.create_user(f"reviewer{n}", PASSWORD, "reviewer")
        import_article(title="Load", text=TEXT, max_bytes=1_000_000, created_by=None)
        db.session.commit()
        db.engine.dispose()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Reviewer:
    """One logged-in browser session."""

    TOKEN = re.compile(
        r'name="csrf_token" type="hidden" value="([^"]+)"|'
        r'name="csrf_token" value="([^"]+)"'
    )

    def __init__(self, base: str, name: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
        )
        self.name = name

    def request(self, path: str, data: dict | None = None, headers: dict | None = None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, headers=headers or {})
        try:
            with self.opener.open(req, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def token(self, html: str) -> str:
        match = self.TOKEN.search(html)
        return match.group(1) or match.group(2)

    def login(self) -> None:
        _, page = self.request("/login")
        status, _ = self.request(
            "/login", {"login": self.name, "password": PASSWORD, "csrf_token": self.token(page)}
        )
        if status != 302:
            raise RuntimeError(f"{self.name} could not log in ({status})")


def run_reviewers(base: str, reviewers: int, saves: int, claim_ids: list[int], finals: list[int]):
    results = []  # (claim_id, version_from, status_code, seconds)
    failures = []
    lock = threading.Lock()
    deadline = time.monotonic() + TIME_LIMIT_S

    def work(n: int) -> None:
        rng = random.Random(n)
        reviewer = Reviewer(base, f"reviewer{n}")
        reviewer.login()
        for _ in range(saves):
            if time.monotonic() > deadline:
                return
            claim_id = rng.choice(claim_ids)
            code, panel = reviewer.request(f"/claims/{claim_id}", headers={"HX-Request": "true"})
            if code != 200:
                with lock:
                    failures.append(f"GET claim {claim_id} answered {code}")
                continue
            version = int(re.search(r'name="version" type="hidden" value="(\d+)"', panel)[1])
            current = int(re.search(r'data-status-id="(\d+)"', panel)[1])
            status_id = rng.choice([s for s in finals if s != current])
            started = time.perf_counter()
            code, body = reviewer.request(
                f"/claims/{claim_id}/status",
                {"status_id": status_id, "version": version, "csrf_token": reviewer.token(panel)},
            )
            elapsed = time.perf_counter() - started
            with lock:
                results.append((claim_id, version, code, elapsed))
                if code not in (302, 409) or "database is locked" in body:
                    failures.append(f"save of claim {claim_id} answered {code}")

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(reviewers) as pool:
        for future in [pool.submit(work, n) for n in range(reviewers)]:
            future.result()
    return results, failures, time.perf_counter() - started


def verify(database_url: str, results: list, connect_args: dict) -> list[str]:
    """No lost save: versions and history account for every accepted save, exactly once."""
    problems = []
    engine = sa.create_engine(database_url, connect_args=connect_args)
    accepted: dict[int, list[int]] = {}
    for claim_id, version, code, _ in results:
        if code == 302:
            accepted.setdefault(claim_id, []).append(version)
    with engine.connect() as connection:
        versions = dict(connection.execute(sa.text("SELECT id, version FROM claims")).all())
        history = dict(
            connection.execute(
                sa.text(
                    "SELECT claim_id, count(*) FROM claim_events "
                    "WHERE field = 'status' GROUP BY claim_id"
                )
            ).all()
        )
    engine.dispose()
    for claim_id, version in versions.items():
        froms = sorted(accepted.get(claim_id, []))
        if froms != list(range(1, version)):
            problems.append(f"claim {claim_id}: version {version}, accepted from {froms}")
        if history.get(claim_id, 0) != len(froms):
            problems.append(
                f"claim {claim_id}: {len(froms)} accepted saves, "
                f"{history.get(claim_id, 0)} status entries in the history"
            )
    return problems


def serve(
    database_url: str,
    workers: int,
    threads: int,
    port: int,
    workdir: str,
    env=None,
    app: str = APP_FACTORY,
    chdir: Path = ROOT,
):
    """gunicorn serving `app` (Claimdesk by default; bench_writes also serves its floor app),
    once it answers any request."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench-" + uuid.uuid4().hex,
        **(env or {}),
    }
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--worker-class",
        "gthread" if threads > 1 else "sync",
        "--log-level",
        "warning",
        "--chdir",
        str(chdir),
        app,
    ]
    log = open(os.path.join(workdir, f"server-{port}.log"), "wb")  # noqa: SIM115
    server = subprocess.Popen(
        command, env=env, cwd=workdir, start_new_session=True, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/login", timeout=2).read()
            return server, base
        except urllib.error.HTTPError:  # it answered (the floor app has no log-in page)
            return server, base
        except OSError:
            if server.poll() is not None:
                raise RuntimeError("gunicorn did not start") from None
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError("gunicorn did not answer")


def claim_and_status_ids(database_url: str, connect_args: dict) -> tuple[list[int], list[int]]:
    engine = sa.create_engine(database_url, connect_args=connect_args)
    with engine.connect() as connection:
        claims = list(connection.execute(sa.text("SELECT id FROM claims")).scalars())
        finals = list(
            connection.execute(sa.text("SELECT id FROM statuses WHERE is_final")).scalars()
        )
    engine.dispose()
    return claims, finals


def scenario(label, database_url, connect_args, workers, threads, args, workdir) -> bool:
    prepare(database_url, args.reviewers)
    claim_ids, finals = claim_and_status_ids(database_url, connect_args)
    # Fewer claims than reviewers, so colleagues really do collide on the same claim.
    claim_ids = claim_ids[: max(2, args.reviewers // 2)]
    server, base = serve(database_url, workers, threads, free_port(), workdir)
    try:
        results, failures, seconds = run_reviewers(
            base, args.reviewers, args.saves, claim_ids, finals
        )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    problems = failures + verify(database_url, results, connect_args)
    accepted = [r for r in results if r[2] == 302]
    refused = [r for r in results if r[2] == 409]
    latencies = sorted(r[3] for r in results)
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else 0.0
    print(
        f"{label}: {len(results)} saves by {args.reviewers} reviewers in {seconds:.1f}s — "
        f"{len(accepted)} accepted ({len(accepted) / seconds:.1f}/s), {len(refused)} refused "
        f"as conflicts, p95 save {1000 * p95:.0f} ms, median "
        f"{1000 * statistics.median(latencies) if latencies else 0:.0f} ms"
    )
    if problems:
        print(f"  FAILED: {len(problems)} problems, e.g. " + "; ".join(problems[:5]))
        return False
    print("  no save lost, no 500, no 'database is locked'; history holds every accepted save")
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reviewers", type=int, default=20)
    parser.add_argument("--saves", type=int, default=15, help="saves per reviewer")
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="claimdesk-load-")
    ok = True
    try:
        if args.only in (None, "postgresql"):
            ok &= postgresql(args, workdir)
        if args.only in (None, "sqlite"):
            url = f"sqlite:///{workdir}/load.db"
            ok &= scenario("SQLite WAL, 1 process × 8 threads", url, {}, 1, 8, args, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0 if ok else 1


def postgresql(args, workdir) -> bool:
    name = f"claimdesk_load_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as error:
        print(f"PostgreSQL: skipped, no server at {POSTGRES_ADMIN_URL} ({error.orig})")
        return True
    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        return scenario("PostgreSQL, gunicorn 4 workers", url, {}, 4, 1, args, workdir)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
