"""Issue 12 (7): a paste over the size limit is refused before it is sent, with the limit named,
and the text stays in the box; the limit is stated before anyone pastes."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import log_in
from tests.conftest import PASSWORD
from webapp.extensions import db
from webapp.services import users

LIMIT = 2_000


@pytest.fixture
def live_config() -> dict:
    return {"MAX_ARTICLE_BYTES": LIMIT, "PASTE_IN_BACKGROUND_BYTES": 1_000}


def test_an_oversized_paste_is_refused_in_place_and_the_text_is_kept(page, live_server):
    with live_server.app_context():
        users.create_user("ada", PASSWORD, "editor")
        db.session.commit()
    log_in(page, "ada")
    page.goto("/articles/new")
    hint = page.locator("#text-limit")
    expect(hint).to_contain_text(f"Up to {LIMIT:,} bytes")

    text = "Officials said unemployment fell to 3.9% in April — “a record”, they said. " * 40
    size = len(text.encode("utf-8"))
    assert size > LIMIT
    page.get_by_label("Title").fill("Too long")
    page.get_by_label("Article text").fill(text)
    expect(hint).to_contain_text(f"{size:,} bytes, over the limit of {LIMIT:,} bytes")
    page.get_by_role("button", name="Import and extract claims").click()
    expect(page).to_have_url(re.compile(r"/articles/new$"))
    expect(page.get_by_label("Article text")).to_have_value(text)
    expect(page.get_by_label("Article text")).to_be_focused()
    expect(hint).to_contain_text("nothing was sent")

    shorter = text[:1500]
    page.get_by_label("Article text").fill(shorter)
    expect(hint).to_contain_text(f"{len(shorter.encode('utf-8')):,} of {LIMIT:,} bytes")
    page.get_by_role("button", name="Import and extract claims").click()
    # Over PASTE_IN_BACKGROUND_BYTES: imported by a job, whose page shows it and links the article.
    expect(page).to_have_url(re.compile(r"/imports/batches/\d+$"))
    expect(page.get_by_text("is being imported in the background")).to_be_visible()
    page.screenshot(path="test-results/paste-in-background.png", caret="initial")
    page.get_by_role("link", name="Too long").first.click()
    expect(page).to_have_url(re.compile(r"/articles/\d+$"))
    expect(page.locator("#article-text .claim-mark").first).to_be_visible()
