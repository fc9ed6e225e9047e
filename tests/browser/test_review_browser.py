"""Two reviewers in real Chromium on the same claim: each sees the other viewing it, and a
colleague's save shows up without reloading; an editor approves with the `a` key."""

from playwright.sync_api import expect

from tests.browser.helpers import log_in, rita_and_ed_on_a_jobs_article, set_status_seen_by


def test_colleagues_see_each_other_and_each_others_changes(browser, page, live_server):
    claim_id = rita_and_ed_on_a_jobs_article(live_server)

    log_in(page, "rita")
    page.goto(f"/claims/{claim_id}")
    other_context = browser.new_context(base_url=live_server.live_url)
    errors = []
    editor = other_context.new_page()
    editor.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    log_in(editor, "ed")
    editor.goto(f"/claims/{claim_id}")

    expect(page.locator(f"#live-viewers-{claim_id}")).to_have_text("Also viewing: ed")
    expect(editor.locator(f"#live-viewers-{claim_id}")).to_have_text("Also viewing: rita")

    # The editor's open panel learns of the change without a reload, and offers the new version.
    set_status_seen_by(page, editor, claim_id)
    stale = editor.locator(f"#live-stale-{claim_id}")
    expect(stale).to_contain_text("rita changed this claim")
    stale.get_by_role("link", name="Show the current version").click()
    expect(editor.locator(".verdict-state")).to_contain_text("awaiting approval")

    editor.locator("body").press("a")
    expect(editor.locator(".verdict-state")).to_contain_text("approved")
    other_context.close()
    assert errors == []
