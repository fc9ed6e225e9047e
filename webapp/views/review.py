"""Team review: queues, assignment, approval, returns, restores, comments, notifications,
blind double review, the team dashboard and live updates of an open article."""

from flask import (
    Blueprint,
    Response,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
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
from webapp.permissions import may
from webapp.security import permission_required
from webapp.services import articles as article_service
from webapp.services import changes, matching, presence
from webapp.services import claims as claim_service
from webapp.services import comments as comment_service
from webapp.services import review as review_service
from webapp.services.errors import Conflict, Forbidden, Invalid, ServiceError
from webapp.services.statuses import list_statuses
from webapp.views import panel

bp = Blueprint("review", __name__)


@bp.app_context_processor
def _review_globals() -> dict:
    """The nav's unread count, for full pages (htmx fragments have no nav)."""
    if not current_user.is_authenticated or panel.is_htmx():
        return {"unread_notifications": 0}
    return {"unread_notifications": comment_service.unread_count(current_user)}


# Assignment and queues


def _assignee_choices() -> list[SelectChoice]:
    return [SelectChoice(0, "nobody")] + [
        SelectChoice(u.id, u.username) for u in review_service.assignable_users()
    ]


@bp.route("/claims/<int:claim_id>/assign", methods=["POST"])
@permission_required("claim.assign")
def assign(claim_id: int):
    form = AssignForm()
    form.assignee_id.choices = _assignee_choices()
    return panel.act(
        claim_id,
        form,
        lambda f: changes.SetFields.of(assignee_id=f.assignee_id.data or None),
        "Assignment saved.",
    )


@bp.route("/articles/<int:article_id>/assign", methods=["POST"])
@permission_required("article.assign")
def assign_article(article_id: int):
    article = article_service.get_article(article_id)
    form = ArticleAssignForm()
    form.assignee_id.choices = _assignee_choices()
    if not form.validate_on_submit():
        raise Invalid(panel.form_problem(form))
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
    return render_template("review/queue.html", claims=review_service.queue(current_user))


# Verdicts


@bp.route("/claims/<int:claim_id>/propose", methods=["POST"])
@permission_required("claim.propose")
def propose(claim_id: int):
    return panel.act(
        claim_id, VersionForm(), lambda f: changes.Propose(), "Verdict proposed for approval."
    )


@bp.route("/claims/<int:claim_id>/approve", methods=["POST"])
@permission_required("claim.approve")
def approve(claim_id: int):
    return panel.act(claim_id, VersionForm(), lambda f: changes.Approve(), "Verdict approved.")


@bp.route("/claims/<int:claim_id>/return", methods=["POST"])
@permission_required("claim.return")
def return_verdict(claim_id: int):
    return panel.act(
        claim_id,
        ReturnForm(),
        lambda f: changes.Return(f.comment.data),
        "Verdict returned to the reviewer.",
    )


# Comments and notifications


@bp.route("/claims/<int:claim_id>/comments", methods=["POST"])
@permission_required("claim.comment")
def comment(claim_id: int):
    """A comment is conversation, not a change to the claim: no version, no history entry."""
    claim = claim_service.get_claim(claim_id)
    form = CommentForm()
    if not form.validate_on_submit():
        return panel.render(claim_id, 400, panel_error=panel.form_problem(form))
    try:
        comment_service.add_comment(claim, current_user, form.body.data)
    except Invalid as error:
        return panel.refused(claim_id, error)
    db.session.commit()
    return (
        panel.render(claim_id, panel_message="Comment added.")
        if panel.is_htmx()
        else (_redirect_to_claim(claim_id, "Comment added."))
    )


def _redirect_to_claim(claim_id: int, message: str):
    flash(message, "success")
    return redirect(url_for("claims.show", claim_id=claim_id))


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
@permission_required("article.blind_review")
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
        figures=review_service.article_agreement(article),
    ), (400 if error else 200)


@bp.route("/claims/<int:claim_id>/blind-verdict", methods=["POST"])
@permission_required("claim.blind_verdict")
def blind_verdict(claim_id: int):
    """A blind verdict lives beside the claim, unseen by the other reviewer: not a change to
    the claim (the editor's decision is)."""
    claim = claim_service.get_claim(claim_id)
    form = BlindVerdictForm()
    form.status_id.choices = [SelectChoice(s.id, s.name) for s in list_statuses()]
    if not form.validate_on_submit():
        return panel.render(claim_id, 400, panel_error=panel.form_problem(form))
    try:
        review_service.give_blind_verdict(claim, current_user, form.status_id.data)
    except (Invalid, Forbidden) as error:
        return panel.refused(claim_id, error)
    db.session.commit()
    if panel.is_htmx():
        return panel.render(claim_id, panel_message="Your blind verdict is saved.")
    return _redirect_to_claim(claim_id, "Your blind verdict is saved.")


@bp.route("/claims/<int:claim_id>/decide", methods=["POST"])
@permission_required("claim.decide")
def decide(claim_id: int):
    claim = claim_service.get_claim(claim_id)
    form = DecideForm()
    form.status_id.choices = [SelectChoice(s.id, s.name) for s in list_statuses()]
    if not form.validate_on_submit():
        raise Invalid(panel.form_problem(form))
    try:
        changes.apply(claim, current_user, changes.Decide(form.status_id.data), form.version.data)
    except ServiceError as error:
        db.session.rollback()
        flash(error.message, "error")
    else:
        db.session.commit()
        flash(f"Claim {claim.id}: decided “{claim.status.name}”.", "success")
    return redirect(url_for("review.blind_review", article_id=claim.article_id))


# The team dashboard


@bp.route("/dashboard")
@permission_required("dashboard")
def dashboard():
    return render_template("review/dashboard.html", board=review_service.dashboard())


# Live updates


@bp.route("/live/articles/<int:article_id>", methods=["POST"])
def live(article_id: int):
    """What colleagues changed in the article since `after` (a history entry id), and who else
    has the open claim (`claim`) in view; polling also records the caller's presence."""
    article = article_service.get_article(article_id, with_text=False)
    after = request.args.get("after", type=int)
    claim_id = request.args.get("claim", type=int)
    cursor, changed = presence.news(article, after, current_user)
    viewers = [] if claim_id is None else presence.viewing(article, claim_id, current_user)
    payload = {
        "cursor": cursor,
        "changed": presence.changes_json(changed),
        "viewers": viewers,
        "can_edit": may(current_user, "claim.status"),
    }
    # Built before the commit, which expires what was loaded: read after it, every changed
    # claim would be loaded again, one statement each.
    db.session.commit()  # the caller's presence, when it is kept in the database
    return jsonify(payload)


@bp.route("/live/articles/<int:article_id>/events")
def live_events(article_id: int):
    """The article's changes as server-sent events while it is open (presence.LiveStream);
    204 where this deployment cannot stream (no Redis, one request per worker): the page polls."""
    article_service.get_article(article_id, with_text=False)
    stream = presence.live_stream(article_id, threaded=request.environ.get("wsgi.multithread"))
    if stream is None:
        return "", 204
    # The response ends this request's use of the database before the first event is sent.
    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return Response(stream, mimetype="text/event-stream", headers=headers)


def claim_rows_html(claims: list) -> dict[int, str]:
    """Claims' rows in their article's list ({claim id: HTML}), as a colleague's change brings
    them to the pages that have the article open (presence.changes_json)."""
    marked = matching.checked_before_ids([claim.id for claim in claims])
    # The template alone: render_template would run the page's context processors (the unread
    # count…) once per row, none of which a row uses.
    row = current_app.jinja_env.get_template("claims/_list_item.html")
    return {
        claim.id: row.render(claim=claim, panel=None, oob=False, checked_before_ids=marked)
        for claim in claims
    }


@bp.record_once
def _install_claim_rows(state) -> None:
    state.app.extensions[presence.CLAIM_ROWS] = claim_rows_html
