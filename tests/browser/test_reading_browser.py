"""A share link in real Chromium: an editor makes one, and someone with no account opens it."""

import os
from datetime import date
from pathlib import Path

from playwright.sync_api import expect
from sqlalchemy import select

from tests.browser.helpers import log_in
from tests.conftest import PASSWORD
from webapp.extensions import db
from webapp.models import Status
from webapp.services import changes, users
from webapp.services.articles import import_article

SCREENSHOTS = Path(os.environ.get("CLAIMDESK_SCREENSHOT_DIR", "test-results"))
ARTICLE = (
    "The council approved 120 new homes on Tuesday, the mayor said.\n\n"
    "Officials said unemployment fell to 3.9% in April. Critics said the figure hides "
    "part-time work.\n\n"
    "The new homes will cost £40 million, according to the council's budget papers."
)


def _checked_article(app) -> int:
    """An article whose first claim an editor approved as False, with a source, and whose
    second claim was found Accurate and awaits approval."""
    with app.app_context():
        ada = users.create_user("ada", PASSWORD, "editor")
        bea = users.create_user("bea", PASSWORD, "editor")
        article = import_article(
            title="Council approves 120 homes",
            text=ARTICLE,
            max_bytes=10**6,
            created_by=ada,
            url="https://news.example.org/council-homes",
            outlet="Example Gazette",
            author="Jo Writer",
            published_on=date(2026, 11, 3),
        )
        status = {s.name: s.id for s in db.session.scalars(select(Status))}
        first, second = article.claims[0], article.claims[1]
        changes.apply(
            first,
            ada,
            changes.AddSource(
                changes.SourceFields(
                    url="https://minutes.example.org/council/2026-11-03",
                    title="Council minutes, 3 November",
                    publisher="City council",
                    stance="refutes",
                )
            ),
        )
        changes.apply(first, ada, changes.SetFields.of(status_id=status["False"]), first.version)
        changes.apply(first, bea, changes.Approve(), first.version)
        changes.apply(
            second, ada, changes.SetFields.of(status_id=status["Accurate"]), second.version
        )
        db.session.commit()
        return article.id


def test_an_editor_shares_an_article_and_a_reader_without_an_account_sees_the_verdicts(
    browser, live_server, page
):
    article_id = _checked_article(live_server)
    log_in(page, "ada")
    page.goto(f"/articles/{article_id}")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(".article-head").screenshot(path=str(SCREENSHOTS / "article-actions.png"))
    page.get_by_role("link", name="Share", exact=True).click()
    page.get_by_label("Label (optional)").fill("for the ombudsman")
    page.get_by_role("button", name="Create share link").click()
    address = page.get_by_label("New share link").input_value()
    assert "/shared/cds_" in address
    expect(page.locator(".share-table")).to_contain_text("for the ombudsman")
    page.screenshot(path=str(SCREENSHOTS / "share-links.png"), full_page=True)
    page.get_by_role("link", name="reading view").click()
    expect(page.locator("#verdict-1")).to_contain_text("verdict approved by bea")
    page.screenshot(path=str(SCREENSHOTS / "reading-view.png"), full_page=True)
    page.emulate_media(media="print")
    expect(page.locator(".topbar")).to_be_hidden()  # on paper: no navigation, no buttons
    expect(page.get_by_role("button", name="Print")).to_be_hidden()
    page.emulate_media(media="screen")

    reader = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        errors = []
        shared = reader.new_page()
        shared.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        shared.goto(address)
        expect(shared.get_by_role("heading", name="Council approves 120 homes")).to_be_visible()
        expect(shared.locator(".reading-byline")).to_have_text("By Jo Writer · 3 November 2026")
        marks = shared.locator("#reading-text .claim-mark")
        expect(marks.first).to_be_visible()
        assert marks.count() >= 2
        # The highlight carries the status colour (a tinted background), not plain text.
        background = marks.first.evaluate("node => getComputedStyle(node).backgroundColor")
        assert background not in ("rgba(0, 0, 0, 0)", "transparent")
        first = shared.locator("#verdict-1")
        expect(first.locator(".badge")).to_have_text("False")
        expect(first).to_contain_text("verdict approved by an editor")
        expect(first.get_by_role("link", name="Council minutes, 3 November")).to_have_attribute(
            "href", "https://minutes.example.org/council/2026-11-03"
        )
        expect(shared.locator("#verdict-2")).to_contain_text("awaiting an editor's approval")
        expect(shared.get_by_role("navigation")).to_have_count(0)
        expect(shared.locator("form")).to_have_count(0)
        assert "bea" not in shared.content() and "ombudsman" not in shared.content()
        shared.locator(".claim-ref a").first.click()
        expect(first).to_be_in_viewport()
        shared.screenshot(path=str(SCREENSHOTS / "reading-shared.png"), full_page=True)
        shared.emulate_media(media="print")
        assert shared.locator(".verdicts").evaluate("n => getComputedStyle(n).position") == (
            "static"
        )
        shared.screenshot(path=str(SCREENSHOTS / "reading-shared-print.png"), full_page=True)
        assert reader.cookies() == []  # reading a share link makes no session
        assert errors == []
    finally:
        reader.close()
