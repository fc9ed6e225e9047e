"""POST /api/v1/articles from a web address or files, and GET /api/v1/imports/{id}."""

import io

from sqlalchemy import func, select

from webapp.extensions import db
from webapp.models import Article, ImportBatch


def test_url_alone_imports_the_page_and_answers_with_article_and_job(import_app, api_headers, site):
    client = import_app.test_client()
    response = client.post(
        "/api/v1/articles", json={"url": site.url("/article/21")}, headers=api_headers
    )
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["article"]["title"] == "Council report number 21"
    assert body["claims"] and body["job"]["complete"] is True
    job = client.get(response.headers["Location"], headers=api_headers).get_json()
    assert job["items"][0]["state"] == "done"
    assert job["items"][0]["article_id"] == body["article"]["id"]
    again = client.post(
        "/api/v1/articles", json={"url": site.url("/article/21")}, headers=api_headers
    )
    assert again.status_code == 202
    item = again.get_json()["job"]["items"][0]
    assert item["state"] == "duplicate" and item["duplicate_of"] == body["article"]["id"]
    assert "Already imported as “Council report number 21”" in item["reason"]


def test_failed_fetch_is_a_job_with_the_reason(import_app, api_headers, site):
    client = import_app.test_client()
    response = client.post(
        "/api/v1/articles", json={"url": site.url("/missing/5")}, headers=api_headers
    )
    assert response.status_code == 202
    item = response.get_json()["job"]["items"][0]
    assert item["state"] == "failed" and item["reason"] == "The page was not found (HTTP 404)."
    assert db.session.scalar(select(func.count(Article.id))) == 0


def test_url_with_other_fields_or_neither_is_refused(import_app, api_headers, site):
    client = import_app.test_client()
    mixed = client.post(
        "/api/v1/articles", json={"url": site.url("/article/1"), "title": "x"}, headers=api_headers
    )
    assert mixed.status_code == 400 and mixed.get_json()["error"]["details"]["fields"] == ["title"]
    empty = client.post("/api/v1/articles", json={}, headers=api_headers)
    assert empty.status_code == 400
    assert "Missing fields: title, text" in empty.get_json()["error"]["message"]
    bad = client.post("/api/v1/articles", json={"url": "file:///etc/passwd"}, headers=api_headers)
    assert bad.status_code == 400
    assert db.session.scalar(select(func.count(ImportBatch.id))) == 0


def test_multipart_files_become_a_job(import_app, api_headers):
    client = import_app.test_client()
    response = client.post(
        "/api/v1/articles",
        data={
            "file": [
                (io.BytesIO(b"Inflation rose 3.2% in May, the statistics office said."), "a.txt"),
                (io.BytesIO(b"%PDF-1.4 garbage"), "b.pdf"),
            ]
        },
        content_type="multipart/form-data",
        headers=api_headers,
    )
    assert response.status_code == 202
    items = response.get_json()["job"]["items"]
    assert [i["state"] for i in items] == ["done", "failed"]
    assert items[1]["reason"] == "The PDF is damaged and cannot be read."
    none = client.post(
        "/api/v1/articles",
        data={"other": "x"},
        content_type="multipart/form-data",
        headers=api_headers,
    )
    assert none.status_code == 400 and none.get_json()["error"]["message"]


def test_unknown_job_is_404_in_the_error_shape(import_app, api_headers):
    response = import_app.test_client().get("/api/v1/imports/999", headers=api_headers)
    assert response.status_code == 404
    assert set(response.get_json()["error"]) == {"code", "message", "details"}
