"""Engine set-up: SQLite tuned for several writers, one transaction per request."""

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

import click
from flask import Flask, current_app, request
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


@contextlib.contextmanager
def reads_only() -> Iterator[None]:
    """Mark the work inside as reading, even inside a `write_intent()` block: a job run inline
    (huey's immediate mode) begins its own transactions as a worker would."""
    token = _write_intent.set(False)
    try:
        yield
    finally:
        _write_intent.reset(token)


@contextlib.contextmanager
def read_snapshot() -> Iterator[None]:
    """Run the reads inside as one transaction that sees one state of the database, however
    long they take and whatever commits meanwhile: REPEATABLE READ (read only) on PostgreSQL;
    on SQLite one read transaction, which in WAL mode reads the snapshot of its first SELECT.

    It starts a fresh transaction, so the session must hold no unsaved changes; the reads end
    with a rollback (there is nothing to keep)."""
    session = db.session
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("commit or roll back the session's changes before a read snapshot")
    session.rollback()
    if session.get_bind().dialect.name == "postgresql":
        session.connection(
            execution_options={"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
        )
    try:
        yield
    finally:
        session.rollback()


class _MigrationCommands(click.Group):
    """`flask db ...`: Flask-Migrate's own command group, loaded (with Alembic) only when used;
    `flask --help` lists it from this stand-in."""

    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        init_migrations(current_app)
        from flask_migrate.cli import db as commands

        return commands.make_context(info_name, args, parent=parent, **extra)


def init_migrations(app: Flask) -> None:
    """Attach Flask-Migrate to the app (once); Alembic's import costs more than the rest of
    start-up, and only migrations need it."""
    if "migrate" not in app.extensions:
        from flask_migrate import Migrate

        from webapp import MIGRATIONS_DIR

        Migrate(app, db, directory=MIGRATIONS_DIR)


def upgrade(revision: str = "head") -> None:
    """Migrate the current app's database to `revision` (as `flask db upgrade` does)."""
    init_migrations(current_app)
    from flask_migrate import upgrade as alembic_upgrade

    alembic_upgrade(revision=revision)


def in_write_request() -> bool:
    """True inside a request (or block) that was marked as a write."""
    return _write_intent.get()


def init_app(app: Flask) -> None:
    app.cli.add_command(_MigrationCommands("db", help="Perform database migrations."))
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
    """WAL lets readers run beside a writer. A write request reads without the write lock and
    takes it at its first write: the reads' transaction ends there and BEGIN IMMEDIATE starts
    the writing one, so writers queue on the busy timeout instead of failing with "database is
    locked" when they upgrade a read lock, and hold the lock only while they write
    (docs/decisions/0002-sqlite-write-transactions.md)."""

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
        connection.info[_LOCK_AT_FIRST_WRITE] = False
        connection.exec_driver_sql("BEGIN")
        connection.info[_LOCK_AT_FIRST_WRITE] = _write_intent.get()

    @event.listens_for(engine, "before_cursor_execute")
    def _lock_at_first_write(connection, cursor, statement, _parameters, context, _many) -> None:
        if connection.info.get(_LOCK_AT_FIRST_WRITE) and not _reads(statement, context):
            # What was read so far may have moved on: the version checks (UPDATE … WHERE
            # version = old) guard what a write depends on, as on PostgreSQL.
            connection.info[_LOCK_AT_FIRST_WRITE] = False
            cursor.execute("COMMIT")
            cursor.execute("BEGIN IMMEDIATE")


_LOCK_AT_FIRST_WRITE = "claimdesk.lock_at_first_write"


def _reads(statement: str, context) -> bool:
    """A plain SELECT. Anything else takes the write lock first: a write, a SAVEPOINT, a CTE,
    and a SELECT … FOR UPDATE (SQLite locks no rows for it: the write lock stands in)."""
    if statement.lstrip()[:6].upper() != "SELECT":
        return False
    compiled = getattr(context, "compiled", None)
    return getattr(getattr(compiled, "statement", None), "_for_update_arg", None) is None
