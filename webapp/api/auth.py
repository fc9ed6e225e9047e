"""Bearer-token authentication and the same role checks as the browser."""

from collections.abc import Callable
from functools import wraps

from flask import g, request

from webapp import permissions
from webapp.api import bp
from webapp.fields import LARGEST_ID
from webapp.models import User
from webapp.services.errors import Forbidden, Invalid, NotFound, ServiceError
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
    _check_request_shape()
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


def _check_request_shape() -> None:
    """Numbers no row can have and NUL characters no database column takes are answered
    here, before they can reach a query."""
    if any(isinstance(v, int) and v > LARGEST_ID for v in (request.view_args or {}).values()):
        raise NotFound("There is nothing with that number.")
    if any("\x00" in value for value in request.args.values()):
        raise Invalid("Query parameters cannot contain NUL characters.", {"query": "nul"})


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
