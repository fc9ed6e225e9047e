"""The browser side: the export page, the admins' restore upload, the API token page."""

import io
import json

from sqlalchemy import select

from webapp.extensions import db
from webapp.models import ApiToken, Article
from webapp.services.tokens import digest


def test_viewer_can_export_an_article_from_the_browser(client, auth, make_user, make_article):
    article = make_article()
    make_user("vera", "viewer")
    auth.login("vera")
    page = client.get(f"/articles/{article.id}")
    assert f'href="/exports/?article={article.id}"'.encode() in page.data
    form = client.get(f"/exports/?article={article.id}&include_all=y")
    assert form.status_code == 200
    assert f"{len(article.claims)} claims match".encode() in form.data
    download = client.get(f"/exports/download?article={article.id}&include_all=y&format=json")
    assert download.status_code == 200
    assert download.headers["Content-Disposition"].startswith("attachment")
    document = json.loads(download.data)
    assert len(document["claims"]) == len(article.claims)
    assert document["selection"]["article_id"] == article.id


def test_export_page_reports_bad_filters(client, logged_in):
    response = client.get("/exports/download?date_from=2024-02-01&date_to=2024-01-01")
    assert response.status_code == 400
    assert b"The end date is before the start date." in response.data
    assert client.get("/exports/download?article=999").status_code == 404


def test_restore_upload_is_for_admins_and_reports_conflicts(client, auth, make_user, make_article):
    make_article()
    make_user("boss", "admin")
    auth.login("boss")
    export = client.get("/exports/download?include_all=y").data
    response = client.post(
        "/exports/restore",
        data={"file": (io.BytesIO(export), "claims.json")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 200
    assert b"Conflicts (not restored, nothing overwritten)" in response.data
    assert b"$.articles[0]" in response.data
    bad = client.post(
        "/exports/restore",
        data={"file": (io.BytesIO(b'{"schema_version": "1.0"}'), "bad.json")},
        content_type="multipart/form-data",
    )
    assert bad.status_code == 400
    assert b"is a required property" in bad.data
    assert db.session.scalar(select(Article.id).where(Article.id > 1)) is None


def test_restore_upload_refused_to_editors(client, logged_in):
    assert client.get("/exports/restore").status_code == 403


def test_token_page_shows_a_new_token_once_and_revokes_it(client, logged_in):
    created = client.post("/account/tokens", data={"name": "CMS"})
    assert created.status_code == 200
    token = db.session.scalar(select(ApiToken))
    page = created.get_data(as_text=True)
    raw = page.split('class="new-token">')[1].split("<")[0]
    assert digest(raw) == token.token_digest and token.user_id == logged_in.id
    assert raw not in client.get("/account/tokens").get_data(as_text=True)
    api = client.get("/api/v1/articles", headers={"Authorization": f"Bearer {raw}"})
    assert api.status_code == 200
    client.post(f"/account/tokens/{token.id}/revoke")
    api = client.get("/api/v1/articles", headers={"Authorization": f"Bearer {raw}"})
    assert api.status_code == 401


def test_nobody_revokes_another_persons_token(client, logged_in, make_user):
    from webapp.services.tokens import create_token

    other = make_user("other", "reviewer")
    token, _raw = create_token(other, "theirs")
    db.session.commit()
    assert client.post(f"/account/tokens/{token.id}/revoke").status_code == 404
    db.session.expire_all()
    assert db.session.get(ApiToken, token.id).revoked_at is None


def test_the_export_form_offers_articles_by_title(client, logged_in, make_article):
    """Issue 12 (10): the list never shows article numbers, so the export form asks for a
    title; the article's own Export link arrives with it chosen."""
    first = make_article(title="Council homes")
    make_article(title="Jobs report", text="The unemployment rate fell to 3.9% in April.")
    page = client.get(f"/exports/?article={first.id}").get_data(as_text=True)
    assert "Article number" not in page
    assert '<option value="">All articles</option>' in page
    assert f'<option selected value="{first.id}">Council homes</option>' in page
    assert "Jobs report</option>" in page
    refused = client.get("/exports/?article=council")
    assert refused.status_code == 400
    assert "Choose an article from the list." in refused.get_data(as_text=True)
