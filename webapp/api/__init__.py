"""The REST API under /api/v1: JSON in and out, bearer tokens, one error shape."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from webapp.api import articles, auth, claims, exports, feeds, openapi, search  # noqa: E402,F401
