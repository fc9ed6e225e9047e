"""Feeds through the API: follow, list, check now, pause and resume — what the import page
offers, through the same services."""

from flask import current_app, url_for

from webapp.api import bp
from webapp.api.auth import api_user, requires
from webapp.api.body import json_body, text_field
from webapp.extensions import db
from webapp.jobs import jobs
from webapp.services import imports as import_service
from webapp.services.exports.records import timestamp
from webapp.services.imports import FeedSummary, ImportSettings


def feed_json(summary: FeedSummary) -> dict:
    """A feed with its last poll's time and error, and the articles its polls imported."""
    feed = summary.feed
    return {
        "id": feed.id,
        "url": feed.url,
        "title": feed.title,
        "active": feed.active,
        "created_at": timestamp(feed.created_at),
        "last_polled_at": timestamp(feed.last_polled_at),
        "last_error": feed.last_error,
        "imported": summary.imported,
        "last_import_id": summary.last_batch_id,
    }


def _feed_answer(feed_id: int) -> dict:
    """The feed as it stands after the work just done (a fresh read: a poll commits apart)."""
    db.session.rollback()
    return feed_json(import_service.feed_summaries(feed_id)[0])


@bp.get("/feeds")
@requires("article.import")
def list_feeds():
    return {"items": [feed_json(summary) for summary in import_service.feed_summaries()]}


@bp.post("/feeds")
@requires("article.import")
def create_feed():
    """Follow a feed; its first poll is queued at once (the browser's "Follow feed")."""
    data = json_body(("url",), required=("url",))
    settings = ImportSettings.from_config(current_app.config)
    feed = import_service.add_feed(text_field(data, "url", nullable=False), api_user(), settings)
    feed_id = feed.id
    db.session.commit()
    jobs().enqueue_feed_poll(feed_id)
    location = url_for("api.get_feed", feed_id=feed_id)
    return _feed_answer(feed_id), 201, {"Location": location}


@bp.get("/feeds/<int:feed_id>")
@requires("article.import")
def get_feed(feed_id: int):
    return _feed_answer(feed_id)


@bp.post("/feeds/<int:feed_id>/poll")
@requires("article.import")
def poll_feed(feed_id: int):
    """Check the feed for new entries now; 202, as the poll runs on the job queue."""
    import_service.check_pollable(import_service.get_feed(feed_id))
    db.session.rollback()
    jobs().enqueue_feed_poll(feed_id)
    return _feed_answer(feed_id), 202


@bp.post("/feeds/<int:feed_id>/pause")
@requires("article.import")
def pause_feed(feed_id: int):
    import_service.set_feed_active(import_service.get_feed(feed_id), False)
    db.session.commit()
    return _feed_answer(feed_id)


@bp.post("/feeds/<int:feed_id>/resume")
@requires("article.import")
def resume_feed(feed_id: int):
    import_service.set_feed_active(import_service.get_feed(feed_id), True)
    db.session.commit()
    return _feed_answer(feed_id)
