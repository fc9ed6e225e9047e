"""Login sessions, role checks and the security headers every response carries."""

from collections.abc import Callable
from datetime import timedelta
from functools import wraps

from flask import Flask, abort, current_app, redirect, request, url_for
from flask_login import current_user

from webapp import permissions
from webapp.database import in_write_request
from webapp.extensions import db, login_manager
from webapp.services import request_keys, users
from webapp.services.throttle import Policy

ROLE_RANK = {role.name: role.value for role in permissions.Role}
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
# Endpoints reachable without logging in.
PUBLIC_ENDPOINTS = {
    "auth.login",
    "auth.setup",
    "static",
    "articles.status_styles",
    "reading.shared",  # a share link is its own key (webapp/services/sharing.py)
}


def has_role(user, role: str) -> bool:
    """True when the user's role is at least `role` (admin > editor > reviewer > viewer)."""
    return bool(user.is_authenticated) and ROLE_RANK.get(user.role, -1) >= ROLE_RANK[role]


def permission_required(action: str) -> Callable:
    """Refuse the view (403) unless the permission table lets the user's role do `action`."""
    permissions.least_role(action)  # an action missing from the table fails at import

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not permissions.may(current_user, action):
                abort(403)
            return view(*args, **kwargs)

        wrapped.permission = action
        return wrapped

    return decorator


def throttle():
    """The failure counter store every worker shares (the database, or Redis if configured)."""
    return current_app.extensions["claimdesk.throttle"]


def login_policy() -> Policy:
    config = current_app.config
    return Policy(
        config["LOGIN_MAX_FAILURES"], timedelta(minutes=config["LOGIN_FAILURE_WINDOW_MINUTES"])
    )


def login_address_policy() -> Policy:
    config = current_app.config
    return Policy(
        config["LOGIN_ADDRESS_MAX_FAILURES"],
        timedelta(minutes=config["LOGIN_FAILURE_WINDOW_MINUTES"]),
    )


def token_policy() -> Policy:
    config = current_app.config
    return Policy(
        config["TOKEN_MAX_FAILURES"], timedelta(minutes=config["TOKEN_FAILURE_WINDOW_MINUTES"])
    )


# Where links in exports point when neither BASE_URL nor TRUSTED_HOSTS is configured.
FALLBACK_BASE_URL = "http://127.0.0.1:5000/"


def trusted_base_url() -> str:
    """The address links in exports are built on: the configured BASE_URL
    (CLAIMDESK_BASE_URL); else the request's host when Flask checks it against TRUSTED_HOSTS
    (an unlisted Host header is answered 400); never an unchecked Host header, which anyone can
    set to their own site. With neither configured, FALLBACK_BASE_URL, and a warning."""
    config = current_app.config
    if config.get("BASE_URL"):
        return config["BASE_URL"]
    if config.get("TRUSTED_HOSTS"):
        return request.host_url
    if not current_app.extensions.get("claimdesk.base_url_warned"):
        current_app.extensions["claimdesk.base_url_warned"] = True
        current_app.logger.warning(
            "No CLAIMDESK_BASE_URL (or TRUSTED_HOSTS) is set: links in exports point to %s.",
            FALLBACK_BASE_URL,
        )
    return FALLBACK_BASE_URL


def _require_login():
    """Send a visitor who is not logged in to the login page (or to setup when no user exists)."""
    if request.endpoint in PUBLIC_ENDPOINTS or request.endpoint is None:
        return None
    if request.blueprint == "api":
        return None  # the API authenticates with bearer tokens
    if current_user.is_authenticated:
        return None
    if not users.has_users():
        return redirect(url_for("auth.setup"))
    return login_manager.unauthorized()


def _claim_request_key():
    """A form's one-time key is stored with what the request saves (see OnceForm)."""
    if request.method == "POST" and request.blueprint != "api":
        key = request.form.get("request_key")
        if key and current_user.is_authenticated:
            request_keys.claim(current_user, key)


def _security_headers(response):
    """Add the security headers every response carries unless a view set its own."""
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response


def _end_transaction(exc: BaseException | None) -> None:
    """Roll back the session when the request failed."""
    if exc is not None:
        db.session.rollback()


def init_app(app: Flask) -> None:
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please log in to continue."
    login_manager.login_message_category = "info"
    login_manager.session_protection = None  # sessions are revoked on the server instead

    @login_manager.user_loader
    def _load_user(session_id: str):
        return users.load_session(
            session_id,
            idle=timedelta(minutes=app.config["SESSION_IDLE_MINUTES"]),
            lifetime=timedelta(hours=app.config["SESSION_MAX_HOURS"]),
            in_write_request=in_write_request(),
        )

    app.before_request(_require_login)
    app.before_request(_claim_request_key)
    app.jinja_env.globals["new_request_key"] = request_keys.new_key
    app.after_request(_security_headers)
    app.teardown_appcontext(_end_transaction)

    app.jinja_env.globals["has_role"] = has_role
    app.jinja_env.globals["may"] = permissions.may
