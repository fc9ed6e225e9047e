"""Bearer-token authentication and the same role checks as the browser."""

from collections.abc import Callable
from functools import wraps

from flask import g, request

from webapp.api import bp
from webapp.models import User
from webapp.security import has_role
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
    user = user_for_token(raw.strip())
    if user is None:
        raise Unauthorized(
            "This API token is unknown, revoked or belongs to a deactivated account."
        )
    g.api_user = user


@bp.after_request
def _challenge(response):
    if response.status_code == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="claimdesk"'
    response.headers["Cache-Control"] = "no-store"
    return response


def requires(role: str) -> Callable:
    """Refuse the request unless the token's user has at least `role`."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not has_role(g.api_user, role):
                raise Forbidden(
                    f"This needs the {role} role; your account is a {g.api_user.role}.",
                    {"required_role": role},
                )
            return view(*args, **kwargs)

        return wrapped

    return decorator
