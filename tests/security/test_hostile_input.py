"""Input no route may answer with a 500: control characters and unpaired surrogates, deep JSON,
oversized chunked bodies and ids past what the database stores, on every route."""

import io

import pytest
from sqlalchemy import func, select

from webapp.extensions import db
from webapp.models import Article, Claim
from webapp.services.tokens import create_token


@pytest.fixture
def editor_token(make_user):
    user = make_user("eddie", "editor")
    _token, raw = create_token(user, "tests")
    db.session.commit()
    return {"Authorization": f"Bearer {raw}"}


def _json_error(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    assert set(body["error"]) == {"code", "message", "details"}
    return body["error"]["message"]


def test_unpaired_surrogate_in_json_is_refused_naming_the_field(client, editor_token, make_article):
    claim = make_article().claims[0]
    raw = '{"version": 1, "text": "before \\ud800 after"}'
    message = _json_error(
        client.patch(
            f"/api/v1/claims/{claim.id}",
            data=raw,
            headers=editor_token,
            content_type="application/json",
        ),
        400,
    )
    assert "“text”" in message and "U+D800" in message
    raw = '{"title": "x\\udfff", "text": "The rate fell to 3.9% in April, officials said."}'
    message = _json_error(
        client.post(
            "/api/v1/articles", data=raw, headers=editor_token, content_type="application/json"
        ),
        400,
    )
    assert "“title”" in message
    assert db.session.scalar(select(func.count(Article.id))) == 1
    assert db.session.get(Claim, claim.id).version == 1


def test_json_nested_thousands_deep_is_a_clear_400(client, editor_token):
    for depth in (1_000, 100_000):
        raw = '{"title": ' + "[" * depth + "]" * depth + ', "text": "x"}'
        message = _json_error(
            client.post(
                "/api/v1/articles", data=raw, headers=editor_token, content_type="application/json"
            ),
            400,
        )
        assert "nested" in message


def test_nan_in_json_is_refused(client, editor_token, make_article):
    claim = make_article().claims[0]
    response = client.patch(
        f"/api/v1/claims/{claim.id}",
        data='{"version": NaN}',
        headers=editor_token,
        content_type="application/json",
    )
    _json_error(response, 400)


def test_chunked_body_over_the_limit_is_413_not_invalid_json(make_app, make_user):
    app = make_app(MAX_CONTENT_LENGTH=2_000)
    client = app.test_client()
    with app.app_context():
        _token, raw = create_token(make_user("eddie", "editor"), "tests")
        db.session.commit()
    body = b'{"title": "' + b"a" * 10_000 + b'", "text": "x"}'
    response = client.post(
        "/api/v1/articles",
        input_stream=io.BytesIO(body),
        content_type="application/json",
        headers={"Authorization": f"Bearer {raw}", "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )
    message = _json_error(response, 413)
    assert "2,000 bytes" in message and "JSON" not in message


def test_control_characters_in_form_fields_are_refused_and_nothing_is_saved(client, logged_in):
    for title in ("nul\x00here", "bell\x07", "escape\x1b[31m", "del\x7f"):
        response = client.post(
            "/articles/new",
            data={"title": title, "text": "The rate fell to 3.9% in April, officials said."},
        )
        assert response.status_code == 400
        page = response.get_data(as_text=True)
        assert "“title” contains the control character U+" in page
    assert db.session.scalar(select(func.count(Article.id))) == 0
    # Tabs and line breaks in pasted text are ordinary and still accepted.
    response = client.post(
        "/articles/new",
        data={"title": "Tabs", "text": "The rate fell\tto 3.9% in April,\r\nofficials said."},
    )
    assert response.status_code == 302


def test_a_multipart_field_whose_name_cannot_be_read_is_a_clear_400(client, editor_token):
    # found by schemathesis: a part named 'name="þ\\"' reaches the form with no name
    boundary = "b0undary"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nT\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="\u00fe\\"\r\n\r\n{{}}\r\n'
        f"--{boundary}--\r\n"
    ).encode()
    response = client.post(
        "/api/v1/articles",
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
        headers=editor_token,
    )
    assert "name could not be read" in _json_error(response, 400)
    assert db.session.scalar(select(func.count(Article.id))) == 0


def test_control_characters_in_login_names_and_query_strings(client, make_user, auth):
    make_user("rita")
    response = client.post("/login", data={"login": "rita\x00", "password": "whatever pw"})
    assert response.status_code == 400
    assert "“login” contains the control character U+0000" in response.get_data(as_text=True)
    auth.login("rita")
    for path in ("/?q=%00", "/review/queue?status=%1b", "/exports/?status=a%00b", "/?%00=1"):
        response = client.get(path)
        assert response.status_code == 400, path
        assert "control character" in response.get_data(as_text=True)


@pytest.mark.parametrize("number", [2**31, 2**63, 2**64 + 5, 10**30])
def test_ids_past_the_database_range_are_404_on_browser_routes(client, logged_in, number):
    for path in (
        f"/articles/{number}",
        f"/claims/{number}",
        f"/admin/users/{number}",
        f"/live/articles/{number}/events",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
    response = client.post(f"/claims/{number}/notes", data={"body": "x"})
    assert response.status_code == 404
    response = client.post(f"/articles/{number}/delete")
    assert response.status_code == 404


def test_numbers_in_query_strings_past_the_database_range(client, logged_in, make_article):
    article = make_article()
    for path in (
        f"/live/articles/{article.id}?after={2**63}",
        f"/articles/{article.id}?after={2**64}",
    ):
        response = client.post(path) if "/live/" in path else client.get(path)
        assert response.status_code == 400, path
        assert "larger than any number" in response.get_data(as_text=True)
