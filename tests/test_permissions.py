"""Roles are enforced on the server: the whole matrix of role × action, smuggled fields, and
items a user may not see answering 404."""

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from tests.conftest import PASSWORD
from webapp.extensions import db
from webapp.models import Claim, ClaimEvent, Comment, Status, User
from webapp.permissions import least_role
from webapp.security import ROLE_RANK

ROLES = ("viewer", "reviewer", "editor", "admin")
TEXT = (
    "The unemployment rate fell to 3.9% in April, the Labor Department said on Friday.\n\n"
    "“We added 250,000 jobs last month,” Labor Secretary Jane Doe said."
)


@pytest.fixture
def world(app, make_user, make_article):
    """One user of each role logged in, an article whose first claim has a pending verdict by a
    second editor, and a history entry to restore."""
    clients = {}
    for role in ROLES:
        make_user(f"the_{role}", role)
        clients[role] = app.test_client()
        clients[role].post("/login", data={"login": f"the_{role}", "password": PASSWORD})
    make_user("other_editor", "editor")
    article = make_article(text=TEXT)
    claim = article.claims[0]
    other = app.test_client()
    other.post("/login", data={"login": "other_editor", "password": PASSWORD})
    false = db.session.scalar(select(Status.id).where(Status.name == "False"))
    other.post(f"/claims/{claim.id}/status", data={"status_id": false, "version": 1})
    event = db.session.scalar(select(ClaimEvent.id).where(ClaimEvent.field == "status"))
    db.session.expire_all()
    return {
        "clients": clients,
        "article": article.id,
        "claim": claim.id,
        "version": db.session.get(Claim, claim.id).version,
        "event": event,
        "user": db.session.scalar(select(User.id).where(User.username == "other_editor")),
        "status": false,
        "unused_status": db.session.scalar(select(Status.id).where(Status.name == "Unverifiable")),
    }


# (name, action in the permission table, method, path template, form data template)
ACTIONS = [
    ("import article", "article.import", "POST", "/articles/new", {"title": "T", "text": TEXT}),
    ("delete article", "article.delete", "POST", "/articles/{article}/delete", {}),
    (
        "set status",
        "claim.status",
        "POST",
        "/claims/{claim}/status",
        {"status_id": "{status}", "version": "{version}"},
    ),
    (
        "edit wording",
        "claim.edit",
        "POST",
        "/claims/{claim}/edit",
        {"text": "Changed.", "version": "{version}"},
    ),
    (
        "add source",
        "claim.sources",
        "POST",
        "/claims/{claim}/sources",
        {"url": "https://example.org/a", "stance": "context"},
    ),
    ("add note", "claim.notes", "POST", "/claims/{claim}/notes", {"body": "A note."}),
    ("comment", "claim.comment", "POST", "/claims/{claim}/comments", {"body": "@the_admin hi"}),
    ("restore", "claim.undo", "POST", "/claims/{claim}/restore/{event}", {"version": "{version}"}),
    (
        "assign claim",
        "claim.assign",
        "POST",
        "/claims/{claim}/assign",
        {"assignee_id": "{user}", "version": "{version}"},
    ),
    (
        "assign article",
        "article.assign",
        "POST",
        "/articles/{article}/assign",
        {"assignee_id": "{user}"},
    ),
    ("approve", "claim.approve", "POST", "/claims/{claim}/approve", {"version": "{version}"}),
    (
        "return",
        "claim.return",
        "POST",
        "/claims/{claim}/return",
        {"version": "{version}", "comment": "Redo."},
    ),
    (
        "start blind review",
        "article.blind_review",
        "POST",
        "/articles/{article}/blind-review",
        {"first_reviewer_id": "{user}", "second_reviewer_id": "{user}"},
    ),
    (
        "decide",
        "claim.decide",
        "POST",
        "/claims/{claim}/decide",
        {"status_id": "{status}", "version": "{version}"},
    ),
    ("list users", "admin", "GET", "/admin/users", {}),
    (
        "create user",
        "admin",
        "POST",
        "/admin/users",
        {"username": "newbie", "role": "admin", "password": PASSWORD},
    ),
    ("change role", "admin", "POST", "/admin/users/{user}/role", {"role": "admin"}),
    (
        "reset password",
        "admin",
        "POST",
        "/admin/users/{user}/password",
        {"password": "a brand new passphrase"},
    ),
    ("deactivate user", "admin", "POST", "/admin/users/{user}/deactivate", {}),
    (
        "new status",
        "admin",
        "POST",
        "/admin/statuses/new",
        {"name": "Odd", "color": "#123456", "position": 3},
    ),
    (
        "edit status",
        "admin",
        "POST",
        "/admin/statuses/{status}",
        {"name": "Lies", "color": "#123456", "position": 3},
    ),
    ("delete status", "admin", "POST", "/admin/statuses/{unused_status}/delete", {}),
    ("settings", "admin", "POST", "/admin/settings", {"allow_self_approval": "y"}),
]


def _snapshot() -> dict:
    """Every row of every table, so a forbidden request provably changed nothing."""
    db.session.expire_all()
    tables = {}
    for table in db.metadata.sorted_tables:
        rows = db.session.execute(sa.select(table)).all()
        tables[table.name] = sorted(tuple(map(repr, row)) for row in rows)
    return tables


@pytest.mark.parametrize(
    ("name", "action", "method", "path", "data"), ACTIONS, ids=[a[0] for a in ACTIONS]
)
def test_role_matrix(world, name, action, method, path, data):
    """Walks the permission table through the browser: below the action's least role, 403
    and nothing changed; at or above it, the request is served."""
    minimum = least_role(action)
    url = path.format(**world)
    form = {key: str(value).format(**world) for key, value in data.items()}
    for role in ROLES:  # lowest first: forbidden attempts run before any allowed one
        client = world["clients"][role]
        before = _snapshot()
        response = client.open(url, method=method, data=form)
        if ROLE_RANK[role] < ROLE_RANK[minimum]:
            assert response.status_code == 403, f"{role} may not {name}"
            assert _snapshot() == before, f"{role} trying to {name} changed something"
        else:
            assert response.status_code not in (403, 500), f"{role} may {name}"


def test_smuggled_fields_are_ignored(world):
    reviewer = world["clients"]["reviewer"]
    admin_id = world["user"]
    response = reviewer.post(
        f"/claims/{world['claim']}/status",
        data={
            "status_id": db.session.scalar(select(Status.id).where(Status.name == "Accurate")),
            "version": world["version"],
            "updated_by_id": admin_id,
            "approved_by_id": admin_id,
            "approved_at": "2020-01-01T00:00:00",
            "created_at": "2020-01-01T00:00:00",
            "assignee_id": admin_id,
        },
    )
    assert response.status_code == 302
    db.session.expire_all()
    claim = db.session.get(Claim, world["claim"])
    assert claim.updated_by.username == "the_reviewer"
    assert claim.approved_by_id is None and claim.assignee_id is None
    assert claim.created_at.year != 2020
    reviewer.post(
        f"/claims/{world['claim']}/comments",
        data={"body": "Mine.", "author_id": admin_id, "created_at": "2020-01-01"},
    )
    comment = db.session.scalar(select(Comment).where(Comment.body == "Mine."))
    assert comment.author.username == "the_reviewer" and comment.created_at.year != 2020


def test_admin_create_ignores_smuggled_account_fields(world):
    world["clients"]["admin"].post(
        "/admin/users",
        data={
            "username": "newbie",
            "role": "viewer",
            "password": PASSWORD,
            "active": "0",
            "id": "999",
            "password_hash": "x",
        },
    )
    user = db.session.scalar(select(User).where(User.username == "newbie"))
    assert user.active and user.id != 999 and user.password_hash != "x"
    assert user.role == "viewer"


def test_claims_of_deleted_articles_answer_404(world):
    editor = world["clients"]["editor"]
    assert editor.post(f"/articles/{world['article']}/delete").status_code == 302
    for path, data in (
        (f"/claims/{world['claim']}/approve", {"version": world["version"]}),
        (f"/claims/{world['claim']}/comments", {"body": "hello"}),
        (f"/live/articles/{world['article']}", {}),
    ):
        response = editor.post(path, data=data) if data is not None else editor.get(path)
        assert response.status_code == 404, path
    assert db.session.scalar(select(sa.func.count(Comment.id))) == 0
