"""Accounts and access (issue 10): canonical usernames, common passwords, session lifetimes,
tokens revoked with the password, failed token use limited."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.conftest import PASSWORD, require_redis
from webapp.extensions import db
from webapp.models import LoginSession, Notification, User
from webapp.models.base import utcnow
from webapp.services import users as user_service
from webapp.services.comments import add_comment
from webapp.services.errors import Invalid
from webapp.services.tokens import create_token


@pytest.mark.parametrize(
    ("existing", "newcomer", "why"),
    [
        ("Élise", "élise", "taken"),
        ("Élise", "E\u0301lise", "taken"),  # the same name, decomposed
        ("admin", "ＡＤＭＩＮ", "taken"),  # fullwidth
        ("admin", "Admin.", "invalid"),  # a trailing dot
        ("ilker", "İlker", "taken"),  # dotted capital I
        ("admin", "аdmin", "mixed scripts"),  # Cyrillic а among Latin letters
        ("paypal", "раураl", "mixed scripts"),
        ("poe", "рое", "confusable"),  # all Cyrillic, looks like poe
        ("bob", "b0b", "confusable"),  # digit zero for the letter o
    ],
)
def test_look_alike_usernames_are_refused(app, make_user, existing, newcomer, why):
    make_user(existing)
    with pytest.raises(Invalid) as refused:
        user_service.create_user(newcomer, PASSWORD, "reviewer")
    assert refused.value.details["username"] == why


def test_names_are_stored_canonical_and_every_look_up_uses_that(app, client, make_user, auth):
    user = make_user("ＲＩＴＡ")  # fullwidth letters are stored as the plain ones
    assert (user.username, user.username_canonical) == ("RITA", "rita")
    elise = make_user("Élise", "editor")
    assert user_service.find_user_by_name("ÉLISE.") == elise
    assert auth.login("élise").status_code == 302
    make_user("Иван")  # a name in one script other than Latin is fine
    assert user_service.find_user_by_name("иван").username == "Иван"


def test_a_password_reset_by_name_changes_only_that_account(app, make_user):
    elise = make_user("Élise")
    other = make_user("Eliza")
    result = app.test_cli_runner().invoke(
        args=["users", "reset-password", "élise", "--password-stdin"],
        input="a brand new passphrase\n",
    )
    assert result.exit_code == 0, result.output
    assert user_service.authenticate("Élise", "a brand new passphrase") == elise
    assert user_service.authenticate("Eliza", PASSWORD) == other


def test_mentions_find_people_by_canonical_name(app, make_user, make_article):
    author = make_user("rita")
    elise = make_user("Élise")
    add_comment(make_article().claims[0], author, "Can @ÉLISE check this? Thanks @élise.")
    db.session.commit()
    notes = db.session.scalars(select(Notification).where(Notification.user_id == elise.id))
    assert len(list(notes)) == 1


@pytest.mark.parametrize("password", ["password123", "1234567890", "qwertyuiop", "Iloveyou12"])
def test_common_passwords_are_refused_everywhere_a_password_is_set(
    app, client, make_user, auth, password
):
    with pytest.raises(Invalid, match="most common passwords"):
        user_service.create_user("newbie", password, "reviewer")
    response = client.post(
        "/setup", data={"username": "ada", "password": password, "confirm": password}
    )
    assert "most common passwords" in response.get_data(as_text=True)
    admin = make_user("ada", "admin")
    result = app.test_cli_runner().invoke(
        args=["users", "create", "cli-user", "--password-stdin"], input=password + "\n"
    )
    assert result.exit_code != 0 and "most common passwords" in result.output
    auth.login("ada")
    response = client.post(f"/admin/users/{admin.id}/password", data={"password": password})
    assert "most common passwords" in response.get_data(as_text=True)
    response = client.post(
        "/account/password",
        data={"current_password": PASSWORD, "new_password": password, "confirm": password},
    )
    assert "most common passwords" in response.get_data(as_text=True)
    assert user_service.authenticate("ada", PASSWORD) is not None


def test_sessions_end_after_the_idle_and_the_absolute_lifetime(make_app, make_user):
    app = make_app(SESSION_IDLE_MINUTES=30, SESSION_MAX_HOURS=8)
    with app.app_context():
        make_user()
        client = app.test_client()
        client.post("/login", data={"login": "reviewer1", "password": PASSWORD})
        assert client.get("/").status_code == 200
        login_session = db.session.scalar(select(LoginSession))
        login_session.last_seen_at = utcnow() - timedelta(minutes=31)
        db.session.commit()
        response = client.get("/")
        assert response.status_code == 302 and "/login" in response.location

        client.post("/login", data={"login": "reviewer1", "password": PASSWORD})
        newest = db.session.scalars(select(LoginSession).order_by(LoginSession.created_at))
        login_session = list(newest)[-1]
        # Used a minute ago, but logged in nine hours ago: over the absolute lifetime.
        login_session.created_at = utcnow() - timedelta(hours=9)
        login_session.last_seen_at = utcnow() - timedelta(minutes=1)
        db.session.commit()
        response = client.get("/")
        assert response.status_code == 302 and "/login" in response.location


def test_using_a_session_keeps_it_alive(make_app, make_user):
    app = make_app(SESSION_IDLE_MINUTES=30)
    with app.app_context():
        make_user()
        client = app.test_client()
        client.post("/login", data={"login": "reviewer1", "password": PASSWORD})
        login_session = db.session.scalar(select(LoginSession))
        login_session.last_seen_at = utcnow() - timedelta(minutes=29)
        db.session.commit()
        assert client.get("/").status_code == 200  # a read refreshes the idle clock
        db.session.expire_all()
        seen = db.session.scalar(select(LoginSession)).last_seen_at
        assert utcnow() - seen.replace(tzinfo=utcnow().tzinfo) < timedelta(minutes=1)


def test_password_change_and_reset_revoke_api_tokens(app, client, make_user, auth):
    user = make_user("rita", "editor")
    _token, raw = create_token(user, "script")
    db.session.commit()
    headers = {"Authorization": f"Bearer {raw}"}
    assert client.get("/api/v1/articles", headers=headers).status_code == 200
    auth.login("rita")
    page = client.get("/account/password").get_data(as_text=True)
    assert "revokes your API tokens" in page
    response = client.post(
        "/account/password",
        data={
            "current_password": PASSWORD,
            "new_password": "another long passphrase",
            "confirm": "another long passphrase",
        },
        follow_redirects=True,
    )
    assert "API tokens revoked" in response.get_data(as_text=True)
    assert client.get("/api/v1/articles", headers=headers).status_code == 401

    _token, raw = create_token(db.session.get(User, user.id), "second")
    db.session.commit()
    app.test_cli_runner().invoke(
        args=["users", "reset-password", "rita", "--password-stdin"],
        input="yet another passphrase\n",
    )
    response = client.get("/api/v1/articles", headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 401


@pytest.mark.parametrize("counters", ["database", "redis"])
def test_failed_token_use_is_rate_limited_per_address(make_app, make_user, counters):
    """Refused from the address that failed too often, valid token or not: the database's count
    is read with the token (one query), Redis's from Redis."""
    app = make_app(TOKEN_MAX_FAILURES=3, **(require_redis() if counters == "redis" else {}))
    with app.app_context():
        _token, raw = create_token(make_user("rita"), "script")
        db.session.commit()
        client = app.test_client()
        for attempt in range(3):
            response = client.get(
                "/api/v1/articles", headers={"Authorization": f"Bearer cd_guess{attempt}"}
            )
            assert response.status_code == 401
        response = client.get("/api/v1/articles", headers={"Authorization": f"Bearer {raw}"})
        assert response.status_code == 429
        assert response.get_json()["error"]["code"] == "too_many_attempts"
        other = app.test_client()
        response = other.get(
            "/api/v1/articles",
            headers={"Authorization": f"Bearer {raw}"},
            environ_base={"REMOTE_ADDR": "10.9.9.9"},
        )
        assert response.status_code == 200


def test_with_redis_the_count_is_shared_by_every_worker(make_app, make_user):
    settings = {**require_redis(), "LOGIN_MAX_FAILURES": 2}
    first_worker, second_worker = make_app(**settings), make_app(**settings)
    with first_worker.app_context():
        make_user()
    wrong = {"login": "reviewer1", "password": "wrong password"}
    assert first_worker.test_client().post("/login", data=wrong).status_code == 200
    assert second_worker.test_client().post("/login", data=wrong).status_code == 200
    right = {"login": "REVIEWER1", "password": PASSWORD}
    assert first_worker.test_client().post("/login", data=right).status_code == 429
    client = pytest.importorskip("redis").Redis.from_url(settings["REDIS_URL"])
    key = settings["REDIS_KEY_PREFIX"] + "throttle:account:1"
    assert client.get(key) == b"2"
    client.delete(key)


def test_password_spraying_from_one_address_is_stopped_for_every_worker(make_app, make_user):
    """One address guessing a password for many accounts (each below its own limit) is refused
    after LOGIN_ADDRESS_MAX_FAILURES failures, counted in the store that every worker process
    shares; a success on one account does not reset it; other addresses still log in."""
    settings = {"LOGIN_ADDRESS_MAX_FAILURES": 4, "LOGIN_MAX_FAILURES": 10}
    first_worker, second_worker = make_app(**settings), make_app(**settings)
    attacker = {"REMOTE_ADDR": "203.0.113.7"}
    with first_worker.app_context():
        for name in ("ana", "ben", "cleo", "dev"):
            make_user(name)
    for index, name in enumerate(("ana", "ben", "cleo")):
        worker = (first_worker, second_worker)[index % 2]
        response = worker.test_client().post(
            "/login", data={"login": name, "password": "Summer2026!"}, environ_base=attacker
        )
        assert response.status_code == 200
    # The attacker's own account logs in: the address count stays.
    good = {"login": "dev", "password": PASSWORD}
    assert (
        second_worker.test_client().post("/login", data=good, environ_base=attacker).status_code
        == 302
    )
    wrong = {"login": "dev", "password": "Summer2026!"}
    assert (
        second_worker.test_client().post("/login", data=wrong, environ_base=attacker).status_code
        == 200
    )
    refused = first_worker.test_client().post(
        "/login", data={"login": "ana", "password": PASSWORD}, environ_base=attacker
    )
    assert refused.status_code == 429
    assert b"from your address" in refused.data
    # The accounts themselves are not locked: from elsewhere, ana logs in.
    elsewhere = {"REMOTE_ADDR": "198.51.100.20"}
    response = second_worker.test_client().post(
        "/login", data={"login": "ana", "password": PASSWORD}, environ_base=elsewhere
    )
    assert response.status_code == 302


def test_behind_a_proxy_each_client_is_counted_apart_and_the_header_is_not_trusted_otherwise(
    make_app, make_user
):
    """With CLAIMDESK_PROXY_COUNT=1 (nginx in front), failed log-ins are counted per client
    address from X-Forwarded-For, so one guesser cannot lock out the whole newsroom behind the
    proxy; without it the header is ignored, so a client cannot dodge the count by forging it."""
    wrong = {"login": "ana", "password": "Summer2026!"}
    proxied = make_app(LOGIN_ADDRESS_MAX_FAILURES=2, PROXY_COUNT=1)
    with proxied.app_context():
        make_user("ana")
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for _ in range(2):
        proxied.test_client().post(
            "/login", data=wrong, environ_base=proxy, headers={"X-Forwarded-For": "203.0.113.9"}
        )
    guesser = proxied.test_client().post(
        "/login", data=wrong, environ_base=proxy, headers={"X-Forwarded-For": "203.0.113.9"}
    )
    assert guesser.status_code == 429
    colleague = proxied.test_client().post(
        "/login",
        data={"login": "ana", "password": PASSWORD},
        environ_base=proxy,
        headers={"X-Forwarded-For": "198.51.100.4"},
    )
    assert colleague.status_code == 302

    direct = make_app(LOGIN_ADDRESS_MAX_FAILURES=2)
    for forged in ("192.0.2.1", "192.0.2.2"):
        direct.test_client().post(
            "/login", data=wrong, environ_base=proxy, headers={"X-Forwarded-For": forged}
        )
    refused = direct.test_client().post(
        "/login", data=wrong, environ_base=proxy, headers={"X-Forwarded-For": "192.0.2.3"}
    )
    assert refused.status_code == 429
