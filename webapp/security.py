"""Login sessions, role checks and the security headers every response carries."""

from collections.abc import Callable
from functools import wraps

from flask import Flask, abort, redirect, request, url_for
from flask_login import current_user

from webapp import permissions
from webapp.extensions import db, login_manager
from webapp.services import users

ROLE_RANK = {role.name: role.value for role in permissions.Role}
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
# Endpoints reachable without logging in.
PUBLIC_ENDPOINTS = {"auth.login", "auth.setup", "static", "articles.status_styles"}


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


def init_app(app: Flask) -> None:
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please log in to continue."
    login_manager.login_message_category = "info"
    login_manager.session_protection = None  # sessions are revoked on the server instead

    @login_manager.user_loader
    def _load_user(session_id: str):
        return users.load_session(session_id)

    @app.before_request
    def _require_login():
        if request.endpoint in PUBLIC_ENDPOINTS or request.endpoint is None:
            return None
        if request.blueprint == "api":
            return None  # the API authenticates with bearer tokens
        if current_user.is_authenticated:
            return None
        if not users.has_users():
            return redirect(url_for("auth.setup"))
        return login_manager.unauthorized()

    @app.after_request
    def _security_headers(response):
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.teardown_appcontext
    def _end_transaction(exc: BaseException | None) -> None:
        if exc is not None:
            db.session.rollback()

    app.jinja_env.globals["has_role"] = has_role
    app.jinja_env.globals["may"] = permissions.may
