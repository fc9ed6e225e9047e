"""A pasted list of links in real Chromium: the batch page shows the progress bar and each
link's state change while a real worker imports them, without a reload.

Elsewhere in the tests jobs run inline (the request that queues them runs them), which would
show a finished batch at once. Here the live server's jobs go to huey's SQLite queue and a huey
consumer with two worker threads takes them, as `make run` does, so every state the page shows
is one the items really pass through."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import log_in
from tests.conftest import PASSWORD
from tests.importing.servers import LoopbackSite
from webapp.extensions import db
from webapp.services import users

SLOW_SECONDS = 5  # long enough for at least one refresh (every 2 s) to catch it in flight

# What each row's Status shows once the worker is done, in list order.
FINAL_STATES = ["imported", "imported", "failed", "failed", "imported", "already imported"]


@pytest.fixture(scope="module")
def site():
    running = LoopbackSite()
    yield running
    running.close()


@pytest.fixture
def live_config(site, tmp_path) -> dict:
    return {
        "JOBS_IMMEDIATE": False,
        "JOBS_FILE": str(tmp_path / "jobs.db"),
        "IMPORT_TEST_LOOPBACK_PORTS": (site.port,),
        "IMPORT_TIMEOUT_SECONDS": SLOW_SECONDS + 4,
        "IMPORT_ATTEMPTS": 1,
    }


@pytest.fixture
def worker(live_server):
    """A huey consumer in this process, two worker threads, polling the queue every 0.1 s."""
    huey = live_server.extensions["claimdesk.jobs"].huey
    consumer = huey.create_consumer(
        workers=2,
        worker_type="thread",
        periodic=False,
        initial_delay=0.05,
        backoff=1.0,
        max_delay=0.1,
        check_worker_health=False,
    )
    consumer._set_signal_handlers = lambda: None  # pytest keeps its own Ctrl-C handling
    consumer.start()
    yield consumer
    consumer.stop(graceful=True)


# Each time htmx swaps the progress in, note every row's state; a marker on `window` proves the
# page was never reloaded (a reload would drop it).
WATCH = """() => {
    window.importPageMarker = 'never reloaded';
    window.seenStates = [];
    const note = () => window.seenStates.push(Array.from(
        document.querySelectorAll('#import-progress .import-state'), (cell) => cell.textContent));
    note();
    document.body.addEventListener('htmx:afterSwap', note);
}"""


def test_a_pasted_list_shows_live_progress_until_done(page, live_server, worker, site):
    with live_server.app_context():
        users.create_user("ed", PASSWORD, "editor")
        db.session.commit()
    links = [
        site.url("/article/1"),
        site.url(f"/slow/{SLOW_SECONDS}/2"),
        site.url("/missing/3"),
        "not a link",
        site.url(f"/slow/{SLOW_SECONDS}/5"),
        site.url("/article/1"),
    ]

    log_in(page, "ed")
    page.goto("/imports/")
    page.get_by_label("Links, one a line").fill("\n".join(links))
    page.get_by_role("button", name="Import all").click()
    expect(page).to_have_url(re.compile(r"/imports/batches/\d+$"))
    page.evaluate(WATCH)

    progress = page.locator("#import-progress")
    bar = progress.get_by_role("progressbar", name="Import progress")
    rows = progress.locator("tbody tr")
    states = rows.locator(".import-state")
    expect(bar).to_be_visible()
    expect(rows).to_have_count(6)
    # Lines refused at once are final from the start; the slow links are still on their way.
    expect(rows.nth(3)).to_contain_text("Line 4:")
    expect(states.nth(3)).to_have_text("failed")
    expect(rows.nth(5)).to_contain_text("Listed twice: the same link as line 1.")
    assert states.nth(1).text_content() in ("waiting", "fetching", "extracting")
    assert states.nth(4).text_content() in ("waiting", "fetching", "extracting")
    assert "complete" not in progress.locator(".progress-label").text_content()
    assert int(bar.get_attribute("value")) < 6

    # The worker takes the slow link while the page refreshes itself: the user sees it in flight.
    expect(states.nth(1)).to_have_text("fetching", timeout=(SLOW_SECONDS + 2) * 1000)
    expect(progress.locator(".progress-label")).to_contain_text(
        "6 of 6 finished — complete: 3 imported, 1 already there, 2 failed.",
        timeout=(3 * SLOW_SECONDS + 10) * 1000,
    )
    expect(states).to_have_text(FINAL_STATES)
    assert bar.get_attribute("value") == "6" and bar.get_attribute("max") == "6"
    expect(rows.nth(0)).to_contain_text("Council report number 1")
    expect(rows.nth(1)).to_contain_text("Council report number 2")
    expect(rows.nth(2)).to_contain_text("The page was not found (HTTP 404).")

    assert page.evaluate("window.importPageMarker") == "never reloaded"
    seen = page.evaluate("window.seenStates")
    assert len(seen) >= 3, seen  # the first render and at least two live refreshes
    for row in (1, 4):  # each slow link: shown unfinished first, then imported
        shown = [snapshot[row] for snapshot in seen]
        assert shown[0] in ("waiting", "fetching", "extracting") and shown[-1] == "imported"
    assert any(snapshot[1] == "fetching" for snapshot in seen)
    assert seen[-1] == FINAL_STATES
    # A finished batch stops asking for updates.
    assert progress.get_attribute("hx-get") is None
