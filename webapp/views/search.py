"""The archive search page, and the claim panel's "checked before" actions."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from webapp.extensions import db
from webapp.forms.auth import EmptyForm
from webapp.models.claim import ReviewState
from webapp.security import permission_required
from webapp.services import claims as claim_service
from webapp.services import matching
from webapp.services import search as search_service
from webapp.services.errors import Conflict, Invalid, NotFound
from webapp.services.statuses import list_statuses

bp = Blueprint("search", __name__)


@bp.route("/search")
@login_required
def index():
    search_filter = search_service.SearchFilter()
    page = error = None
    try:
        search_filter = search_service.SearchFilter.from_args(request.args)
        if search_filter.q.strip():
            page = search_service.search(search_filter)
    except Invalid as invalid:
        error = invalid.message
    return render_template(
        "search/index.html",
        search_filter=search_filter,
        page=page,
        error=error,
        statuses=list_statuses(),
        review_states=list(ReviewState),
    ), (400 if error else 200)


def _back(claim_id: int):
    return redirect(url_for("claims.show", claim_id=claim_id) + "#claim-matches")


def _act(claim_id: int, other_id: int, action) -> object:
    form = EmptyForm()
    if not form.validate_on_submit():
        flash("The form expired; try again.", "error")
        return _back(claim_id)
    try:
        claim = claim_service.get_claim(claim_id)
        message = action(claim)
        db.session.commit()
        flash(message, "success")
    except (Invalid, Conflict, NotFound) as error:
        db.session.rollback()
        flash(error.message, "error")
    return _back(claim_id)


@bp.post("/claims/<int:claim_id>/matches/<int:other_id>/same")
@permission_required("claim.match")
def same(claim_id: int, other_id: int):
    def action(claim):
        matching.link_same(claim, other_id, current_user)
        return f"Claim {claim.id} and claim {other_id} are now one claim group."

    return _act(claim_id, other_id, action)


@bp.post("/claims/<int:claim_id>/matches/<int:other_id>/dismiss")
@permission_required("claim.match")
def dismiss(claim_id: int, other_id: int):
    def action(claim):
        matching.dismiss(claim, other_id, current_user)
        return f"Claim {other_id} will not be suggested again for this claim."

    return _act(claim_id, other_id, action)


@bp.post("/claims/<int:claim_id>/matches/<int:other_id>/adopt")
@permission_required("claim.status")
def adopt(claim_id: int, other_id: int):
    version = request.form.get("version", "")

    def action(claim):
        if not version.isdigit():
            raise Invalid("The form is missing the claim's version; reload the page.")
        matching.adopt_verdict(claim, other_id, current_user, int(version))
        return f"Took the status and sources of claim {other_id}; undo it from the history."

    return _act(claim_id, other_id, action)


def init_app(app) -> None:
    app.register_blueprint(bp)
