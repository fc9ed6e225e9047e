"""The claim panel: status, wording, sources and notes of one claim."""

from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import current_user

from webapp.extensions import db
from webapp.forms.auth import EmptyForm
from webapp.forms.claims import (
    ClaimEditForm,
    NoteForm,
    SourceForm,
    StatusForm,
    status_choices,
)
from webapp.security import role_required
from webapp.services import claims as claim_service
from webapp.services.errors import Conflict, Invalid
from webapp.services.statuses import list_statuses
from webapp.views.presenters import article_page_context, panel_context

bp = Blueprint("claims", __name__)


def _is_htmx() -> bool:
    return request.headers.get("HX-Request") == "true"


def _render(claim_id: int, http_status: int = 200, **forms):
    """The panel fragment for htmx, the whole article page with the panel open otherwise."""
    panel = claim_service.load_panel(claim_id)
    if _is_htmx():
        context = panel_context(panel, list_statuses(), **forms)
        return render_template("claims/_panel_response.html", **context), http_status
    context = article_page_context(panel.claim.article, panel, **forms)
    return render_template("articles/show.html", **context), http_status


def _saved(claim_id: int):
    db.session.commit()
    if _is_htmx():
        return _render(claim_id)
    return redirect(url_for("claims.show", claim_id=claim_id))


def _field_error(form, error: Invalid, fallback: str) -> None:
    field = getattr(form, next(iter(error.details), fallback), None) or getattr(form, fallback)
    field.errors = [*field.errors, error.message]


@bp.route("/claims/<int:claim_id>")
def show(claim_id: int):
    return _render(claim_id)


@bp.route("/claims/<int:claim_id>/status", methods=["POST"])
@role_required("reviewer")
def set_status(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    form = StatusForm()
    form.status_id.choices = status_choices(list_statuses())
    if form.validate_on_submit():
        try:
            claim_service.update_claim(
                claim, current_user, form.version.data, {"status_id": form.status_id.data}
            )
        except Conflict as conflict:
            return _render(claim_id, 409, conflict=conflict)
        except Invalid as error:
            _field_error(form, error, "status_id")
        else:
            return _saved(claim_id)
    return _render(claim_id, 400, status_form=form)


@bp.route("/claims/<int:claim_id>/edit", methods=["POST"])
@role_required("reviewer")
def edit(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    form = ClaimEditForm()
    if form.validate_on_submit():
        try:
            claim_service.update_claim(
                claim,
                current_user,
                form.version.data,
                {"text": form.text.data, "speaker": form.speaker.data},
            )
        except Conflict as conflict:
            return _render(claim_id, 409, conflict=conflict, edit_form=form)
        except Invalid as error:
            _field_error(form, error, "text")
        else:
            return _saved(claim_id)
    return _render(claim_id, 400, edit_form=form)


@bp.route("/claims/<int:claim_id>/sources", methods=["POST"])
@role_required("reviewer")
def add_source(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    form = SourceForm()
    if form.validate_on_submit():
        try:
            claim_service.add_source(
                claim,
                current_user,
                url=form.url.data,
                title=form.title.data or "",
                publisher=form.publisher.data or "",
                stance=form.stance.data,
                accessed_on=form.accessed_on.data,
            )
        except (Invalid, Conflict) as error:
            _field_error(form, error, "url")
        else:
            return _saved(claim_id)
    return _render(claim_id, 400, source_form=form)


@bp.route("/claims/<int:claim_id>/sources/<int:source_id>/delete", methods=["POST"])
@role_required("reviewer")
def remove_source(claim_id: int, source_id: int):
    claim = claim_service.get_claim(claim_id)
    if not EmptyForm().validate_on_submit():
        raise Invalid("The request was incomplete; reload the page and try again.")
    claim_service.remove_source(claim, current_user, source_id)
    return _saved(claim_id)


@bp.route("/claims/<int:claim_id>/notes", methods=["POST"])
@role_required("reviewer")
def add_note(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    form = NoteForm()
    if form.validate_on_submit():
        try:
            claim_service.add_note(claim, current_user, form.body.data)
        except Invalid as error:
            _field_error(form, error, "body")
        else:
            return _saved(claim_id)
    return _render(claim_id, 400, note_form=form)


@bp.route("/claims/<int:claim_id>/notes/<int:note_id>/delete", methods=["POST"])
@role_required("reviewer")
def remove_note(claim_id: int, note_id: int):
    claim = claim_service.get_claim(claim_id)
    if not EmptyForm().validate_on_submit():
        raise Invalid("The request was incomplete; reload the page and try again.")
    claim_service.remove_note(claim, current_user, note_id)
    return _saved(claim_id)
