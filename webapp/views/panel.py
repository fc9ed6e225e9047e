"""The one way a browser request changes a claim and answers: validate the form, apply one
command through the change pipeline, commit, and answer with the claim panel (its htmx fragment
with out-of-band swaps, or the whole article page). Refusals roll back and show the panel with
the message where the form was."""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.datastructures import MultiDict

from webapp.database import reads_only
from webapp.extensions import db
from webapp.services import changes
from webapp.services import claims as claim_service
from webapp.services.claim_filters import ClaimFilter
from webapp.services.errors import Conflict, Invalid, ServiceError
from webapp.views.presenters import (
    article_page_context,
    claim_spans,
    panel_context,
    progress_summary,
    reshaped_context,
)


def is_htmx() -> bool:
    return request.headers.get("HX-Request") == "true"


def page_filter() -> ClaimFilter:
    """The claim list's filter: the request's own, or for an htmx request the page's (htmx
    names the page's address in HX-Current-URL), so swapped lists keep the reviewer's view."""
    if request.args or not is_htmx():
        return ClaimFilter.from_args(request.args)
    page_query = urlsplit(request.headers.get("HX-Current-URL", "")).query
    return ClaimFilter.from_args(MultiDict(parse_qsl(page_query)))


def render(claim_id: int, http_status: int = 200, reshaped_from=None, **extra):
    """The panel fragment for htmx, the whole article page with the panel open otherwise.
    `reshaped_from` (claim spans before a reshaping change) adds the moved paragraphs and the
    claim list to the fragment, swapped out of band. It answers after the change was committed
    or rolled back, so it reads in a transaction that takes no write lock (SQLite): colleagues'
    saves do not wait for a panel to render."""
    with reads_only():
        return _render(claim_id, http_status, reshaped_from, **extra)


def _render(claim_id: int, http_status: int, reshaped_from, **extra):
    panel = claim_service.load_panel(claim_id)
    claim_filter = page_filter()
    if is_htmx():
        context = panel_context(panel, current_user, **extra)
        context["claim_filter"] = claim_filter
        context["summary"] = progress_summary(panel.claim.article)
        if reshaped_from is not None:
            context.update(
                reshaped_context(panel.claim.article, reshaped_from, claim_filter, claim_id)
            )
            context["reshaped"] = True
        return render_template("claims/_panel_response.html", **context), http_status
    context = article_page_context(panel.claim.article, panel, claim_filter, **extra)
    return render_template("articles/show.html", **context), http_status


def form_problem(form) -> str:
    """The first error a form found, as one sentence."""
    for name, errors in form.errors.items():
        if name != "version" and errors:
            field = getattr(form, name, None)
            label = field.label.text if field is not None and field.label else name
            return f"{label}: {errors[0]}"
    return "The request was incomplete; reload the page and try again."


def refused(claim_id: int, error: ServiceError, form=None, form_key: str | None = None):
    """Roll back and show the panel with the refusal: a conflict with the current values, or
    the message beside the form's field (or at the top of the panel)."""
    db.session.rollback()
    extra = {form_key: form} if form_key else {}
    if isinstance(error, changes.StaleClaim):
        conflict = changes.describe_stale(error)
        # The forms show the current values; what this reviewer sent stands beside them.
        return render(claim_id, 409, conflict=conflict, yours=yours_and_now(form, conflict))
    if form is not None and form_key and isinstance(error, (Invalid, Conflict)):
        name = next(iter(error.details), None)
        field = getattr(form, name, None) if name else None
        field = field or getattr(form, FALLBACK_FIELD.get(form_key, ""), None)
        if field is not None:  # the message stands beside what was typed
            field.errors = [*field.errors, error.message]
            return render(claim_id, 400, **extra)
    return render(claim_id, error.http_status, panel_error=error.message, **extra)


# Form fields whose current value a conflict reports (StaleClaim details).
NOW_FIELDS = {"status_id": "status", "text": "text", "speaker": "speaker", "assignee": "assignee"}
NOT_RESENT = {"csrf_token", "version", "request_key"}


@dataclass(frozen=True)
class Yours:
    """What a reviewer sent when a colleague's change came first: each field beside its current
    value, and the request to send again on top of the current version, only if they choose."""

    rows: list[tuple[str, str, str | None]]  # label, yours, now
    action: str
    fields: list[tuple[str, str]]
    version: int


def yours_and_now(form, conflict) -> Yours | None:
    if form is None or "version" not in conflict.details:
        return None
    rows = []
    for field in form:
        if field.name in NOT_RESENT or field.type == "SubmitField" or not field.raw_data:
            continue
        sent = field.raw_data[0]
        choices = {}
        if getattr(field, "choices", None) is not None:
            choices = {str(value): label for value, label, *_ in field.iter_choices()}
        now = conflict.details.get(NOW_FIELDS.get(field.name, ""))
        rows.append((field.label.text, choices.get(sent, sent), now))
    fields = [
        (name, value) for name, value in request.form.items(multi=True) if name not in NOT_RESENT
    ]
    return Yours(rows, request.path, fields, conflict.details["version"])


FALLBACK_FIELD = {
    "status_form": "status_id",
    "edit_form": "text",
    "source_form": "url",
    "source_edit_form": "url",
    "note_form": "body",
}


def act(
    claim_id: int,
    form,
    command: Callable[[object], object],
    message: str | None = None,
    form_key: str | None = None,
    versioned: bool = True,
    reshapes: bool = False,
):
    """Validate the form, apply `command(form)` to the claim, commit, answer with the panel.

    `reshapes`: the change may move the article's highlights (split, merge, span, dismiss,
    undo); the htmx answer then also carries the paragraphs whose marks moved and the claim
    list, swapped in place — never a page reload."""
    claim = claim_service.get_claim(claim_id)
    if not form.validate_on_submit():
        db.session.rollback()
        extra = {form_key: form} if form_key else {"panel_error": form_problem(form)}
        return render(claim_id, 400, **extra)
    version = form.version.data if versioned else None
    spans_before = claim_spans(claim.article) if reshapes and is_htmx() else None
    try:
        changes.apply(claim, current_user, command(form), version)
    except ServiceError as error:
        return refused(claim_id, error, form, form_key)
    db.session.commit()
    if is_htmx():
        return render(claim_id, panel_message=message, reshaped_from=spans_before)
    if message:
        flash(message, "success")
    return redirect(url_for("claims.show", claim_id=claim_id))
