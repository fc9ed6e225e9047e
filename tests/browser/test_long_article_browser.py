"""Issue 12 (7): a long article opens with its first part; scrolling loads the rest of the text
and of the claim list in place, with no reload and nothing missing."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import editor_with_article
from webapp.extensions import db
from webapp.models import Article
from webapp.views import presenters

PARAGRAPHS = 40
TEXT = "\n\n".join(
    f"The council of district {n} approved {100 + n} new homes in {2000 + n}, the mayor said."
    for n in range(PARAGRAPHS)
)


@pytest.fixture
def long_article(live_server, page, monkeypatch):
    monkeypatch.setattr(presenters, "TEXT_PAGE_MARKS", 10)
    monkeypatch.setattr(presenters, "LIST_PAGE_ROWS", 12)
    article_id = editor_with_article(live_server, page, "Long", TEXT)
    with live_server.app_context():
        claims = len(db.session.get(Article, article_id).claims)
    return article_id, claims


def test_scrolling_loads_the_rest_of_the_text_and_the_list(page, long_article):
    article_id, claims = long_article
    page.goto(f"/articles/{article_id}")
    page.evaluate("window.sameDocument = true")
    paragraphs = page.locator("#article-text p[data-start]")
    rows = page.locator("#claim-list .claim-row")
    expect(paragraphs.first).to_be_visible()
    assert paragraphs.count() < PARAGRAPHS and rows.count() < claims

    for _ in range(20):  # scroll the text and the list to their ends, as a reader would
        page.mouse.wheel(0, 4000)
        page.locator("#claim-list .claim-row").last.scroll_into_view_if_needed()
        if paragraphs.count() == PARAGRAPHS and rows.count() == claims:
            break
        page.wait_for_timeout(150)
    expect(paragraphs).to_have_count(PARAGRAPHS)
    expect(rows).to_have_count(claims)
    expect(page.locator(".more-text, .more-rows")).to_have_count(0)
    expect(paragraphs.last).to_contain_text(f"district {PARAGRAPHS - 1}")
    # The last claim, loaded late, opens like any other.
    rows.last.locator("a").click()
    expect(page.locator("#claim-panel .panel")).to_be_visible()
    assert page.evaluate("window.sameDocument === true")
