"""What many browser tests do the same way."""

import re

from playwright.sync_api import expect

from tests.conftest import PASSWORD


def log_in(page, name: str, password: str = PASSWORD) -> None:
    """Log in through the real form and wait for the article list."""
    page.goto("/login")
    page.get_by_label("Username or e-mail").fill(name)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/$"))


def set_status_seen_by(page, colleague, claim_id: int, timeout: float | None = None) -> None:
    """`page` sets the claim's status to False; the colleague's page, with the claim open, is
    told without a reload (within `timeout` ms, if given) and its list row follows."""
    panel = page.locator("#claim-panel")
    panel.get_by_label("Status").select_option(label="False")
    panel.get_by_role("button", name="Set status").click()
    expect(panel.locator(".verdict-state")).to_contain_text("awaiting approval")
    stale = colleague.locator(f"#live-stale-{claim_id}")
    told = "changed this claim: status now False"
    expect(stale).to_contain_text(told, **({} if timeout is None else {"timeout": timeout}))
    expect(colleague.locator(f"#claim-row-{claim_id} .badge")).to_have_text("False")
    # The row came with the change and stays marked as the claim the colleague has open.
    expect(colleague.locator(f"#claim-row-{claim_id}")).to_have_class(re.compile(r"\bselected\b"))


def editor_with_article(live_server, page, title: str, text: str) -> int:
    """An editor "ada" logged in, and an article imported from `text`; returns its id."""
    from webapp.extensions import db
    from webapp.services import users
    from webapp.services.articles import import_article

    with live_server.app_context():
        users.create_user("ada", PASSWORD, "editor")
        article = import_article(title=title, text=text, max_bytes=10**6, created_by=None)
        db.session.commit()
        article_id = article.id
    log_in(page, "ada")
    return article_id


JOBS_TEXT = (
    "The unemployment rate fell to 3.9% in April, the Labor Department said on Friday.\n\n"
    "“We added 250,000 jobs last month,” Labor Secretary Jane Doe said."
)


def rita_and_ed_on_a_jobs_article(live_server) -> int:
    """A reviewer "rita", an editor "ed" and a two-claim jobs article; returns its first
    claim's id."""
    from webapp.extensions import db
    from webapp.services import users
    from webapp.services.articles import import_article

    with live_server.app_context():
        users.create_user("rita", PASSWORD, "reviewer")
        users.create_user("ed", PASSWORD, "editor")
        article = import_article(title="Jobs", text=JOBS_TEXT, max_bytes=10**6, created_by=None)
        db.session.commit()
        return article.claims[0].id
