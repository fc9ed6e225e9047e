"""Imports through the API: an article from a web address or uploaded files, and the job."""

from flask import current_app, request, url_for

from webapp.api import bp
from webapp.api.auth import api_user, requires
from webapp.api.presenters import article_json, claim_json
from webapp.extensions import db
from webapp.jobs import jobs
from webapp.models import ImportBatch
from webapp.services import articles as article_service
from webapp.services import imports as import_service
from webapp.services.errors import Invalid
from webapp.services.exports.records import Children, timestamp
from webapp.services.exports.selection import usernames
from webapp.services.imports import BatchProgress, ImportSettings
from webapp.views.imports import read_uploads


def job_json(progress: BatchProgress) -> dict:
    """An import job: its batch, counts and every item with its state and result."""
    batch = progress.batch
    return {
        "id": batch.id,
        "kind": batch.kind,
        "label": batch.label,
        "created_at": timestamp(batch.created_at),
        "total": progress.total,
        "finished": progress.finished,
        "done": progress.done,
        "failed": progress.failed,
        "duplicate": progress.duplicate,
        "complete": progress.complete,
        "items": [
            {
                "id": item.id,
                "source": item.source,
                "state": item.state,
                "reason": item.reason,
                "attempts": item.attempts,
                "article_id": item.article_id,
                "duplicate_of": item.duplicate_of_id,
            }
            for item in progress.items
        ],
    }


def import_from_url(url: str):
    """POST /articles with `url` and no `text`: fetch in the background; 201 with the article
    if it is already imported when the job returns (inline queue, fast worker), else 202."""
    batch = import_service.start_link(url, api_user())
    return _started(batch)


def import_from_files():
    """POST /articles as multipart/form-data with one or more `file` parts."""
    uploads = read_uploads("file")
    unknown = sorted(set(request.files) - {"file"})
    if unknown:
        raise Invalid(
            f"Send files in parts named “file”; not: {', '.join(unknown)}.", {"fields": unknown}
        )
    settings = ImportSettings.from_config(current_app.config)
    batch = import_service.start_files(uploads, api_user(), settings)
    return _started(batch)


def _started(batch: ImportBatch):
    batch_id, item_ids = batch.id, import_service.queued_item_ids(batch)
    db.session.commit()
    jobs().enqueue_items(item_ids)
    progress = import_service.batch_progress(batch_id)
    location = url_for("api.get_import", batch_id=batch_id)
    articles = [item.article for item in progress.items if item.article is not None]
    if progress.complete and progress.total == 1 and len(articles) == 1:
        article = articles[0]
        claims = article_service.article_claims(article)
        names = usernames()
        body = {
            "article": article_json(article, len(claims), 0, text=True),
            "claims": [claim_json(claim, Children.loaded(claim), names) for claim in claims],
            "job": job_json(progress),
        }
        return body, 201, {"Location": location}
    return {"job": job_json(progress)}, 202, {"Location": location}


@bp.get("/imports/<int:batch_id>")
@requires("read")
def get_import(batch_id: int):
    return job_json(import_service.batch_progress(batch_id))
