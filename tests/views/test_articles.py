"""Article list, import form and article page."""

import pytest
from sqlalchemy import event, func, select

from webapp.extensions import db
from webapp.models import Article, Claim, ClaimEvent, Status
from webapp.services import changes

SEED_TEXT = "The budget grew by 4% in 2023, the ministry said."


def test_article_list_shows_claim_and_reviewed_counts(client, logged_in, make_article):
    article = make_article(title="Jobs report")
    response = client.get("/")
    assert b"Jobs report" in response.data
    total = len(article.claims)
    assert f"0 of {total} reviewed".encode() in response.data


def test_article_list_counts_approved_verdicts_as_reviewed(
    client, logged_in, make_article, make_user
):
    article = make_article(title="Jobs report")
    claim, total = article.claims[0], len(article.claims)
    reviewer = make_user("rita", "reviewer")
    false = db.session.scalar(select(Status).where(Status.name == "False"))
    changes.apply(claim, reviewer, changes.SetFields.of(**{"status_id": false.id}), claim.version)
    db.session.commit()
    assert f"0 of {total} reviewed · 1 awaiting approval".encode() in client.get("/").data
    changes.apply(claim, logged_in, changes.Approve(), claim.version)
    db.session.commit()
    assert f"1 of {total} reviewed</span>".encode() in client.get("/").data


def test_import_article_extracts_claims_with_exact_offsets(client, logged_in):
    text = "PARIS (AP) — Inflation rose to 2.4% in May.\r\n\r\nThe central bank said it would act."
    response = client.post(
        "/articles/new",
        data={"title": "Inflation", "text": text, "url": "https://example.org/a", "outlet": "AP"},
        follow_redirects=True,
    )
    assert response.status_code == 200
    article = db.session.scalar(select(Article).where(Article.title == "Inflation"))
    assert "\r" not in article.text
    assert article.url == "https://example.org/a"
    assert article.claims
    for claim in article.claims:
        assert article.text[claim.start : claim.end].strip()
        assert claim.created_by_id == logged_in.id
    assert b"Imported" in response.data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": "T", "text": "   \n  "}, b"Paste the article"),
        ({"title": "T" * 301, "text": SEED_TEXT}, b"Field cannot be longer than 300 characters."),
        ({"title": "", "text": SEED_TEXT}, b"This field is required."),
        ({"title": "T", "text": SEED_TEXT, "url": "javascript:alert(1)"}, b"starting with http"),
        ({"title": "T", "text": SEED_TEXT, "url": "ftp://example.org/x"}, b"starting with http"),
        (
            {"title": "T", "text": SEED_TEXT, "published_on": "yesterday"},
            b"Not a valid date value.",
        ),
    ],
)
def test_bad_import_gets_a_message_and_saves_nothing(client, logged_in, data, message):
    response = client.post("/articles/new", data=data)
    assert response.status_code == 400
    assert message in response.data
    assert db.session.scalar(select(func.count(Article.id))) == 0


def test_text_over_the_configured_size_is_refused(make_app, make_user):
    app = make_app(MAX_ARTICLE_BYTES=1_000)
    with app.app_context():
        make_user("ed", "editor")
        client = app.test_client()
        client.post("/login", data={"login": "ed", "password": "correct horse battery"})
        response = client.post("/articles/new", data={"title": "Big", "text": "word. " * 400})
        assert response.status_code == 400
        assert b"larger than the limit of 1,000 bytes" in response.data
        huge = client.post("/articles/new", data={"title": "Huge", "text": "x" * 100_000})
        assert huge.status_code == 413
        assert b"an article&#39;s text may have up to 1,000 bytes" in huge.data
        assert b"nothing was saved" in huge.data
        assert db.session.scalar(select(func.count(Article.id))) == 0


def test_reviewers_cannot_import(client, auth, make_user):
    make_user()
    auth.login()
    assert client.get("/articles/new").status_code == 403
    assert client.post("/articles/new", data={"title": "T", "text": SEED_TEXT}).status_code == 403
    assert db.session.scalar(select(func.count(Article.id))) == 0


def test_article_page_highlights_every_claim_where_it_stands(client, logged_in, make_article):
    article = make_article()
    page = client.get(f"/articles/{article.id}").get_data(as_text=True)
    for claim in article.claims:
        assert f'data-claim-id="{claim.id}"' in page
        assert f'id="claim-row-{claim.id}"' in page


def test_unknown_article_and_claim_are_404_pages(client, logged_in):
    response = client.get("/articles/9999")
    assert response.status_code == 404
    assert b"There is no article with that number." in response.data
    assert client.get("/claims/9999").status_code == 404


def test_json_clients_get_the_json_error_shape(client, logged_in):
    response = client.get("/articles/9999", headers={"Accept": "application/json"})
    assert response.status_code == 404
    assert response.json["error"]["code"] == "not_found"


def test_delete_is_soft_and_keeps_history(client, logged_in, make_article):
    article = make_article()
    claim_ids = [c.id for c in article.claims]
    response = client.post(f"/articles/{article.id}/delete", follow_redirects=True)
    assert "with its claims and history" in response.get_data(as_text=True)
    assert client.get(f"/articles/{article.id}").status_code == 404
    assert db.session.scalar(select(func.count(Claim.id))) == len(claim_ids)
    assert db.session.scalar(select(func.count(ClaimEvent.id))) >= len(claim_ids)


def _count_queries(app, callback):
    statements = []

    def before_execute(conn, cursor, statement, *args):
        statements.append(statement)

    engine = db.engine
    event.listen(engine, "before_cursor_execute", before_execute)
    try:
        callback()
    finally:
        event.remove(engine, "before_cursor_execute", before_execute)
    return len(statements)


def _sentences(count: int) -> str:
    return "\n".join(
        f"Officials said on Monday that {n + 100} new homes were built in district {n}."
        for n in range(count)
    )


def test_article_page_issues_a_constant_number_of_queries(app, client, logged_in, make_article):
    small = make_article(title="Small", text=_sentences(5))
    large = make_article(title="Large", text=_sentences(300))
    assert len(large.claims) >= 300 > len(small.claims) >= 5
    client.get(f"/articles/{small.id}")  # warm caches such as the status list
    small_queries = _count_queries(app, lambda: client.get(f"/articles/{small.id}"))
    large_queries = _count_queries(app, lambda: client.get(f"/articles/{large.id}"))
    assert small_queries == large_queries


def test_content_security_policy_forbids_inline_script(client, logged_in):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_a_long_paste_is_imported_in_the_background_with_every_field_kept(make_app, make_user):
    """Issue 12 (7): a very long paste is not extracted inside the request (the page would hang
    for a minute): it becomes a background job whose progress page links the article, and the
    title, address, outlet, author and date typed in the form are all kept."""
    app = make_app(PASTE_IN_BACKGROUND_BYTES=300)
    with app.app_context():
        make_user("ed", "editor")
        client = app.test_client()
        client.post("/login", data={"login": "ed", "password": "correct horse battery"})
        text = "\n\n".join(
            f"The council of district {n} approved {100 + n} new homes, the mayor said."
            for n in range(8)
        )
        fields = {
            "title": "Council homes, all districts",
            "text": text,
            "url": "https://news.example.org/homes",
            "outlet": "Example News",
            "author": "Ana Reporter",
            "published_on": "2026-11-30",
        }
        response = client.post("/articles/new", data=fields)
        assert response.status_code == 302
        assert "/imports/batches/" in response.headers["Location"]
        page = client.get(response.headers["Location"]).get_data(as_text=True)
        assert "is being imported in the background" in page
        article = db.session.scalar(select(Article))
        assert f'href="/articles/{article.id}"' in page
        assert (article.title, article.text, article.url, article.outlet, article.author) == (
            fields["title"],
            text,
            fields["url"],
            fields["outlet"],
            fields["author"],
        )
        assert article.published_on.isoformat() == "2026-11-30"
        assert len(article.claims) == 8
        short = client.post("/articles/new", data={"title": "Short", "text": "Jobs rose 2%."})
        assert short.status_code == 302 and "/articles/" in short.headers["Location"]
