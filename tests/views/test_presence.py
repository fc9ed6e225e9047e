"""Who else has a claim open, as the live poll reports it: the same behaviour whether presence is
kept in the database (the default) or in Redis (REDIS_URL), and with Redis a poll writes nothing
to the database."""

import json

import pytest
from sqlalchemy import event, select

from tests.conftest import PASSWORD, TEST_REDIS_URL, require_redis
from webapp.extensions import db
from webapp.models import Claim, Status
from webapp.services import presence
from webapp.services.articles import import_article

REDIS_URL = TEST_REDIS_URL


def _redis_settings() -> dict:
    """Settings for an app whose presence is in Redis, under a key prefix of its own."""
    return require_redis(REDIS_URL)


@pytest.fixture(params=["database", "redis"])
def settings(request):
    if request.param == "database":
        yield {}
        return
    settings = _redis_settings()
    yield settings
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(settings["REDIS_KEY_PREFIX"] + "*"))
    if keys:
        client.delete(*keys)


@pytest.fixture
def workers(make_app, settings):
    """Two worker processes of one deployment (two apps on the same database and store)."""
    first, second = make_app(**settings), make_app(**settings)
    with first.app_context():
        yield first, second


@pytest.fixture
def claims(workers, make_user, make_article):
    for name in ("Rita", "rob", "vera"):
        make_user(name, "reviewer")
    article = make_article()
    return article.claims[0], article.claims[1]


def _viewer(worker, username):
    client = worker.test_client()
    response = client.post("/login", data={"login": username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def _poll_data(client, claim):
    response = client.post(f"/live/articles/{claim.article_id}?claim={claim.id}")
    assert response.status_code == 200
    return response.get_json()


def _poll(client, claim):
    return _poll_data(client, claim)["viewers"]


def test_colleagues_with_the_claim_open_are_listed_across_workers(workers, claims):
    first_claim, _ = claims
    rob = _viewer(workers[0], "rob")
    rita = _viewer(workers[1], "Rita")
    vera = _viewer(workers[0], "vera")
    assert _poll(rob, first_claim) == []
    _poll(vera, first_claim)
    assert _poll(rita, first_claim) == ["rob", "vera"]  # by name, whatever the case
    assert _poll(rob, first_claim) == ["Rita", "vera"]  # never oneself


def test_a_viewer_of_another_claim_is_not_listed(workers, claims):
    first_claim, second_claim = claims
    rob = _viewer(workers[0], "rob")
    rita = _viewer(workers[1], "Rita")
    _poll(rita, second_claim)
    assert _poll(rob, first_claim) == []
    assert _poll(rita, second_claim) == []


def test_a_viewer_who_stopped_polling_drops_out_after_the_window(workers, claims, monkeypatch):
    first_claim, _ = claims
    rob = _viewer(workers[0], "rob")
    rita = _viewer(workers[1], "Rita")
    _poll(rita, first_claim)
    assert _poll(rob, first_claim) == ["Rita"]
    later = presence.utcnow() + presence.PRESENCE_WINDOW + presence.timedelta(seconds=1)
    monkeypatch.setattr(presence, "utcnow", lambda: later)
    assert _poll(rob, first_claim) == []
    assert _poll(rita, first_claim) == ["rob"]  # rob's poll a moment ago counts


def _statements_of_poll(worker, client, claim, after=None) -> list[str]:
    """The SQL statements the app runs while the client polls."""
    statements = []

    def record(_conn, _cursor, statement, *_args):
        statements.append(" ".join(statement.split()))

    with worker.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        query = f"claim={claim.id}" + ("" if after is None else f"&after={after}")
        response = client.post(f"/live/articles/{claim.article_id}?{query}")
        assert response.status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return statements


def test_a_poll_writes_to_the_database_only_without_redis(workers, claims, settings):
    first_claim, _ = claims
    rob = _viewer(workers[0], "rob")
    _poll(rob, first_claim)
    writes = [
        statement
        for statement in _statements_of_poll(workers[0], rob, first_claim)
        if statement.split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE")
    ]
    if settings:
        assert writes == []
    else:
        assert writes and all("claim_viewers" in statement for statement in writes)


def test_a_poll_reads_as_much_for_one_changed_claim_as_for_many(workers, make_user, make_article):
    """Many reviewers poll every few seconds: announcing more changes must not mean more
    statements (each changed claim loaded on its own)."""
    make_user("rob", "reviewer")
    make_user("rita", "reviewer")
    article = make_article(
        text=" ".join(
            f"The city built {100 + n} homes in {2000 + n}, the mayor said." for n in range(6)
        )
    )
    claims = article.claims
    assert len(claims) >= 4
    rob, rita = _viewer(workers[0], "rob"), _viewer(workers[1], "rita")
    cursor = _poll_data(rob, claims[0])["cursor"]
    status_id = db.session.scalar(select(Status.id).where(Status.name == "False"))

    def change(claim):
        db.session.expire_all()
        version = db.session.get(Claim, claim.id).version
        response = rita.post(
            f"/claims/{claim.id}/status", data={"status_id": status_id, "version": version}
        )
        assert response.status_code in (200, 302)

    change(claims[0])
    one = _statements_of_poll(workers[0], rob, claims[0], after=cursor)
    for claim in claims[1:4]:
        change(claim)
    many = _statements_of_poll(workers[0], rob, claims[0], after=cursor)
    assert len(many) == len(one)


def test_a_poll_brings_rows_for_at_most_so_many_changed_claims(
    workers, make_user, make_article, monkeypatch
):
    """A bulk change must not render thousands of rows for every open page: past
    LIVE_ROWS_MAX the changes come without their rows (the page updates their badges)."""
    monkeypatch.setattr(presence, "LIVE_ROWS_MAX", 2)
    make_user("rob", "reviewer")
    make_user("rita", "reviewer")
    article = make_article(
        text=" ".join(f"The city built {100 + n} homes in {2000 + n}." for n in range(4))
    )
    rob, rita = _viewer(workers[0], "rob"), _viewer(workers[1], "rita")
    cursor = _poll_data(rob, article.claims[0])["cursor"]
    for claim in article.claims[:3]:
        _save_status(rita, claim)
    changed = rob.post(f"/live/articles/{article.id}?after={cursor}").get_json()["changed"]
    assert [change["status"] for change in changed] == ["False"] * 3
    assert [change["row"] is not None for change in changed] == [True, True, False]


def _save_status(client, claim, name="False"):
    db.session.expire_all()
    version = db.session.get(Claim, claim.id).version
    status_id = db.session.scalar(select(Status.id).where(Status.name == name))
    response = client.post(
        f"/claims/{claim.id}/status", data={"status_id": status_id, "version": version}
    )
    assert response.status_code in (200, 302)


def _news(client, claim, after):
    response = client.post(f"/live/articles/{claim.article_id}?after={after}")
    assert response.status_code == 200
    data = response.get_json()
    return data["cursor"], [change["id"] for change in data["changed"]]


def test_a_colleagues_change_is_announced_once(workers, claims):
    first_claim, _ = claims
    rob, rita = _viewer(workers[0], "rob"), _viewer(workers[1], "Rita")
    cursor = _poll_data(rob, first_claim)["cursor"]
    assert _news(rob, first_claim, cursor) == (cursor, [])
    _save_status(rita, first_claim)
    cursor, changed = _news(rob, first_claim, cursor)
    assert changed == [first_claim.id]
    assert _news(rob, first_claim, cursor) == (cursor, [])


@pytest.mark.parametrize("settings", ["redis"], indirect=True)
def test_with_redis_a_poll_with_nothing_new_reads_no_history(workers, claims):
    first_claim, _ = claims
    rob, rita = _viewer(workers[0], "rob"), _viewer(workers[1], "Rita")
    _save_status(rita, first_claim)
    cursor = _poll_data(rob, first_claim)["cursor"]
    statements = _statements_of_poll(workers[0], rob, first_claim, after=cursor)
    assert not [statement for statement in statements if "claim_events" in statement]


@pytest.mark.parametrize("settings", ["redis"], indirect=True)
def test_a_change_is_announced_even_when_redis_lost_its_note(workers, claims, settings):
    """Redis may be restarted or the note expire: polls then read the history again."""
    import redis

    first_claim, _ = claims
    rob, rita = _viewer(workers[0], "rob"), _viewer(workers[1], "Rita")
    cursor = _poll_data(rob, first_claim)["cursor"]
    _save_status(rita, first_claim)
    client = redis.Redis.from_url(REDIS_URL)
    noted = list(client.scan_iter(settings["REDIS_KEY_PREFIX"] + "presence:article:*"))
    assert noted
    client.delete(*noted)
    assert _news(rob, first_claim, cursor)[1] == [first_claim.id]


@pytest.mark.parametrize("settings", ["redis"], indirect=True)
def test_with_redis_an_import_notes_its_newest_history_entry(workers, make_user):
    """An import writes its history rows at once, past the flush hook: it notes them all the
    same, so the first poll of the new article reads no history."""
    make_user("rob", "reviewer")
    with workers[0].app_context():
        article = import_article(
            title="Jobs",
            text="The unemployment rate fell to 3.9% in April, the Labor Department said.",
            max_bytes=10**6,
            created_by=None,
        )
        db.session.commit()
        claim_id, newest = article.claims[0].id, presence.latest_event_id(article.id)
    assert newest
    claim = db.session.get(Claim, claim_id)
    rob = _viewer(workers[0], "rob")
    statements = _statements_of_poll(workers[0], rob, claim, after=newest)
    assert not [statement for statement in statements if "claim_events" in statement]


# Live streams: with Redis, the page with an article open hears each committed change at once.

THREADED = {"wsgi.multithread": True}  # as gunicorn's gthread workers and `flask run` serve


def _event(chunk: bytes) -> tuple[str, object]:
    """A server-sent event's name and its data (JSON)."""
    kind, data = chunk.decode().removesuffix("\n\n").split("\n")
    return kind.removeprefix("event: "), json.loads(data.removeprefix("data: "))


def _stream(client, claim, threaded=True):
    return client.get(
        f"/live/articles/{claim.article_id}/events",
        buffered=False,
        environ_overrides=THREADED if threaded else {},
    )


@pytest.mark.parametrize("settings", ["redis"], indirect=True)
def test_a_colleagues_save_reaches_an_open_page_as_a_server_sent_event(workers, claims):
    first_claim, _ = claims
    rob, rita = _viewer(workers[0], "rob"), _viewer(workers[1], "Rita")
    cursor = _poll_data(rob, first_claim)["cursor"]
    response = _stream(rob, first_claim)
    try:
        assert response.status_code == 200
        assert response.mimetype == "text/event-stream"
        events = iter(response.response)
        assert next(events).startswith(b"retry: ")
        _save_status(rita, first_claim)  # committed by the other worker
        kind, data = _event(next(events))
        assert kind == "changes"
        # The event tells what changed, as a poll would: the page need not ask.
        (change,) = data["changes"]
        assert change["id"] == first_claim.id and change["status"] == "False"
        assert change["by"] == "Rita" and change["fields"][0] == "status"
        # With the claim's row in the list, rendered once at the save: the page swaps it in.
        assert f'id="claim-row-{first_claim.id}"' in change["row"]
        assert 'class="badge status-' in change["row"] and ">False</span>" in change["row"]
        newest = data["cursor"]
        assert newest > cursor
        polled = rob.post(f"/live/articles/{first_claim.article_id}?after={cursor}").get_json()
        assert polled["cursor"] == newest
        assert [{**change, "by_id": None} for change in polled["changed"]] == [
            {**data["changes"][0], "by_id": None}
        ]
    finally:
        response.close()


@pytest.mark.parametrize("settings", ["redis"], indirect=True)
def test_an_open_stream_hears_nothing_of_other_articles(workers, claims, make_article):
    first_claim, _ = claims
    other = make_article(title="Another article")
    rob, rita = _viewer(workers[0], "rob"), _viewer(workers[1], "Rita")
    response = _stream(rob, first_claim)
    try:
        events = iter(response.response)
        next(events)
        _save_status(rita, other.claims[0])
        _save_status(rita, first_claim)
        kind, data = _event(next(events))
        assert kind == "changes" and [change["id"] for change in data["changes"]] == [
            first_claim.id
        ]
        assert data["cursor"] == presence.latest_event_id(first_claim.article_id)
    finally:
        response.close()


def test_without_redis_or_threads_the_page_is_told_to_poll(workers, claims, settings):
    """No stream (204, which also tells the browser not to reconnect) without Redis, or on a
    server whose workers serve one request at a time: a stream would hold the worker."""
    first_claim, _ = claims
    rob = _viewer(workers[0], "rob")
    response = _stream(rob, first_claim, threaded=False)
    assert response.status_code == 204
    response = _stream(rob, first_claim)
    assert response.status_code == (200 if settings else 204)
    response.close()


@pytest.mark.parametrize("settings", ["redis"], indirect=True)
def test_streams_beyond_the_process_limit_are_refused_until_one_closes(workers, claims):
    first_claim, _ = claims
    workers[0].extensions["claimdesk.live-slots"] = presence.threading.BoundedSemaphore(1)
    rob, vera = _viewer(workers[0], "rob"), _viewer(workers[0], "vera")
    first = _stream(rob, first_claim)
    assert first.status_code == 200
    assert _stream(vera, first_claim).status_code == 204
    first.close()
    again = _stream(vera, first_claim)
    assert again.status_code == 200
    again.close()


def test_a_stream_of_an_unknown_article_is_not_found_and_needs_a_log_in(workers, claims):
    first_claim, _ = claims
    anonymous = workers[0].test_client()
    response = anonymous.get(f"/live/articles/{first_claim.article_id}/events")
    assert response.status_code in (302, 401)
    rob = _viewer(workers[0], "rob")
    assert rob.get("/live/articles/999999/events").status_code == 404


@pytest.mark.parametrize("settings", ["redis"], indirect=True)
def test_a_colleague_opening_a_claim_is_told_to_the_open_pages_once(workers, claims):
    first_claim, _ = claims
    rob, rita = _viewer(workers[0], "rob"), _viewer(workers[1], "Rita")
    assert _poll(rob, first_claim) == []
    response = _stream(rob, first_claim)
    try:
        events = iter(response.response)
        next(events)
        _poll(rita, first_claim)  # Rita opens the claim…
        assert next(events).decode() == f"event: viewers\ndata: {first_claim.id}\n\n"
        assert _poll(rob, first_claim) == ["Rita"]
        _poll(rita, first_claim)  # …and keeps it open: nothing new to tell
        _save_status(rita, first_claim)
        assert _event(next(events))[0] == "changes"
    finally:
        response.close()


@pytest.mark.parametrize("settings", ["redis"], indirect=True)
def test_saves_close_together_reach_a_page_as_one_event(workers, claims):
    """On a busy article each page gets a few events a second, not one per save."""
    first_claim, second_claim = claims
    rob, rita = _viewer(workers[0], "rob"), _viewer(workers[1], "Rita")
    response = _stream(rob, first_claim)
    try:
        events = iter(response.response)
        next(events)
        _save_status(rita, first_claim)
        _save_status(rita, second_claim, "Accurate")
        kind, data = _event(next(events))
        assert kind == "changes"
        assert {(c["id"], c["status"]) for c in data["changes"]} == {
            (first_claim.id, "False"),
            (second_claim.id, "Accurate"),
        }
        assert data["cursor"] == presence.latest_event_id(first_claim.article_id)
    finally:
        response.close()


@pytest.mark.parametrize("settings", ["redis"], indirect=True)
def test_streams_pass_the_gate_that_requests_wait_at(workers, claims):
    """Other requests are worked on a few at a time per process; a stream waits for changes, not
    for a turn, so it opens while every turn is taken."""
    import threading

    first_claim, _ = claims
    rob = _viewer(workers[0], "rob")
    gate = workers[0].wsgi_app
    while gate.slots.acquire(blocking=False):  # every turn taken
        pass
    answers = []
    url = f"/live/articles/{first_claim.article_id}?claim={first_claim.id}"
    poll = threading.Thread(target=lambda: answers.append(rob.post(url).get_json()["viewers"]))
    poll.start()
    poll.join(timeout=1)
    assert poll.is_alive()  # the poll waits its turn…
    response = _stream(rob, first_claim)  # …the stream does not
    assert response.status_code == 200
    response.close()
    gate.slots.release()
    poll.join(timeout=10)
    assert answers == [[]]


@pytest.mark.parametrize("settings", ["redis"], indirect=True)
def test_a_change_made_outside_a_request_prompts_the_open_pages_to_ask(workers, claims):
    """A command or a job changes a claim with no request (no addresses to give): the stream
    says that the history moved, and the page's poll finds the change."""
    from webapp.services import changes
    from webapp.services.users import find_user_by_name

    first_claim, _ = claims
    rob = _viewer(workers[0], "rob")
    cursor = _poll_data(rob, first_claim)["cursor"]
    response = _stream(rob, first_claim)
    try:
        events = iter(response.response)
        next(events)
        with workers[1].app_context():
            claim = db.session.get(Claim, first_claim.id)
            changes.apply(claim, find_user_by_name("vera"), changes.AddNote("From a command."))
            db.session.commit()
        kind, newest = _event(next(events))
        assert kind == "changed" and newest > cursor
        assert _news(rob, first_claim, cursor) == (newest, [first_claim.id])
    finally:
        response.close()
