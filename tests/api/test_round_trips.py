"""Anything the API stores can be exported and restored: a hostile workspace goes from SQLite to
PostgreSQL and exports the same document; any workspace hypothesis builds through the API
exports, restores and exports the same again."""

import json
import os
import string
import uuid

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from webapp import create_app
from webapp.database import upgrade
from webapp.extensions import db
from webapp.fields import CLAIM_TEXT_MAX, NAME_MAX, NOTE_MAX, SOURCE_TITLE_MAX, TITLE_MAX, URL_MAX
from webapp.models import Claim, ClaimEvent
from webapp.services import changes
from webapp.services import users as user_service
from webapp.services.articles import import_article
from webapp.services.exports import ExportSelection, export_stream
from webapp.services.exports.links import build_context
from webapp.services.restore import parse_document, restore_document

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL") or os.environ.get(
    "CLAIMDESK_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
KEPT_TABLES = {"statuses", "settings", "users", "api_tokens", "login_sessions"}
HOSTILE = "Ünïcödé ‏עברית‏ «quotes» 👩🏽‍⚖️ 🇺🇦 e\u0301 \u202eRTL override\u202c "
TEXT = (
    "The unemployment rate fell to 3.9% in April, the Labor Department said on Friday.\n\n"
    "“We added 250,000 jobs last month,” Labor Secretary Jane Doe said."
)


def _export(app) -> dict:
    context = build_context(app, "https://desk.example/")
    return json.loads("".join(export_stream("json", ExportSelection(include_all=True), context)))


def _fill(length: int) -> str:
    return (HOSTILE * (length // len(HOSTILE) + 1))[: length - 1] + "."


@pytest.fixture
def postgres_app():
    """A second, empty Claimdesk on its own PostgreSQL schema, migrated."""
    engine = sa.create_engine(POSTGRES_URL)
    try:
        engine.connect().close()
    except sa.exc.OperationalError:
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES_URL}")
    schema = f"claimdesk_round_trip_{uuid.uuid4().hex[:12]}"
    with engine.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    options = {"connect_args": {"options": f"-csearch_path={schema}"}}
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret-key-not-for-production",
            "SQLALCHEMY_DATABASE_URI": POSTGRES_URL,
            "SQLALCHEMY_ENGINE_OPTIONS": options,
        }
    )
    with app.app_context():
        upgrade()
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    with engine.begin() as connection:
        connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def _ok(response, *statuses):
    assert response.status_code in statuses, response.get_data(as_text=True)[:300]
    return response.get_json()


def test_a_hostile_workspace_goes_from_sqlite_to_postgresql_and_exports_the_same(
    app, client, token_for, postgres_app
):
    editor = token_for("édith", "editor")
    reviewer = token_for("rita", "reviewer")
    created = _ok(
        client.post(
            "/api/v1/articles",
            json={
                "title": _fill(TITLE_MAX),
                "text": HOSTILE + "\n\n" + TEXT + "\n\n" + HOSTILE * 3,
                "url": "https://news.example/" + "ü" * (URL_MAX - 21),
                "outlet": _fill(NAME_MAX),
                "author": _fill(NAME_MAX),
                "published_on": "2024-05-03",
            },
            headers=editor,
        ),
        201,
    )
    claim = created["claims"][0]
    base = f"/api/v1/claims/{claim['id']}"
    _ok(
        client.patch(
            base,
            json={
                "version": claim["version"],
                "text": _fill(CLAIM_TEXT_MAX),
                "speaker": _fill(NAME_MAX),
                "status": "False",
                "assignee": "édith",
            },
            headers=editor,
        ),
        200,
    )
    _ok(
        client.patch(
            base, json={"version": claim["version"] + 1, "assignee": "rita"}, headers=editor
        ),
        200,
    )
    _ok(
        client.post(
            f"{base}/sources",
            json={
                "url": "https://stats.example/" + "😀" * (URL_MAX - 22),
                "title": _fill(SOURCE_TITLE_MAX),
                "publisher": _fill(NAME_MAX),
                "stance": "refutes",
                "accessed_on": "2024-05-04",
            },
            headers=reviewer,
        ),
        201,
    )
    note = _ok(client.post(f"{base}/notes", json={"body": _fill(NOTE_MAX)}, headers=reviewer), 201)
    _ok(client.delete(f"{base}/notes/{note['id']}", headers=reviewer), 204)
    _ok(
        client.post(f"{base}/notes", json={"body": "Line 1\nLine 2\t" + HOSTILE}, headers=editor),
        201,
    )
    before = _export(app)
    assert app.config["SQLALCHEMY_DATABASE_URI"] != "" and len(before["claims"]) >= 2

    with postgres_app.app_context():
        # The same people exist there, created in the other order: their ids are swapped.
        for name in ("rita", "édith"):
            user_service.create_user(name, "correct horse battery", "editor")
        db.session.commit()
        restore_document(parse_document(json.dumps(before)))
        db.session.commit()
        after = _export(postgres_app)
        _restored_workspace_works(postgres_app, claim["id"])
    assert after.pop("exported_at") and before.pop("exported_at")
    assert after == before


def _restored_workspace_works(app, claim_id):
    """New articles get a default status; undoing the last assignment gives it back to the
    person the history names, whatever their id here."""
    imported = import_article(
        title="After the restore",
        text=TEXT,
        max_bytes=app.config["MAX_ARTICLE_BYTES"],
        created_by=None,
    )
    assert imported.claims[0].status.name == "Unreviewed"
    claim = db.session.get(Claim, claim_id)
    to_rita = db.session.scalar(
        sa.select(ClaimEvent)
        .where(ClaimEvent.claim_id == claim_id, ClaimEvent.field == "assignee")
        .order_by(ClaimEvent.id.desc())
    )
    editor = user_service.find_user_by_name("rita")
    changes.apply(claim, editor, changes.Undo(to_rita.id), claim.version)
    assert claim.assignee.username == "édith"
    db.session.rollback()


def _wipe_work():
    """Everything people made (articles, claims and what hangs on them); accounts stay."""
    for table in reversed(db.metadata.sorted_tables):
        if table.name not in KEPT_TABLES:
            db.session.execute(table.delete())
    db.session.commit()


any_character = st.characters(exclude_categories=())  # control characters, surrogates too
some_text = st.one_of(
    st.text(max_size=20),
    st.text(any_character, max_size=20),
    st.text(min_size=195, max_size=210),  # around the 200-character limit
)
addresses = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.builds(
        lambda path, length: "https://example.org/" + path + "a" * length,
        st.text(alphabet=string.ascii_letters + string.digits + "-_/é😀", max_size=20),
        st.sampled_from([0, 1975, 1990]),  # around the 2,000-character limit
    ),
)
workspaces = st.fixed_dictionaries(
    {
        "article": st.fixed_dictionaries(
            {
                "title": st.text(min_size=1, max_size=310),
                "outlet": st.one_of(st.none(), some_text),
                "author": st.one_of(st.none(), some_text),
                "url": addresses,
            }
        ),
        "sentence": st.text(any_character, max_size=80),
        "speaker": st.one_of(st.none(), some_text),
        "wording": st.text(min_size=1, max_size=120),
        "sources": st.lists(
            st.fixed_dictionaries(
                {
                    "url": addresses,
                    "title": st.one_of(st.none(), some_text),
                    "stance": st.sampled_from(["supports", "refutes", "context", "maybe"]),
                }
            ),
            max_size=2,
        ),
        "notes": st.lists(st.text(any_character, min_size=1, max_size=200), max_size=2),
    }
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(workspace=workspaces)
def test_any_workspace_built_through_the_api_exports_and_restores(app, client, editor, workspace):
    _wipe_work()

    def send(method, url, body):
        response = client.open(url, method=method, json=body, headers=editor)
        assert response.status_code < 500, response.get_data(as_text=True)[:300]
        return response

    article = {**workspace["article"], "text": TEXT + " " + workspace["sentence"]}
    created = send("POST", "/api/v1/articles", article)
    if created.status_code == 201:
        claim = created.get_json()["claims"][0]
        base = f"/api/v1/claims/{claim['id']}"
        changes = {"version": claim["version"], "text": workspace["wording"]}
        send("PATCH", base, {**changes, "speaker": workspace["speaker"]})
        for source in workspace["sources"]:
            send("POST", f"{base}/sources", source)
        for body in workspace["notes"]:
            send("POST", f"{base}/notes", {"body": body})
    before = _export(app)
    _wipe_work()
    restore_document(parse_document(json.dumps(before)))
    db.session.commit()
    after = _export(app)
    assert after.pop("exported_at") and before.pop("exported_at")
    assert after == before
