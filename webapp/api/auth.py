"""Bearer-token authentication and the same role checks as the browser."""

from collections.abc import Callable
from functools import wraps

from flask import g, request

from webapp import permissions
from webapp.api import bp
from webapp.database import write_intent
from webapp.extensions import db
from webapp.models import User
from webapp.security import throttle, token_policy
from webapp.services import request_keys
from webapp.services.errors import Forbidden, ServiceError
from webapp.services.tokens import user_for_token

PUBLIC_API_ENDPOINTS = {"api.openapi_json"}


class Unauthorized(ServiceError):
    code = "unauthorized"
    http_status = 401


def api_user() -> User:
    return g.api_user


@bp.before_request
def _authenticate() -> None:
    if request.endpoint in PUBLIC_API_ENDPOINTS:
        return
    header = request.headers.get("Authorization", "")
    scheme, _, raw = header.partition(" ")
    if scheme.lower() != "bearer" or not raw.strip():
        raise Unauthorized("Send a personal API token: Authorization: Bearer <token>.")
    address_key = f"token-address:{request.remote_addr}"
    user = user_for_token(raw.strip(), address_key, throttle(), token_policy())
    if user is None:
        _count_failed_token(address_key)
        raise Unauthorized(
            "This API token is unknown, revoked or belongs to a deactivated account."
        )
    g.api_user = user
    if request.headers.get("Idempotency-Key") and request.method in ("POST", "PUT", "PATCH"):
        request_keys.claim(user, request.headers["Idempotency-Key"])


def _count_failed_token(address_key: str) -> None:
    """Counted in a transaction of its own and committed now: the refused request's own
    transaction is rolled back by the error handler."""
    db.session.rollback()
    with write_intent():
        throttle().failed(address_key, token_policy())
        db.session.commit()


@bp.after_request
def _challenge(response):
    if response.status_code == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="claimdesk"'
    response.headers["Cache-Control"] = "no-store"
    return response


def requires(action: str) -> Callable:
    """Refuse the request unless the permission table lets the token's user do `action`."""
    role = permissions.least_role(action)

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not permissions.may(g.api_user, action):
                raise Forbidden(
                    f"This needs the {role} role; your account is a {g.api_user.role}.",
                    {"required_role": role},
                )
            return view(*args, **kwargs)

        wrapped.permission = action
        return wrapped

    return decorator
