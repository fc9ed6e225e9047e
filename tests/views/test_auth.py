"""Accounts in the browser: first-run setup, login, logout, sessions, passwords."""

from flask import session
from sqlalchemy import select

from tests.conftest import PASSWORD
from webapp.config import DEFAULT_PASSWORD_HASH_PROFILE
from webapp.extensions import db
from webapp.models import LoginSession, User
from webapp.services import users as user_service


def test_first_visit_without_users_goes_to_setup_and_creates_an_admin(client):
    response = client.get("/")
    assert response.status_code == 302 and response.location.endswith("/setup")
    response = client.post(
        "/setup",
        data={"username": "ada", "password": PASSWORD, "confirm": PASSWORD},
        follow_redirects=True,
    )
    assert b"Your admin account is ready" in response.data
    user = db.session.scalar(select(User))
    assert (user.username, user.role) == ("ada", "admin")
    assert user.password_hash.startswith("$argon2")


def test_passwords_are_hashed_with_rfc_9106_parameters_outside_tests(make_app):
    """The tests hash cheaply; a real deployment uses argon2id with 64 MiB and 3 passes."""
    app = make_app(PASSWORD_HASH_PROFILE=DEFAULT_PASSWORD_HASH_PROFILE)
    with app.app_context():
        user = user_service.create_user("ada", PASSWORD, "admin")
        assert user.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
        db.session.commit()
    response = app.test_client().post("/login", data={"login": "ada", "password": PASSWORD})
    assert response.status_code == 302


def test_setup_page_is_gone_once_a_user_exists(client, make_user):
    make_user()
    assert client.get("/setup").status_code == 404
    assert client.post("/setup", data={"username": "eve", "password": PASSWORD}).status_code == 404
    assert db.session.scalar(select(User).where(User.username == "eve")) is None


def test_setup_rejects_mismatched_passwords(client):
    response = client.post(
        "/setup", data={"username": "ada", "password": PASSWORD, "confirm": "something else"}
    )
    assert b"The passwords do not match." in response.data
    assert db.session.scalar(select(User)) is None


def test_every_page_needs_a_login(client, make_user, make_article):
    make_user()
    article = make_article()
    for path in (
        "/",
        f"/articles/{article.id}",
        "/articles/new",
        f"/claims/{article.claims[0].id}",
    ):
        response = client.get(path)
        assert response.status_code == 302, path
        assert "/login" in response.location


def test_login_with_username_or_email_and_wrong_password(client, auth, make_user):
    make_user("rita", email="rita@example.org")
    assert b"Unknown account or wrong password" in auth.login("rita", "not the password").data
    assert auth.login("RITA@example.org").status_code == 302
    assert client.get("/").status_code == 200


def test_login_follows_only_same_site_next(client, make_user):
    make_user()
    data = {"login": "reviewer1", "password": PASSWORD}
    response = client.post("/login?next=https://evil.example/", data=data)
    assert response.location == "/"
    client.post("/logout")
    response = client.post("/login?next=//evil.example/x", data=data)
    assert response.location == "/"
    client.post("/logout")
    response = client.post("/login?next=/articles/new", data=data)
    assert response.location == "/articles/new"


def test_logout_ends_the_session_on_the_server(client, auth, make_user, app):
    make_user()
    auth.login()
    stolen = client.get_cookie("session").value
    auth.logout()
    other = app.test_client()
    other.set_cookie("session", stolen)
    response = other.get("/")
    assert response.status_code == 302 and "/login" in response.location


def test_session_identifier_changes_at_login(client, auth, make_user):
    make_user()
    auth.login()
    with client.session_transaction() as first:
        first_id = first["_user_id"]
    auth.logout()
    auth.login()
    with client.session_transaction() as second:
        assert second["_user_id"] != first_id
    assert db.session.scalar(select(LoginSession).where(LoginSession.id == first_id)).revoked_at


def test_deactivated_user_is_logged_out(client, auth, make_user):
    user = make_user()
    auth.login()
    user.active = False
    db.session.commit()
    response = client.get("/")
    assert response.status_code == 302 and "/login" in response.location
    assert b"Unknown account" in auth.login().data


def test_password_change_ends_other_sessions(app, client, auth, make_user):
    make_user()
    auth.login()
    laptop = app.test_client()
    laptop.post("/login", data={"login": "reviewer1", "password": PASSWORD})
    assert laptop.get("/").status_code == 200
    new_password = "a much longer new passphrase"
    response = client.post(
        "/account/password",
        data={"current_password": PASSWORD, "new_password": new_password, "confirm": new_password},
        follow_redirects=True,
    )
    assert b"Your password is changed" in response.data
    assert client.get("/").status_code == 200
    assert laptop.get("/").status_code == 302
    assert auth.logout().status_code == 302
    assert auth.login("reviewer1", new_password).status_code == 302


def test_password_change_with_wrong_current_password_changes_nothing(client, auth, make_user):
    make_user()
    auth.login()
    response = client.post(
        "/account/password",
        data={"current_password": "wrong one!!", "new_password": "x" * 12, "confirm": "x" * 12},
    )
    assert b"The current password is not right." in response.data
    auth.logout()
    assert auth.login().status_code == 302


def test_session_cookie_is_httponly_and_samesite_lax(client, make_user):
    make_user()
    response = client.post("/login", data={"login": "reviewer1", "password": PASSWORD})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_login_is_throttled_per_account_whatever_name_was_typed(make_app, make_user):
    """Failures count per account across addresses and across the names typed for it (any
    case, fullwidth, trailing dot, e-mail), in the database that every worker shares."""
    app = make_app(LOGIN_MAX_FAILURES=3)
    with app.app_context():
        make_user(email="rita@example.org")
        for attempt, typed in enumerate(["reviewer1", "REVIEWER1.", "rita@example.org"]):
            client = app.test_client()
            response = client.post(
                "/login",
                data={"login": typed, "password": "wrong password"},
                environ_base={"REMOTE_ADDR": f"10.0.0.{attempt}"},
            )
            assert response.status_code == 200
        blocked = app.test_client().post(
            "/login",
            data={"login": "ｒｅｖｉｅｗｅｒ１", "password": PASSWORD},
            environ_base={"REMOTE_ADDR": "10.0.0.99"},
        )
        assert blocked.status_code == 429
        assert b"Too many attempts" in blocked.data
        # A second app (another worker process) sees the same count.
        other_worker = make_app(LOGIN_MAX_FAILURES=3)
        assert (
            other_worker.test_client()
            .post("/login", data={"login": "reviewer1", "password": PASSWORD})
            .status_code
            == 429
        )


def test_csrf_token_is_enforced(make_app, make_user):
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        make_user()
        client = app.test_client()
        response = client.post("/login", data={"login": "reviewer1", "password": PASSWORD})
        assert response.status_code == 400
        assert b"This form has expired" in response.data
        with client:
            client.get("/login")
            assert "_user_id" not in session
