"""What many browser tests do the same way."""

import re

from playwright.sync_api import expect

from tests.conftest import PASSWORD


def log_in(page, name: str, password: str = PASSWORD) -> None:
    """Log in through the real form and wait for the article list."""
    page.goto("/login")
    page.get_by_label("Username or e-mail").fill(name)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/$"))
