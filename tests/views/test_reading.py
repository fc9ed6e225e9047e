"""The reading view (the article as published, claims highlighted, verdicts listed, printable)
and the read-only share links that open it without an account."""

import re

import pytest
from sqlalchemy import func, select

from webapp.extensions import db
from webapp.models import ShareLink, Status, User, WorkspaceEvent
from webapp.services import changes
from webapp.services.articles import delete_article, get_article, restore_article
from webapp.services.tokens import digest

TEXT = (
    "The council approved 120 new homes on Tuesday, the mayor said.\n\n"
    "Officials said unemployment fell to 3.9% in April. Critics said the figure hides "
    "part-time work."
)


@pytest.fixture
def checked(make_article, make_user):
    """An article with a published byline: one claim found False (approved by edna), with a
    source; one claim dismissed. Returns ids and texts."""
    article = make_article(
        title="Council homes",
        text=TEXT,
        url="https://news.example.org/council-homes",
        outlet="Example Gazette",
        author="Jo Writer",
        published_on=__import__("datetime").date(2026, 11, 3),
    )
    rita = make_user("rita", "reviewer")
    edna = make_user("edna", "editor")
    false_id = db.session.scalar(select(Status.id).where(Status.name == "False"))
    first, second = article.claims[0], article.claims[1]
    changes.apply(
        first,
        rita,
        changes.AddSource(
            changes.SourceFields(
                url="https://stats.example.org/housing", title="Housing figures", publisher="ONS"
            )
        ),
    )
    changes.apply(first, rita, changes.SetFields.of(status_id=false_id), first.version)
    changes.apply(first, edna, changes.Approve(), first.version)
    changes.apply(second, rita, changes.Dismiss("Not a claim."), second.version)
    db.session.commit()
    return {"article": article.id, "first": first.text, "second": second.text}


def _login(client, auth, make_user, role):
    make_user(f"user_{role}", role)
    auth.login(f"user_{role}")


def _marks(html: str) -> list[str]:
    return re.findall(r'<span class="claim-mark[^"]*"[^>]*>([^<]*)</span>', html)


def _create_link(client, article_id, label="for the ombudsman") -> str:
    response = client.post(f"/articles/{article_id}/share", data={"label": label})
    assert response.status_code == 200
    found = re.search(r'value="(http[^"]+/shared/(cds_[^"]+))"', response.get_data(as_text=True))
    assert found, "the new link is shown once"
    return found.group(2)


@pytest.mark.parametrize("role", ["viewer", "reviewer", "editor", "admin"])
def test_every_role_reads_the_article_as_published_with_verdicts(
    client, auth, make_user, checked, role
):
    _login(client, auth, make_user, role)
    response = client.get(f"/articles/{checked['article']}/read")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Council homes" in html and "Jo Writer" in html and "Example Gazette" in html
    assert '<time datetime="2026-11-03">3 November 2026</time>' in html
    assert (
        '<a href="https://news.example.org/council-homes" target="_blank" '
        'rel="noopener noreferrer">' in html
    )
    # Two paragraphs, as published; the live claim is marked with its status, the dismissed one
    # is neither marked nor listed.
    assert html.count("<p>", html.index('id="reading-text"'), html.index("verdicts-title")) == 2
    assert any(checked["first"].startswith(mark) for mark in _marks(html))
    verdicts = html[html.index("verdicts-title") :]
    assert "False" in verdicts and "verdict approved by edna on " in verdicts
    assert 'data-review-state="approved"' in verdicts
    assert '<a href="https://stats.example.org/housing" class="titled"' in verdicts
    assert "Housing figures" in verdicts and "ONS" in verdicts
    assert checked["second"] not in verdicts
    assert not any(checked["second"].startswith(mark) for mark in _marks(html))
    assert checked["second"] in html  # still in the text, only not highlighted
    assert '<sup class="claim-ref"><a href="#verdict-1"' in html


def test_the_reading_view_has_no_editing_controls_and_a_print_stylesheet(
    client, auth, make_user, checked
):
    _login(client, auth, make_user, "editor")
    html = client.get(f"/articles/{checked['article']}/read").get_data(as_text=True)
    body = html[html.index('class="reading"') :]
    assert "<form" not in body and "<textarea" not in body and "hx-get" not in body
    assert "/static/css/reading.css" in html
    css = client.get("/static/css/reading.css").get_data(as_text=True)
    print_rules = css[css.index("@media print") :]
    assert ".topbar" in print_rules and "display: none" in print_rules
    assert "attr(href)" in print_rules  # sources' addresses are printed


def test_the_article_page_links_to_the_reading_view_and_share_for_editors_only(
    client, auth, make_user, checked
):
    _login(client, auth, make_user, "reviewer")
    html = client.get(f"/articles/{checked['article']}").get_data(as_text=True)
    assert f"/articles/{checked['article']}/read" in html
    assert f"/articles/{checked['article']}/share" not in html
    auth.logout()
    _login(client, auth, make_user, "editor")
    html = client.get(f"/articles/{checked['article']}").get_data(as_text=True)
    assert f"/articles/{checked['article']}/share" in html


@pytest.mark.parametrize("role", ["viewer", "reviewer"])
def test_below_editor_cannot_see_or_make_share_links(client, auth, make_user, checked, role):
    _login(client, auth, make_user, role)
    assert client.get(f"/articles/{checked['article']}/share").status_code == 403
    assert client.post(f"/articles/{checked['article']}/share", data={}).status_code == 403
    assert db.session.scalar(select(func.count(ShareLink.id))) == 0


def test_a_share_link_opens_the_reading_view_without_an_account_and_names_no_one(
    app, client, auth, make_user, checked
):
    _login(client, auth, make_user, "editor")
    token = _create_link(client, checked["article"])
    link = db.session.scalar(select(ShareLink))
    assert link.token_digest == digest(token) and token not in link.token_digest
    assert link.created_by.username == "user_editor" and link.label == "for the ombudsman"

    anonymous = app.test_client()
    response = anonymous.get(f"/shared/{token}")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert any(checked["first"].startswith(mark) for mark in _marks(html))
    assert "False" in html and "verdict approved by an editor on " in html
    assert "edna" not in html and "rita" not in html and "user_editor" not in html
    assert "ombudsman" not in html
    assert 'name="robots" content="noindex' in html
    assert response.headers["X-Robots-Tag"].startswith("noindex")
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "Set-Cookie" not in response.headers  # no session is made for a reader
    assert 'aria-label="Main"' not in html and "Log out" not in html and "<form" not in html


def test_the_editor_lists_and_revokes_links_and_a_revoked_link_is_a_clear_404(
    app, client, auth, make_user, checked
):
    _login(client, auth, make_user, "editor")
    kept = _create_link(client, checked["article"], "kept")
    revoked = _create_link(client, checked["article"], "revoked")
    revoked_id = db.session.scalar(select(ShareLink.id).where(ShareLink.label == "revoked"))
    page = client.get(f"/articles/{checked['article']}/share").get_data(as_text=True)
    assert "kept" in page and "revoked" in page and page.count(">Revoke</button>") == 2
    assert kept not in page  # an address is shown once, never again

    response = client.post(
        f"/articles/{checked['article']}/share/{revoked_id}/revoke", follow_redirects=True
    )
    assert "Revoked the share link “revoked”" in response.get_data(as_text=True)
    link = db.session.get(ShareLink, revoked_id)
    assert link.revoked_at is not None and link.revoked_by.username == "user_editor"

    anonymous = app.test_client()
    gone = anonymous.get(f"/shared/{revoked}")
    assert gone.status_code == 404
    assert "unknown or was revoked" in gone.get_data(as_text=True)
    assert "Council homes" not in gone.get_data(as_text=True)
    assert anonymous.get(f"/shared/{kept}").status_code == 200
    actions = db.session.scalars(select(WorkspaceEvent.action).order_by(WorkspaceEvent.id)).all()
    assert [a for a in actions if a.startswith("share link")] == [
        "share link created",
        "share link created",
        "share link revoked",
    ]


def test_unknown_links_are_404_and_guessing_is_rate_limited(make_app, make_article):
    app = make_app(TOKEN_MAX_FAILURES=3)
    with app.app_context():
        make_article()
        client = app.test_client()
        for guess in ("cds_nothing", "not-even-a-token", "cds_" + "x" * 43):
            response = client.get(f"/shared/{guess}")
            assert response.status_code == 404
            assert "This link does not open anything" in response.get_data(as_text=True)
        blocked = client.get("/shared/cds_another")
        assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 0
        assert "Too many attempts" in blocked.get_data(as_text=True)
        assert blocked.headers["X-Robots-Tag"].startswith("noindex")


def test_the_link_is_built_on_the_configured_public_address(make_app, make_article, make_user):
    app = make_app(BASE_URL="https://desk.example.org/")
    with app.app_context():
        article_id = make_article().id
        make_user("edna", "editor")
        client = app.test_client()
        client.post("/login", data={"login": "edna", "password": "correct horse battery"})
        page = client.post(f"/articles/{article_id}/share", data={"label": ""})
        assert 'value="https://desk.example.org/shared/cds_' in page.get_data(as_text=True)


def test_a_deleted_article_is_not_readable_through_its_link_until_restored(
    app, client, auth, make_user, checked
):
    _login(client, auth, make_user, "editor")
    token = _create_link(client, checked["article"])
    editor = db.session.scalar(select(User).where(User.username == "user_editor"))
    delete_article(get_article(checked["article"]), editor)
    db.session.commit()
    anonymous = app.test_client()
    assert anonymous.get(f"/shared/{token}").status_code == 404
    assert client.get(f"/articles/{checked['article']}/read").status_code == 404
    assert client.get(f"/articles/{checked['article']}/share").status_code == 404
    from webapp.services.articles import get_trashed_article

    restore_article(get_trashed_article(checked["article"]), editor)
    db.session.commit()
    assert anonymous.get(f"/shared/{token}").status_code == 200


def test_a_label_over_the_limit_is_refused_with_a_message(client, auth, make_user, checked):
    _login(client, auth, make_user, "editor")
    response = client.post(f"/articles/{checked['article']}/share", data={"label": "x" * 81})
    assert response.status_code == 400
    assert "80" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(ShareLink.id))) == 0
