"""API fixtures: accounts with personal tokens, and a client that sends them."""

import pytest


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
