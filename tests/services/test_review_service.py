"""The review service directly: what counts as reviewed, queues, returns, comparison order."""

import pytest
from sqlalchemy import select

from webapp.extensions import db
from webapp.models import Status
from webapp.services import changes, review
from webapp.services.articles import article_summary
from webapp.services.errors import Conflict, Forbidden, Invalid


def _status(name):
    return db.session.scalar(select(Status).where(Status.name == name))


@pytest.fixture
def people(make_user):
    return {
        "rita": make_user("rita", "reviewer"),
        "rob": make_user("rob", "reviewer"),
        "ed": make_user("ed", "editor"),
    }


def test_a_final_status_is_proposed_and_a_working_status_is_not(people, make_article):
    claim = make_article().claims[0]
    changes.apply(
        claim, people["rita"], changes.SetFields.of(**{"status_id": _status("In progress").id}), 1
    )
    assert claim.proposed_by_id is None
    changes.apply(
        claim, people["rita"], changes.SetFields.of(**{"status_id": _status("False").id}), 2
    )
    assert claim.proposed_by_id == people["rita"].id and claim.awaiting_approval


def test_only_approval_counts_as_reviewed(people, make_article):
    article = make_article()
    claim = article.claims[0]
    changes.apply(
        claim, people["rita"], changes.SetFields.of(**{"status_id": _status("False").id}), 1
    )
    assert article_summary(article.id).reviewed_count == 0
    changes.apply(claim, people["ed"], changes.Approve(), claim.version)
    assert article_summary(article.id).reviewed_count == 1 and claim.reviewed


def test_approve_refuses_nothing_pending_and_stale_versions(people, make_article):
    claim = make_article().claims[0]
    with pytest.raises(Invalid):
        changes.apply(claim, people["ed"], changes.Approve(), claim.version)
    changes.apply(
        claim, people["rita"], changes.SetFields.of(**{"status_id": _status("False").id}), 1
    )
    with pytest.raises(Conflict):
        changes.apply(claim, people["ed"], changes.Approve(), 1)
    assert claim.approved_at is None


def test_self_approval_is_forbidden_by_default(people, make_article):
    claim = make_article().claims[0]
    changes.apply(
        claim, people["ed"], changes.SetFields.of(**{"status_id": _status("False").id}), 1
    )
    with pytest.raises(Forbidden):
        changes.apply(claim, people["ed"], changes.Approve(), claim.version)


def test_queue_lists_returned_claims_first_and_leaves_out_approved(people, make_article):
    first, second, *_ = make_article().claims
    for claim in (first, second):
        changes.apply(
            claim, people["ed"], changes.SetFields.of(assignee_id=people["rita"].id), claim.version
        )
    changes.apply(
        second,
        people["rita"],
        changes.SetFields.of(**{"status_id": _status("False").id}),
        second.version,
    )
    changes.apply(second, people["ed"], changes.Return("Needs a source."), second.version)
    changes.apply(
        first,
        people["rita"],
        changes.SetFields.of(**{"status_id": _status("False").id}),
        first.version,
    )
    queue = review.queue(people["rita"])
    assert [c.id for c in queue] == [second.id, first.id]
    assert [c.review_state.name for c in queue] == ["returned", "awaiting_approval"]
    changes.apply(first, people["ed"], changes.Approve(), first.version)
    assert [c.id for c in review.queue(people["rita"])] == [second.id]


def test_comparison_puts_disagreements_first(people, make_article):
    article = make_article()
    first, second = article.claims[:2]
    review.start_blind_review(article, people["ed"], people["rita"].id, people["rob"].id)
    review.give_blind_verdict(first, people["rita"], _status("False").id)
    review.give_blind_verdict(first, people["rob"], _status("False").id)
    review.give_blind_verdict(second, people["rita"], _status("False").id)
    review.give_blind_verdict(second, people["rob"], _status("Accurate").id)
    rows = review.comparison(article)
    assert rows[0].claim.id == second.id and not rows[0].agree
    assert [row.claim.id for row in rows if row.agree] == [first.id]
    board = review.dashboard()
    assert board.team_agreement.pairs == 2 and board.team_agreement.percent == 50


def test_blind_verdicts_only_from_the_chosen_reviewers(people, make_article, make_user):
    article = make_article()
    review.start_blind_review(article, people["ed"], people["rita"].id, people["rob"].id)
    outsider = make_user("otto", "reviewer")
    with pytest.raises(Forbidden):
        review.give_blind_verdict(article.claims[0], outsider, _status("False").id)
    with pytest.raises(Conflict):
        review.start_blind_review(article, people["ed"], people["rita"].id, people["rob"].id)
