"""Write throughput against the floor: N reviewers saving at once through the REST API, beside
bench/floor_app.py (Flask + Flask-SQLAlchemy doing the least the same save needs) served the same
way, on the same database engine, in the same run.

A save is what a reviewer's action is: one request that sets a claim's status from the version
the reviewer read and adds a note (PATCH /api/v1/claims/<id> with {"version", "status",
"note"}). Each reviewer has a token and claims of their own (no collisions: this measures
throughput; bench_load.py measures conflicts) and saves in a loop, taking the next version from
each answer. Both apps run under gunicorn with the same workers. Afterwards every claim's version,
status history and notes are checked against the accepted saves: nothing lost, nothing doubled.

    .venv/bin/python bench/bench_writes.py [--reviewers 20 100] [--saves 50]
        [--databases sqlite postgresql] [--workers 2] [--runs 1]

Prints saves/s and p95 for each, and Claimdesk's throughput as a ratio of the floor's (goal
>= 0.7x, p95 <= 2x the floor's) with the load average of the machine.

    .venv/bin/python bench/bench_writes.py --in-process [--saves 300] [--databases ...]

measures instead what one save costs each app in-process (Flask test client, no server, no
concurrency): CPU ms per save and SQL statements per save, over 20 claims saved in turn.
"""

import argparse
import concurrent.futures
import http.client
import json
import os
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import bench_load  # noqa: E402
import sqlalchemy as sa  # noqa: E402

POSTGRES_ADMIN_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
CLAIMS_PER_REVIEWER = 3
STATUSES = ("Accurate", "False")
TIME_LIMIT_S = 300


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def claim_text(count: int) -> str:
    return "\n\n".join(
        f"The council of district {n} approved {100 + 7 * n} new homes in {1900 + n % 120}, "
        f"the mayor's office said on Tuesday."
        for n in range(count)
    )


def prepare_claimdesk(database_url: str, reviewers: int) -> tuple[dict[str, int], list[int]]:
    """Migrate, statuses, reviewers with tokens, one article with enough claims; returns
    ({token: user id}, claim ids)."""
    from webapp import create_app
    from webapp.database import upgrade, write_intent
    from webapp.extensions import db
    from webapp.models import Claim
    from webapp.services import tokens, users
    from webapp.services.articles import import_article
    from webapp.services.statuses import ensure_default_statuses

    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "bench"})
    with app.app_context():
        upgrade()
    with app.app_context(), write_intent():
        ensure_default_statuses()
        raw_tokens = {}
        for n in range(reviewers):
            user = users.create_user(f"reviewer{n}", "benchmark password", "reviewer")
            _token, raw = tokens.create_token(user, "bench")
            raw_tokens[raw] = user.id
        import_article(
            title="Writes",
            text=claim_text(reviewers * CLAIMS_PER_REVIEWER),
            max_bytes=10_000_000,
            created_by=None,
        )
        db.session.commit()
        ids = list(db.session.scalars(sa.select(Claim.id).order_by(Claim.id)))
        db.engine.dispose()
    return raw_tokens, ids


def prepare_floor(database_url: str, reviewers: int) -> tuple[dict[str, int], list[int]]:
    import floor_app

    raw_tokens = {f"floor-{uuid.uuid4().hex}": n + 1 for n in range(reviewers)}
    ids = floor_app.prepare(database_url, reviewers * CLAIMS_PER_REVIEWER, raw_tokens)
    return raw_tokens, ids


def serve(app_spec: str, chdir: Path, database_url: str, workers: int, workdir: str):
    """Either app under gunicorn's sync workers (bench_load.serve); returns (process, port)."""
    port = free_port()
    server, _base = bench_load.serve(
        database_url, workers, 1, port, workdir, app=app_spec, chdir=chdir
    )
    return server, port


def run_load(port: int, raw_tokens: dict[str, int], claim_ids: list[int], saves: int):
    """Every reviewer saves `saves` times over their own claims. Returns (results, seconds):
    results are (claim id, version from, HTTP status, seconds)."""
    results: list[tuple[int, int, int, float]] = []
    lock = threading.Lock()
    tokens = list(raw_tokens)
    reviewers = len(tokens)
    deadline = time.monotonic() + TIME_LIMIT_S
    start_line = threading.Barrier(reviewers)

    def work(n: int) -> None:
        mine = claim_ids[n::reviewers]
        versions = dict.fromkeys(mine, 1)
        headers = {"Authorization": f"Bearer {tokens[n]}", "Content-Type": "application/json"}
        start_line.wait()
        for i in range(saves):
            if time.monotonic() > deadline:
                return
            claim_id = mine[i % len(mine)]
            body = json.dumps(
                {
                    "version": versions[claim_id],
                    "status": STATUSES[(i // len(mine)) % 2],
                    "note": f"Checked against the council minutes, save {i} by reviewer {n}.",
                }
            )
            started = time.perf_counter()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            try:
                connection.request("PATCH", f"/api/v1/claims/{claim_id}", body, headers)
                response = connection.getresponse()
                answer = response.read()
                code = response.status
            except OSError:
                code, answer = 0, b""
            finally:
                connection.close()
            elapsed = time.perf_counter() - started
            with lock:
                results.append((claim_id, versions[claim_id], code, elapsed))
            if code == 200:
                versions[claim_id] = json.loads(answer)["version"]

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(reviewers) as pool:
        for future in [pool.submit(work, n) for n in range(reviewers)]:
            future.result()
    return results, time.perf_counter() - started


VERIFY_SQL = {
    "claimdesk": (
        "SELECT id, version FROM claims",
        "SELECT claim_id, count(*) FROM claim_events WHERE field = 'status' GROUP BY claim_id",
        "SELECT claim_id, count(*) FROM notes GROUP BY claim_id",
    ),
    "floor": (
        "SELECT id, version FROM floor_items",
        "SELECT item_id, count(*) FROM floor_events GROUP BY item_id",
        "SELECT item_id, count(*) FROM floor_notes GROUP BY item_id",
    ),
}


def verify(kind: str, database_url: str, results: list) -> list[str]:
    """Every accepted save moved its claim's version once and left one status entry and one
    note; versions accepted from are exactly 1..version-1 (no save doubled or lost)."""
    accepted: dict[int, list[int]] = {}
    for claim_id, version, code, _ in results:
        if code == 200:
            accepted.setdefault(claim_id, []).append(version)
    versions_sql, history_sql, notes_sql = VERIFY_SQL[kind]
    engine = sa.create_engine(database_url)
    with engine.connect() as connection:
        versions = dict(connection.execute(sa.text(versions_sql)).all())
        history = dict(connection.execute(sa.text(history_sql)).all())
        notes = dict(connection.execute(sa.text(notes_sql)).all())
    engine.dispose()
    problems = []
    for claim_id, version in versions.items():
        froms = sorted(accepted.get(claim_id, []))
        if froms != list(range(1, version)):
            problems.append(f"claim {claim_id}: version {version}, accepted from {froms}")
        if history.get(claim_id, 0) != len(froms) or notes.get(claim_id, 0) != len(froms):
            problems.append(
                f"claim {claim_id}: {len(froms)} accepted saves, {history.get(claim_id, 0)} "
                f"status entries, {notes.get(claim_id, 0)} notes"
            )
    return problems


class Databases:
    """Throw-away databases: SQLite files in the work directory, PostgreSQL databases."""

    def __init__(self, workdir: str) -> None:
        self.workdir = workdir
        self.postgres: list[str] = []

    def new(self, engine: str) -> str:
        name = f"writes_{uuid.uuid4().hex[:10]}"
        if engine == "sqlite":
            return f"sqlite:///{self.workdir}/{name}.db"
        admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        self.postgres.append(name)
        return POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"

    def drop(self) -> None:
        if not self.postgres:
            return
        admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            for name in self.postgres:
                connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


APPS = {
    "claimdesk": (prepare_claimdesk, "webapp:create_app()", ROOT),
    "floor": (prepare_floor, "floor_app:create_app()", BENCH),
}


def measure(kind: str, engine: str, reviewers: int, args, databases: Databases) -> dict:
    prepare, spec, chdir = APPS[kind]
    url = databases.new(engine)
    raw_tokens, claim_ids = prepare(url, reviewers)
    server, port = serve(spec, chdir, url, args.workers, databases.workdir)
    try:
        results, seconds = run_load(port, raw_tokens, claim_ids, args.saves)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    problems = verify(kind, url, results)
    errors = [r for r in results if r[2] != 200]
    latencies = sorted(r[3] for r in results)
    return {
        "rate": (len(results) - len(errors)) / seconds,
        "p95": latencies[int(0.95 * (len(latencies) - 1))],
        "median": statistics.median(latencies),
        "errors": len(errors),
        "codes": sorted({r[2] for r in errors}),
        "problems": problems,
        "saves": len(results),
    }


def cost_in_process(kind: str, engine: str, saves: int, databases: Databases) -> dict:
    """CPU time and SQL statements per save of one app, in this process."""
    from sqlalchemy import event

    prepare, _spec, _chdir = APPS[kind]
    url = databases.new(engine)
    raw_tokens, claim_ids = prepare(url, 20)
    if kind == "floor":
        import floor_app

        app, db = floor_app.create_app(), floor_app.db
    else:
        from webapp import create_app
        from webapp.extensions import db

        app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench"})
    client = app.test_client()
    headers = {"Authorization": f"Bearer {next(iter(raw_tokens))}"}
    claims = claim_ids[:20]
    versions = dict.fromkeys(claims, 1)
    statements: list[str] = []
    with app.app_context():
        bound = db.engine
    event.listen(bound, "before_cursor_execute", lambda _c, _k, sql, *_a: statements.append(sql))

    def save(n: int) -> None:
        claim_id = claims[n % len(claims)]
        body = {
            "version": versions[claim_id],
            "status": STATUSES[(n // len(claims)) % 2],
            "note": f"Checked against the council minutes, save {n}.",
        }
        response = client.patch(f"/api/v1/claims/{claim_id}", json=body, headers=headers)
        assert response.status_code == 200, response.get_data(as_text=True)[:300]
        versions[claim_id] = response.get_json()["version"]

    for n in range(len(claims)):  # warm up: first use of each statement, each claim
        save(n)
    statements.clear()
    cpu = time.process_time()
    for n in range(len(claims), len(claims) + saves):
        save(n)
    cpu = time.process_time() - cpu
    bound.dispose()
    return {"cpu_ms": 1000 * cpu / saves, "statements": len(statements) / saves}


def main_in_process(args, databases: Databases) -> None:
    for engine in args.databases:
        for kind in ("floor", "claimdesk"):
            cost = cost_in_process(kind, engine, args.saves, databases)
            print(
                f"{engine}, {kind}, in-process: {cost['cpu_ms']:.2f} ms CPU per save, "
                f"{cost['statements']:.1f} statements per save ({args.saves} saves; "
                f"load average {os.getloadavg()[0]:.1f})"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reviewers", type=int, nargs="+", default=[20, 100])
    parser.add_argument("--saves", type=int, default=50, help="saves per reviewer")
    parser.add_argument(
        "--databases", nargs="+", choices=("sqlite", "postgresql"), default=["sqlite", "postgresql"]
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers for each app")
    parser.add_argument("--runs", type=int, default=1, help="alternating runs; medians reported")
    parser.add_argument("--only", choices=tuple(APPS), help="measure one app (for profiling)")
    parser.add_argument(
        "--in-process", action="store_true", help="CPU and statements per save, no server"
    )
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="claimdesk-writes-")
    databases = Databases(workdir)
    if args.in_process:
        try:
            main_in_process(args, databases)
        finally:
            databases.drop()
            shutil.rmtree(workdir, ignore_errors=True)
        return 0
    ok = True
    kinds = (args.only,) if args.only else ("floor", "claimdesk")
    try:
        for engine in args.databases:
            for reviewers in args.reviewers:
                runs: dict[str, list[dict]] = {kind: [] for kind in kinds}
                for run in range(args.runs):
                    for kind in kinds if run % 2 == 0 else tuple(reversed(kinds)):
                        runs[kind].append(measure(kind, engine, reviewers, args, databases))
                ok &= report(engine, reviewers, args, runs)
    finally:
        databases.drop()
        shutil.rmtree(workdir, ignore_errors=True)
    return 0 if ok else 1


def report(engine: str, reviewers: int, args, runs: dict[str, list[dict]]) -> bool:
    load = os.getloadavg()[0]
    ok = True
    figures = {}
    for kind, results in runs.items():
        rate = statistics.median(r["rate"] for r in results)
        p95 = statistics.median(r["p95"] for r in results)
        figures[kind] = (rate, p95)
        errors = sum(r["errors"] for r in results)
        problems = [p for r in results for p in r["problems"]]
        print(
            f"{engine}, {reviewers} reviewers x {args.saves} saves, {args.workers} workers, "
            f"{kind}: {rate:.1f} saves/s, p95 {1000 * p95:.0f} ms, median "
            f"{1000 * statistics.median(r['median'] for r in results):.0f} ms, "
            f"{errors} errors {sorted({c for r in results for c in r['codes']})}, "
            f"{len(problems)} lost or doubled" + (f" (e.g. {problems[0]})" if problems else "")
        )
        ok &= not errors and not problems
    if len(figures) == 2:
        (rate, p95), (floor_rate, floor_p95) = figures["claimdesk"], figures["floor"]
        print(
            f"  claimdesk vs floor: {rate / floor_rate:.2f}x throughput (goal >= 0.7x), "
            f"p95 {p95 / floor_p95:.2f}x (goal <= 2x); load average {load:.1f}"
        )
    return ok


if __name__ == "__main__":
    sys.exit(main())
