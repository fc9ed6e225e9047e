"""Every screen tells the same story about where a claim stands in review: the article list,
the progress bar, the dashboard, the queue, the claim panel, the review filter, "next
unreviewed" and the default export all read the one definition of each review state."""

import re

import pytest
from sqlalchemy import select

from tests.conftest import PASSWORD
from webapp.extensions import db
from webapp.models import Claim, Status
from webapp.models.claim import ReviewState
from webapp.services import changes
from webapp.services import review as review_service
from webapp.services.articles import article_claims, list_articles
from webapp.services.claim_filters import ClaimFilter
from webapp.services.exports.selection import ExportSelection

ONE_CLAIM = "The unemployment rate fell to 3.9% in April, the Labor Department said on Friday."


def _status(name):
    return db.session.scalar(select(Status).where(Status.name == name))


def _to_state(claim, state, rita, ed):
    """Bring the claim to `state` the way people do, through the change pipeline."""
    changes.apply(claim, ed, changes.SetFields.of(assignee_id=rita.id), claim.version)
    if state is ReviewState.unreviewed:
        return
    if state is ReviewState.in_progress:
        status = _status("In progress")
        changes.apply(claim, rita, changes.SetFields.of(status_id=status.id), claim.version)
        return
    changes.apply(claim, rita, changes.SetFields.of(status_id=_status("False").id), claim.version)
    if state is ReviewState.returned:
        changes.apply(claim, ed, changes.Return("Find a second source."), claim.version)
    elif state is ReviewState.approved:
        changes.apply(claim, ed, changes.Approve(), claim.version)


@pytest.fixture
def people(app, make_user):
    return {"rita": make_user("rita", "reviewer"), "ed": make_user("ed", "editor")}


def _client(app, username):
    client = app.test_client()
    client.post("/login", data={"login": username, "password": PASSWORD})
    return client


@pytest.mark.parametrize("state", list(ReviewState), ids=lambda s: s.name)
def test_every_screen_agrees_on_the_review_state(app, people, make_article, state):
    article = make_article(text=ONE_CLAIM)
    claim = article.claims[0]
    _to_state(claim, state, people["rita"], people["ed"])
    db.session.commit()
    claim = db.session.get(Claim, claim.id)
    reviewed = state is ReviewState.approved
    awaiting = state is ReviewState.awaiting_approval

    # the definition itself: property and SQL agree
    assert claim.review_state is state
    in_sql = db.session.scalar(select(Claim.review_state).where(Claim.id == claim.id))
    assert in_sql == state.value

    # the article list and its page
    summary = next(s for s in list_articles() if s.article.id == article.id)
    assert (summary.reviewed_count, summary.awaiting_count) == (int(reviewed), int(awaiting))
    editor = _client(app, "ed")
    page = editor.get(f"/articles/{article.id}").get_data(as_text=True)
    assert f"{int(reviewed)} of 1 reviewed" in page
    assert ("1 awaiting approval" in page) is awaiting

    # the dashboard
    board = review_service.dashboard()
    row = next(a for a in board.articles if a.article.id == article.id)
    assert (row.reviewed, row.awaiting) == (int(reviewed), int(awaiting))
    assert (claim.id in [c.id for c in board.awaiting]) is awaiting

    # the reviewer's queue
    queue = review_service.queue(people["rita"])
    assert (claim.id in [c.id for c in queue]) is not reviewed
    queue_page = _client(app, "rita").get("/queue").get_data(as_text=True)
    if not reviewed:
        assert re.search(rf"state-{state.name}\b", queue_page)

    # the claim panel
    panel = editor.get(f"/claims/{claim.id}").get_data(as_text=True)
    verdict = re.search(r'<dd class="verdict-state">(.*?)</dd>', panel, re.S).group(1)
    expected = {
        ReviewState.approved: "approved",
        ReviewState.awaiting_approval: "awaiting approval",
        ReviewState.returned: "returned",
    }.get(state, "not proposed")
    assert expected in verdict

    # the review filter on the article page and the API
    for other in ReviewState:
        listed = article_claims(article, ClaimFilter(state=other))
        assert ([c.id for c in listed] == [claim.id]) is (other is state)

    # "next unreviewed" visits claims that still need work
    response = editor.get(f"/articles/{article.id}/next-unreviewed")
    needs_work = state in (ReviewState.unreviewed, ReviewState.in_progress, ReviewState.returned)
    assert (f"/claims/{claim.id}" in response.headers["Location"]) is needs_work

    # the default export holds reviewed claims only
    exported = list(db.session.scalars(ExportSelection().apply(select(Claim.id))))
    assert (claim.id in exported) is reviewed


def test_a_returned_verdict_is_not_awaiting_approval_anywhere(app, people, make_article):
    """The disagreement that was reported: after a return, the article list and progress bar
    counted the claim as awaiting approval while the dashboard and the panel did not."""
    article = make_article(text=ONE_CLAIM)
    _to_state(article.claims[0], ReviewState.returned, people["rita"], people["ed"])
    db.session.commit()
    summary = next(s for s in list_articles() if s.article.id == article.id)
    assert summary.awaiting_count == 0
    page = _client(app, "ed").get(f"/articles/{article.id}").get_data(as_text=True)
    assert "awaiting approval" not in page.split('id="article-progress"')[1].split("</div>")[0]


def test_my_queue_puts_returned_claims_first(app, people, make_article):
    first = make_article(title="First", text=ONE_CLAIM).claims[0]
    second = make_article(title="Second", text=ONE_CLAIM).claims[0]
    _to_state(first, ReviewState.in_progress, people["rita"], people["ed"])
    _to_state(second, ReviewState.returned, people["rita"], people["ed"])
    db.session.commit()
    assert [c.id for c in review_service.queue(people["rita"])] == [second.id, first.id]
