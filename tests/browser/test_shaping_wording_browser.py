"""Splitting a claim in Chromium: the reviewer sees the two wordings before confirming, and the
claim list then shows two claims that read as sentences."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import editor_with_article
from tests.browser.test_workspace_browser import _claims

SENTENCE = (
    "Kazakhstan reported 13,000 cases (up from 9,000 in March), the health ministry said on Monday."
)
ARTICLE = f"{SENTENCE}\n\nRomania recorded the most cases (about 30,000), followed by Kazakhstan."
FIRST = "Kazakhstan reported 13,000 cases (up from 9,000 in March)."
SECOND = "The health ministry said on Monday."


@pytest.fixture
def outbreak(live_server, page):
    """An editor logged in; the article's first claim is the whole sentence above."""
    return editor_with_article(live_server, page, "Outbreak figures", ARTICLE)


def test_a_split_shows_both_wordings_before_it_is_saved(page, live_server, outbreak):
    claims_before = _claims(live_server, outbreak)
    claim_id = next(c[0] for c in claims_before if c[4] == SENTENCE)
    page.goto(f"/claims/{claim_id}")
    panel = page.locator("#claim-panel")
    panel.get_by_text("Shape this claim").click()
    preview = panel.locator("#split-preview li")
    expect(preview).to_have_count(2)  # the first split point's wordings, before any choice

    option = panel.locator("select[name=at] option", has_text="| the health ministry")
    panel.get_by_label("Split before the word").select_option(option.get_attribute("value"))
    expect(preview).to_have_text([FIRST, SECOND])
    assert _claims(live_server, outbreak) == claims_before  # seeing it saved nothing

    panel.get_by_role("button", name="Split claim").click()
    rows = page.locator("#claim-list .claim-row-text")
    expect(rows.filter(has_text="Kazakhstan reported")).to_have_text([FIRST])
    expect(rows.filter(has_text="health ministry")).to_have_text([SECOND])
    texts = [c[4] for c in _claims(live_server, outbreak) if c[3] is None]
    assert FIRST in texts and SECOND in texts and SENTENCE not in texts
