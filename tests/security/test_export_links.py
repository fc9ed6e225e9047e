"""Links in exports never come from an unchecked Host header (issue 10)."""

import json

from webapp.extensions import db
from webapp.services.tokens import create_token


def _links(text: str) -> str:
    return json.dumps(json.loads(text))


def _w3c(client, headers, host):
    response = client.get(
        "/api/v1/export?format=w3c&all=true",
        headers={**headers, "Host": host},
    )
    return response


def _token(make_user):
    _token, raw = create_token(make_user("vera", "viewer"), "tests")
    db.session.commit()
    return {"Authorization": f"Bearer {raw}"}


def test_a_forged_host_header_never_reaches_export_links(client, make_user, make_article):
    make_article()
    headers = _token(make_user)
    response = _w3c(client, headers, "evil.example")
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "evil.example" not in body
    assert "http://127.0.0.1:5000/claims/" in body


def test_the_configured_base_url_is_used(make_app, make_user, make_article):
    app = make_app(BASE_URL="https://desk.newsroom.example/cd/")
    with app.app_context():
        make_article()
        headers = _token(make_user)
        body = _w3c(app.test_client(), headers, "evil.example").get_data(as_text=True)
    assert "https://desk.newsroom.example/cd/claims/" in body and "evil.example" not in body


def test_trusted_hosts_check_the_host_header(make_app, make_user, make_article):
    app = make_app(TRUSTED_HOSTS=["desk.newsroom.example"])
    with app.app_context():
        make_article()
        headers = _token(make_user)
        client = app.test_client()
        good = _w3c(client, headers, "desk.newsroom.example").get_data(as_text=True)
        assert "http://desk.newsroom.example/claims/" in good
        assert _w3c(client, headers, "evil.example").status_code == 400


def test_browser_download_uses_the_base_url(make_app, make_user, make_article, auth):
    app = make_app(BASE_URL="https://desk.newsroom.example/")
    with app.app_context():
        make_article()
        make_user("rita")
        client = app.test_client()
        client.post("/login", data={"login": "rita", "password": "correct horse battery"})
        response = client.get("/exports/download?format=w3c&include_all=y")
        body = response.get_data(as_text=True)
        assert response.status_code == 200
        assert "https://desk.newsroom.example/claims/" in body and "http://localhost" not in body


def test_cli_says_when_no_base_url_is_set(app, make_article, monkeypatch):
    monkeypatch.delenv("CLAIMDESK_BASE_URL", raising=False)
    make_article()
    result = app.test_cli_runner().invoke(args=["export", "--format", "w3c", "--all"])
    assert result.exit_code == 0
    assert "No base URL is set" in result.stderr
    assert "http://127.0.0.1:5000/claims/" in result.stdout
    result = app.test_cli_runner().invoke(
        args=["export", "--format", "w3c", "--all"],
        env={"CLAIMDESK_BASE_URL": "https://desk.example/"},
    )
    assert "No base URL" not in result.stderr and "https://desk.example/claims/" in result.stdout
