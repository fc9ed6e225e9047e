"""A double click or a retry never saves twice (issue 10): the same note, comment or source
posted by two real concurrent requests against a live server is saved once, and the second
request is told why."""

import http.client
import json
import re
import threading
import urllib.parse
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from werkzeug.serving import make_server

from tests.conftest import PASSWORD
from webapp.extensions import db
from webapp.models import Comment, Note, Source
from webapp.services import request_keys
from webapp.services.tokens import create_token

ALREADY = "already sent and saved once"


@contextmanager
def live_server(app):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        thread.join()


def _request(port, method, path, fields=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    body = urllib.parse.urlencode(fields or {}) if fields is not None else None
    all_headers = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
    connection.request(method, path, body=body, headers=all_headers)
    response = connection.getresponse()
    result = (response.status, response.getheaders(), response.read().decode())
    connection.close()
    return result


def _login(port) -> dict:
    status, headers, _body = _request(
        port, "POST", "/login", {"login": "editor1", "password": PASSWORD}
    )
    assert status == 302
    cookie = next(value for name, value in headers if name.lower() == "set-cookie")
    return {"Cookie": cookie.split(";", 1)[0]}


def _at_once(count, send):
    """Run `send()` in `count` threads released together; their results in a list."""
    barrier = threading.Barrier(count)
    results = [None] * count

    def run(index):
        barrier.wait()
        results[index] = send(index)

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.fixture
def site(app, make_user, make_article):
    make_user("editor1", "editor")
    claim = make_article().claims[0]
    with live_server(app) as port:
        yield port, claim.id, _login(port)


def _request_key(port, cookie, claim_id, form_action) -> str:
    _status, _headers, page = _request(port, "GET", f"/claims/{claim_id}", headers=cookie)
    form = page[page.index(f'action="{form_action}"') :]
    return (
        re.search(
            r'name="request_key"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="request_key"', form
        ).group(1)
        or ""
    )


@pytest.mark.parametrize(
    ("path", "model", "fields"),
    [
        ("notes", Note, {"body": "Checked against the BLS release."}),
        ("comments", Comment, {"body": "@editor1 can you look?"}),
    ],
)
def test_the_same_form_sent_twice_at_once_is_saved_once(site, path, model, fields):
    port, claim_id, cookie = site
    action = f"/claims/{claim_id}/{path}"
    key = _request_key(port, cookie, claim_id, action)
    results = _at_once(
        3,
        lambda _i: _request(
            port, "POST", action, {**fields, "request_key": key}, {**cookie, "HX-Request": "true"}
        ),
    )
    statuses = sorted(status for status, _h, _b in results)
    assert statuses == [200, 409, 409], statuses
    assert all(ALREADY in body for status, _h, body in results if status == 409)
    db.session.rollback()
    assert db.session.scalar(select(func.count(model.id))) == 1
    # A fresh form (a new key) adds the next one as usual.
    assert (
        _request(port, "POST", action, {**fields, "request_key": "another-key-1"}, cookie)[0] == 302
    )


def test_the_same_source_from_two_tabs_at_once_is_cited_once(site):
    port, claim_id, cookie = site
    for round_number in range(4):
        url = f"https://www.bls.gov/news.release/empsit{round_number}.htm"
        results = _at_once(
            3,
            lambda index, url=url, rnd=round_number: _request(
                port,
                "POST",
                f"/claims/{claim_id}/sources",
                {
                    "url": url,
                    "stance": "supports",
                    "request_key": f"browser-tab-{rnd}-{index}",
                },
                {**cookie, "HX-Request": "true"},
            ),
        )
        statuses = sorted(status for status, _h, _b in results)
        assert statuses[0] == 200, results[0][2][-3000:]
        assert all(status in (400, 409) for status in statuses[1:])
        assert all("already cited" in body for status, _h, body in results if status != 200)
        db.session.rollback()
        live = select(func.count(Source.id)).where(Source.url == url, Source.deleted_at.is_(None))
        assert db.session.scalar(live) == 1


def test_an_api_retry_with_the_same_idempotency_key_is_saved_once(site, make_user):
    port, claim_id, _cookie = site
    db.session.rollback()  # end the test's read snapshot before writing beside the server
    _token, raw = create_token(make_user("rita", "reviewer"), "script")
    db.session.commit()
    headers = {
        "Authorization": f"Bearer {raw}",
        "Content-Type": "application/json",
        "Idempotency-Key": "retry-7f3a9c",
    }

    def send(_index):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request(
            "POST",
            f"/api/v1/claims/{claim_id}/notes",
            body='{"body": "Called the agency."}',
            headers=headers,
        )
        response = connection.getresponse()
        result = response.status, response.read().decode()
        connection.close()
        return result

    results = _at_once(2, send)
    assert sorted(status for status, _b in results) == [201, 409]
    assert any(ALREADY in body for _s, body in results)
    db.session.rollback()
    assert db.session.scalar(select(func.count(Note.id))) == 1


def _post_note(port, claim_id, raw_token, body, key=None):
    headers = {"Authorization": f"Bearer {raw_token}", "Content-Type": "application/json"}
    if key:
        headers["Idempotency-Key"] = key
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request(
        "POST", f"/api/v1/claims/{claim_id}/notes", body=json.dumps({"body": body}), headers=headers
    )
    response = connection.getresponse()
    result = response.status, response.read().decode()
    connection.close()
    return result


def test_an_api_client_without_a_key_cannot_save_the_same_note_twice(site, make_user, monkeypatch):
    """A script that retries a timed-out request, or posts twice at once, sends no key: the same
    note from the same account on the same claim within the repeat window is saved once; the
    repeat is told why and how to save it twice on purpose."""
    port, claim_id, _cookie = site
    db.session.rollback()
    _token, raw = create_token(make_user("rita", "reviewer"), "script")
    db.session.commit()
    clock = [1_800_000_000.0]
    monkeypatch.setattr(request_keys.time, "time", lambda: clock[0])

    results = _at_once(3, lambda _i: _post_note(port, claim_id, raw, "Called the agency."))
    assert sorted(status for status, _b in results) == [201, 409, 409]
    refused = [json.loads(body) for status, body in results if status == 409]
    assert all("less than a minute ago" in answer["error"]["message"] for answer in refused)
    assert all("Idempotency-Key" in answer["error"]["message"] for answer in refused)

    # A retry 25 seconds later is still the same request; across any bucket boundary too.
    clock[0] += 25
    assert _post_note(port, claim_id, raw, "Called the agency.")[0] == 409
    # Other words, or a key of the client's own, are new notes.
    assert _post_note(port, claim_id, raw, "Called the agency again.")[0] == 201
    assert _post_note(port, claim_id, raw, "Called the agency.", key="deliberate-0001")[0] == 201
    # Two minutes on, the same words are a new note.
    clock[0] += 120
    assert _post_note(port, claim_id, raw, "Called the agency.")[0] == 201
    db.session.rollback()
    bodies = sorted(db.session.scalars(select(Note.body)))
    assert bodies == ["Called the agency again."] + ["Called the agency."] * 3


@given(
    start=st.floats(0, 4e9),
    gap=st.floats(0, request_keys.REPEAT_WINDOW_SECONDS * 0.999),
    late=st.floats(2 * request_keys.REPEAT_WINDOW_SECONDS, 1e6),
)
@settings(max_examples=300, deadline=None)
def test_a_repeat_inside_the_window_always_shares_a_key_and_a_later_one_never(start, gap, late):
    keys = set(request_keys.derived_keys("note:7", "Called the agency.", start))
    assert keys & set(request_keys.derived_keys("note:7", "Called the agency.", start + gap))
    assert not keys & set(request_keys.derived_keys("note:7", "Called the agency.", start + late))
    assert not keys & set(request_keys.derived_keys("note:8", "Called the agency.", start))
    assert not keys & set(request_keys.derived_keys("note:7", "Called the agency!", start))
