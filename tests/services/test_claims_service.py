"""The claim service: field changes, history rows, versions, assignment."""

import pytest
from sqlalchemy import select

from webapp.extensions import db
from webapp.models import ClaimEvent, Status
from webapp.services import changes
from webapp.services.errors import Conflict, Invalid


@pytest.fixture
def claim(make_article):
    return make_article().claims[0]


def test_each_changed_field_is_one_history_row_and_one_version(claim, make_user):
    editor = make_user("editor1", "editor")
    false = db.session.scalar(select(Status).where(Status.name == "False"))
    changes.apply(
        claim,
        editor,
        changes.SetFields.of(**{"status_id": false.id, "speaker": "Jane Doe", "text": claim.text}),
        1,
    )
    db.session.commit()
    assert claim.version == 2
    rows = list(db.session.scalars(select(ClaimEvent).where(ClaimEvent.action == "changed")))
    assert {row.field for row in rows} == {"status", "speaker"}
    assert all(row.version == 2 and row.user_id == editor.id for row in rows)


def test_no_op_change_keeps_the_version(claim, make_user):
    editor = make_user("editor1", "editor")
    changes.apply(claim, editor, changes.SetFields.of(**{"text": claim.text}), 1)
    assert claim.version == 1


def test_assignment_is_recorded_and_limited_to_active_workers(claim, make_user):
    editor = make_user("editor1", "editor")
    reviewer = make_user("rev", "reviewer")
    viewer = make_user("val", "viewer")
    changes.apply(claim, editor, changes.SetFields.of(**{"assignee_id": reviewer.id}), 1)
    db.session.commit()
    assert claim.assignee_id == reviewer.id
    event = db.session.scalar(select(ClaimEvent).where(ClaimEvent.field == "assignee"))
    assert event.after == {"id": reviewer.id, "name": "rev"}
    with pytest.raises(Invalid):
        changes.apply(claim, editor, changes.SetFields.of(**{"assignee_id": viewer.id}), 2)


def test_stale_version_is_a_conflict_naming_who_changed_it(claim, make_user):
    editor = make_user("editor1", "editor")
    changes.apply(claim, editor, changes.SetFields.of(**{"speaker": "A"}), 1)
    db.session.commit()
    with pytest.raises(Conflict) as caught:
        changes.apply(claim, editor, changes.SetFields.of(**{"speaker": "B"}), 1)
    assert "changed by editor1" in caught.value.message
    assert caught.value.details["speaker"] == "A"


def test_unknown_fields_are_refused(claim, make_user):
    editor = make_user("editor1", "editor")
    with pytest.raises(Invalid):
        changes.apply(claim, editor, changes.SetFields.of(**{"version": 99}), 1)
