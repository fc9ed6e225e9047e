"""Batches of links, files and feeds imported as background jobs (run inline in tests)."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tests.importing.documents import blank_pdf
from tests.importing.servers import article_html
from webapp.extensions import db
from webapp.jobs import jobs
from webapp.models import Article, Feed, FeedEntry, ImportBatch, ImportItem
from webapp.services import imports as import_service
from webapp.services.articles import import_article
from webapp.services.imports import ImportSettings


def _settings(app):
    return ImportSettings.from_config(app.config)


def _run_list(app, text):
    batch = import_service.start_list(text, None, _settings(app))
    batch_id, item_ids = batch.id, import_service.queued_item_ids(batch)
    db.session.commit()
    jobs().enqueue_items(item_ids)
    db.session.rollback()
    return import_service.batch_progress(batch_id)


def test_a_list_imports_each_link_with_metadata_and_a_snapshot(import_app, site):
    progress = _run_list(import_app, f"{site.url('/article/1')}\n{site.url('/article/2')}\n")
    assert [item.state for item in progress.items] == ["done", "done"]
    article = progress.items[0].article
    assert article.title == "Council report number 1"
    assert article.author == "Ana Reporter"
    assert article.outlet == "Loopback Gazette"
    assert article.url == site.url("/article/1")
    assert "\n\n" in article.text and "Home" not in article.text
    assert article.claims
    snapshot = progress.items[0].snapshot
    assert snapshot.final_url == site.url("/article/1") and len(snapshot.raw_sha256) == 64
    assert snapshot.http_date


def test_500_links_of_which_100_fail_each_get_their_own_result(import_app, site):
    links = [
        site.url(f"/missing/{n}") if n % 5 == 0 else site.url(f"/brief/{n}") for n in range(500)
    ]
    progress = _run_list(import_app, "\n".join(links))
    assert progress.complete and progress.total == 500
    assert progress.done == 400 and progress.failed == 100
    failed = [item for item in progress.items if item.state == "failed"]
    assert {item.reason for item in failed} == {"The page was not found (HTTP 404)."}
    assert all(item.article_id is None for item in failed)
    assert db.session.scalar(select(func.count(Article.id))) == 400


def test_temporary_failures_are_retried_and_then_given_up(import_app, site):
    progress = _run_list(import_app, f"{site.url('/flaky/retry-a/2')}\n{site.url('/error')}")
    recovered, broken = progress.items
    assert recovered.state == "done" and recovered.attempts == 3
    assert broken.state == "failed" and broken.attempts == 3
    assert broken.reason == "The site answered with an error (HTTP 500)."


def test_retry_waits_longer_each_time(import_app):
    settings = _settings(import_app)
    delays = []
    for attempt in (1, 2):
        delays.append(settings.retry_delay * 2 ** (attempt - 1))
    # with the production default of 30 s: 30 s, then 60 s
    production = ImportSettings.from_config({**import_app.config, "IMPORT_RETRY_DELAY_SECONDS": 30})
    batch = import_service.start_list("http://example.com/a", None, production)
    item = batch.items[0]
    failure = import_service.ImportFailure("busy", temporary=True)
    item.attempts = 1
    assert import_service.fail_item(item.id, failure, production) == 30
    item.attempts = 2
    assert import_service.fail_item(item.id, failure, production) == 60
    item.attempts = 3
    assert import_service.fail_item(item.id, failure, production) is None
    assert item.state == "failed" and item.reason == "busy"
    db.session.rollback()


def test_an_unexpected_error_fails_that_item_only(import_app, site, monkeypatch):
    real_read = import_service.read

    def read(raw, settings):
        if raw.final_url and raw.final_url.endswith("/article/66"):
            raise RuntimeError("bug")
        return real_read(raw, settings)

    monkeypatch.setattr(import_service, "read", read)
    progress = _run_list(import_app, f"{site.url('/article/66')}\n{site.url('/article/67')}")
    assert [item.state for item in progress.items] == ["failed", "done"]
    assert progress.items[0].reason == "An unexpected error stopped this import; it was logged."


def test_duplicates_within_a_list_and_against_earlier_imports(import_app, site):
    first = _run_list(import_app, site.url("/article/5"))
    article_id = first.items[0].article_id
    links = [
        site.url("/article/5?utm_source=mail"),  # same canonical URL
        site.url("/article/6"),
        site.url("/article/6/"),  # the same link again in the list
        "ftp://example.com/x",
    ]
    progress = _run_list(import_app, "\n".join(links))
    states = [(item.state, item.reason) for item in progress.items]
    assert states[0] == (
        "duplicate",
        f"Already imported as “Council report number 5” (article {article_id}).",
    )
    assert states[1][0] == "done"
    assert states[2] == ("duplicate", "Listed twice: the same link as line 2.")
    assert states[3][0] == "failed" and states[3][1].startswith("Line 4:")
    assert progress.items[0].duplicate_of_id == article_id


def test_same_text_from_a_file_is_recognised(import_app):
    text = "The deficit fell to $1.2 trillion in 2023, the Treasury said on Friday."
    pasted = import_article(title="Deficit", text=text, max_bytes=10_000, created_by=None)
    batch = import_service.start_files(
        [("deficit.txt", f"  {text}\n".encode())], None, _settings(import_app)
    )
    item_ids = import_service.queued_item_ids(batch)
    db.session.commit()
    jobs().enqueue_items(item_ids)
    db.session.rollback()
    item = db.session.get(ImportItem, item_ids[0])
    assert item.state == "duplicate" and item.duplicate_of_id == pasted.id


def test_wrong_declared_charset_and_invalid_utf8_pages_import_readably(import_app, site):
    body = article_html(31, title="Café prices").encode()
    wrong = site.route("/wrong-charset", body, Content_Type="text/html; charset=iso-8859-1")
    broken = article_html(32, title="Broken bytes").encode().replace(b"Ana", b"An\xff")
    invalid = site.route("/invalid-utf8", broken, Content_Type="text/html; charset=utf-8")
    progress = _run_list(import_app, f"{wrong}\n{invalid}")
    assert [item.state for item in progress.items] == ["done", "done"]
    assert progress.items[0].article.title == "Café prices"
    assert "Ã" not in progress.items[0].article.text


@pytest.mark.parametrize(
    ("path", "body", "content_type", "reason"),
    [
        ("/empty", b"", "text/html", "It is empty: there is no text to import."),
        (
            "/nav-only",
            b"<html><body><nav>Home</nav></body></html>",
            "text/html",
            "No article text was found on the page (it may need JavaScript).",
        ),
        (
            "/data.json",
            b"{}",
            "application/json",
            "The address returned application/json, which Claimdesk cannot read as an article.",
        ),
        (
            "/scan.pdf",
            None,
            "application/pdf",
            "The PDF has no text layer (it looks like a scanned image). "
            "Run it through OCR first, or paste its text.",
        ),
    ],
)
def test_pages_without_an_article_fail_with_the_reason(
    import_app, site, path, body, content_type, reason
):
    url = site.route(path, blank_pdf() if body is None else body, Content_Type=content_type)
    progress = _run_list(import_app, url)
    assert progress.items[0].state == "failed" and progress.items[0].reason == reason
    assert db.session.scalar(select(func.count(Article.id))) == 0


def test_a_feed_with_10000_items_takes_the_newest_and_only_new_ones_later(import_app, site):
    import_app.config["IMPORT_FEED_MAX_ITEMS"] = 5
    feed = import_service.add_feed(
        site.url("/feed?count=10000&base=missing"), None, _settings(import_app)
    )
    feed_id = feed.id
    db.session.commit()
    jobs().enqueue_feed_poll(feed_id)
    db.session.rollback()
    feed = db.session.get(Feed, feed_id)
    assert feed.title == "Loopback feed" and feed.last_error is None
    assert db.session.scalar(select(func.count(FeedEntry.id))) == 10000
    batch = db.session.scalars(select(ImportBatch)).one()
    assert len(batch.items) == 5
    assert "the 9,995 older entries were skipped" in batch.label
    assert {item.state for item in batch.items} == {"failed"}  # they link to 404 pages
    jobs().enqueue_feed_poll(feed_id)
    db.session.rollback()
    assert db.session.scalar(select(func.count(ImportBatch.id))) == 1  # nothing new


def test_a_feed_address_that_is_not_a_feed_records_the_error(import_app, site):
    feed = import_service.add_feed(site.url("/article/3"), None, _settings(import_app))
    feed_id = feed.id
    db.session.commit()
    jobs().enqueue_feed_poll(feed_id)
    db.session.rollback()
    feed = db.session.get(Feed, feed_id)
    assert feed.last_error == "The address is not a readable RSS or Atom feed."
    assert feed.last_polled_at is not None


def test_a_stopped_worker_leaves_nothing_behind(import_app, site):
    batch = import_service.start_list(site.url("/article/88"), None, _settings(import_app))
    batch.items[0].state = "fetching"
    batch.items[0].updated_at = batch.items[0].updated_at.replace(year=2020)
    db.session.commit()
    assert import_service.requeue_waiting(timedelta(minutes=10)) == [batch.items[0].id]
    assert batch.items[0].state == "queued"
    db.session.rollback()


def test_feeds_are_due_for_a_poll_on_schedule(import_app, site):
    from webapp.models.base import utcnow

    stale = import_service.add_feed(site.url("/feed?count=1"), None, _settings(import_app))
    fresh = import_service.add_feed(site.url("/feed?count=2"), None, _settings(import_app))
    paused = import_service.add_feed(site.url("/feed?count=3"), None, _settings(import_app))
    never = import_service.add_feed(site.url("/feed?count=4"), None, _settings(import_app))
    stale.last_polled_at = utcnow() - timedelta(minutes=31)
    fresh.last_polled_at = utcnow() - timedelta(minutes=5)
    import_service.set_feed_active(paused, False)
    assert set(import_service.due_feed_ids(30)) == {stale.id, never.id}
    db.session.rollback()


def test_a_background_import_extracts_and_matches_outside_the_write_lock(
    import_app, site, monkeypatch
):
    """Issue 14: while a list imports, colleagues' saves wait for SQLite's one write lock; the
    import job holds it only to store: claims are extracted before it is taken, and matched to
    earlier checks by a job of their own afterwards (which computes by reading)."""
    from webapp import database, extraction
    from webapp.services import matching

    under_lock = []
    real_extract = extraction.extract_claims
    real_compute = matching.compute_matches

    def extract(text):
        under_lock.append(("extract", database._write_intent.get()))
        return real_extract(text)

    def compute(claim_ids):
        under_lock.append(("match", database._write_intent.get()))
        return real_compute(claim_ids)

    monkeypatch.setattr(extraction, "extract_claims", extract)
    monkeypatch.setattr(matching, "compute_matches", compute)
    progress = _run_list(import_app, f"{site.url('/article/1')}\n{site.url('/article/2')}")
    assert [item.state for item in progress.items] == ["done", "done"]
    assert ("extract", False) in under_lock and ("match", False) in under_lock
    assert all(held is False for _step, held in under_lock), under_lock
