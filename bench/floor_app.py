"""The floor for bench_writes.py: the least a Flask + Flask-SQLAlchemy app can do for the same
save — look up the bearer token (one indexed SELECT), UPDATE one row with a version check, and
INSERT one history row (and the note, when the body has one) — with no code of Claimdesk's.

Served by gunicorn from bench_writes.py (`floor_app:create_app()`); it creates its own tables.
SQLite gets the same tuning Claimdesk uses (WAL, busy timeout, synchronous=NORMAL, the write lock
taken when the write begins), so the comparison is of the application, not of the settings.
"""

import hashlib
import os
from datetime import UTC, datetime

from flask import Flask, has_request_context, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import event, insert, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Token(db.Model):
    __tablename__ = "floor_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    digest: Mapped[str] = mapped_column(unique=True)
    user_id: Mapped[int]


class Item(db.Model):
    __tablename__ = "floor_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(default=1)
    status: Mapped[str]
    updated_by: Mapped[int | None]


class Event(db.Model):
    __tablename__ = "floor_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(index=True)
    user_id: Mapped[int]
    field: Mapped[str]
    value: Mapped[str]
    created_at: Mapped[datetime]


class FloorNote(db.Model):
    __tablename__ = "floor_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(index=True)
    user_id: Mapped[int]
    body: Mapped[str]
    created_at: Mapped[datetime]


def digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    db.init_app(app)
    with app.app_context():
        if db.engine.dialect.name == "sqlite":
            _tune_sqlite(db.engine)

    @app.patch("/api/v1/claims/<int:item_id>")
    def save(item_id: int):
        raw = request.headers.get("Authorization", "").partition(" ")[2]
        user_id = db.session.scalar(select(Token.user_id).where(Token.digest == digest(raw)))
        if user_id is None:
            return {"error": "unauthorized"}, 401
        data = request.get_json()
        version = data["version"]
        now = datetime.now(UTC)
        done = db.session.execute(
            update(Item)
            .where(Item.id == item_id, Item.version == version)
            .values(status=data["status"], version=version + 1, updated_by=user_id)
        )
        if done.rowcount != 1:
            db.session.rollback()
            return {"error": "conflict"}, 409
        db.session.execute(
            insert(Event).values(
                item_id=item_id,
                user_id=user_id,
                field="status",
                value=data["status"],
                created_at=now,
            )
        )
        if data.get("note"):
            db.session.execute(
                insert(FloorNote).values(
                    item_id=item_id, user_id=user_id, body=data["note"], created_at=now
                )
            )
        db.session.commit()
        return {"id": item_id, "version": version + 1, "status": data["status"]}

    return app


def _tune_sqlite(engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(connection, _record) -> None:
        connection.isolation_level = None
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        writing = has_request_context() and request.method != "GET"
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def prepare(database_url: str, items: int, tokens: dict[str, int]) -> list[int]:
    """Create the tables, `items` rows and the tokens ({raw: user id}); return the item ids."""
    os.environ["DATABASE_URL"] = database_url
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url
    db.init_app(app)
    with app.app_context():
        db.create_all()
        db.session.add_all(Token(digest=digest(raw), user_id=uid) for raw, uid in tokens.items())
        db.session.add_all(Item(status="Unreviewed") for _ in range(items))
        db.session.commit()
        ids = list(db.session.scalars(select(Item.id).order_by(Item.id)))
        db.engine.dispose()
    return ids
