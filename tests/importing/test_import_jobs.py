"""Batches of links, files and feeds imported as background jobs (run inline in tests)."""

from webapp.extensions import db
from webapp.jobs import jobs
from webapp.services import imports as import_service
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
