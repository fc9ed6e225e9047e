"""With Redis (team mode), a page with an article open hears a colleague's save as a server-sent
event and shows it at once, instead of at its next poll; Chromium, two reviewers."""

import time

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import log_in, rita_and_ed_on_a_jobs_article, set_status_seen_by
from tests.conftest import require_redis
from webapp.services import presence

STREAM_LIMIT = 8


@pytest.fixture
def live_config(monkeypatch):
    # Idle streams write every second here, so the server notices closed pages quickly.
    monkeypatch.setattr(presence, "LIVE_KEEPALIVE_S", 1)
    return {**require_redis(), "LIVE_STREAMS_PER_PROCESS": STREAM_LIMIT}


def _streams_open(app) -> int:
    return STREAM_LIMIT - app.extensions["claimdesk.live-slots"]._value


def test_a_colleagues_save_shows_at_once_on_a_page_with_the_article_open(
    browser, page, live_server
):
    claim_id = rita_and_ed_on_a_jobs_article(live_server)

    other_context = browser.new_context(base_url=live_server.live_url)
    editor = other_context.new_page()
    log_in(editor, "ed")
    editor.goto(f"/claims/{claim_id}")
    log_in(page, "rita")
    page.goto(f"/claims/{claim_id}")
    deadline = time.monotonic() + 10
    while _streams_open(live_server) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _streams_open(live_server) == 2  # each page listens to the article's stream
    expect(editor.locator(f"#live-viewers-{claim_id}")).to_have_text("Also viewing: rita")

    # With a stream open the page polls only every 10 s: within 2.5 s, this comes from the stream.
    set_status_seen_by(page, editor, claim_id, timeout=2500)
    expect(editor.locator(f"#live-stale-{claim_id}")).to_contain_text("rita changed")
    other_context.close()
