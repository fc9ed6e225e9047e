"""The change pipeline's flush without the unit of work (services/plain_flush.py): the same rows,
the same objects afterwards, the same version check, the same rollback, as Session.flush()."""

import pytest
from sqlalchemy import inspect, select, update
from sqlalchemy.exc import PendingRollbackError

from tests.api.test_read_scale import counted_statements
from webapp.extensions import db
from webapp.models import Claim, ClaimEvent, Note, Status
from webapp.services import changes, plain_flush, search, search_index
from webapp.services import claims as claim_service


@pytest.fixture
def claims(make_article):
    text = (
        "The council approved 149 new homes in 2019, the mayor said. "
        "Unemployment fell to 3.9% in April, the Labor Department said on Friday."
    )
    return make_article(text=text).claims


@pytest.fixture
def false_status(app):
    return db.session.scalar(select(Status).where(Status.name == "False"))


@pytest.fixture
def orm_only(monkeypatch):
    """Make plain_flush hand every flush to the ORM, for the same change the long way."""

    def unsupported(_session):
        raise plain_flush._Unsupported

    def use():
        monkeypatch.setattr(plain_flush, "_plan", unsupported)

    return use


def _no_orm_flush(*_args, **_kwargs):
    raise AssertionError("the ORM's flush ran")


def _save(claim, user, status, note):
    return changes.apply(
        claim, user, changes.SetFields.of(status_id=status.id, note=note), claim.version
    )


def _rows(claim_id: int) -> dict:
    """What a save left in the database, ids and times aside."""
    claim = db.session.execute(select(Claim.__table__).where(Claim.id == claim_id)).one()
    kept = ("status_id", "version", "updated_by_id", "proposed_by_id", "approved_by_id")
    notes = db.session.execute(
        select(Note.body, Note.author_id, Note.deleted_at).where(Note.claim_id == claim_id)
    ).all()
    events = db.session.execute(
        select(ClaimEvent.action, ClaimEvent.field, ClaimEvent.version, ClaimEvent.user_id)
        .where(ClaimEvent.claim_id == claim_id, ClaimEvent.action != "extracted")
        .order_by(ClaimEvent.id)
    ).all()
    return {
        "claim": {name: claim._mapping[name] for name in kept},
        "times set": claim.proposed_at is not None and claim.updated_at is not None,
        "notes": [tuple(row) for row in notes],
        "events": [tuple(row) for row in events],
    }


def test_a_save_is_written_without_the_unit_of_work_and_leaves_the_objects_clean(
    claims, make_user, false_status, monkeypatch
):
    reviewer = make_user("rita", "reviewer")
    claim = claims[0]

    monkeypatch.setattr(type(db.session()), "_flush", _no_orm_flush)
    with counted_statements(None) as statements:
        outcome = _save(claim, reviewer, false_status, "Checked against the minutes.")
    note = outcome.result
    writes = [" ".join(s.split()[:3]) for s in statements if s.startswith(("UPDATE", "INSERT"))]
    assert writes == ["UPDATE claims SET", "INSERT INTO notes", "INSERT INTO claim_events"]
    # As after the ORM's flush: the note persistent with its id and time, nothing pending.
    assert inspect(note).persistent and note.id is not None and note.created_at is not None
    assert note.deleted_at is None and note.claim_id == claim.id
    assert not inspect(claim).modified and claim.status_id == false_status.id
    assert claim.status is false_status and claim.version == 2
    assert not db.session.new and not db.session.dirty
    assert db.session.get(Note, note.id) is note
    monkeypatch.undo()
    db.session.commit()
    db.session.expire_all()
    assert claim.status_id == false_status.id and claim.version == 2
    assert [n.body for n in claim.notes] == ["Checked against the minutes."]


def test_a_save_leaves_the_same_rows_as_the_orms_flush(claims, make_user, false_status, orm_only):
    reviewer = make_user("rita", "reviewer")
    plain, long_way = claims[0], claims[1]
    _save(plain, reviewer, false_status, "Same note.")
    db.session.commit()
    orm_only()
    _save(long_way, reviewer, false_status, "Same note.")
    db.session.commit()
    assert _rows(plain.id) == _rows(long_way.id)
    assert _rows(plain.id)["events"] == [
        ("changed", "status", 2, reviewer.id),
        ("proposed", "verdict", 2, reviewer.id),
        ("note added", "note", 2, reviewer.id),
    ]


def test_a_relationship_change_writes_its_foreign_key(claims, make_user, monkeypatch):
    """Assigning sets `claim.assignee` (a many-to-one): its foreign key is written, as the
    ORM's flush would set it."""
    editor = make_user("edna", "editor")
    reviewer = make_user("rita", "reviewer")
    claim = claims[0]
    monkeypatch.setattr(type(db.session()), "_flush", _no_orm_flush)
    changes.apply(claim, editor, changes.SetFields.of(assignee_id=reviewer.id), 1)
    monkeypatch.undo()
    assert claim.assignee_id == reviewer.id and not db.session.dirty and not db.session.new
    db.session.commit()
    db.session.expire_all()
    assert db.session.get(Claim, claim.id).assignee_id == reviewer.id
    changes.apply(claim, editor, changes.SetFields.of(assignee_id=None), 2)
    db.session.commit()
    db.session.expire_all()
    assert db.session.get(Claim, claim.id).assignee_id is None


def test_a_version_moved_underneath_is_stale_and_writes_nothing(claims, make_user, false_status):
    """The UPDATE's version check: a colleague's save that landed after the claim was read
    makes this one a conflict; neither its note nor its history is written."""
    reviewer = make_user("rita", "reviewer")
    claim = claims[0]
    assert claim.version == 1
    # A colleague's save, behind this session's back (the loaded claim still says version 1).
    db.session.execute(update(Claim.__table__).where(Claim.id == claim.id).values(version=2))
    with pytest.raises(changes.StaleClaim):
        _save(claim, reviewer, false_status, "Too late.")
    # As after a failed ORM flush: the session must be rolled back before it is used again.
    with pytest.raises(PendingRollbackError):
        db.session.scalar(select(Note.id))
    db.session.rollback()
    assert db.session.scalars(select(Note).where(Note.claim_id == claim.id)).all() == []
    assert (
        db.session.scalars(
            select(ClaimEvent).where(ClaimEvent.claim_id == claim.id, ClaimEvent.version > 1)
        ).all()
        == []
    )


def test_a_rollback_forgets_the_new_note(claims, make_user, false_status):
    reviewer = make_user("rita", "reviewer")
    claim = claims[0]
    note = _save(claim, reviewer, false_status, "Rolled back.").result
    db.session.rollback()
    assert inspect(note).transient
    assert claim.version == 1 and claim.status_id != false_status.id
    assert db.session.scalars(select(Note)).all() == []


def test_the_saved_note_is_found_by_search(client, claims, make_user, false_status):
    reviewer = make_user("rita", "reviewer")
    _save(claims[0], reviewer, false_status, "Checked against the zanzibar minutes.")
    db.session.commit()
    page = search.search(search.SearchFilter(q="zanzibar"))
    assert [hit.claim.id for hit in page.hits] == [claims[0].id]
    assert search_index.out_of_step() == {"missing": 0, "stale": 0, "orphans": 0, "fts_ok": True}


def test_what_is_not_a_plain_shape_goes_through_the_orm(claims, make_user):
    """A deletion, or a new row pointing at another new row, is the ORM's to order."""
    reviewer = make_user("rita", "reviewer")
    claim = claim_service.get_claim(claims[0].id)
    note = changes.apply(claim, reviewer, changes.AddNote("First.")).result
    db.session.commit()
    db.session.delete(note)
    with pytest.raises(plain_flush._Unsupported):
        plain_flush._plan(db.session())
    plain_flush.flush(db.session())
    assert inspect(note).deleted
    db.session.rollback()
