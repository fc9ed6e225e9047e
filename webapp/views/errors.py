"""Error pages for the browser and one JSON error shape for API clients."""

from flask import Blueprint, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import IntegrityError
from werkzeug.exceptions import HTTPException, InternalServerError, RequestEntityTooLarge

from webapp.extensions import db
from webapp.services.errors import ServiceError
from webapp.services.request_keys import ALREADY_SAVED

# Unique indexes that two requests racing to save the same thing can hit, by the names each
# database gives them in its error (PostgreSQL the index, SQLite the columns).
DUPLICATE_MESSAGES = {
    ("uq_sources_claim_id_url_live", "sources.claim_id, sources.url"): (
        "This source is already cited on the claim (it was just added, perhaps by a double "
        "click or a colleague). Reload to see it."
    ),
    ("uq_request_keys_user_id", "request_keys.user_id, request_keys.key"): ALREADY_SAVED,
}

bp = Blueprint("errors", __name__)


def wants_json() -> bool:
    return request.path.startswith("/api/") or (
        request.accept_mimetypes.best_match(["application/json", "text/html"]) == "application/json"
    )


def error_response(status: int, code: str, message: str, details: dict | None = None):
    db.session.rollback()
    if wants_json():
        body = {"error": {"code": code, "message": message, "details": details or {}}}
        return jsonify(body), status
    if request.headers.get("HX-Request") == "true":
        return render_template("errors/_message.html", status=status, message=message), status
    return render_template("errors/error.html", status=status, message=message), status


@bp.app_errorhandler(CSRFError)
def csrf_error(error: CSRFError):
    return error_response(
        400,
        "csrf_failed",
        "This form has expired or was not sent from Claimdesk. Reload the page and try again.",
    )


@bp.app_errorhandler(ServiceError)
def service_error(error: ServiceError):
    return error_response(error.http_status, error.code, error.message, error.details)


@bp.app_errorhandler(RequestEntityTooLarge)
def too_large(_error: RequestEntityTooLarge):
    """Said plainly, whether the size was announced or only found while reading a chunked body."""
    from flask import current_app

    limit = current_app.config["MAX_CONTENT_LENGTH"]
    article_limit = current_app.config["MAX_ARTICLE_BYTES"]
    return error_response(
        413,
        "request_entity_too_large",
        f"The request is larger than the limit of {limit:,} bytes (an article's text may have "
        f"up to {article_limit:,} bytes); nothing was saved. Send less at once; in a browser, "
        "go back to find your text again.",
        {"limit_bytes": limit, "article_limit_bytes": article_limit},
    )


@bp.app_errorhandler(IntegrityError)
def duplicate(error: IntegrityError):
    """A unique index refused the second of two requests that passed the checks at once."""
    text = str(error.orig)
    for names, message in DUPLICATE_MESSAGES.items():
        if any(name in text for name in names):
            return error_response(409, "conflict", message)
    return error_response(
        409, "conflict", "This clashes with something saved at the same moment; reload and retry."
    )


@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException):
    code = (error.name or "error").lower().replace(" ", "_")
    return error_response(error.code or 500, code, error.description or error.name)


@bp.app_errorhandler(Exception)
def unexpected_error(error: Exception):
    """Log the failure, roll back the request's writes, and never show a stack trace."""
    from flask import current_app

    current_app.logger.exception("Unhandled error on %s %s", request.method, request.path)
    return error_response(500, "internal_error", InternalServerError.description)
