"""The claim panel: every change to one claim from the browser, each one form → one command."""

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
from webapp.forms.review import VersionForm
from webapp.security import permission_required
from webapp.services import articles as article_service
from webapp.services import changes
from webapp.services import claims as claim_service
from webapp.services.claim_filters import ClaimFilter
from webapp.services.errors import Conflict, Invalid, ServiceError
from webapp.services.statuses import list_statuses
from webapp.views import panel
from webapp.views.presenters import article_page_context, next_unreviewed_claim, split_choices

bp = Blueprint("claims", __name__)


def _source_fields(form) -> changes.SourceFields:
    return changes.SourceFields(
        url=form.url.data or "",
        title=form.title.data or "",
        publisher=form.publisher.data or "",
        stance=form.stance.data,
        accessed_on=form.accessed_on.data,
    )


def _button(claim_id: int, command, message: str):
    """A one-button change (remove a source or note): CSRF only, no version."""
    return panel.act(claim_id, EmptyForm(), lambda form: command, message, versioned=False)


@bp.route("/claims/<int:claim_id>")
def show(claim_id: int):
    return panel.render(claim_id)


@bp.route("/claims/<int:claim_id>/status", methods=["POST"])
@permission_required("claim.status")
def set_status(claim_id: int):
    form = StatusForm()
    form.status_id.choices = status_choices(list_statuses())
    return panel.act(
        claim_id,
        form,
        lambda f: changes.SetFields.of(status_id=f.status_id.data),
        "Status saved.",
        form_key="status_form",
    )


@bp.route("/claims/<int:claim_id>/edit", methods=["POST"])
@permission_required("claim.edit")
def edit(claim_id: int):
    return panel.act(
        claim_id,
        ClaimEditForm(),
        lambda f: changes.SetFields.of(text=f.text.data, speaker=f.speaker.data),
        "Wording and speaker saved.",
        form_key="edit_form",
    )


@bp.route("/claims/<int:claim_id>/sources", methods=["POST"])
@permission_required("claim.sources")
def add_source(claim_id: int):
    return panel.act(
        claim_id,
        SourceForm(),
        lambda f: changes.AddSource(_source_fields(f)),
        "Source added.",
        form_key="source_form",
        versioned=False,
    )


@bp.route("/claims/<int:claim_id>/sources/<int:source_id>/edit", methods=["POST"])
@permission_required("claim.sources")
def edit_source(claim_id: int, source_id: int):
    form = SourceEditForm(prefix=f"source{source_id}")
    form.source_id = source_id
    return panel.act(
        claim_id,
        form,
        lambda f: changes.EditSource(source_id, _source_fields(f)),
        "Source saved.",
        form_key="source_edit_form",
        versioned=False,
    )


@bp.route("/claims/<int:claim_id>/sources/<int:source_id>/delete", methods=["POST"])
@permission_required("claim.sources")
def remove_source(claim_id: int, source_id: int):
    return _button(claim_id, changes.RemoveSource(source_id), "Source removed.")


@bp.route("/claims/<int:claim_id>/notes", methods=["POST"])
@permission_required("claim.notes")
def add_note(claim_id: int):
    return panel.act(
        claim_id,
        NoteForm(),
        lambda f: changes.AddNote(f.body.data),
        "Note added.",
        form_key="note_form",
        versioned=False,
    )


@bp.route("/claims/<int:claim_id>/notes/<int:note_id>/delete", methods=["POST"])
@permission_required("claim.notes")
def remove_note(claim_id: int, note_id: int):
    return _button(claim_id, changes.RemoveNote(note_id), "Note removed.")


@bp.route("/articles/<int:article_id>/claims", methods=["POST"])
@permission_required("claim.shape")
def create(article_id: int):
    """A claim from a passage the user selected in the article."""
    article = article_service.get_article(article_id)
    form = SelectionForm()
    message = "The selection was incomplete; select the passage again."
    if form.validate_on_submit():
        try:
            claim = changes.create_claim(
                article, current_user, form.start.data, form.end.data, form.quote.data
            )
        except (Invalid, Conflict) as error:
            db.session.rollback()
            message = error.message
        else:
            db.session.commit()
            return redirect(url_for("claims.show", claim_id=claim.id))
    context = article_page_context(article, None, ClaimFilter())
    return render_template("articles/show.html", selection_error=message, **context), 400


# Shaping moves the article's highlights: the answer swaps the moved paragraphs and the list too.


@bp.route("/claims/<int:claim_id>/span", methods=["POST"])
@permission_required("claim.shape")
def adjust_span(claim_id: int):
    return panel.act(
        claim_id,
        SpanForm(),
        lambda f: changes.AdjustSpan(f.edge.data),
        "Passage adjusted.",
        reshapes=True,
    )


@bp.route("/claims/<int:claim_id>/split", methods=["POST"])
@permission_required("claim.shape")
def split(claim_id: int):
    form = SplitForm()
    form.at.choices = split_choices(claim_service.get_claim(claim_id))
    return panel.act(
        claim_id, form, lambda f: changes.Split(f.at.data), "Split in two claims.", reshapes=True
    )


@bp.route("/claims/<int:claim_id>/split/preview")
@permission_required("claim.shape")
def split_preview(claim_id: int):
    """The two wordings a split before `at` would make; nothing is saved."""
    claim = claim_service.get_claim(claim_id)
    at = request.args.get("at", type=int)
    return _preview(lambda: [wording for *_span, wording in changes.split_parts(claim, at)], at)


@bp.route("/claims/<int:claim_id>/merge/preview")
@permission_required("claim.shape")
def merge_preview(claim_id: int):
    """The wording the claim would have merged with the next one; nothing is saved."""
    claim = claim_service.get_claim(claim_id)
    other_id = request.args.get("other_id", type=int)
    return _preview(
        lambda: [changes.merged_wording(claim, changes.merge_partner(claim, other_id))], other_id
    )


def _preview(wordings, given):
    """The preview fragment: the wordings, or why there are none (a bad or missing choice)."""
    try:
        if given is None:
            raise Invalid("Choose a place to split or a claim to merge with.")
        return render_template("claims/_shaping_preview.html", wordings=wordings())
    except ServiceError as error:
        body = render_template("claims/_shaping_preview.html", preview_error=error.message)
        return body, error.http_status


@bp.route("/claims/<int:claim_id>/merge", methods=["POST"])
@permission_required("claim.shape")
def merge(claim_id: int):
    return panel.act(
        claim_id,
        MergeForm(),
        lambda f: changes.Merge(f.other_id.data),
        "Claims merged.",
        reshapes=True,
    )


@bp.route("/claims/<int:claim_id>/dismiss", methods=["POST"])
@permission_required("claim.shape")
def dismiss(claim_id: int):
    return panel.act(
        claim_id,
        DismissForm(),
        lambda f: changes.Dismiss(f.reason.data),
        "Dismissed: no longer in the claim list.",
        reshapes=True,
    )


@bp.route("/claims/<int:claim_id>/undo", methods=["POST"])
@bp.route("/claims/<int:claim_id>/restore/<int:event_id>", methods=["POST"])
@permission_required("claim.undo")
def undo(claim_id: int, event_id: int | None = None):
    """Undo one history entry (restoring an earlier value is the same thing)."""
    form = UndoForm() if event_id is None else VersionForm()
    return panel.act(
        claim_id,
        form,
        lambda f: changes.Undo(event_id if event_id is not None else f.event_id.data),
        "Change undone.",
        reshapes=True,
    )


@bp.route("/articles/<int:article_id>/next-unreviewed")
def next_unreviewed(article_id: int):
    """Open the next claim after `after` (in reading order) that still needs work: not
    approved and not awaiting approval."""
    article = article_service.get_article(article_id)
    claim = next_unreviewed_claim(
        article_service.article_claims(article), request.args.get("after", type=int)
    )
    if claim is None:
        flash("Every claim in this article is approved or awaiting approval.", "success")
        return redirect(url_for("articles.show", article_id=article.id))
    return redirect(url_for("claims.show", claim_id=claim.id))
