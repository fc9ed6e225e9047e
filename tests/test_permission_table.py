"""One permission table (webapp/permissions.py) rules the browser, the API, the change pipeline
and the docs: every guarded route names an action of the table, the API is walked role by role
against it, and docs/permissions.md lists the same table."""

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from webapp import permissions
from webapp.extensions import db
from webapp.models import Article, Claim, Note, Source, Status, User
from webapp.permissions import PERMISSIONS, ROLES, least_role, role_rank
from webapp.services import changes
from webapp.services.articles import import_article
from webapp.services.tokens import create_token

DOCS = Path(__file__).resolve().parent.parent / "docs" / "permissions.md"
# Browser routes anyone logged in may use on their own account or notifications.
SELF_SERVICE = {
    "auth.login",
    "auth.logout",
    "auth.setup",
    "auth.password",
    "auth.change_password",
    "api.openapi_json",
    "account.api_tokens",
    "account.create_token",
    "account.revoke_token",
    "review.read_notification",
    "review.read_all_notifications",
    "review.live",
    "exports.index",
    "exports.download",
}


def _view(app, endpoint):
    return app.view_functions[endpoint]


def test_every_guarded_route_names_an_action_of_the_table(app):
    """A POST in the browser and every API operation carry the table's action."""
    unguarded = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static" or rule.endpoint in SELF_SERVICE:
            continue
        changes_data = rule.methods & {"POST", "PATCH", "DELETE"}
        is_api = rule.endpoint.startswith("api.") and rule.endpoint != "api.openapi"
        if not (changes_data or is_api):
            continue
        view = _view(app, rule.endpoint)
        action = getattr(view, "permission", None)
        if rule.endpoint.startswith("admin."):
            continue  # the whole admin blueprint is guarded by one before_request hook
        if action is None:
            unguarded.append(rule.endpoint)
        else:
            assert action in PERMISSIONS, (rule.endpoint, action)
    assert unguarded == []


@pytest.fixture
def api_world(app, make_user, make_article):
    """A token per role, and a claim with a source and a note to act on."""
    tokens = {}
    for role in ROLES:
        user = make_user(f"api_{role}", role)
        _token, raw = create_token(user, "tests")
        tokens[role] = {"Authorization": f"Bearer {raw}"}
    editor = db.session.scalar(select(User).where(User.username == "api_editor"))
    article = make_article()
    claim = article.claims[0]
    source = changes.apply(
        claim, editor, changes.AddSource(changes.SourceFields(url="https://a.example.org/"))
    ).result
    note = changes.apply(claim, editor, changes.AddNote("A note.")).result
    db.session.commit()
    return {
        "tokens": tokens,
        "article": article.id,
        "claim": claim.id,
        "source": source.id,
        "note": note.id,
        "user": "api_reviewer",
    }


# (action, method, path, JSON body) — every API operation, each once.
API_OPERATIONS = [
    ("read", "GET", "/api/v1/articles", None),
    ("read", "GET", "/api/v1/articles/{article}", None),
    ("read", "GET", "/api/v1/claims?article_id={article}", None),
    ("read", "GET", "/api/v1/claims/{claim}", None),
    ("read", "GET", "/api/v1/claims/{claim}/history", None),
    ("export", "GET", "/api/v1/export?format=json&all=true", None),
    ("claim.edit", "PATCH", "/api/v1/claims/{claim}", {"version": "{version}", "text": "New."}),
    (
        "claim.assign",
        "PATCH",
        "/api/v1/claims/{claim}",
        {"version": "{version}", "assignee": "{user}"},
    ),
    (
        "claim.sources",
        "POST",
        "/api/v1/claims/{claim}/sources",
        {"url": "https://b.example.org/x{n}"},
    ),
    ("claim.sources", "PATCH", "/api/v1/claims/{claim}/sources/{source}", {"title": "T{n}"}),
    ("claim.notes", "POST", "/api/v1/claims/{claim}/notes", {"body": "Another note {n}."}),
    ("claim.notes", "PATCH", "/api/v1/claims/{claim}/notes/{note}", {"body": "Edited {n}."}),
    ("article.import", "POST", "/api/v1/articles", {"title": "T", "text": "A new article {n}."}),
    ("claim.sources", "DELETE", "/api/v1/claims/{claim}/sources/{new_source}", None),
    ("claim.notes", "DELETE", "/api/v1/claims/{claim}/notes/{new_note}", None),
    ("article.delete", "DELETE", "/api/v1/articles/{new_article}", None),
]


def _fill(value, world, n):
    if isinstance(value, dict):
        return {key: _fill(item, world, n) for key, item in value.items()}
    if value == "{version}":
        return db.session.get(Claim, world["claim"]).version
    if not isinstance(value, str):
        return value
    return value.format(n=n, **world, **_fresh(value, world))


def _fresh(path: str, world) -> dict:
    """A new source, note or article for each role to delete (one deletion each)."""
    editor = db.session.scalar(select(User).where(User.username == "api_editor"))
    claim = db.session.get(Claim, world["claim"])
    made = {}
    if "{new_source}" in path:
        url = f"https://fresh.example.org/{len(claim.sources)}"
        source = changes.apply(claim, editor, changes.AddSource(changes.SourceFields(url=url)))
        made["new_source"] = source.result.id
    if "{new_note}" in path:
        made["new_note"] = changes.apply(claim, editor, changes.AddNote("Fresh.")).result.id
    if "{new_article}" in path:
        made["new_article"] = import_article(
            title="Fresh", text="A fresh article.", max_bytes=100_000, created_by=editor
        ).id
    db.session.commit()
    return made


def _changed(world) -> tuple:
    db.session.expire_all()
    claim = db.session.get(Claim, world["claim"])
    return (
        claim.version,
        claim.text,
        claim.assignee_id,
        db.session.get(Source, world["source"]).deleted_at,
        db.session.get(Note, world["note"]).body,
        [(s.id, s.deleted_at) for s in db.session.scalars(select(Source))],
        [(n.id, n.deleted_at) for n in db.session.scalars(select(Note))],
        [(a.id, a.deleted_at) for a in db.session.scalars(select(Article))],
    )


@pytest.mark.parametrize(
    ("action", "method", "path", "body"),
    API_OPERATIONS,
    ids=[f"{method} {path} ({action})" for action, method, path, body in API_OPERATIONS],
)
def test_the_api_follows_the_table_role_by_role(client, api_world, action, method, path, body):
    for n, role in enumerate(ROLES):  # lowest first: refusals run before any allowed change
        url = _fill(path, api_world, n)
        payload = _fill(body, api_world, n) if body is not None else None
        before = _changed(api_world)
        response = client.open(url, method=method, json=payload, headers=api_world["tokens"][role])
        if role_rank(role) < role_rank(least_role(action)):
            assert response.status_code == 403, (role, action, response.get_json())
            required = response.get_json()["error"]["details"]["required_role"]
            assert role_rank(required) > role_rank(role)
            assert _changed(api_world) == before
        else:
            assert response.status_code < 400, (role, action, response.get_json())


def test_a_reviewer_cannot_assign_through_the_api_either(client, api_world):
    """The browser refused it and the API allowed it; both now read the table."""
    claim = db.session.get(Claim, api_world["claim"])
    response = client.patch(
        f"/api/v1/claims/{claim.id}",
        json={"version": claim.version, "assignee": "api_editor"},
        headers=api_world["tokens"]["reviewer"],
    )
    assert response.status_code == 403
    db.session.expire_all()
    assert db.session.get(Claim, claim.id).assignee_id is None


def test_the_pipeline_itself_refuses_what_the_table_refuses(app, make_user, make_article):
    viewer = make_user("vic", "viewer")
    claim = make_article().claims[0]
    false = db.session.scalar(select(Status).where(Status.name == "False"))
    with pytest.raises(changes.Forbidden):
        changes.apply(claim, viewer, changes.SetFields.of(status_id=false.id), claim.version)
    assert claim.version == 1


def test_docs_list_the_same_table():
    """docs/permissions.md has one row per action with its least role."""
    rows = dict(re.findall(r"^\| `([a-z_.]+)` \| (\w+) \|", DOCS.read_text(), re.M))
    assert rows == {action: least_role(action) for action in PERMISSIONS}


def test_roles_rise_in_order():
    assert [permissions.role_rank(role) for role in ROLES] == [0, 1, 2, 3]


def test_who_may_write_a_field_is_an_action_of_the_table():
    """The field specification names actions; the table alone says which role has them."""
    from webapp.fields import ENTITIES

    named = {
        spec.editable_by
        for entity in ENTITIES.values()
        for spec in entity.fields.values()
        if spec.editable_by
    }
    assert named and named <= set(PERMISSIONS)
