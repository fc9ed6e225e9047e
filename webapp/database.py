"""Engine set-up: SQLite tuned for several writers, one transaction per request."""

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from flask import Flask, request
from sqlalchemy import event
from sqlalchemy.engine import Engine

from webapp.extensions import db

SQLITE_BUSY_TIMEOUT_MS = 30_000
_write_intent: ContextVar[bool] = ContextVar("write_intent", default=False)


@contextlib.contextmanager
def write_intent() -> Iterator[None]:
    """Mark the work inside as a write, so SQLite takes its write lock when it begins."""
    token = _write_intent.set(True)
    try:
        yield
    finally:
        _write_intent.reset(token)


def in_write_request() -> bool:
    """True inside a request (or block) that was marked as a write."""
    return _write_intent.get()


def init_app(app: Flask) -> None:
    with app.app_context():
        engine = db.engine
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)

    @app.before_request
    def _mark_writes() -> None:
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            request.environ["claimdesk.write_token"] = _write_intent.set(True)

    @app.teardown_request
    def _clear_write_mark(_exc: BaseException | None) -> None:
        token = request.environ.pop("claimdesk.write_token", None)
        if token is not None:
            _write_intent.reset(token)


def _configure_sqlite(engine: Engine) -> None:
    """WAL lets readers run beside a writer; BEGIN IMMEDIATE makes writers queue on the busy
    timeout up front instead of failing with "database is locked" when they upgrade a read lock."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if _write_intent.get() else "BEGIN")
