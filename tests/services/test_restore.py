"""Restore: a full export comes back identical; conflicts are reported; bad files change
nothing and say where the first problem is."""

import json

import pytest
from sqlalchemy import func, select

from webapp.extensions import db
from webapp.models import Article, Claim, ClaimEvent, Comment, Status, User
from webapp.services import changes
from webapp.services.errors import Invalid
from webapp.services.exports import ExportSelection, export_stream
from webapp.services.exports.links import build_context
from webapp.services.restore import parse_document, restore_document


def _status(name):
    return db.session.scalar(select(Status).where(Status.name == name))


def _full_export(app) -> dict:
    context = build_context(app, "https://desk.example/")
    return json.loads("".join(export_stream("json", ExportSelection(include_all=True), context)))


@pytest.fixture
def workspace(app, make_article, make_user):
    ann = make_user("ann", "reviewer")
    first_article = make_article("Jobs report")
    make_article("Budget", "The budget rose 4% in 2022, the ministry said. Taxes fell 2%.")
    claim = first_article.claims[0]
    changes.apply(claim, ann, changes.SetFields.of(**{"status_id": _status("Misleading").id}), 1)
    changes.apply(
        claim,
        ann,
        changes.AddSource(changes.SourceFields(url="https://stats.example/a", title="A")),
    )
    removed = changes.apply(
        claim, ann, changes.AddSource(changes.SourceFields(url="https://stats.example/b"))
    ).result
    changes.apply(claim, ann, changes.RemoveSource(removed.id))
    changes.apply(claim, ann, changes.AddNote("Line one\nline two"))
    db.session.add(Comment(claim_id=claim.id, author_id=ann.id, body="Agreed."))
    changes.apply(claim, make_user("edna", "editor"), changes.Approve(), claim.version)
    db.session.commit()
    return first_article


def _empty_the_workspace():
    """Everything but the statuses and settings, users included."""
    for table in reversed(db.metadata.sorted_tables):
        if table.name not in ("statuses", "settings"):
            db.session.execute(table.delete())
    db.session.commit()


def _counts():
    return [
        db.session.scalar(select(func.count(model.id)))
        for model in (Article, Claim, ClaimEvent, Comment)
    ]


def test_round_trip_gives_the_same_document_apart_from_the_export_time(app, workspace):
    before = _full_export(app)
    raw = json.dumps(before)
    _empty_the_workspace()
    assert _counts() == [0, 0, 0, 0]
    report = restore_document(parse_document(raw))
    db.session.commit()
    assert report.conflicts == [] and report.renumbered == []
    assert report.articles == 2 and report.claims == len(before["claims"])
    assert report.users_created == ["ann", "edna"]
    after = _full_export(app)
    assert after.pop("exported_at") != "" and before.pop("exported_at") != ""
    assert after == before
    # People named in a backup come back as names only: nobody can log in as them.
    ann = db.session.scalar(select(User).where(User.username == "ann"))
    assert ann.active is False and ann.role == "viewer"


def test_restoring_into_the_same_workspace_reports_each_conflict_and_changes_nothing(
    app, workspace
):
    document = _full_export(app)
    counts = _counts()
    report = restore_document(parse_document(json.dumps(document)))
    db.session.commit()
    assert report.articles == 0 and report.claims == 0
    paths = [conflict["path"] for conflict in report.conflicts]
    assert paths[:2] == ["$.articles[0]", "$.claims[0]"]
    assert len(paths) == len(document["articles"]) + len(document["claims"])
    assert "already here" in report.conflicts[0]["message"]
    assert _counts() == counts


def test_a_new_article_whose_numbers_are_taken_is_restored_with_new_numbers(app, workspace):
    document = _full_export(app)
    document["articles"][0]["title"] = "Jobs report (copy from another desk)"
    document["articles"] = document["articles"][:1]
    first_id = document["articles"][0]["id"]
    document["claims"] = [c for c in document["claims"] if c["article"]["id"] == first_id]
    report = restore_document(parse_document(json.dumps(document)))
    db.session.commit()
    assert report.articles == 1 and report.conflicts == []
    assert "new numbers" in report.renumbered[0]
    copy = db.session.scalar(select(Article).where(Article.title.like("%copy%")))
    assert copy.id != first_id and len(copy.claims) == len(document["claims"])


@pytest.mark.parametrize(
    ("damage", "path"),
    [
        (lambda d: d["claims"][0]["passage"].update(start="x"), "$.claims[0].passage.start"),
        (lambda d: d.pop("schema_version"), "$"),
        (lambda d: d["claims"][1].update(status=None), "$.claims[1].status"),
        (lambda d: d["claims"][0]["passage"].update(exact="nope"), "$.claims[0].passage.exact"),
        (lambda d: d["claims"][0]["article"].update(id=999), "$.claims[0].article.id"),
        (lambda d: d["claims"][0].update(created_at="2024-13-40T00:00:00+00:00"), None),
    ],
)
def test_a_malformed_file_is_refused_with_the_first_error_location(app, workspace, damage, path):
    document = _full_export(app)
    damage(document)
    with pytest.raises(Invalid) as refused:
        parse_document(json.dumps(document))
    if path is not None:
        assert refused.value.details["path"] == path
        assert path in refused.value.message
    else:
        assert refused.value.details["path"] == "$.claims[0].created_at"


def test_a_file_that_is_not_json_is_refused(app):
    with pytest.raises(Invalid, match="not valid JSON at line 1"):
        parse_document(b"{nope")


def test_imported_claims_export_their_attribution_and_old_exports_without_it_restore(
    app, workspace
):
    before = _full_export(app)
    by_passage = {claim["passage"]["exact"]: claim for claim in before["claims"]}
    quoted = next(c for p, c in by_passage.items() if p.startswith("“We added 250,000 jobs"))
    reported = next(c for p, c in by_passage.items() if p.startswith("The unemployment rate"))
    assert (quoted["attribution"], quoted["speaker"]) == ("direct", "Jane Doe")
    assert reported["attribution"] == "reported" and reported["checkable_reason"] is None
    for claim in before["claims"]:  # an export written before the two fields existed
        del claim["attribution"], claim["checkable_reason"]
    _empty_the_workspace()
    report = restore_document(parse_document(json.dumps(before)))
    db.session.commit()
    assert report.claims == len(before["claims"])
    restored = db.session.scalars(select(Claim)).all()
    assert restored and all(c.attribution is None and c.checkable_reason is None for c in restored)
