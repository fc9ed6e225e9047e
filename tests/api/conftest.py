"""API fixtures: accounts with personal tokens, and a client that sends them."""

import pytest

from webapp.extensions import db
from webapp.services.tokens import create_token


@pytest.fixture
def token_for(make_user):
    """Create an account with `role` and return its Authorization header."""

    def build(username: str, role: str) -> dict:
        user = make_user(username, role)
        _token, raw = create_token(user, "tests")
        db.session.commit()
        return {"Authorization": f"Bearer {raw}"}

    return build


@pytest.fixture
def viewer(token_for):
    return token_for("vera", "viewer")


@pytest.fixture
def reviewer(token_for):
    return token_for("rita", "reviewer")


@pytest.fixture
def editor(token_for):
    return token_for("eddie", "editor")


@pytest.fixture
def claim(make_article):
    return make_article().claims[0]
