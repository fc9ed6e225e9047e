"""/api/v1/feeds: follow a feed, list it with its last poll and imports, check now, pause and
resume; every bad input a 4xx in the one error shape."""

import pytest
from sqlalchemy import func, select

from webapp.extensions import db
from webapp.models import Article, Feed
from webapp.services import users as user_service
from webapp.services.tokens import create_token


def _error(response, status: int) -> dict:
    assert response.status_code == status, response.get_json()
    body = response.get_json()
    assert set(body["error"]) == {"code", "message", "details"}
    return body["error"]


def test_following_a_feed_imports_its_entries_and_lists_it(import_app, api_headers, site):
    client = import_app.test_client()
    feed_url = site.url("/feed?count=3&base=article")
    response = client.post("/api/v1/feeds", json={"url": feed_url}, headers=api_headers)
    assert response.status_code == 201, response.get_json()
    feed = response.get_json()
    # jobs run inline in tests: the first poll already imported the three entries
    assert feed["title"] == "Loopback feed" and feed["active"] is True
    assert feed["imported"] == 3 and feed["last_error"] is None and feed["last_polled_at"]
    assert response.headers["Location"].endswith(f"/api/v1/feeds/{feed['id']}")
    job = client.get(f"/api/v1/imports/{feed['last_import_id']}", headers=api_headers).get_json()
    assert job["kind"] == "feed" and job["done"] == 3
    listed = client.get("/api/v1/feeds", headers=api_headers).get_json()["items"]
    assert [(f["id"], f["imported"]) for f in listed] == [(feed["id"], 3)]
    assert client.get(response.headers["Location"], headers=api_headers).get_json() == feed


def test_poll_now_takes_only_new_entries(import_app, api_headers, site):
    client = import_app.test_client()
    feed = client.post(
        "/api/v1/feeds", json={"url": site.url("/feed?count=2&base=brief")}, headers=api_headers
    ).get_json()
    again = client.post(f"/api/v1/feeds/{feed['id']}/poll", headers=api_headers)
    assert again.status_code == 202
    polled = again.get_json()
    assert polled["imported"] == 2 and polled["last_import_id"] == feed["last_import_id"]
    assert db.session.scalar(select(func.count(Article.id))) == 2


def test_pause_refuses_a_poll_until_resumed(import_app, api_headers, site):
    client = import_app.test_client()
    feed_id = client.post(
        "/api/v1/feeds", json={"url": site.url("/feed?count=1&base=brief")}, headers=api_headers
    ).get_json()["id"]
    paused = client.post(f"/api/v1/feeds/{feed_id}/pause", headers=api_headers)
    assert paused.status_code == 200 and paused.get_json()["active"] is False
    refused = _error(client.post(f"/api/v1/feeds/{feed_id}/poll", headers=api_headers), 409)
    assert "paused" in refused["message"]
    resumed = client.post(f"/api/v1/feeds/{feed_id}/resume", headers=api_headers)
    assert resumed.get_json()["active"] is True
    assert client.post(f"/api/v1/feeds/{feed_id}/poll", headers=api_headers).status_code == 202


def test_a_poll_that_fails_is_reported_on_the_feed(import_app, api_headers, site):
    response = import_app.test_client().post(
        "/api/v1/feeds", json={"url": site.url("/article/3")}, headers=api_headers
    )
    assert response.status_code == 201
    feed = response.get_json()
    assert feed["last_error"] == "The address is not a readable RSS or Atom feed."
    assert feed["imported"] == 0 and feed["last_import_id"] is None


def test_a_feed_followed_twice_is_a_conflict_naming_the_first(import_app, api_headers, site):
    client = import_app.test_client()
    url = site.url("/feed?count=0")
    first = client.post("/api/v1/feeds", json={"url": url}, headers=api_headers).get_json()
    # written with a capital scheme and a trailing slash it is still the same feed
    variant = site.url("/feed/?count=0").replace("http://", "HTTP://")
    for address in (url, variant):
        error = _error(
            client.post("/api/v1/feeds", json={"url": address}, headers=api_headers), 409
        )
        assert error["message"] == "This feed is already followed."
        assert error["details"] == {"feed_id": first["id"]}
    assert db.session.scalar(select(func.count(Feed.id))) == 1


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a web address", "web address"),
        ("file:///etc/passwd", "http"),
        ("http://127.0.0.1/rss", "loopback"),
        ("http://10.0.0.7/rss", "private network"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::ffff:127.0.0.1]/rss", "IPv4 address wrapped in IPv6"),
        ("http://2130706433/rss", "full web address"),
        ("http://0x7f.1/rss", "full web address"),
        ("http://example.org:8080/rss", "port"),
        ("https://example.org/" + "a" * 2100, "longer than"),
    ],
)
def test_addresses_the_fetcher_refuses_are_400(import_app, api_headers, url, message):
    error = _error(
        import_app.test_client().post("/api/v1/feeds", json={"url": url}, headers=api_headers),
        400,
    )
    assert message in error["message"]
    assert db.session.scalar(select(func.count(Feed.id))) == 0


def test_the_allowed_loopback_port_does_not_open_other_loopback_ports(import_app, api_headers):
    error = _error(
        import_app.test_client().post(
            "/api/v1/feeds", json={"url": "http://127.0.0.1:6379/"}, headers=api_headers
        ),
        400,
    )
    assert "port" in error["message"]


@pytest.mark.parametrize(
    ("body", "status"),
    [({}, 400), ({"url": 5}, 400), ({"url": None}, 400), ({"url": "x", "active": False}, 400)],
)
def test_bad_bodies_are_refused(import_app, api_headers, body, status):
    response = import_app.test_client().post("/api/v1/feeds", json=body, headers=api_headers)
    _error(response, status)
    text = import_app.test_client().post(
        "/api/v1/feeds", data="url=x", content_type="text/plain", headers=api_headers
    )
    _error(text, 415)


@pytest.mark.parametrize("feed_id", ["999", str(2**63), str(2**64 + 1)])
@pytest.mark.parametrize("action", ["", "/poll", "/pause", "/resume"])
def test_unknown_and_huge_ids_are_404(import_app, api_headers, feed_id, action):
    client = import_app.test_client()
    method = client.get if not action else client.post
    _error(method(f"/api/v1/feeds/{feed_id}{action}", headers=api_headers), 404)


def test_feeds_need_the_editor_role(import_app, site):
    client = import_app.test_client()
    reviewer = user_service.create_user("rita", "correct horse battery", "reviewer", None)
    _token, raw = create_token(reviewer, "tests")
    db.session.commit()
    headers = {"Authorization": f"Bearer {raw}"}
    url = site.url("/feed?count=1")
    for response in (
        client.get("/api/v1/feeds", headers=headers),
        client.post("/api/v1/feeds", json={"url": url}, headers=headers),
    ):
        assert _error(response, 403)["details"] == {"required_role": "editor"}
    assert db.session.scalar(select(func.count(Feed.id))) == 0
    assert client.get("/api/v1/feeds").status_code == 401
