"""Exports: the default selection, filters, every format against its schema, a golden shape."""

import csv
import io
import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from sqlalchemy import func, select

from webapp.extensions import db
from webapp.models import Article, Comment, Status, User
from webapp.models.base import utcnow
from webapp.services import changes, history
from webapp.services.exports import ExportSelection, export_stream
from webapp.services.exports.links import build_context
from webapp.services.exports.schemas import load_schema
from webapp.services.exports.selection import iter_claims
from webapp.services.statuses import default_status

GOLDEN = Path(__file__).parent / "golden" / "export.json"
ARTICLE_TEXT = (
    "The unemployment rate fell to 3.9% in April, the Labor Department said on Friday.\n\n"
    "“We added 250,000 jobs last month,” Labor Secretary Jane Doe said.\n\n"
    "Exports rose 12% in 2023, according to the statistics agency."
)


def _status(name):
    return db.session.scalar(select(Status).where(Status.name == name))


def _sentence_spans(text):
    start = 0
    for line in text.split("\n\n"):
        yield start, start + len(line)
        start += len(line) + 2


@pytest.fixture
def workspace(app, make_user):
    """One article with a claim per sentence, made by hand so the export does not depend on
    the extractor; the first claim judged False with a source, note and comment by ann, and
    the verdict approved by edna; the other claims left unreviewed."""
    ann = make_user("ann", "reviewer")
    edna = make_user("edna", "editor")
    article = Article(
        title="Jobs report",
        text=ARTICLE_TEXT,
        url="https://news.example/jobs",
        outlet="The Example",
        author="Sam Writer",
        published_on=date(2024, 5, 3),
    )
    db.session.add(article)
    db.session.flush()
    claims = [
        changes.new_claim(
            article,
            start,
            end,
            text=ARTICLE_TEXT[start:end],
            kind="statistic",
            speaker="Labor Department",
            score=0.75,
            reasons=["has a number"],
            status_id=default_status().id,
        )
        for start, end in _sentence_spans(ARTICLE_TEXT)
    ]
    db.session.add_all(claims)
    db.session.flush()
    changes.record_import(claims, None)
    first = claims[0]
    # The verdict is set here directly, not through the review workflow, so this file pins the
    # export's shape, not the workflow's rules (tested with the workflow itself).
    first.status_id = _status("False").id
    first.speaker = "=1+2"
    first.version = 2
    first.updated_by_id = edna.id
    first.updated_at = first.proposed_at = first.approved_at = utcnow()
    first.proposed_by_id, first.approved_by_id = ann.id, edna.id
    history.record(first, ann, "changed", "status", {"name": "Unreviewed"}, {"name": "False"})
    history.record(first, ann, "changed", "speaker", "Labor Department", "=1+2")
    history.record(first, edna, "approved", "verdict", None, {"name": "False"})
    changes.apply(
        first,
        ann,
        changes.AddSource(
            changes.SourceFields(
                url="https://stats.example/a", title='Table, "A"', stance="refutes"
            )
        ),
    )
    changes.apply(first, ann, changes.AddNote('Checked with the agency,\nwho said "no".'))
    db.session.add(Comment(claim_id=first.id, author_id=ann.id, body="@bob please look"))
    db.session.commit()
    return article


def _context(app):
    return build_context(app, "https://desk.example/")


def _export(app, format_name="json", **selection):
    return "".join(export_stream(format_name, ExportSelection(**selection), _context(app)))


def _validate(document, format_name):
    Draft202012Validator(load_schema(format_name), format_checker=FormatChecker()).validate(
        document
    )


def test_default_export_holds_reviewed_claims_with_everything_about_them(app, workspace):
    document = json.loads(_export(app))
    _validate(document, "json")
    assert document["schema_version"] == "1.0"
    assert [claim["id"] for claim in document["claims"]] == [workspace.claims[0].id]
    claim = document["claims"][0]
    assert claim["status"] == {"name": "False", "rating_value": 1, "is_final": True}
    passage = claim["passage"]
    assert ARTICLE_TEXT[passage["start"] : passage["end"]] == passage["exact"]
    assert passage["prefix"] == "" and passage["suffix"] == ARTICLE_TEXT[81:113]
    assert claim["article"]["title"] == "Jobs report"
    assert claim["article"]["published_on"] == "2024-05-03"
    assert claim["sources"][0]["stance"] == "refutes"
    assert claim["notes"][0]["author"] == "ann"
    assert claim["comments"][0]["body"] == "@bob please look"
    assert claim["proposed_by"] == "ann" and claim["approved_by"] == "edna"
    assert claim["updated_by"] == "edna" and claim["version"] == 2
    assert [event["action"] for event in claim["history"]][-3:] == [
        "approved",
        "source added",
        "note added",
    ]
    assert [article["id"] for article in document["articles"]] == [workspace.id]
    assert document["articles"][0]["text"] == ARTICLE_TEXT


def test_all_includes_unreviewed_claims(app, workspace):
    document = json.loads(_export(app, include_all=True))
    _validate(document, "json")
    assert len(document["claims"]) == len(workspace.claims) > 1


def test_filters_narrow_the_selection(app, workspace, make_article):
    other = make_article("Other story", "The budget rose 4% in 2022, the ministry said.")
    reviewed = workspace.claims[0].id

    def ids(**selection):
        return [c["id"] for c in json.loads(_export(app, **selection))["claims"]]

    assert ids(status="false") == [reviewed]
    assert ids(status="Accurate") == []
    assert ids(article_id=other.id, include_all=True) == [c.id for c in other.claims]
    assert ids(reviewer="ann", include_all=True) == [reviewed]
    assert ids(reviewer="nobody", include_all=True) == []
    assert ids(reviewer="edna", include_all=True) == [reviewed]
    assert ids(approved_only=True) == [reviewed]
    today = datetime.now(UTC).date()
    assert ids(date_from=today, date_to=today) == [reviewed]
    assert ids(date_to=today - timedelta(days=1)) == []


def test_claims_are_read_in_batches_and_all_arrive(app, workspace):
    selection = ExportSelection(include_all=True)
    one_by_one = [claim.id for claim, _comments in iter_claims(selection, batch_size=1)]
    assert one_by_one == sorted(claim.id for claim in workspace.claims)
    chunks = export_stream("json", selection, _context(app))
    assert not isinstance(chunks, str | list)  # a generator: nothing is built up front
    assert len(list(chunks)) > len(one_by_one)


def _normalised(document: dict) -> dict:
    """Times and database ids vary from run to run; the shape and values must not."""
    text = json.dumps(document, sort_keys=True)
    document = json.loads(text)
    document["exported_at"] = "<time>"

    def scrub(value, key=None):
        if isinstance(value, dict):
            return {k: scrub(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [scrub(v, key) for v in value]
        if key in ("id",) and isinstance(value, int):
            return "<id>"
        if isinstance(value, str) and key and key.endswith(("_at", "at")) and value[:2] == "20":
            return "<time>"
        return value

    return scrub(document)


def test_golden_shape_of_the_json_export(app, workspace):
    document = _normalised(json.loads(_export(app)))
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert document == json.loads(GOLDEN.read_text("utf-8"))


def test_claimreview_has_required_and_recommended_fields(app, workspace):
    app.config.update(ORGANISATION_NAME="Fact Desk", ORGANISATION_URL="https://factdesk.example")
    reviews = json.loads(_export(app, "claimreview", include_all=True))
    _validate(reviews, "claimreview")
    assert len(reviews) == 1  # only the claim with a final verdict
    review = reviews[0]
    claim = workspace.claims[0]
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == claim.text
    assert review["url"] == f"https://desk.example/claims/{claim.id}"
    assert review["author"] == {
        "@type": "Organization",
        "name": "Fact Desk",
        "url": "https://factdesk.example",
    }
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "False",
    }
    assert review["datePublished"] == datetime.now(UTC).date().isoformat()
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "=1+2"}
    assert item["datePublished"] == "2024-05-03"
    assert item["appearance"]["url"] == "https://news.example/jobs"
    assert item["appearance"]["headline"] == "Jobs report"


def test_w3c_annotations_target_the_passage_with_both_selectors(app, workspace):
    annotations = json.loads(_export(app, "w3c"))
    _validate(annotations, "w3c")
    annotation = annotations[0]
    claim = workspace.claims[0]
    quote, position = annotation["target"]["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": ARTICLE_TEXT[claim.start : claim.end],
        "prefix": claim.quote_prefix,
        "suffix": claim.quote_suffix,
    }
    assert position == {"type": "TextPositionSelector", "start": claim.start, "end": claim.end}
    assert annotation["target"]["source"] == "https://news.example/jobs"
    verdict, note = annotation["body"]
    assert verdict["purpose"] == "assessing" and verdict["value"] == "False"
    assert note["purpose"] == "commenting" and note["value"].startswith("Checked with")


def test_jsonl_is_one_doccano_line_per_article(app, workspace, make_article):
    make_article("Other story", "The budget rose 4% in 2022, the ministry said.")
    lines = _export(app, "jsonl", include_all=True).splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    _validate(first, "jsonl")
    assert first["text"] == ARTICLE_TEXT
    assert first["label"] == [[c.start, c.end, "CLAIM"] for c in workspace.claims]


def test_csv_neutralises_formulas_and_keeps_commas_quotes_and_newlines(app, workspace):
    rows = list(csv.DictReader(io.StringIO(_export(app, "csv"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["speaker"] == "'=1+2"
    assert row["notes"] == 'Checked with the agency,\nwho said "no".'
    assert row["status"] == "False" and row["rating_value"] == "1"
    assert row["sources"] == "https://stats.example/a"
    assert row["claim_id"] == str(workspace.claims[0].id)


def _attributed(workspace):
    """The judged claim a direct quote that is an opinion; the second reported speech; the
    third a claim from before attribution existed (no value)."""
    first, second, third = workspace.claims
    first.attribution, first.checkable_reason = "direct", "opinion"
    second.attribution, second.checkable_reason = "reported", None
    third.attribution = third.checkable_reason = None
    db.session.commit()
    return first, second, third


def test_csv_has_attribution_and_why_not_checkable_columns(app, workspace):
    _attributed(workspace)
    rows = list(csv.DictReader(io.StringIO(_export(app, "csv", include_all=True))))
    assert [(row["attribution"], row["checkable_reason"]) for row in rows] == [
        ("direct", "opinion"),
        ("reported", ""),
        ("", ""),
    ]


def test_claimreview_names_how_the_claim_is_attributed_and_why_it_is_not_checkable(app, workspace):
    first, _second, _third = _attributed(workspace)
    reviews = json.loads(_export(app, "claimreview", include_all=True))
    _validate(reviews, "claimreview")
    assert reviews[0]["itemReviewed"]["additionalProperty"] == [
        {"@type": "PropertyValue", "propertyID": "attribution", "name": "attribution",
         "value": "direct"},
        {"@type": "PropertyValue", "propertyID": "checkable_reason", "name": "checkable_reason",
         "value": "opinion"},
    ]  # fmt: skip
    first.attribution = first.checkable_reason = None  # a claim from before the fields existed
    db.session.commit()
    reviews = json.loads(_export(app, "claimreview", include_all=True))
    _validate(reviews, "claimreview")
    assert "additionalProperty" not in reviews[0]["itemReviewed"]


def test_w3c_annotation_classifies_the_passage_by_attribution_and_reason(app, workspace):
    _attributed(workspace)
    annotations = json.loads(_export(app, "w3c", include_all=True))
    _validate(annotations, "w3c")
    classes = [
        [body["value"] for body in annotation["body"] if body["purpose"] == "classifying"]
        for annotation in annotations
    ]
    assert classes == [["attribution:direct", "checkable_reason:opinion"],
                       ["attribution:reported"], []]  # fmt: skip
    assert annotations[0]["body"][0]["purpose"] == "assessing"  # the verdict stays first
    assert annotations[0]["body"][-1]["purpose"] == "commenting"


def test_export_schemas_refuse_an_unknown_attribution(app, workspace):
    from jsonschema import ValidationError

    _attributed(workspace)
    reviews = json.loads(_export(app, "claimreview", include_all=True))
    reviews[0]["itemReviewed"]["additionalProperty"][0]["value"] = "rumour"
    with pytest.raises(ValidationError):
        _validate(reviews, "claimreview")
    annotations = json.loads(_export(app, "w3c", include_all=True))
    annotations[0]["body"][1]["value"] = "attribution:rumour"
    with pytest.raises(ValidationError):
        _validate(annotations, "w3c")


def _json_text(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _richer_workspace(workspace, make_user):
    """The workspace plus what the plain-row path must render like the ORM: a second article,
    a claim group across both, removed sources and notes, people and verdicts by name in the
    history, JSON numbers and nulls, times with and without microseconds, a not-checkable claim."""
    from webapp.models import Claim, ClaimEvent, Note, Source
    from webapp.models.search import ClaimGroup, ClaimGroupMember

    ann = db.session.scalar(select(User).where(User.username == "ann"))
    other = Article(title="Später", text="Ünïcode “quotes” — and 42 homes.", outlet=None)
    db.session.add(other)
    db.session.flush()
    second = changes.new_claim(
        other,
        0,
        20,
        text="Ünïcode",
        kind="quote",
        speaker=None,
        score=0.1 + 0.2,
        reasons=[],
        status_id=_status("False").id,
    )
    db.session.add(second)
    db.session.flush()
    second.checkable, second.checkable_reason, second.attribution = False, "opinion", "direct"
    second.assignee_id = make_user("zoë", "reviewer").id
    second.returned_at = datetime(2024, 5, 4, 12, 0, 0, tzinfo=UTC)  # no microseconds
    first = workspace.claims[0]
    db.session.add(Source(claim_id=first.id, url="https://gone.example", deleted_at=utcnow()))
    db.session.add(Note(claim_id=first.id, body="removed", deleted_at=utcnow()))
    db.session.add(Comment(claim_id=second.id, author_id=None, body="anonymous"))
    history.record(second, ann, "changed", "assignee", None, {"id": ann.id, "name": "ann"})
    history.record(second, None, "changed", "score", 0.5, 1)
    history.record(second, ann, "approval lapsed", "verdict", {"id": ann.id, "name": "ann"}, None)
    group = ClaimGroup(created_by_id=ann.id)
    db.session.add(group)
    db.session.flush()
    db.session.add_all(
        ClaimGroupMember(claim_id=claim.id, group_id=group.id) for claim in (first, second)
    )
    db.session.commit()
    db.session.expire_all()
    assert db.session.scalar(select(func.count(ClaimEvent.id))) > 5
    return Claim


def test_json_export_claims_are_byte_for_byte_the_records_of_the_orm(app, workspace, make_user):
    """The export builds claims from plain rows for speed; each must be exactly what
    records.claim_record makes of the ORM claim, written as json.dumps writes it compactly."""
    from webapp.services.exports.records import Children, claim_record
    from webapp.services.exports.selection import comments_by_claim, usernames

    claim_model = _richer_workspace(workspace, make_user)
    selection = ExportSelection(include_all=True)
    text = _export(app, include_all=True)
    claims = db.session.scalars(
        selection.apply(select(claim_model)).order_by(claim_model.article_id, claim_model.id)
    ).all()
    names = usernames()
    comments = comments_by_claim([claim.id for claim in claims])
    records = [
        _json_text(claim_record(c, names, Children.loaded(c, comments.get(c.id, []))))
        for c in claims
    ]
    assert len(records) == 4
    assert text.endswith(',\n"claims":[\n' + ",\n".join(records) + "\n]}\n")
    document = json.loads(text)
    assert document["claims"][-1]["group"] == document["claims"][0]["group"]
    assert [len(claim["sources"]) for claim in document["claims"]] == [1, 0, 0, 0]


def test_export_statements_do_not_grow_with_claims(app, workspace, make_user, make_article):
    from sqlalchemy import event

    def statements(format_name):
        seen = []
        listener = lambda *_args: seen.append(1)  # noqa: E731
        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            _export(app, format_name, include_all=True)
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
        return len(seen)

    _richer_workspace(workspace, make_user)
    before = {name: statements(name) for name in ("json", "csv", "claimreview", "w3c", "jsonl")}
    ann = db.session.scalar(select(User).where(User.username == "ann"))
    for _ in range(3):
        article = make_article(title="More")
        for claim in article.claims:
            changes.apply(claim, ann, changes.AddNote("n"))
            db.session.add(Comment(claim_id=claim.id, body="c"))
    db.session.commit()
    after = {name: statements(name) for name in before}
    assert after == before
    assert before["json"] <= 14


@pytest.mark.parametrize("include_all", [True, False], ids=["all", "reviewed"])
@pytest.mark.parametrize("format_name", ["csv", "claimreview", "w3c", "jsonl"])
def test_other_formats_are_byte_for_byte_what_the_orm_path_wrote(
    app, workspace, make_user, format_name, include_all
):
    """CSV, ClaimReview, W3C and JSONL are built from plain rows for speed; each must be exactly
    what the ORM-object functions wrote (tests/services/export_reference.py), here with a claim
    group reaching a removed article and an article without a link, a note by no one, a
    dismissed claim, and values a spreadsheet would run."""
    from tests.services.export_reference import export as reference_export
    from webapp.models import Note
    from webapp.models.search import ClaimGroupMember

    app.config.update(ORGANISATION_NAME="Fact Desk", ORGANISATION_URL="https://factdesk.example")
    _richer_workspace(workspace, make_user)
    first, second, third = workspace.claims
    removed = Article(title="Removed", text="Gone now, 7 homes.", deleted_at=utcnow())
    db.session.add(removed)
    db.session.flush()
    gone = changes.new_claim(
        removed, 0, 8, text="Gone", kind="quote", speaker="x", score=0.5, reasons=[],
        status_id=_status("False").id,
    )  # fmt: skip
    db.session.add(gone)
    db.session.flush()
    group_id = db.session.scalar(
        select(ClaimGroupMember.group_id).where(ClaimGroupMember.claim_id == first.id)
    )
    db.session.add(ClaimGroupMember(claim_id=gone.id, group_id=group_id))
    db.session.add(Note(claim_id=first.id, body="-1 by no one", author_id=None))
    first.attribution, third.attribution = "reporter", "direct"
    second.text, second.dismissed_reason = '+SUM(A1) “quoted”, "x"\nnext', "duplicate"
    db.session.commit()
    db.session.expire_all()
    selection = ExportSelection(include_all=include_all)
    context = _context(app)
    expected = reference_export(format_name, selection, context)
    db.session.rollback()
    assert "".join(export_stream(format_name, selection, context)) == expected
    shown = {  # what each format makes of the cases above, so the comparison covers them
        "csv": "'+SUM(A1)" if include_all else "'=1+2",
        "claimreview": '"appearance":[{',
        "w3c": "/articles/" if include_all else "attribution:reporter",
        "jsonl": "Ünïcode" if include_all else '"CLAIM"]],"article_id"',
    }
    assert shown[format_name] in expected
    assert "Removed" not in expected and "Gone now" not in expected
