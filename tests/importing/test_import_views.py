"""The import pages: a link with a preview, files, a list with live progress, feeds."""

import io

from sqlalchemy import func, select

from webapp.extensions import db
from webapp.models import Article, Feed, ImportBatch


def _batch_id(response) -> int:
    assert response.status_code == 302, response.get_data(as_text=True)
    return int(response.headers["Location"].rstrip("/").rsplit("/", 1)[-1])


def test_link_preview_shows_the_article_before_saving(editor_client, site):
    response = editor_client.post("/imports/link", data={"link-url": site.url("/article/3")})
    assert response.status_code == 302
    preview = editor_client.get(response.headers["Location"])
    page = preview.get_data(as_text=True)
    assert "Council report number 3" in page
    assert "Ana Reporter" in page and "Loopback Gazette" in page
    assert "2026-03-04" in page
    assert "city council voted" in page
    assert "Claims found" in page
    assert db.session.scalar(select(func.count(Article.id))) == 0  # nothing saved yet
    saved = editor_client.post(response.headers["Location"], data={"title": "Roads report"})
    assert saved.status_code == 302
    article = db.session.scalars(select(Article)).one()
    assert article.title == "Roads report" and article.claims
    again = editor_client.post(response.headers["Location"], data={"title": ""})
    assert again.status_code == 409
    assert db.session.scalar(select(func.count(Article.id))) == 1
    snapshot = editor_client.get(f"/imports/snapshots/{article.id}").get_data(as_text=True)
    assert site.url("/article/3") in snapshot and "city council voted" in snapshot
    assert "<nav>" not in snapshot and "Copyright Loopback" not in snapshot  # never the raw page


def test_an_article_that_was_pasted_has_no_snapshot(editor_client):
    from webapp.services.articles import import_article

    article = import_article(
        title="Pasted", text="Prices rose 3%.", max_bytes=1000, created_by=None
    )
    db.session.commit()
    response = editor_client.get(f"/imports/snapshots/{article.id}")
    assert response.status_code == 404
    assert "was not imported from a link or a file" in response.get_data(as_text=True)


def test_link_that_cannot_be_fetched_is_a_clear_form_error(editor_client, site):
    response = editor_client.post("/imports/link", data={"link-url": site.url("/missing/1")})
    assert response.status_code == 400
    assert "The page was not found (HTTP 404)." in response.get_data(as_text=True)
    assert "secret internal detail" not in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(ImportBatch.id))) == 0


def test_list_shows_progress_and_each_items_result(editor_client, site):
    links = "\n".join([site.url("/article/10"), site.url("/missing/2"), "not a link"])
    response = editor_client.post("/imports/list", data={"list-links": links})
    batch_page = editor_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "<progress" in batch_page
    assert "3 of 3 finished" in batch_page and "1 imported" in batch_page
    assert "The page was not found (HTTP 404)." in batch_page
    assert "Line 3: Enter a full web address" in batch_page
    assert "hx-trigger" not in batch_page  # complete: the page stops polling
    partial = editor_client.get(response.headers["Location"], headers={"HX-Request": "true"})
    assert partial.get_data(as_text=True).lstrip().startswith("{#") is False
    assert 'id="import-progress"' in partial.get_data(as_text=True)
    assert "<html" not in partial.get_data(as_text=True)


def test_list_over_the_limit_is_refused_whole(editor_client, site):
    links = "\n".join(site.url(f"/article/{n}") for n in range(501))
    response = editor_client.post("/imports/list", data={"list-links": links})
    assert response.status_code == 400
    assert "The list has 501 links; the limit is 500" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(ImportBatch.id))) == 0


def test_several_files_upload(editor_client):
    data = {
        "files-files": [
            (
                io.BytesIO(b"The deficit fell to $1.2 trillion in 2023, the Treasury said."),
                "budget-report.txt",
            ),
            (
                io.BytesIO(b"# Jobs\n\nUnemployment fell to 3.9% in April, officials said."),
                "../../etc/jobs.md",
            ),
            (io.BytesIO(b"MZ\x90\x00"), "tool.exe"),
        ]
    }
    response = editor_client.post("/imports/files", data=data, content_type="multipart/form-data")
    page = editor_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "2 imported" in page and "1 failed" in page
    assert "Claimdesk reads .txt, .md, .html, .docx and .pdf files." in page
    titles = set(db.session.scalars(select(Article.title)))
    assert titles == {"Budget report", "Jobs"}
    assert "../" not in page


def test_adding_a_feed_imports_its_newest_entries(editor_client, site):
    feed_url = site.url("/feed?count=3&base=article")
    response = editor_client.post("/imports/feeds", data={"feed-url": feed_url})
    assert response.status_code == 302
    assert db.session.scalar(select(func.count(Article.id))) == 3
    page = editor_client.get("/imports/").get_data(as_text=True)
    assert "Loopback feed" in page
    again = editor_client.post("/imports/feeds", data={"feed-url": feed_url})
    assert again.status_code == 400 and "already followed" in again.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Feed.id))) == 1


def test_import_pages_are_for_editors_only(import_app, site):
    client = import_app.test_client()
    assert client.get("/imports/").status_code in (302, 401, 403)


def _multipart(files: list[tuple[str, str, bytes]]) -> tuple[bytes, str]:
    """A multipart body built in memory (the test client would spool a large one to a
    temporary file and leave it open when the app refuses it)."""
    boundary = "claimdesk-test-boundary"
    parts = []
    for field, name, data in files:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
            f'filename="{name}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
            + data
            + b"\r\n"
        )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def test_uploads_may_be_larger_than_other_requests_up_to_their_own_limit(editor_client, import_app):
    big = b"The council said 12 roads were repaired. " * 75_000  # 3 MB, over MAX_CONTENT_LENGTH
    assert len(big) > import_app.config["MAX_CONTENT_LENGTH"]
    body, content_type = _multipart([("files-files", "big.txt", big)])
    response = editor_client.post("/imports/files", data=body, content_type=content_type)
    page = editor_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "The article text is larger than the limit of 1,000,000 bytes." in page
    import_app.config["IMPORT_MAX_UPLOAD_BYTES"] = 1_000_000
    refused = editor_client.post("/imports/files", data=body, content_type=content_type)
    assert refused.status_code == 413
    pasted = editor_client.post(
        "/imports/list",
        data=b"list-links=" + b"x" * 3_000_000,
        content_type="application/x-www-form-urlencoded",
    )
    assert pasted.status_code == 413  # only file uploads get the larger limit


def test_a_feed_the_fetcher_would_refuse_is_refused_when_added(editor_client):
    response = editor_client.post("/imports/feeds", data={"feed-url": "http://10.1.2.3/rss"})
    assert response.status_code == 400
    assert "private network address" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Feed.id))) == 0


def test_a_paused_feed_offers_resume_and_refuses_a_check(editor_client, site):
    editor_client.post("/imports/feeds", data={"feed-url": site.url("/feed?count=1&base=brief")})
    feed_id = db.session.scalars(select(Feed.id)).one()
    page = editor_client.get("/imports/").get_data(as_text=True)
    assert "1 article imported" in page and "Check now" in page
    editor_client.post(f"/imports/feeds/{feed_id}/pause")
    page = editor_client.get("/imports/").get_data(as_text=True)
    assert "Paused." in page and "Resume" in page and "Check now" not in page
    refused = editor_client.post(f"/imports/feeds/{feed_id}/poll", follow_redirects=True)
    assert "This feed is paused" in refused.get_data(as_text=True)
