"""Browser fixtures: the app served on a free loopback port, and Debian's Chromium driven by
Playwright, launched once per test run. Without Chromium or Playwright these tests skip with a
reason, unless CLAIMDESK_REQUIRE_BROWSER=1 (as in CI) turns the skip into a failure."""

import os
import shutil
import threading
import time

import pytest
from werkzeug.serving import make_server

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    """Under pytest-xdist (`--dist loadgroup`) every browser test runs on the same worker, so one
    Chromium serves the whole run."""
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here + os.sep):
            item.add_marker(pytest.mark.xdist_group("browser"))


def _unavailable(reason: str):
    if os.environ.get("CLAIMDESK_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests are required here but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium")
    if executable is None:
        _unavailable("Chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def live_config() -> dict:
    """Config overrides for the live server's app; a test module may override this fixture."""
    return {}


@pytest.fixture
def live_server(make_app, live_config):
    """Serve a fresh app in a background thread; yields its base URL."""
    app = make_app(**live_config)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    app.live_url = f"http://127.0.0.1:{server.server_port}"
    yield app
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
    _wait_for_requests_in_flight()


def _wait_for_requests_in_flight(timeout: float = 10.0) -> None:
    """Let requests still being served (a live-update poll, say) end and hand their database
    connection back before the app's engine is disposed; otherwise a connection is left to the
    garbage collector, which PostgreSQL's driver reports as an unclosed resource."""
    deadline = time.monotonic() + timeout
    for worker in threading.enumerate():
        if worker is not threading.current_thread() and "process_request_thread" in repr(
            getattr(worker, "_target", None)
        ):
            worker.join(max(0.0, deadline - time.monotonic()))


@pytest.fixture
def refusals_expected() -> set[int]:
    """HTTP statuses a test provokes on purpose (a refused form answers 400, a conflict 409):
    Chromium logs each such htmx answer as a console error, which `page` otherwise fails on."""
    return set()


@pytest.fixture
def page(browser, live_server, request):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, base_url=live_server.live_url
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda message: errors.append(message.text) if message.type == "error" else None,
    )
    yield page
    context.close()
    expected = request.node.funcargs.get("refusals_expected") or set()
    errors = [
        error for error in errors if not any(f"status of {status} " in error for status in expected)
    ]
    assert errors == [], f"the page reported errors: {errors}"
