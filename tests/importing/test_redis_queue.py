"""Team mode: with REDIS_URL set, import jobs go through Redis, where a worker on any machine
takes them. Here the "worker" is this process taking the queued task from Redis."""

import uuid

import pytest

from tests.conftest import TEST_REDIS_URL, require_redis
from tests.importing.test_import_jobs import _settings
from webapp.extensions import db
from webapp.jobs import jobs
from webapp.services import imports as import_service

REDIS_URL = TEST_REDIS_URL


@pytest.fixture
def redis_app(make_app, site):
    require_redis(REDIS_URL)
    app = make_app(
        REDIS_URL=REDIS_URL,
        JOBS_IMMEDIATE=False,
        IMPORT_TEST_LOOPBACK_PORTS=(site.port,),
        IMPORT_RETRY_DELAY_SECONDS=0,
    )
    with app.app_context():
        queue = jobs().huey
        queue.name = f"claimdesk-test-{uuid.uuid4().hex}"  # a queue of this test's own
        queue.storage = type(queue.storage)(queue.name, url=REDIS_URL)
        yield app
        queue.storage.flush_all()


def test_an_import_waits_in_redis_until_a_worker_takes_it(redis_app, site):
    batch = import_service.start_list(site.url("/article/3"), None, _settings(redis_app))
    batch_id, item_ids = batch.id, import_service.queued_item_ids(batch)
    db.session.commit()
    jobs().enqueue_items(item_ids)
    queue = jobs().huey
    assert queue.pending_count() == 1
    assert import_service.batch_progress(batch_id).items[0].state == "queued"

    task = queue.dequeue()  # what `flask --app webapp worker` does on any machine
    queue.execute(task)
    db.session.rollback()
    progress = import_service.batch_progress(batch_id)
    assert progress.items[0].state == "done"
    assert progress.items[0].article.title == "Council report number 3"
    # Its claims are matched to earlier checks by a job of their own, on the same queue.
    follow_up = queue.dequeue()
    assert follow_up.name == "match_claims"
    queue.execute(follow_up)
    assert queue.pending_count() == 0
