"""100 reviewers with one article open, on PostgreSQL with gunicorn 4 workers, first with
presence in the database (the single-machine default), then with Redis (REDIS_URL), then with
Redis and live streams (gunicorn's threaded workers: each page also holds the article's
server-sent events open, polls at once when one tells of a change and otherwise every 10 s), in
one run.

Each reviewer is a thread with its own logged-in browser session (bench_load.Reviewer). It opens
the article page, then does what the page does: polls the live endpoint every 4 seconds
(`POST /live/articles/<id>?after=<cursor>&claim=<open claim>`, as webapp/static/js/claimdesk.js
does), receiving colleagues' changes and who else has its claim open; and every few seconds it
opens a claim's panel and saves a different status through the form the browser posts (302
accepted, 409 "a colleague saved first"). Each scenario runs on its own copy of one prepared
throw-away database, for a fixed time after every reviewer has logged in.

Reported per scenario: errors (any other answer or a failed connection; must be 0), lost saves
(must be 0: versions and history account for every accepted save, bench_load.verify), p95 save
and poll latency, how long after a save was answered the colleagues' pages had it (median and
p95 over every page that received it), and the database's writes per second from
pg_stat_database (rows inserted, updated and deleted; commits), with the tables they went to.
Statistics are read with the server stopped, after PostgreSQL has flushed what the log-ins wrote
(it does so within 10 s).

    .venv/bin/python bench/bench_scale.py [--reviewers 100] [--seconds 45] [--save-every 10]
"""

import argparse
import concurrent.futures
import http.client
import json
import os
import random
import re
import signal
import socket
import statistics
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import sqlalchemy as sa  # noqa: E402
from bench_load import (  # noqa: E402
    POSTGRES_ADMIN_URL,
    Reviewer,
    claim_and_status_ids,
    free_port,
    prepare,
    serve,
    verify,
)

REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
POLL_EVERY_S = 4.0  # LIVE_POLL_MS in webapp/static/js/claimdesk.js
STREAM_POLL_EVERY_S = 10.0  # LIVE_STREAM_POLL_MS: with a stream open
# Per gunicorn worker (gthread) in the streaming scenario: at most half hold streams, so requests
# always find threads (4 workers x 32 streams is room for every reviewer's page).
STREAM_THREADS = 64
STREAMS_PER_WORKER = 32
SAMPLE = 10  # one page in so many times the changes its stream brings
WORKERS = 4
STATS_FLUSH_S = 11  # PostgreSQL 15 flushes an idle backend's statistics after 10 s
# What an accepted status save writes (the claim, its history, its search entry); everything
# else written meanwhile (presence, log-in sessions) is the cost of reviewers keeping pages open.
SAVE_TABLES = {"claims", "claim_events", "search_documents"}


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    saves: list = field(default_factory=list)  # (claim_id, version_from, status_code, seconds)
    polls: list = field(default_factory=list)  # seconds
    changes_received: int = 0
    errors: list = field(default_factory=list)
    saved_at: dict = field(default_factory=dict)  # (claim_id, new version) -> when answered
    seen_at: list = field(default_factory=list)  # (claim_id, version, when a colleague had it)
    stream_events: int = 0
    streams_refused: int = 0
    row_fetches: int = 0  # rows a page asked for after a change (code before session 25)

    def error(self, text: str) -> None:
        with self.lock:
            self.errors.append(text)


class Session:
    """One reviewer with the article open: polls like the page, saves every few seconds."""

    def __init__(
        self, base, n, article_id, claim_ids, finals, save_every, tally, streams=False
    ) -> None:
        self.reviewer = Reviewer(base, f"reviewer{n}")
        self.shown: set[tuple[int, int]] = set()
        # Whose pages time the changes they get: all when polling; with streams one in SAMPLE
        # (by stream or poll, whichever brings a change first).
        self.timed = not streams or n % SAMPLE == 0
        self.base = base
        self.streams = streams
        self.poll_every = STREAM_POLL_EVERY_S if streams else POLL_EVERY_S
        self.wake = threading.Event()
        self.connection: http.client.HTTPConnection | None = None
        self.rng = random.Random(n)
        self.article_id = article_id
        self.claim_ids = claim_ids
        self.finals = finals
        self.save_every = save_every
        self.tally = tally
        self.cursor: int | None = None
        self.open_claim: int | None = None
        self.token = ""

    def open_article(self) -> None:
        self.reviewer.login()
        code, page = self.reviewer.request(f"/articles/{self.article_id}")
        if code != 200:
            raise RuntimeError(f"{self.reviewer.name} could not open the article ({code})")
        self.token = self.reviewer.token(page)

    def run(self, start: float, deadline: float) -> None:
        listener = None
        if self.streams:
            listener = threading.Thread(target=self.listen, args=(deadline,), daemon=True)
            listener.start()
        next_poll = start + self.rng.uniform(0, self.poll_every)
        next_save = start + self.rng.uniform(0, self.save_every)
        while min(next_poll, next_save) < deadline:
            due = min(next_poll, next_save)
            if self.wake.wait(max(0.0, due - time.monotonic())):
                self.wake.clear()  # the stream told of a change: poll now
                next_poll = time.monotonic()
            try:
                if next_poll <= next_save:
                    self.poll()
                else:
                    self.save()
            except OSError as error:  # refused or dropped connection
                self.tally.error(f"{self.reviewer.name}: {error}")
            now = time.monotonic()
            if next_poll <= next_save:
                # Like the page, a poll that is still running makes the next ticks skip.
                while next_poll <= now:
                    next_poll += self.poll_every
            else:
                next_save = now + self.rng.uniform(0.5, 1.5) * self.save_every
        if listener is not None:
            if self.connection is not None and self.connection.sock is not None:
                self.connection.sock.shutdown(socket.SHUT_RDWR)
            listener.join(timeout=5)

    def fetch_rows(self, changes: list[dict]) -> None:
        """What the page does with a colleague's change that does not bring its list row: ask
        for the row (`row_url`, the code before session 25). A change with its row asks
        nothing."""
        for change in changes:
            if change.get("row") is None and change.get("row_url"):
                code, _row = self.reviewer.request(change["row_url"])
                with self.tally.lock:
                    self.tally.row_fetches += 1
                if code != 200:
                    self.tally.error(f"row answered {code}")

    def first_seen(self, changes: list[dict], now: float) -> list[tuple[int, int, float]]:
        """Each claim version once, when it first reached the page (stream or poll), as the
        page shows it once."""
        new = [
            (c["id"], c["version"]) for c in changes if (c["id"], c["version"]) not in self.shown
        ]
        self.shown.update(new)
        return [(claim_id, version, now) for claim_id, version in new]

    def listen(self, deadline: float) -> None:
        """The page's EventSource: reads the article's stream, reopening it when it ends."""
        host, port = self.base.split("//")[1].split(":")
        jar = next(h.cookiejar for h in self.reviewer.opener.handlers if hasattr(h, "cookiejar"))
        cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
        while time.monotonic() < deadline:
            self.connection = http.client.HTTPConnection(host, int(port), timeout=60)
            try:
                self.connection.request(
                    "GET", f"/live/articles/{self.article_id}/events", headers={"Cookie": cookie}
                )
                response = self.connection.getresponse()
                if response.status == 204:  # the process holds its most: poll, as the page does
                    self.poll_every = POLL_EVERY_S
                    with self.tally.lock:
                        self.tally.streams_refused += 1
                    return
                if response.status != 200:
                    self.tally.error(f"stream answered {response.status}")
                    return
                event = None
                for line in response:
                    if line.startswith(b"event: "):
                        event = line[7:].strip().decode()
                    elif line.startswith(b"data: ") and event == "changes":
                        # The changes themselves, as the page shows them without asking. One
                        # page in SAMPLE reads them (to time them): the bench's own CPU stays
                        # with the server, as each page's would be in its own browser.
                        with self.tally.lock:
                            self.tally.stream_events += 1
                        if b'"row_url"' in line:  # every page asks for the rows it lacks
                            told = json.loads(line[6:])["changes"]
                            self.fetch_rows([c for c in told if c["by"] != self.reviewer.name])
                        if not self.timed:
                            continue
                        now, data = time.monotonic(), json.loads(line[6:])
                        told = [c for c in data["changes"] if c["by"] != self.reviewer.name]
                        with self.tally.lock:
                            self.tally.changes_received += len(told)
                            self.tally.seen_at += self.first_seen(told, now)
                    elif line.startswith(b"data: ") and event == "changed":
                        with self.tally.lock:
                            self.tally.stream_events += 1
                        if self.cursor is None or int(line[6:]) > self.cursor:
                            self.wake.set()
            except OSError:
                if time.monotonic() < deadline:
                    self.tally.error(f"{self.reviewer.name}: stream dropped")
                return
            finally:
                self.connection.close()

    def poll(self) -> None:
        query = [] if self.cursor is None else [f"after={self.cursor}"]
        query += [] if self.open_claim is None else [f"claim={self.open_claim}"]
        started = time.perf_counter()
        code, body = self.reviewer.request(
            f"/live/articles/{self.article_id}?{'&'.join(query)}",
            {},
            headers={"X-CSRFToken": self.token, "Accept": "application/json"},
        )
        elapsed = time.perf_counter() - started
        if code != 200:
            self.tally.error(f"poll answered {code}")
            return
        data = json.loads(body)
        self.cursor = data["cursor"]
        now = time.monotonic()
        with self.tally.lock:
            self.tally.polls.append(elapsed)
            self.tally.changes_received += len(data["changed"])
            if self.timed:
                self.tally.seen_at += self.first_seen(data["changed"], now)
        self.fetch_rows(data["changed"])

    def save(self) -> None:
        claim_id = self.rng.choice(self.claim_ids)
        code, panel = self.reviewer.request(f"/claims/{claim_id}", headers={"HX-Request": "true"})
        if code != 200:
            self.tally.error(f"GET claim {claim_id} answered {code}")
            return
        self.open_claim = claim_id
        version = int(re.search(r'name="version" type="hidden" value="(\d+)"', panel)[1])
        current = int(re.search(r'data-status-id="(\d+)"', panel)[1])
        status_id = self.rng.choice([s for s in self.finals if s != current])
        started = time.perf_counter()
        code, body = self.reviewer.request(
            f"/claims/{claim_id}/status",
            {"status_id": status_id, "version": version, "csrf_token": self.token},
        )
        elapsed = time.perf_counter() - started
        with self.tally.lock:
            self.tally.saves.append((claim_id, version, code, elapsed))
            if code == 302:
                self.tally.saved_at[(claim_id, version + 1)] = time.monotonic()
        if code not in (302, 409):
            self.tally.error(f"save of claim {claim_id} answered {code}")


def database_writes(url: str) -> tuple[dict, dict]:
    """The database's counters (commits, rows inserted/updated/deleted) and rows written per
    table, as pg_stat_database and pg_stat_user_tables hold them now."""
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        totals = connection.execute(
            sa.text(
                "SELECT xact_commit, tup_inserted, tup_updated, tup_deleted "
                "FROM pg_stat_database WHERE datname = current_database()"
            )
        ).one()
        tables = dict(
            connection.execute(
                sa.text(
                    "SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables"
                )
            ).all()
        )
    engine.dispose()
    return totals._asdict(), tables


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))] if ordered else 0.0


def scenario(label: str, url: str, env: dict, args, workdir: str, streams=False) -> dict:
    claim_ids, finals = claim_and_status_ids(url, {})
    article_id = 1
    tally = Tally()
    threads = STREAM_THREADS if streams else 1
    server, base = serve(url, WORKERS, threads, free_port(), workdir, env)
    try:
        sessions = [
            Session(base, n, article_id, claim_ids, finals, args.save_every, tally, streams)
            for n in range(args.reviewers)
        ]
        with concurrent.futures.ThreadPoolExecutor(args.reviewers) as pool:
            # (each session's stream, when it has one, runs in a thread of its own)
            list(pool.map(Session.open_article, sessions))
            time.sleep(STATS_FLUSH_S)
            before, tables_before = database_writes(url)
            load_before = os.getloadavg()[0]
            start = time.monotonic()
            deadline = start + args.seconds
            for future in [pool.submit(s.run, start, deadline) for s in sessions]:
                future.result()
            seconds = time.monotonic() - start
            load_after = os.getloadavg()[0]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)  # open streams notice their reader left within LIVE_KEEPALIVE_S
    time.sleep(1)  # the workers' backends report their statistics as they exit
    after, tables_after = database_writes(url)
    lost = verify(url, tally.saves, {})
    rows = sum(after[k] - before[k] for k in ("tup_inserted", "tup_updated", "tup_deleted"))
    by_table = sorted(
        ((name, tables_after[name] - tables_before.get(name, 0)) for name in tables_after),
        key=lambda item: -item[1],
    )
    delays = [
        max(0.0, seen - tally.saved_at[(claim_id, version)])
        for claim_id, version, seen in tally.seen_at
        if (claim_id, version) in tally.saved_at
    ]
    accepted = sum(1 for s in tally.saves if s[2] == 302)
    refused = sum(1 for s in tally.saves if s[2] == 409)
    save_times = [s[3] for s in tally.saves]
    result = {
        "rows_per_s": rows / seconds,
        "commits_per_s": (after["xact_commit"] - before["xact_commit"]) / seconds,
        "errors": len(tally.errors),
        "lost": len(lost),
        "p95_save": p95(save_times),
        "presence_per_poll": dict(by_table).get("claim_viewers", 0) / max(1, len(tally.polls)),
        "saves_per_s": len(tally.saves) / seconds,
        "open_pages_per_s": sum(n for name, n in by_table if name not in SAVE_TABLES) / seconds,
        "polls_per_s": len(tally.polls) / seconds,
        "seen_median": statistics.median(delays) if delays else 0.0,
        "seen_p95": p95(delays),
        "row_fetches_per_s": tally.row_fetches / seconds,
    }
    print(
        f"{label}: {args.reviewers} reviewers for {seconds:.0f} s, load average "
        f"{load_before:.1f} → {load_after:.1f}; asked for {args.reviewers / POLL_EVERY_S:.1f} "
        f"polls/s and {args.reviewers / args.save_every:.1f} saves/s, served "
        f"{len(tally.polls) / seconds:.1f} and {len(tally.saves) / seconds:.1f}"
    )
    print(
        f"  saves: {len(tally.saves)} ({accepted} accepted, {refused} refused as conflicts), "
        f"p95 {1000 * result['p95_save']:.0f} ms, median "
        f"{1000 * statistics.median(save_times) if save_times else 0:.0f} ms"
    )
    print(
        f"  polls: {len(tally.polls)} ({len(tally.polls) / seconds:.1f}/s), p95 "
        f"{1000 * p95(tally.polls):.0f} ms; {tally.changes_received} colleague changes delivered"
        + (
            f"; {tally.stream_events} stream events, {tally.streams_refused} pages refused a "
            "stream (their process held its most) and polling"
            if streams
            else ""
        )
        + f"; {tally.row_fetches} rows asked for after changes "
        f"({tally.row_fetches / seconds:.1f}/s)"
    )
    print(
        f"  a save on colleagues' pages: median {1000 * result['seen_median']:.0f} ms, p95 "
        f"{1000 * result['seen_p95']:.0f} ms after its answer ({len(delays)} deliveries)"
    )
    print(
        f"  database: {result['rows_per_s']:.1f} rows written/s, "
        f"{result['commits_per_s']:.1f} transactions/s (reads too); rows by table: "
        + ", ".join(f"{name} {count / seconds:.1f}/s" for name, count in by_table if count)
    )
    print(
        f"  rows written for open pages (not by saves): {result['open_pages_per_s']:.1f}/s; "
        f"presence rows per poll {result['presence_per_poll']:.2f}; rows per accepted save "
        f"{sum(n for name, n in by_table if name in SAVE_TABLES) / max(1, accepted):.1f}"
    )
    print(f"  errors: {len(tally.errors)}, lost saves: {len(lost)}")
    for problem in (tally.errors + lost)[:5]:
        print(f"    {problem}")
    return result


def clear_redis(url: str) -> None:
    """Remove what the run left in the bench's Redis database (presence, counters, jobs)."""
    import redis

    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter("*claimdesk*"))
    if keys:
        client.delete(*keys)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reviewers", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=45, help="load time per scenario")
    parser.add_argument("--save-every", type=float, default=10, help="seconds between saves")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        print(f"skipped: no Redis at {REDIS_URL} (BENCH_REDIS_URL)")
        return 0
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    stem = f"claimdesk_scale_{uuid.uuid4().hex[:8]}"
    names = [f"{stem}_{part}" for part in ("template", "database", "redis", "streams")]
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{names[0]}"'))
    except sa.exc.OperationalError as error:
        print(f"skipped: no PostgreSQL at {POSTGRES_ADMIN_URL} ({error.orig})")
        return 0
    base_url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0]
    workdir = tempfile.mkdtemp(prefix="claimdesk-scale-")
    try:
        prepare(f"{base_url}/{names[0]}", args.reviewers)
        with admin.connect() as connection:
            for name in names[1:]:
                connection.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{names[0]}"'))
        clear_redis(REDIS_URL)
        results = [
            scenario(
                f"PostgreSQL, {WORKERS} gunicorn workers, presence in the database",
                f"{base_url}/{names[1]}",
                {"REDIS_URL": ""},
                args,
                workdir,
            ),
            scenario(
                f"PostgreSQL, {WORKERS} gunicorn workers, Redis (REDIS_URL)",
                f"{base_url}/{names[2]}",
                {"REDIS_URL": REDIS_URL},
                args,
                workdir,
            ),
            scenario(
                f"PostgreSQL, {WORKERS} gunicorn threaded workers, Redis with live streams",
                f"{base_url}/{names[3]}",
                {
                    "REDIS_URL": REDIS_URL,
                    "CLAIMDESK_LIVE_STREAMS_PER_PROCESS": str(STREAMS_PER_WORKER),
                },
                args,
                workdir,
                streams=True,
            ),
        ]
    finally:
        clear_redis(REDIS_URL)
        with admin.connect() as connection:
            for name in names:
                connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    without, with_redis, streams = results
    print(
        f"with Redis against without: rows written for open pages "
        f"{with_redis['open_pages_per_s']:.1f}/s against {without['open_pages_per_s']:.1f}/s, "
        f"presence rows per poll {with_redis['presence_per_poll']:.2f} against "
        f"{without['presence_per_poll']:.2f}; all rows {with_redis['rows_per_s']:.1f}/s against "
        f"{without['rows_per_s']:.1f}/s (saves served {with_redis['saves_per_s']:.1f}/s against "
        f"{without['saves_per_s']:.1f}/s); p95 save "
        f"{1000 * with_redis['p95_save']:.0f} ms against {1000 * without['p95_save']:.0f} ms"
    )
    print(
        f"live streams against polling (both with Redis): polls {streams['polls_per_s']:.1f}/s "
        f"against {with_redis['polls_per_s']:.1f}/s; a save on colleagues' pages after median "
        f"{1000 * streams['seen_median']:.0f} ms (p95 {1000 * streams['seen_p95']:.0f}) against "
        f"{1000 * with_redis['seen_median']:.0f} ms (p95 {1000 * with_redis['seen_p95']:.0f}); "
        f"p95 save {1000 * streams['p95_save']:.0f} ms against "
        f"{1000 * with_redis['p95_save']:.0f} ms"
    )
    return 0 if all(r["errors"] == 0 and r["lost"] == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
