"""The review workflow through the web pages: assignment, queue, proposal, approval, return,
restore, comments with mentions, notifications, blind double review, dashboard, live updates."""

import pytest
from sqlalchemy import func, select

from tests.conftest import PASSWORD
from webapp.extensions import db
from webapp.models import (
    BlindVerdict,
    Claim,
    ClaimEvent,
    Comment,
    Notification,
    Source,
    Status,
    WorkspaceEvent,
)
from webapp.services.articles import article_summary


def _status(name):
    return db.session.scalar(select(Status).where(Status.name == name))


def _claim(claim_id):
    db.session.expire_all()
    return db.session.get(Claim, claim_id)


def _client(app, username):
    client = app.test_client()
    response = client.post("/login", data={"login": username, "password": PASSWORD})
    assert response.status_code == 302
    return client


@pytest.fixture
def team(app, make_user):
    make_user("admin1", "admin")
    make_user("editor1", "editor")
    make_user("editor2", "editor")
    make_user("rita", "reviewer")
    make_user("rob", "reviewer")
    make_user("vera", "viewer")
    return {name: _client(app, name) for name in ("admin1", "editor1", "editor2", "rita", "rob")}


@pytest.fixture
def claim(make_article):
    return make_article().claims[0]


def _ids(*names):
    from webapp.models import User

    return [db.session.scalar(select(User.id).where(User.username == n)) for n in names]


def _propose_false(client, claim_id):
    version = _claim(claim_id).version
    return client.post(
        f"/claims/{claim_id}/status", data={"status_id": _status("False").id, "version": version}
    )


def test_editor_assigns_a_claim_and_it_lands_in_the_reviewers_queue(team, claim):
    (rita_id,) = _ids("rita")
    response = team["editor1"].post(
        f"/claims/{claim.id}/assign", data={"assignee_id": rita_id, "version": 1}
    )
    assert response.status_code == 302
    assert _claim(claim.id).assignee_id == rita_id
    queue = team["rita"].get("/queue").get_data(as_text=True)
    assert claim.text in queue
    assert claim.text not in team["rob"].get("/queue").get_data(as_text=True)
    note = db.session.scalar(select(Notification).where(Notification.user_id == rita_id))
    assert "assigned claim" in note.message


def test_editor_assigns_a_whole_article(team, make_article):
    article = make_article()
    (rob_id,) = _ids("rob")
    response = team["editor1"].post(f"/articles/{article.id}/assign", data={"assignee_id": rob_id})
    assert response.status_code == 302
    db.session.expire_all()
    assigned = db.session.scalars(select(Claim.assignee_id).where(Claim.article_id == article.id))
    assert set(assigned) == {rob_id}
    events = db.session.scalar(
        select(func.count(ClaimEvent.id)).where(ClaimEvent.field == "assignee")
    )
    assert events == len(article.claims)


def test_reviewer_verdict_is_proposed_then_approved_by_an_editor(team, claim):
    assert _propose_false(team["rita"], claim.id).status_code == 302
    proposed = _claim(claim.id)
    assert proposed.proposed_by.username == "rita" and proposed.approved_at is None
    panel = team["editor1"].get(f"/claims/{claim.id}").get_data(as_text=True)
    assert "awaiting approval" in panel and 'data-shortcut="a"' in panel
    seen = proposed.version
    response = team["editor1"].post(f"/claims/{claim.id}/approve", data={"version": seen})
    assert response.status_code == 302
    approved = _claim(claim.id)
    assert approved.approved_by.username == "editor1" and approved.version == seen + 1
    actions = list(
        db.session.scalars(
            select(ClaimEvent.action).where(
                ClaimEvent.claim_id == claim.id, ClaimEvent.field == "verdict"
            )
        )
    )
    assert actions == ["proposed", "approved"]
    approval = db.session.scalar(select(ClaimEvent).where(ClaimEvent.action == "approved"))
    assert approval.after == {
        "id": _status("False").id,
        "name": "False",
        "proposed_by": {"id": proposed.proposed_by_id, "name": "rita"},
    }


def test_a_new_status_after_approval_needs_approval_again(team, claim):
    _propose_false(team["rita"], claim.id)
    team["editor1"].post(f"/claims/{claim.id}/approve", data={"version": _claim(claim.id).version})
    version = _claim(claim.id).version
    team["rob"].post(
        f"/claims/{claim.id}/status",
        data={"status_id": _status("Misleading").id, "version": version},
    )
    changed = _claim(claim.id)
    assert changed.approved_at is None and changed.proposed_by.username == "rob"


def test_editor_cannot_approve_own_proposal_unless_the_workspace_allows_it(team, claim):
    _propose_false(team["editor1"], claim.id)
    version = _claim(claim.id).version
    refused = team["editor1"].post(f"/claims/{claim.id}/approve", data={"version": version})
    assert refused.status_code == 403
    assert b"proposed this verdict yourself" in refused.data
    assert _claim(claim.id).approved_at is None

    team["admin1"].post("/admin/settings", data={"allow_self_approval": "y"})
    allowed = team["editor1"].post(f"/claims/{claim.id}/approve", data={"version": version})
    assert allowed.status_code == 302
    assert _claim(claim.id).approved_by.username == "editor1"


def test_approving_a_changed_verdict_is_refused_as_stale(team, claim):
    _propose_false(team["rita"], claim.id)
    seen = _claim(claim.id).version
    team["rob"].post(
        f"/claims/{claim.id}/status", data={"status_id": _status("Accurate").id, "version": seen}
    )
    response = team["editor1"].post(f"/claims/{claim.id}/approve", data={"version": seen})
    assert response.status_code == 409
    assert b"changed by rob" in response.data
    assert _claim(claim.id).approved_at is None


def test_editor_returns_a_verdict_with_a_comment(team, claim):
    _propose_false(team["rita"], claim.id)
    version = _claim(claim.id).version
    empty = team["editor1"].post(
        f"/claims/{claim.id}/return", data={"version": version, "comment": " "}
    )
    assert empty.status_code == 400 and _claim(claim.id).proposed_by_id is not None
    response = team["editor1"].post(
        f"/claims/{claim.id}/return",
        data={"version": version, "comment": "Cite the BLS table."},
    )
    assert response.status_code == 302
    returned = _claim(claim.id)
    assert returned.proposed_by_id is None and returned.approved_at is None
    event = db.session.scalar(select(ClaimEvent).where(ClaimEvent.action == "returned"))
    assert event.after == {"comment": "Cite the BLS table."}
    assert event.before["proposed_by"]["name"] == "rita"
    (rita_id,) = _ids("rita")
    assert db.session.scalar(
        select(Notification.message).where(Notification.user_id == rita_id)
    ).startswith("editor1 returned the verdict")
    assert "Cite the BLS table." in team["rita"].get(f"/claims/{claim.id}").get_data(as_text=True)
    dashboard = team["editor1"].get("/dashboard").get_data(as_text=True)
    assert "rita" in dashboard
    # The reviewer puts the (reworked) verdict forward again.
    again = team["rita"].post(f"/claims/{claim.id}/propose", data={"version": returned.version})
    assert again.status_code == 302 and _claim(claim.id).proposed_by.username == "rita"


def test_approval_is_what_counts_as_reviewed(team, claim):

    _propose_false(team["rita"], claim.id)
    assert article_summary(claim.article.id).reviewed_count == 0
    team["editor1"].post(f"/claims/{claim.id}/approve", data={"version": _claim(claim.id).version})
    assert article_summary(claim.article.id).reviewed_count == 1


def test_restore_an_earlier_value_is_a_new_history_entry(team, claim):
    original = claim.text
    team["rita"].post(f"/claims/{claim.id}/edit", data={"text": "Reworded.", "version": 1})
    event = db.session.scalar(
        select(ClaimEvent).where(ClaimEvent.claim_id == claim.id, ClaimEvent.field == "text")
    )
    response = team["rob"].post(f"/claims/{claim.id}/restore/{event.id}", data={"version": 2})
    assert response.status_code == 302
    restored = _claim(claim.id)
    assert restored.text == original and restored.version == 3
    latest = db.session.scalar(
        select(ClaimEvent).where(ClaimEvent.claim_id == claim.id).order_by(ClaimEvent.id.desc())
    )
    # Restoring an earlier value is the one undo: an "undone" entry pointing at the change.
    assert (latest.action, latest.before, latest.after) == ("undone", "Reworded.", original)
    assert latest.undoes_id == event.id
    total = db.session.scalar(
        select(func.count(ClaimEvent.id)).where(ClaimEvent.claim_id == claim.id)
    )
    assert total >= 3  # nothing removed from the history


def test_restore_brings_back_a_removed_source(team, claim):
    team["rita"].post(
        f"/claims/{claim.id}/sources", data={"url": "https://bls.gov/x", "stance": "supports"}
    )
    source = db.session.scalar(select(Source).where(Source.claim_id == claim.id))
    team["rita"].post(f"/claims/{claim.id}/sources/{source.id}/delete")
    removed = db.session.scalar(select(ClaimEvent).where(ClaimEvent.action == "source removed"))
    version = _claim(claim.id).version
    response = team["rob"].post(
        f"/claims/{claim.id}/restore/{removed.id}", data={"version": version}
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Source, source.id).deleted_at is None


def test_restore_from_another_claims_history_answers_404(team, make_article):
    first, second = make_article().claims[:2]
    team["rita"].post(f"/claims/{first.id}/edit", data={"text": "Reworded.", "version": 1})
    event = db.session.scalar(select(ClaimEvent).where(ClaimEvent.field == "text"))
    response = team["rita"].post(f"/claims/{second.id}/restore/{event.id}", data={"version": 1})
    assert response.status_code == 404
    assert _claim(second.id).version == 1


def test_comment_mentions_notify_and_show_in_the_nav(team, claim):
    response = team["rita"].post(
        f"/claims/{claim.id}/comments",
        data={"body": "@rob can you check the April figure? cc @nobody @RITA"},
    )
    assert response.status_code == 302
    assert db.session.scalar(select(Comment.body)).startswith("@rob can you")
    notes = list(db.session.scalars(select(Notification)))
    assert [n.user_id for n in notes] == _ids("rob")
    page = team["rob"].get("/notifications").get_data(as_text=True)
    assert "rita mentioned you on claim" in page
    assert 'class="unread-count"' in page
    team["rob"].post(f"/notifications/{notes[0].id}/read")
    assert 'class="unread-count"' not in team["rob"].get("/notifications").get_data(as_text=True)


def test_someone_elses_notification_answers_404(team, claim):
    team["rita"].post(f"/claims/{claim.id}/comments", data={"body": "@rob look"})
    note = db.session.scalar(select(Notification))
    assert team["rita"].post(f"/notifications/{note.id}/read").status_code == 404
    db.session.expire_all()
    assert db.session.get(Notification, note.id).read_at is None


def test_blind_double_review_hides_verdicts_until_the_editor_decides(team, make_article):
    article = make_article()
    first, second = article.claims[:2]
    rita_id, rob_id = _ids("rita", "rob")
    started = team["editor1"].post(
        f"/articles/{article.id}/blind-review",
        data={"first_reviewer_id": rita_id, "second_reviewer_id": rob_id},
    )
    assert started.status_code == 302
    false, accurate = _status("False"), _status("Accurate")
    team["rita"].post(f"/claims/{first.id}/blind-verdict", data={"status_id": false.id})
    team["rob"].post(f"/claims/{first.id}/blind-verdict", data={"status_id": accurate.id})
    team["rita"].post(f"/claims/{second.id}/blind-verdict", data={"status_id": false.id})
    team["rob"].post(f"/claims/{second.id}/blind-verdict", data={"status_id": false.id})
    assert db.session.scalar(select(func.count(BlindVerdict.id))) == 4

    rob_view = team["rob"].get(f"/claims/{first.id}").get_data(as_text=True)
    assert "rob: <strong>Accurate</strong>" in rob_view
    assert "rita: <strong>" not in rob_view
    # A blind reviewer cannot set the shared status (it would show the other their verdict).
    blocked = team["rob"].post(
        f"/claims/{first.id}/status", data={"status_id": accurate.id, "version": 1}
    )
    assert blocked.status_code == 403 and _claim(first.id).version == 1

    page = team["editor1"].get(f"/articles/{article.id}/blind-review").get_data(as_text=True)
    assert page.index(first.text) < page.index(second.text)  # disagreement first
    assert "50% agree" in page
    decided = team["editor1"].post(
        f"/claims/{first.id}/decide", data={"status_id": false.id, "version": 1}
    )
    assert decided.status_code == 302
    claim = _claim(first.id)
    assert claim.status_id == false.id and claim.approved_by.username == "editor1"
    assert "agree" in team["editor1"].get("/dashboard").get_data(as_text=True)


def test_dashboard_shows_progress_reviewers_waiting_and_oldest(team, claim):
    (rita_id,) = _ids("rita")
    team["editor1"].post(f"/claims/{claim.id}/assign", data={"assignee_id": rita_id, "version": 1})
    _propose_false(team["rita"], claim.id)
    page = team["rob"].get("/dashboard").get_data(as_text=True)
    assert 'Waiting for approval <span class="count">1</span>' in page
    assert "proposed by rita" in page
    assert "Oldest unreviewed claims" in page


def test_live_poll_reports_colleagues_changes_and_viewers(app, team, claim):
    first = team["rob"].post(f"/live/articles/{claim.article_id}?claim={claim.id}")
    assert first.status_code == 200
    cursor = first.get_json()["cursor"]
    _propose_false(team["rita"], claim.id)
    team["rita"].post(f"/live/articles/{claim.article_id}?claim={claim.id}")
    data = (
        team["rob"]
        .post(f"/live/articles/{claim.article_id}?claim={claim.id}&after={cursor}")
        .get_json()
    )
    assert [change["id"] for change in data["changed"]] == [claim.id]
    assert data["changed"][0]["by"] == "rita" and data["changed"][0]["status"] == "False"
    assert data["viewers"] == ["rita"]
    own = (
        team["rita"]
        .post(f"/live/articles/{claim.article_id}?claim={claim.id}&after={cursor}")
        .get_json()
    )
    assert own["changed"] == [] and own["viewers"] == ["rob"]


def test_live_poll_says_what_a_colleague_changed(app, team, claim):
    """Issue 12 (10): a wording edit is announced as a wording edit, not as a status."""
    cursor = team["rob"].post(f"/live/articles/{claim.article_id}").get_json()["cursor"]
    team["rita"].post(
        f"/claims/{claim.id}/edit",
        data={"text": "Jobs grew by 240,000.", "speaker": "", "version": claim.version},
    )
    data = team["rob"].post(f"/live/articles/{claim.article_id}?after={cursor}").get_json()
    (change,) = data["changed"]
    assert "text" in change["fields"]
    assert "status" not in change["fields"]
    # The change brings the claim's row as the list shows it: the page swaps it in, with no
    # request per open page and change.
    page = team["rob"].get(f"/articles/{claim.article_id}").get_data(as_text=True)
    start = page.index(f'<li id="claim-row-{claim.id}"')
    assert change["row"] == page[start : page.index("</li>", start) + len("</li>")]
    assert "Jobs grew by 240,000." in change["row"]


def test_workspace_events_are_written_for_admin_actions(team):
    team["admin1"].post("/admin/settings", data={"allow_self_approval": "y"})
    event = db.session.scalar(select(WorkspaceEvent))
    assert (event.action, event.before, event.after) == ("setting changed", "no", "yes")
