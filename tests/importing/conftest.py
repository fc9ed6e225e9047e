"""Fixtures for imports: a loopback site and an app allowed to fetch from it (and only it)."""

import pytest

from tests.importing.servers import LoopbackSite


@pytest.fixture(scope="session")
def site():
    running = LoopbackSite()
    yield running
    running.close()


@pytest.fixture
def import_app(make_app, site):
    """An app whose fetcher may reach the loopback site; jobs run inline, retries at once."""
    app = make_app(
        IMPORT_TEST_LOOPBACK_PORTS=(site.port,),
        IMPORT_RETRY_DELAY_SECONDS=0,
        IMPORT_TIMEOUT_SECONDS=3,
    )
    with app.app_context():
        yield app


@pytest.fixture
def editor_client(import_app):
    """A client on the import app, logged in as an editor."""
    from tests.conftest import Auth
    from webapp.extensions import db
    from webapp.services import users as user_service

    user_service.create_user("editor1", "correct horse battery", "editor", None)
    db.session.commit()
    client = import_app.test_client()
    Auth(client).login("editor1")
    return client


@pytest.fixture
def api_headers(import_app):
    """The Authorization header of an editor's API token on the import app."""
    from webapp.extensions import db
    from webapp.services import users as user_service
    from webapp.services.tokens import create_token

    user = user_service.create_user("apieditor", "correct horse battery", "editor", None)
    _token, raw = create_token(user, "tests")
    db.session.commit()
    return {"Authorization": f"Bearer {raw}"}
