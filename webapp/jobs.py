"""Background jobs on huey: SQLite storage in the instance folder on one machine, Redis when
REDIS_URL is set (then `flask --app webapp worker` can run on as many machines as wanted).

Each import item is one job; between its steps the job commits, so the batch page shows
queued → fetching → extracting → done/failed as it happens. Temporary failures are retried
with a doubling delay; any failure is recorded on its item and never stops the others.
"""

import logging
import threading
from collections.abc import Callable, Iterable

from flask import Flask, current_app
from sqlalchemy.exc import IntegrityError

from webapp.database import reads_only, write_intent
from webapp.extensions import db
from webapp.models import Feed
from webapp.services import imports as import_service
from webapp.services import search_index
from webapp.services.articles import prepare_text
from webapp.services.imports import ImportFailure, ImportSettings

log = logging.getLogger(__name__)


class Jobs:
    """The app's queue and its tasks, built on first use: huey (with Redis's client) loads when
    a job is queued or a worker starts, not for every page, command or `flask --help`."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self._lock = threading.Lock()
        self._queue: tuple | None = None  # (huey, import_item, poll_feed, match_claims)

    @property
    def huey(self):
        return self._built()[0]

    def _built(self) -> tuple:
        if self._queue is None:
            with self._lock:  # two requests queueing at once must share one queue
                if self._queue is None:
                    self._queue = _build_queue(self.app)
        return self._queue

    def enqueue_items(self, item_ids: Iterable[int]) -> None:
        import_item = self._built()[1]
        for item_id in item_ids:
            import_item(item_id)

    def enqueue_feed_poll(self, feed_id: int) -> None:
        self._built()[2](feed_id)

    def enqueue_matching(self, claim_ids: list[int]) -> None:
        self._built()[3](list(claim_ids))


def jobs() -> Jobs:
    return current_app.extensions["claimdesk.jobs"]


def init_app(app: Flask) -> None:
    app.extensions["claimdesk.jobs"] = Jobs(app)


def _build_queue(app: Flask) -> tuple:
    """The huey queue for the app's settings, with its tasks: in memory and run at once under
    JOBS_IMMEDIATE, Redis when REDIS_URL is set, else SQLite in the instance folder."""
    from huey import MemoryHuey, RedisHuey, SqliteHuey, crontab

    immediate = bool(app.config["JOBS_IMMEDIATE"])
    if immediate:
        huey = MemoryHuey("claimdesk", immediate=True, results=False)
    elif app.config.get("REDIS_URL"):
        huey = RedisHuey("claimdesk", url=app.config["REDIS_URL"], results=False)
    else:
        huey = SqliteHuey("claimdesk", filename=app.config["JOBS_FILE"], results=False)

    @huey.task(name="import_item")
    def import_item(item_id: int) -> None:
        with app.app_context():
            run_import_item(item_id, _settings(app), _retry)

    def _retry(item_id: int, delay: float) -> None:
        if delay <= 0:
            import_item(item_id)
        else:
            import_item.schedule((item_id,), delay=delay)

    @huey.task(name="poll_feed")
    def poll_feed(feed_id: int) -> None:
        with app.app_context():
            item_ids = run_feed_poll(feed_id, _settings(app))
        for item_id in item_ids:
            import_item(item_id)

    @huey.periodic_task(crontab(minute="*"), name="poll_due_feeds")
    def poll_due_feeds() -> None:
        with app.app_context():
            feed_ids = import_service.due_feed_ids(app.config["IMPORT_FEED_POLL_MINUTES"])
            db.session.rollback()
        for feed_id in feed_ids:
            poll_feed(feed_id)

    @huey.task(name="match_claims")
    def match_claims(claim_ids: list[int]) -> None:
        with app.app_context(), reads_only():
            run_matching(claim_ids)

    return huey, import_item, poll_feed, match_claims


MATCH_BATCH = 50


def run_matching(claim_ids: list[int]) -> None:
    """Match a long article's claims batch by batch: each batch is computed by reading only,
    then stored in a short write transaction, so imports and saves of others are never kept
    waiting for the scoring (SQLite has one writer at a time). A failed batch is logged and
    does not stop the others."""
    from webapp.services import matching

    for start in range(0, len(claim_ids), MATCH_BATCH):
        part = claim_ids[start : start + MATCH_BATCH]
        try:
            found = matching.compute_matches(part)
            db.session.rollback()  # end the read transaction before taking the write lock
            with write_intent():
                matching.store_matches(part, found)
                db.session.commit()
        except Exception:  # noqa: BLE001 - one failed batch must not stop the rest
            db.session.rollback()
            log.exception("Matching claims in the background failed")
    db.session.remove()


def _settings(app: Flask) -> ImportSettings:
    return ImportSettings.from_config(app.config)


def run_import_item(
    item_id: int, settings: ImportSettings, retry: Callable[[int, float], None]
) -> None:
    """One attempt at one item, committing after each step."""
    with write_intent():
        order = import_service.claim_item(item_id)
        db.session.commit()
    if order is None:
        return
    try:
        raw = import_service.download(order, settings)
        with write_intent():
            import_service.mark_extracting(item_id)
            db.session.commit()
        document = import_service.read(raw, settings)
        # Extract now, and match in a job of its own: the write transaction below only stores.
        prepared = prepare_text(document.text)
        with write_intent():
            search_index.defer_matching()
            import_service.complete_item(item_id, raw, document, settings, prepared)
            db.session.commit()
    except ImportFailure as failure:
        _record_failure(item_id, failure, settings, retry)
    except Exception:
        log.exception("Import item %s failed unexpectedly", item_id)
        failure = ImportFailure("An unexpected error stopped this import; it was logged.")
        _record_failure(item_id, failure, settings, retry)


def _record_failure(item_id, failure, settings, retry) -> None:
    db.session.rollback()
    with write_intent():
        delay = import_service.fail_item(item_id, failure, settings)
        db.session.commit()
    if delay is not None:
        retry(item_id, delay)


def run_feed_poll(feed_id: int, settings: ImportSettings) -> list[int]:
    """Poll one feed; answer the ids of the items it queued."""
    with write_intent():
        feed = db.session.get(Feed, feed_id, with_for_update=True)
        if feed is None or not feed.active:
            db.session.rollback()
            return []
        try:
            poll = import_service.poll_feed(feed, settings)
            item_ids = import_service.queued_item_ids(poll.batch) if poll.batch else []
            db.session.commit()
        except ImportFailure:
            db.session.commit()  # keeps the feed's last_error and poll time
            return []
        except IntegrityError:
            # Another worker polled the same feed at the same moment and took these entries.
            db.session.rollback()
            return []
    return item_ids
