"""Who else has a claim open, as the live poll reports it: the same behaviour whether presence is
kept in the database (the default) or in Redis (REDIS_URL), and with Redis a poll writes nothing
to the database."""

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
