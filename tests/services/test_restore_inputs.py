"""Restore refuses every input the API would refuse, in one short line, changing nothing; a
restored workspace works (default status, history by name, deleted articles come back); old
export files still restore."""

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from webapp.extensions import db
from webapp.models import Article, Claim, ClaimEvent, Source, Status, User
from webapp.services import changes
from webapp.services.articles import delete_article, import_article
from webapp.services.errors import Invalid
from webapp.services.exports import ExportSelection, export_stream
from webapp.services.exports.links import build_context
from webapp.services.restore import parse_document, restore_document

GOLDEN = Path(__file__).parent / "golden" / "export.json"
LONG = "x" * 10_000
NESTED: list = [1]
for _level in range(40):
    NESTED = [NESTED]


def _export(app) -> dict:
    context = build_context(app, "https://desk.example/")
    return json.loads("".join(export_stream("json", ExportSelection(include_all=True), context)))


def _status(name):
    return db.session.scalar(select(Status).where(Status.name == name))


@pytest.fixture
def document(app, make_article, make_user):
    ann = make_user("ann", "reviewer")
    claim = make_article("Jobs report").claims[0]
    changes.apply(
        claim,
        ann,
        changes.AddSource(changes.SourceFields(url="https://stats.example/a", title="A")),
    )
    changes.apply(
        claim,
        ann,
        changes.AddSource(changes.SourceFields(url="https://stats.example/b", title="B")),
    )
    changes.apply(claim, ann, changes.AddNote("A note"))
    db.session.commit()
    return _export(app)


def _set(path: str, value):
    """A change to the document at a dotted path such as claims.0.sources.1.id."""

    def change(document):
        *parents, last = path.split(".")
        target = document
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[int(last) if isinstance(target, list) else last] = value

    return change


def _duplicate_source_id(document):
    sources = document["claims"][0]["sources"]
    sources[1]["id"] = sources[0]["id"]


BAD_VALUES = [
    (_duplicate_source_id, "$.claims[0].sources[1].id", "appears twice"),
    (_set("claims.0.score", float("nan")), "$", "NaN"),
    (_set("claims.0.score", float("inf")), "$", "Infinity"),
    (_set("articles.0.url", "javascript:alert(1)"), "$.articles[0].url", "http://"),
    (_set("claims.0.sources.0.url", "javascript:alert(1)"), "$.claims[0].sources[0].url", None),
    (_set("articles.0.outlet", "Bell\x07"), "$.articles[0].outlet", "U+0007"),
    (_set("claims.0.notes.0.body", "nul\x00"), "$.claims[0].notes[0].body", "U+0000"),
    (_set("claims.0.speaker", "\ud800"), "$.claims[0].speaker", "U+D800"),
    (_set("claims.0.sources.0.added_by", "ann smith!"), "$.claims[0].sources[0].added_by", None),
    (_set("claims.0.assignee", "x" * 41), "$.claims[0].assignee", None),
    (_set("claims.0.kind", "rumour"), "$.claims[0].kind", None),
    (_set("articles.0.outlet", LONG), "$.articles[0].outlet", "longer than 200"),
    (_set("claims.0.notes.0.body", LONG * 3), "$.claims[0].notes[0].body", "20,000"),
    (_set("claims.0.history.0.user", LONG), "$.claims[0].history[0].user", None),
    (_set("claims.0.id", 2**31), "$.claims[0].id", None),
    (_set("claims.0.version", 2**63), "$.claims[0].version", None),
    (_set("claims.0.history.0.after", {"deep": NESTED}), "$", "deep"),
]


@pytest.mark.parametrize(("damage", "path", "words"), BAD_VALUES)
def test_a_bad_value_is_refused_in_one_short_line_and_nothing_is_restored(
    app, document, damage, path, words
):
    damage(document)
    document["articles"][0]["title"] = "Another desk's copy"
    document["claims"][0]["article"]["title"] = "Another desk's copy"
    raw = json.dumps(document, allow_nan=True)
    with pytest.raises(Invalid) as refused:
        restore_document(parse_document(raw))
    message = refused.value.message
    assert len(message) < 300 and "\n" not in message and "x" * 50 not in message
    if path is not None:
        assert refused.value.details["path"] == path
    if words is not None:
        assert words in message


def test_an_unknown_field_with_a_long_name_is_refused_in_one_short_line(app, document):
    document["claims"][0][LONG] = 1
    with pytest.raises(Invalid) as refused:
        parse_document(json.dumps(document))
    assert len(refused.value.message) < 300


@pytest.mark.parametrize(
    "raw",
    [
        "[" * 50_000 + "]" * 50_000,
        '{"a": ' * 50_000 + "1" + "}" * 50_000,
    ],
)
def test_hostile_json_is_refused_without_a_traceback(app, raw):
    with pytest.raises(Invalid) as refused:
        parse_document(raw)
    assert len(refused.value.message) < 200


def test_a_seed_article_given_twice_is_refused(app, document):
    copy = {**document["articles"][0], "id": 999, "title": "Copy", "seed_name": "jobs"}
    document["articles"] = [{**document["articles"][0], "seed_name": "jobs"}, copy]
    with pytest.raises(Invalid, match="seed article twice"):
        parse_document(json.dumps(document))


def test_a_key_given_twice_is_refused(app, document):
    document["articles"][0]["title"] = "Another desk's copy"
    raw = json.dumps(document).replace('"title":', '"title": "Shadow", "title":', 1)
    with pytest.raises(Invalid, match="repeats the key 'title'"):
        parse_document(raw)


def test_through_the_upload_page_a_bad_file_changes_nothing(app, client, auth, make_user, document):
    make_user("root", "admin")
    auth.login("root")
    document["articles"][0]["title"] = "Another desk's copy"
    document["articles"][0]["url"] = "javascript:alert(1)"
    counts = [db.session.scalar(select(func.count(m.id))) for m in (Article, Claim, User, Status)]
    response = client.post(
        "/exports/restore",
        data={"file": (io.BytesIO(json.dumps(document).encode()), "bad.json")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 400
    assert b"$.articles[0].url" in response.data
    after = [db.session.scalar(select(func.count(m.id))) for m in (Article, Claim, User, Status)]
    assert after == counts


def _wipe_everything():
    for table in reversed(db.metadata.sorted_tables):
        db.session.execute(table.delete())
    db.session.commit()


def test_a_restore_into_an_empty_database_leaves_a_default_status_so_imports_work(app, document):
    _wipe_everything()
    report = restore_document(parse_document(json.dumps(document)))
    db.session.commit()
    assert any("status of newly imported claims" in line for line in report.remarks)
    default = db.session.scalar(select(Status).where(Status.is_default.is_(True)))
    assert default.name == "Unreviewed"
    article = import_article(
        title="After the restore",
        text="The council spent 4 million euros on roads in 2023, the mayor said.",
        max_bytes=app.config["MAX_ARTICLE_BYTES"],
        created_by=None,
    )
    db.session.commit()
    assert article.claims and article.claims[0].status_id == default.id


def test_history_from_another_workspace_restores_the_right_status_and_assignee(
    app, make_article, make_user
):
    """The ids in history values are the other workspace's; restore maps them by name, so
    "restore an earlier value" puts back the status and person the history names."""
    ann, bob = make_user("ann", "reviewer"), make_user("bob", "reviewer")
    editor = make_user("edna", "editor")
    claim = make_article("Jobs report").claims[0]
    changes.apply(claim, editor, changes.SetFields.of(**{"assignee_id": ann.id}), 1)
    changes.apply(claim, editor, changes.SetFields.of(**{"assignee_id": bob.id}), 2)
    changes.apply(claim, ann, changes.SetFields.of(**{"status_id": _status("In progress").id}), 3)
    changes.apply(claim, ann, changes.SetFields.of(**{"status_id": _status("Accurate").id}), 4)
    db.session.commit()
    document = _export(app)
    # The other workspace: statuses in another order, people created in another order.
    _wipe_everything()
    for position, name in enumerate(["Accurate", "Unreviewed", "In progress"], start=1):
        db.session.add(Status(name=name, color="#123456", position=position, is_final=False))
    for name in ("bob", "edna", "ann"):
        make_user(name, "editor")
    db.session.commit()
    restore_document(parse_document(json.dumps(document)))
    db.session.commit()
    restored = db.session.scalar(select(Claim))
    events = {
        (event.field, event.after["name"]): event
        for event in db.session.scalars(select(ClaimEvent).where(ClaimEvent.action == "changed"))
    }
    to_accurate = events[("status", "Accurate")]
    assert to_accurate.before == {"id": _status("In progress").id, "name": "In progress"}
    user = db.session.scalar(select(User).where(User.username == "edna"))
    changes.apply(restored, user, changes.Undo(to_accurate.id), restored.version)
    assert restored.status.name == "In progress"
    to_bob = events[("assignee", "bob")]
    changes.apply(restored, user, changes.Undo(to_bob.id), restored.version)
    assert restored.assignee.username == "ann"


def test_restoring_a_backup_brings_back_an_article_deleted_since(app, document):
    article = db.session.scalar(select(Article))
    delete_article(article, None)
    db.session.commit()
    report = restore_document(parse_document(json.dumps(document)))
    db.session.commit()
    assert db.session.get(Article, article.id).deleted_at is None
    assert report.conflicts == [] and "had been deleted" in report.remarks[0]
    assert db.session.scalar(select(func.count(Article.id))) == 1


def _golden_file() -> dict:
    """tests/services/golden/export.json with its placeholders filled: a version 1 export as
    Claimdesk writes it today."""
    document = json.loads(GOLDEN.read_text("utf-8"))
    numbers = iter(range(1000, 2000))

    def fill(value, key=None):
        if isinstance(value, dict):
            return {k: fill(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [fill(v, key) for v in value]
        if value == "<time>":
            return "2024-05-03T10:00:00+00:00"
        if value == "<id>":
            return next(numbers)
        return value

    document = fill(document)
    article_id = document["articles"][0]["id"]
    for claim in document["claims"]:
        claim["article"]["id"] = article_id
    return document


def test_an_export_file_of_schema_version_1_still_restores(app):
    document = _golden_file()
    assert document["schema_version"] == "1.0"
    report = restore_document(parse_document(json.dumps(document)))
    db.session.commit()
    assert report.articles == 1 and report.claims == len(document["claims"])
    assert report.conflicts == []
    restored = _export(app)
    assert [claim["text"] for claim in restored["claims"]] == [
        claim["text"] for claim in document["claims"]
    ]
    assert db.session.scalar(select(func.count(Source.id))) == sum(
        len(claim["sources"]) for claim in document["claims"]
    )
