"""Fixtures: a fresh migrated database per test (SQLite file, or PostgreSQL schema), an app,
clients, and factories for users, articles and claims."""

import os
import shutil
import uuid

import pytest
import sqlalchemy as sa
from flask import has_app_context
from flask.testing import FlaskClient

from webapp import create_app
from webapp.database import upgrade
from webapp.extensions import db
from webapp.services import users as user_service
from webapp.services.articles import import_article
from webapp.services.statuses import ensure_default_statuses
from webapp.services.tokens import create_token

PASSWORD = "correct horse battery"
POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")


def pytest_configure(config):
    if os.environ.get("CLAIMDESK_REQUIRE_POSTGRES") == "1" and not POSTGRES_URL:
        raise pytest.UsageError(
            "CLAIMDESK_REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: "
            "the PostgreSQL run would silently test SQLite"
        )


# Tests of team mode's Redis use their own database number and key prefix on this server.
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def require_redis(url: str = TEST_REDIS_URL) -> dict:
    """Settings for an app that keeps its shared state in Redis under a key prefix of its own;
    skips the test when no Redis answers, or fails it when CLAIMDESK_REQUIRE_REDIS=1 (CI)."""
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CLAIMDESK_REQUIRE_REDIS") == "1":
            pytest.fail(f"CLAIMDESK_REQUIRE_REDIS=1 but no Redis answers at {url}")
        pytest.skip(f"no Redis at {url}")
    return {"REDIS_URL": url, "REDIS_KEY_PREFIX": f"claimdesk-test:{uuid.uuid4().hex}:"}


def _base_config(database_uri: str, engine_options: dict | None = None) -> dict:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret-key-not-for-production",
        "SQLALCHEMY_DATABASE_URI": database_uri,
        "SQLALCHEMY_ENGINE_OPTIONS": engine_options or {},
        "WTF_CSRF_ENABLED": False,
        "SEEDS_DIR": os.path.join(os.path.dirname(os.path.dirname(__file__)), "seeds"),
        # argon2-cffi's profile made for tests: a login costs microseconds, not 300 ms.
        "PASSWORD_HASH_PROFILE": "CHEAPEST",
        # Match claims inside the import's commit, so no background job races a test.
        "MATCH_INLINE_CLAIMS": 100_000,
    }


class IsolatedRequestClient(FlaskClient):
    """Runs each request in its own app context, as a server does, so that `g`, the logged-in
    user and the database session never leak from the test (or another client) into it.
    Afterwards the test's own session is rolled back, so it reads what the request committed."""

    def open(self, *args, **kwargs):
        kwargs.setdefault("buffered", True)
        with self.application.app_context():
            response = super().open(*args, **kwargs)
        if has_app_context():
            db.session.rollback()
        return response


@pytest.fixture(scope="session")
def database_template(tmp_path_factory):
    """Migrate once per run; each test then starts from a copy (SQLite) or emptied tables."""
    if POSTGRES_URL:
        schema = f"claimdesk_test_{uuid.uuid4().hex[:12]}"
        admin_engine = sa.create_engine(POSTGRES_URL)
        with admin_engine.begin() as connection:
            connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        options = {"connect_args": {"options": f"-csearch_path={schema}"}}
        app = create_app(_base_config(POSTGRES_URL, options))
        with app.app_context():
            upgrade()
            db.engine.dispose()
        yield {"kind": "postgresql", "schema": schema, "options": options}
        with admin_engine.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin_engine.dispose()
    else:
        path = tmp_path_factory.mktemp("template") / "template.db"
        app = create_app(_base_config(f"sqlite:///{path}"))
        with app.app_context():
            upgrade()
            with db.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            db.engine.dispose()
        yield {"kind": "sqlite", "path": str(path)}


@pytest.fixture
def database_uri(database_template, tmp_path):
    """A clean, migrated database for one test; returns (uri, engine options)."""
    if database_template["kind"] == "sqlite":
        target = tmp_path / "claimdesk.db"
        shutil.copyfile(database_template["path"], target)
        yield f"sqlite:///{target}", {}
        return
    options = database_template["options"]
    engine = sa.create_engine(POSTGRES_URL, **options)
    with engine.begin() as connection:
        tables = [
            name for name in sa.inspect(connection).get_table_names() if name != "alembic_version"
        ]
        if tables:
            joined = ", ".join(f'"{name}"' for name in tables)
            connection.execute(sa.text(f"TRUNCATE {joined} RESTART IDENTITY CASCADE"))
    engine.dispose()
    yield POSTGRES_URL, options


@pytest.fixture
def make_app(database_uri, tmp_path):
    """Build an app on this test's database, with optional config overrides."""
    uri, options = database_uri
    created = []

    def build(**overrides):
        config = _base_config(uri, options)
        config.update(overrides)
        app = create_app(config)
        app.test_client_class = IsolatedRequestClient
        created.append(app)
        with app.app_context():
            ensure_default_statuses()
            db.session.commit()
        return app

    yield build
    for app in created:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def unmigrated_app(tmp_path):
    """An app on an empty SQLite file, for migration tests: `upgrade(revision=…)` builds the
    schema as it was at that revision."""
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "x",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'old.db'}",
        }
    )
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def app(make_app):
    app = make_app()
    with app.app_context():
        yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def make_user(app):
    def build(username="reviewer1", role="reviewer", password=PASSWORD, email=None):
        user = user_service.create_user(username, password, role, email)
        db.session.commit()
        return user

    return build


@pytest.fixture
def token_for(make_user):
    """Create an account with `role` and return the Authorization header of its API token."""

    def build(username: str, role: str) -> dict:
        user = make_user(username, role)
        _token, raw = create_token(user, "tests")
        db.session.commit()
        return {"Authorization": f"Bearer {raw}"}

    return build


@pytest.fixture
def make_article(app):
    def build(title="Test article", text=None, **fields):
        text = text or (
            "WASHINGTON (AP) — The unemployment rate fell to 3.9% in April, the Labor "
            "Department said on Friday.\n\n"
            "“We added 250,000 jobs last month,” Labor Secretary Jane Doe said."
        )
        article = import_article(
            title=title,
            text=text,
            max_bytes=app.config["MAX_ARTICLE_BYTES"],
            created_by=None,
            **fields,
        )
        db.session.commit()
        return article

    return build


class Auth:
    """Logs a test client in and out through the real login form."""

    def __init__(self, client):
        self.client = client

    def login(self, login="reviewer1", password=PASSWORD):
        return self.client.post("/login", data={"login": login, "password": password})

    def logout(self):
        return self.client.post("/logout")


@pytest.fixture
def auth(client):
    return Auth(client)


@pytest.fixture
def logged_in(client, auth, make_user):
    """A client logged in as an editor (who may import and review)."""
    user = make_user("editor1", "editor")
    auth.login("editor1")
    return user
