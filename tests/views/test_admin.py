"""Admin pages: accounts (create, role, password reset, deactivation), statuses, settings."""

import pytest
from sqlalchemy import func, select

from tests.conftest import PASSWORD
from webapp.extensions import db
from webapp.models import Claim, ClaimEvent, Status, User, WorkspaceEvent

NEW_PASSWORD = "another long passphrase"


@pytest.fixture
def admin(app, make_user):
    make_user("admin1", "admin")
    client = app.test_client()
    client.post("/login", data={"login": "admin1", "password": PASSWORD})
    return client


def _user(name):
    db.session.expire_all()
    return db.session.scalar(select(User).where(User.username == name))


def _login(app, name, password=PASSWORD):
    client = app.test_client()
    return client, client.post("/login", data={"login": name, "password": password})


def test_admin_creates_an_account_with_a_role(app, admin):
    response = admin.post(
        "/admin/users",
        data={
            "username": "rita",
            "email": "rita@example.org",
            "role": "editor",
            "password": PASSWORD,
        },
    )
    assert response.status_code == 302
    assert _user("rita").role == "editor"
    assert "rita" in admin.get("/admin/users").get_data(as_text=True)
    assert _login(app, "rita@example.org")[1].status_code == 302


def test_duplicate_or_weak_accounts_are_refused_with_a_message(admin, make_user):
    make_user("rita")
    taken = admin.post(
        "/admin/users", data={"username": "RITA", "role": "reviewer", "password": PASSWORD}
    )
    assert taken.status_code == 400 and b"already in use" in taken.data
    weak = admin.post("/admin/users", data={"username": "x", "role": "admin", "password": "short"})
    assert weak.status_code == 400 and _user("x") is None


def test_change_role_is_audited(admin, make_user):
    make_user("rita")
    user = _user("rita")
    response = admin.post(f"/admin/users/{user.id}/role", data={"role": "editor"})
    assert response.status_code == 302 and _user("rita").role == "editor"
    event = db.session.scalar(select(WorkspaceEvent).where(WorkspaceEvent.action == "role changed"))
    assert (event.before, event.after) == ({"role": "reviewer"}, {"role": "editor"})


def test_the_last_admin_cannot_be_demoted_or_deactivated(admin):
    me = _user("admin1")
    demote = admin.post(f"/admin/users/{me.id}/role", data={"role": "viewer"})
    assert demote.status_code == 409 and b"last active admin" in demote.data
    assert _user("admin1").role == "admin"


def test_password_reset_ends_the_users_sessions(app, admin, make_user):
    make_user("rita")
    rita, _ = _login(app, "rita")
    assert rita.get("/queue").status_code == 200
    response = admin.post(
        f"/admin/users/{_user('rita').id}/password", data={"password": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert rita.get("/queue").status_code == 302  # the old cookie no longer works
    assert _login(app, "rita", NEW_PASSWORD)[1].status_code == 302


def test_deactivation_ends_sessions_and_keeps_work_attributed(app, admin, make_user, make_article):
    make_user("rita")
    rita, _ = _login(app, "rita")
    claim = make_article().claims[0]
    rita.post(f"/claims/{claim.id}/edit", data={"text": "Reworded.", "version": 1})
    user = _user("rita")
    response = admin.post(f"/admin/users/{user.id}/deactivate")
    assert response.status_code == 302
    assert _user("rita").active is False
    assert rita.get("/queue").status_code == 302
    assert _login(app, "rita")[1].status_code == 200  # login refused
    event = db.session.scalar(select(ClaimEvent).where(ClaimEvent.field == "text"))
    assert event.user.username == "rita"
    assert db.session.get(Claim, claim.id).updated_by.username == "rita"
    assert admin.post(f"/admin/users/{user.id}/reactivate").status_code == 302
    assert _login(app, "rita")[1].status_code == 302


def test_admin_cannot_deactivate_themselves(admin):
    response = admin.post(f"/admin/users/{_user('admin1').id}/deactivate")
    assert response.status_code == 409 and _user("admin1").active


def test_unknown_user_answers_404(admin):
    assert admin.get("/admin/users/999").status_code == 404


def test_status_can_be_created_and_edited_and_edits_are_recorded(admin):
    response = admin.post(
        "/admin/statuses/new",
        data={
            "name": "Half true",
            "color": "#AABBCC",
            "position": 9,
            "rating_value": 3,
            "is_final": "y",
        },
    )
    assert response.status_code == 302
    status = db.session.scalar(select(Status).where(Status.name == "Half true"))
    assert (status.color, status.rating_value, status.is_final) == ("#aabbcc", 3, True)
    admin.post(
        f"/admin/statuses/{status.id}",
        data={
            "name": "Half-true",
            "color": "#aabbcc",
            "position": 9,
            "rating_value": 3,
            "is_final": "y",
        },
    )
    db.session.expire_all()
    assert db.session.get(Status, status.id).name == "Half-true"
    actions = list(
        db.session.scalars(
            select(WorkspaceEvent.before)
            .where(WorkspaceEvent.subject == f"status:{status.id}")
            .order_by(WorkspaceEvent.id)
        )
    )
    assert actions[0] is None and actions[1]["name"] == "Half true"
    assert "Half-true" in admin.get("/admin/statuses").get_data(as_text=True)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("color", "red", b"#rrggbb"),
        ("color", "#12345g", b"#rrggbb"),
        ("rating_value", "7", b"between 1 and 5"),
        ("name", "", b"This field is required"),
    ],
)
def test_invalid_status_is_refused(admin, field, value, message):
    data = {"name": "Odd", "color": "#123456", "position": 1, "rating_value": ""}
    data[field] = value
    before = db.session.scalar(select(func.count(Status.id)))
    response = admin.post("/admin/statuses/new", data=data)
    assert response.status_code == 400 and message in response.data
    assert db.session.scalar(select(func.count(Status.id))) == before


def test_status_in_use_cannot_be_deleted(admin, make_article):
    make_article()
    used = db.session.scalar(select(Status).where(Status.is_default.is_(True)))
    response = admin.post(f"/admin/statuses/{used.id}/delete")
    assert response.status_code == 409
    used_id = used.id
    unused_id = db.session.scalar(select(Status.id).where(Status.name == "Unverifiable"))
    deleted = admin.post(f"/admin/statuses/{unused_id}/delete")
    assert deleted.status_code == 302
    db.session.expire_all()
    assert db.session.get(Status, unused_id) is None
    assert db.session.get(Status, used_id) is not None


def test_status_used_by_a_claim_is_refused_with_a_clear_message(admin, make_article):
    claim = make_article().claims[0]
    false = db.session.scalar(select(Status).where(Status.name == "False"))
    claim.status_id = false.id
    db.session.commit()
    response = admin.post(f"/admin/statuses/{false.id}/delete")
    assert response.status_code == 409
    assert b"in use by claims" in response.data


def test_users_cli_lists_changes_role_resets_and_deactivates(app, make_user):
    make_user("admin1", "admin")
    make_user("rita")
    rita, _ = _login(app, "rita")
    runner = app.test_cli_runner()
    assert "rita\treviewer\tactive" in runner.invoke(args=["users", "list"]).output
    assert runner.invoke(args=["users", "set-role", "rita", "editor"]).exit_code == 0
    assert _user("rita").role == "editor"
    result = runner.invoke(
        args=["users", "reset-password", "rita", "--password-stdin"], input=NEW_PASSWORD + "\n"
    )
    assert result.exit_code == 0 and rita.get("/queue").status_code == 302
    assert runner.invoke(args=["users", "deactivate", "rita"]).exit_code == 0
    assert _user("rita").active is False
    missing = runner.invoke(args=["users", "deactivate", "nobody"])
    assert missing.exit_code != 0 and "no account called" in missing.output
    last_admin = runner.invoke(args=["users", "set-role", "admin1", "viewer"])
    assert last_admin.exit_code != 0 and "last active admin" in last_admin.output


def test_status_order_zero_is_accepted(admin):
    response = admin.post(
        "/admin/statuses/new", data={"name": "First", "color": "#123456", "position": 0}
    )
    assert response.status_code == 302
    assert db.session.scalar(select(Status.position).where(Status.name == "First")) == 0
