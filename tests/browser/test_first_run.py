"""A new user's first visit in real Chromium: set up, see the seed article, review a claim."""

import re

from playwright.sync_api import expect

from tests.conftest import PASSWORD
from webapp.extensions import db
from webapp.services.seeding import seed


def test_setup_seed_article_and_review_a_claim(page, live_server):
    with live_server.app_context():
        seed(live_server.config["SEEDS_DIR"], live_server.config["MAX_ARTICLE_BYTES"])
        db.session.commit()

    page.goto("/")
    expect(page).to_have_url(re.compile(r"/setup$"))
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_role("button", name="Create the admin account").click()
    expect(page.get_by_text("Your admin account is ready")).to_be_visible()

    # The highlights answer clicks once htmx has run: wait for the page's scripts, not its text.
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name=re.compile("Netanyahu meets Putin")).click()
    marks = page.locator(".claim-mark")
    expect(marks.first).to_be_visible()
    mark = page.locator(".claim-mark", has_text="Patriot missile").first
    mark.click()
    panel = page.locator("#claim-panel")
    expect(panel.locator(".passage mark")).to_contain_text("Patriot missile")
    expect(page).to_have_url(re.compile(r"/claims/\d+$"))  # clicked without a page reload

    panel.get_by_label("Status").select_option(label="Accurate")
    panel.get_by_role("button", name="Set status").click()
    expect(panel.locator(".panel-head .badge")).to_have_text("Accurate")

    panel.get_by_text("Add a source").click()
    panel.get_by_label("Web address").fill("https://www.idf.il/en/")
    panel.get_by_label("Title", exact=True).fill("IDF statement")
    panel.get_by_role("button", name="Add source").click()
    expect(panel.get_by_role("link", name="IDF statement")).to_have_attribute(
        "rel", "noopener noreferrer"
    )

    panel.get_by_label("Note").fill("Confirmed by two outlets.\nSee https://example.org/report")
    panel.get_by_role("button", name="Add note").click()
    expect(panel.locator(".note-body")).to_contain_text("Confirmed by two outlets.")

    page.reload()
    panel = page.locator("#claim-panel")
    expect(panel.locator(".panel-head .badge")).to_have_text("Accurate")
    expect(panel.get_by_role("link", name="IDF statement")).to_be_visible()
    expect(panel.get_by_role("link", name="https://example.org/report")).to_be_visible()
    # extracted, status, proposed verdict, source, note
    expect(panel.locator(".timeline li")).to_have_count(5)
    page.screenshot(path="test-results/first-run.png", full_page=False)
