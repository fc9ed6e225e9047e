"""The claim panel: status, wording, sources and notes of one claim."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from webapp.extensions import db
from webapp.forms.auth import EmptyForm
from webapp.forms.claims import (
    ClaimEditForm,
    DismissForm,
    MergeForm,
    NoteForm,
    SelectionForm,
    SourceEditForm,
    SourceForm,
    SpanForm,
    SplitForm,
    StatusForm,
    UndoForm,
    status_choices,
)
from webapp.security import role_required
from webapp.services import articles as article_service
from webapp.services import claim_shaping
from webapp.services import claims as claim_service
from webapp.services.claim_filters import ClaimFilter
from webapp.services.errors import Conflict, Invalid, NotFound
from webapp.services.statuses import list_statuses
from webapp.views.presenters import (
    article_page_context,
    next_unreviewed_claim,
    panel_context,
    progress_summary,
    split_choices,
)

bp = Blueprint("claims", __name__)


def _is_htmx() -> bool:
    return request.headers.get("HX-Request") == "true"


def _render(claim_id: int, http_status: int = 200, **forms):
    """The panel fragment for htmx, the whole article page with the panel open otherwise."""
    panel = claim_service.load_panel(claim_id)
    if _is_htmx():
        context = panel_context(panel, list_statuses(), **forms)
        context["claim_filter"] = ClaimFilter.from_args(request.args)
        context["summary"] = progress_summary(article_service.article_claims(panel.claim.article))
        return render_template("claims/_panel_response.html", **context), http_status
    claim_filter = ClaimFilter.from_args(request.args)
    context = article_page_context(panel.claim.article, panel, claim_filter, **forms)
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


@bp.route("/claims/<int:claim_id>/sources/<int:source_id>/edit", methods=["POST"])
@role_required("reviewer")
def edit_source(claim_id: int, source_id: int):
    claim = claim_service.get_claim(claim_id)
    form = SourceEditForm(prefix=f"source{source_id}")
    if form.validate_on_submit():
        try:
            claim_service.edit_source(
                claim,
                current_user,
                source_id,
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
    return _render(claim_id, 400, source_edit_forms={source_id: form})


@bp.route("/articles/<int:article_id>/claims", methods=["POST"])
@role_required("reviewer")
def create(article_id: int):
    """A claim from a passage the user selected in the article."""
    article = article_service.get_article(article_id)
    form = SelectionForm()
    message = "The selection was incomplete; select the passage again."
    if form.validate_on_submit():
        try:
            claim = claim_shaping.create_claim(
                article, current_user, form.start.data, form.end.data, form.quote.data
            )
        except (Invalid, Conflict) as error:
            message = error.message
        else:
            db.session.commit()
            return redirect(url_for("claims.show", claim_id=claim.id))
    context = article_page_context(article, None, ClaimFilter())
    return render_template("articles/show.html", selection_error=message, **context), 400


def _shape(claim_id: int, form, change):
    """Run one shaping change from a plain form; the article's highlights move, so on success
    the whole page reloads on the claim."""
    claim = claim_service.get_claim(claim_id)
    if isinstance(form, SplitForm):
        form.at.choices = split_choices(claim)
    if not form.validate_on_submit():
        problems = [
            error for name, errors in form.errors.items() if name != "version" for error in errors
        ]
        message = problems[0] if problems else "The request was incomplete; reload and try again."
        return _render(claim_id, 400, shape_error=message)
    try:
        target = change(claim, form)
    except Conflict as conflict:
        return _render(claim_id, 409, conflict=conflict)
    except (Invalid, NotFound) as error:
        return _render(claim_id, 400, shape_error=error.message)
    db.session.commit()
    return redirect(url_for("claims.show", claim_id=target.id))


@bp.route("/claims/<int:claim_id>/span", methods=["POST"])
@role_required("reviewer")
def adjust_span(claim_id: int):
    return _shape(
        claim_id,
        SpanForm(),
        lambda claim, form: claim_shaping.adjust_span(
            claim, current_user, form.version.data, form.edge.data
        ),
    )


@bp.route("/claims/<int:claim_id>/split", methods=["POST"])
@role_required("reviewer")
def split(claim_id: int):
    def change(claim, form):
        claim_shaping.split_claim(claim, current_user, form.version.data, form.at.data)
        return claim

    return _shape(claim_id, SplitForm(), change)


@bp.route("/claims/<int:claim_id>/merge", methods=["POST"])
@role_required("reviewer")
def merge(claim_id: int):
    return _shape(
        claim_id,
        MergeForm(),
        lambda claim, form: claim_shaping.merge_with_next(
            claim, current_user, form.version.data, form.other_id.data
        ),
    )


@bp.route("/claims/<int:claim_id>/dismiss", methods=["POST"])
@role_required("reviewer")
def dismiss(claim_id: int):
    return _shape(
        claim_id,
        DismissForm(),
        lambda claim, form: claim_shaping.dismiss_claim(
            claim, current_user, form.version.data, form.reason.data
        ),
    )


@bp.route("/claims/<int:claim_id>/undo", methods=["POST"])
@role_required("reviewer")
def undo(claim_id: int):
    return _shape(
        claim_id,
        UndoForm(),
        lambda claim, form: claim_shaping.undo(
            claim, current_user, form.version.data, form.event_id.data
        ),
    )


@bp.route("/articles/<int:article_id>/next-unreviewed")
def next_unreviewed(article_id: int):
    """Open the first claim after `after` (in reading order) that has no final verdict yet."""
    article = article_service.get_article(article_id)
    claim = next_unreviewed_claim(
        article_service.article_claims(article), request.args.get("after", type=int)
    )
    if claim is None:
        flash("Every claim in this article has a final verdict.", "success")
        return redirect(url_for("articles.show", article_id=article.id))
    return redirect(url_for("claims.show", claim_id=claim.id))
