"""Team review: queues, assignment, approval, returns, restores, comments, notifications,
blind double review, the team dashboard and live updates of an open article."""

from flask import Blueprint, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user
from wtforms import SelectChoice

from webapp.extensions import db
from webapp.forms.auth import EmptyForm
from webapp.forms.review import (
    ArticleAssignForm,
    AssignForm,
    BlindStartForm,
    BlindVerdictForm,
    CommentForm,
    DecideForm,
    ReturnForm,
    VersionForm,
)
from webapp.security import has_role, role_required
from webapp.services import articles as article_service
from webapp.services import claims as claim_service
from webapp.services import comments as comment_service
from webapp.services import presence
from webapp.services import review as review_service
from webapp.services.errors import Conflict, Forbidden, Invalid
from webapp.services.statuses import list_statuses
from webapp.views.presenters import article_page_context, panel_context

bp = Blueprint("review", __name__)


@bp.app_context_processor
def _review_globals() -> dict:
    """The nav's unread count and the claim panel's review section data."""

    def unread_notifications() -> int:
        if not current_user.is_authenticated:
            return 0
        return comment_service.unread_count(current_user)

    def review_panel(claim, events):
        return review_service.review_panel(claim, current_user, events)

    return {"unread_notifications": unread_notifications, "review_panel": review_panel}


def _is_htmx() -> bool:
    return request.headers.get("HX-Request") == "true"


def _panel(claim_id: int, http_status: int = 200, **extra):
    """The claim panel (htmx) or the article page with it open, plus review messages."""
    panel = claim_service.load_panel(claim_id)
    if _is_htmx():
        context = panel_context(panel, list_statuses(), conflict=extra.get("conflict"))
        context.update(extra)
        return render_template("claims/_panel_response.html", **context), http_status
    context = article_page_context(panel.claim.article, panel, conflict=extra.get("conflict"))
    context.update(extra)
    return render_template("articles/show.html", **context), http_status


def _done(claim_id: int, message: str):
    db.session.commit()
    if _is_htmx():
        return _panel(claim_id, review_message=message)
    flash(message, "success")
    return redirect(url_for("claims.show", claim_id=claim_id))


def _refused(claim_id: int, error):
    db.session.rollback()
    if isinstance(error, Conflict):
        return _panel(claim_id, 409, conflict=error)
    return _panel(claim_id, error.http_status, review_error=error.message)


def _form_error(form) -> Invalid:
    messages = [
        f"{getattr(form, name).label.text}: {errs[0]}" for name, errs in form.errors.items()
    ]
    return Invalid(
        " ".join(messages) or "The request was incomplete; reload the page and try again."
    )


def _act(claim_id: int, form, action, message: str):
    """Validate the form, run one service call, answer with the panel either way."""
    if not form.validate_on_submit():
        return _refused(claim_id, _form_error(form))
    try:
        action()
    except (Invalid, Conflict, Forbidden) as error:
        return _refused(claim_id, error)
    return _done(claim_id, message)


# Assignment and queues


@bp.route("/claims/<int:claim_id>/assign", methods=["POST"])
@role_required("editor")
def assign(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    form = AssignForm()
    form.assignee_id.choices = [SelectChoice(0, "nobody")] + [
        SelectChoice(u.id, u.username) for u in review_service.assignable_users()
    ]

    def action():
        review_service.assign(claim, current_user, form.version.data, form.assignee_id.data or None)

    return _act(claim_id, form, action, "Assignment saved.")


@bp.route("/articles/<int:article_id>/assign", methods=["POST"])
@role_required("editor")
def assign_article(article_id: int):
    article = article_service.get_article(article_id)
    form = ArticleAssignForm()
    form.assignee_id.choices = [SelectChoice(0, "nobody")] + [
        SelectChoice(u.id, u.username) for u in review_service.assignable_users()
    ]
    if not form.validate_on_submit():
        raise _form_error(form)
    try:
        changed = review_service.assign_article(
            article, current_user, form.assignee_id.data or None
        )
    except Conflict:
        db.session.rollback()
        flash("A colleague changed a claim meanwhile; nothing was assigned. Try again.", "error")
        return redirect(url_for("articles.show", article_id=article.id))
    db.session.commit()
    flash(f"Assigned {changed} claims.", "success")
    return redirect(url_for("articles.show", article_id=article.id))


@bp.route("/queue")
def queue():
    claims = review_service.queue(current_user)
    return render_template(
        "review/queue.html",
        claims=claims,
        returned=review_service.returned_claim_ids(claims),
    )


# Verdicts


@bp.route("/claims/<int:claim_id>/propose", methods=["POST"])
@role_required("reviewer")
def propose(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    form = VersionForm()
    return _act(
        claim_id,
        form,
        lambda: review_service.propose(claim, current_user, form.version.data),
        "Verdict proposed for approval.",
    )


@bp.route("/claims/<int:claim_id>/approve", methods=["POST"])
@role_required("editor")
def approve(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    form = VersionForm()
    return _act(
        claim_id,
        form,
        lambda: review_service.approve(claim, current_user, form.version.data),
        "Verdict approved.",
    )


@bp.route("/claims/<int:claim_id>/return", methods=["POST"])
@role_required("editor")
def return_verdict(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    form = ReturnForm()
    return _act(
        claim_id,
        form,
        lambda: review_service.return_verdict(
            claim, current_user, form.version.data, form.comment.data
        ),
        "Verdict returned to the reviewer.",
    )


@bp.route("/claims/<int:claim_id>/restore/<int:event_id>", methods=["POST"])
@role_required("reviewer")
def restore(claim_id: int, event_id: int):
    claim = claim_service.get_claim(claim_id)
    form = VersionForm()
    return _act(
        claim_id,
        form,
        lambda: review_service.restore(claim, current_user, form.version.data, event_id),
        "Earlier value restored.",
    )


# Comments and notifications


@bp.route("/claims/<int:claim_id>/comments", methods=["POST"])
@role_required("reviewer")
def comment(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    form = CommentForm()
    return _act(
        claim_id,
        form,
        lambda: comment_service.add_comment(claim, current_user, form.body.data),
        "Comment added.",
    )


@bp.route("/notifications")
def notifications():
    return render_template(
        "review/notifications.html",
        notifications=comment_service.notifications(current_user),
        button_form=EmptyForm(formdata=None),
    )


@bp.route("/notifications/<int:notification_id>/read", methods=["POST"])
def read_notification(notification_id: int):
    if not EmptyForm().validate_on_submit():
        raise Invalid("The request was incomplete; reload the page and try again.")
    comment_service.mark_read(current_user, notification_id)
    db.session.commit()
    return redirect(url_for("review.notifications"))


@bp.route("/notifications/read", methods=["POST"])
def read_all_notifications():
    if not EmptyForm().validate_on_submit():
        raise Invalid("The request was incomplete; reload the page and try again.")
    comment_service.mark_read(current_user)
    db.session.commit()
    return redirect(url_for("review.notifications"))


# Blind double review


@bp.route("/articles/<int:article_id>/blind-review", methods=["GET", "POST"])
@role_required("editor")
def blind_review(article_id: int):
    article = article_service.get_article(article_id)
    form = BlindStartForm()
    choices = [SelectChoice(u.id, u.username) for u in review_service.assignable_users()]
    form.first_reviewer_id.choices = choices
    form.second_reviewer_id.choices = choices
    error = None
    if form.validate_on_submit():
        try:
            review_service.start_blind_review(
                article, current_user, form.first_reviewer_id.data, form.second_reviewer_id.data
            )
        except (Invalid, Conflict) as refused:
            db.session.rollback()
            error = refused.message
        else:
            db.session.commit()
            flash("Blind double review started.", "success")
            return redirect(url_for("review.blind_review", article_id=article.id))
    review = review_service.blind_review(article.id)
    rows = review_service.comparison(article) if review else []
    decide_forms = {}
    final_choices = [SelectChoice(s.id, s.name) for s in list_statuses() if s.is_final]
    for row in rows:
        decide_form = DecideForm(
            formdata=None,
            version=row.claim.version,
            status_id=row.verdicts[0].status_id if row.verdicts else row.claim.status_id,
        )
        decide_form.status_id.choices = final_choices
        decide_forms[row.claim.id] = decide_form
    return render_template(
        "review/blind.html",
        article=article,
        review=review,
        rows=rows,
        form=form,
        decide_forms=decide_forms,
        error=error,
        figures=review_service.agreement(review_service._pairs(article.id)),
    ), (400 if error else 200)


@bp.route("/claims/<int:claim_id>/blind-verdict", methods=["POST"])
@role_required("reviewer")
def blind_verdict(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    form = BlindVerdictForm()
    form.status_id.choices = [SelectChoice(s.id, s.name) for s in list_statuses()]
    return _act(
        claim_id,
        form,
        lambda: review_service.give_blind_verdict(claim, current_user, form.status_id.data),
        "Your blind verdict is saved.",
    )


@bp.route("/claims/<int:claim_id>/decide", methods=["POST"])
@role_required("editor")
def decide(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    form = DecideForm()
    form.status_id.choices = [SelectChoice(s.id, s.name) for s in list_statuses()]
    if not form.validate_on_submit():
        raise _form_error(form)
    try:
        review_service.decide(claim, current_user, form.version.data, form.status_id.data)
    except (Invalid, Conflict) as error:
        db.session.rollback()
        flash(error.message, "error")
    else:
        db.session.commit()
        flash(f"Claim {claim.id}: decided “{claim.status.name}”.", "success")
    return redirect(url_for("review.blind_review", article_id=claim.article_id))


# The team dashboard


@bp.route("/dashboard")
def dashboard():
    return render_template("review/dashboard.html", board=review_service.dashboard())


# Live updates


@bp.route("/live/articles/<int:article_id>", methods=["POST"])
def live(article_id: int):
    """What colleagues changed in the article since `after` (a history entry id), and who else
    has the open claim (`claim`) in view; polling also records the caller's presence."""
    article = article_service.get_article(article_id)
    after = request.args.get("after", type=int)
    claim_id = request.args.get("claim", type=int)
    cursor = presence.latest_event_id(article.id)
    changed = [] if after is None else presence.changes_since(article.id, after, current_user)
    viewers: list[str] = []
    if claim_id is not None:
        claim = claim_service.get_claim(claim_id)
        if claim.article_id == article.id:
            presence.touch(claim, current_user)
            db.session.commit()
            viewers = presence.viewers(claim, current_user)
    return jsonify(
        {
            "cursor": cursor,
            "changed": [
                {
                    "id": claim.id,
                    "version": claim.version,
                    "status_id": claim.status_id,
                    "status": claim.status.name,
                    "final": claim.status.is_final,
                    "by": who,
                    "row_url": url_for("review.claim_row", claim_id=claim.id),
                    "panel_url": url_for("claims.show", claim_id=claim.id),
                }
                for claim, who in changed
            ],
            "viewers": viewers,
            "can_edit": has_role(current_user, "reviewer"),
        }
    )


@bp.route("/live/claims/<int:claim_id>/row")
def claim_row(claim_id: int):
    """One claim's row in the article's list, for swapping in a colleague's change."""
    claim = claim_service.get_claim(claim_id)
    return render_template("claims/_list_item.html", claim=claim, panel=None, oob=False)
