"""Article list, import and the article page."""

from flask import (
    Blueprint,
    Response,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user

from webapp.extensions import db
from webapp.forms.articles import ImportArticleForm
from webapp.forms.auth import EmptyForm
from webapp.jobs import jobs
from webapp.permissions import may
from webapp.security import permission_required
from webapp.services import articles as article_service
from webapp.services import imports as import_service
from webapp.services.claim_filters import ClaimFilter
from webapp.services.errors import Invalid, NotFound
from webapp.services.statuses import list_statuses
from webapp.views.presenters import article_page_context, claim_rows_context, text_page_context

bp = Blueprint("articles", __name__)


@bp.route("/")
def index():
    return render_template(
        "articles/index.html",
        summaries=article_service.list_articles(),
        form=EmptyForm(),
        undo=_just_deleted(request.args.get("deleted", type=int)),
    )


def _just_deleted(article_id: int | None):
    """The article named by ?deleted= while it is still in the Trash, for the Undo offer."""
    if article_id is None or not may(current_user, "article.restore"):
        return None
    try:
        return article_service.get_trashed_article(article_id)
    except NotFound:
        return None


@bp.route("/articles/new", methods=["GET", "POST"])
@permission_required("article.import")
def new():
    form = ImportArticleForm()
    status = 200
    if form.is_submitted():
        status = 400
    valid = form.validate_on_submit()
    if valid and _long_paste(form):
        return redirect(_import_in_background(form))
    if valid:
        try:
            article = article_service.import_article(
                title=form.title.data,
                text=form.text.data,
                url=form.url.data,
                outlet=form.outlet.data,
                author=form.author.data,
                published_on=form.published_on.data,
                max_bytes=current_app.config["MAX_ARTICLE_BYTES"],
                created_by=current_user,
            )
        except Invalid as error:
            field = getattr(form, next(iter(error.details), "text"), form.text)
            field.errors = [*field.errors, error.message]
        else:
            db.session.commit()
            flash(f"Imported “{article.title}” with {len(article.claims)} claims.", "success")
            return redirect(url_for("articles.show", article_id=article.id))
    return render_template("articles/new.html", form=form), status


def _long_paste(form) -> bool:
    """A paste this long takes seconds to extract: it is imported by a background job, and the
    reviewer watches its progress instead of a page that seems to hang."""
    size = len((form.text.data or "").encode("utf-8"))
    return (
        current_app.config["PASTE_IN_BACKGROUND_BYTES"]
        < size
        <= current_app.config["MAX_ARTICLE_BYTES"]
    )


def _import_in_background(form) -> str:
    fields = {
        name: getattr(form, name).data
        for name in ("title", "text", "url", "outlet", "author", "published_on")
    }
    batch = import_service.start_paste(fields, current_user)
    batch_id, item_ids = batch.id, import_service.queued_item_ids(batch)
    db.session.commit()
    jobs().enqueue_items(item_ids)
    flash(
        f"“{form.title.data.strip()}” is long: it is being imported in the background. This page "
        "shows its progress and links the article when it is ready.",
        "info",
    )
    return url_for("imports.batch", batch_id=batch_id)


@bp.route("/articles/<int:article_id>")
def show(article_id: int):
    article = article_service.get_article(article_id)
    claim_filter = ClaimFilter.from_args(request.args)
    whole = request.args.get("whole") == "1"
    return render_template(
        "articles/show.html", **article_page_context(article, None, claim_filter, whole=whole)
    )


@bp.route("/articles/<int:article_id>/text/<int:page>")
def text_page(article_id: int, page: int):
    """A further part of a long article's text, loaded as the reviewer scrolls."""
    article = article_service.get_article(article_id)
    context = text_page_context(article, page, ClaimFilter.from_args(request.args))
    return render_template("articles/_text_page.html", **context)


@bp.route("/articles/<int:article_id>/rows")
def claim_rows(article_id: int):
    """Further rows of a long claim list, loaded as the reviewer scrolls."""
    article = article_service.get_article(article_id)
    start = request.args.get("start", type=int)
    if start is None:
        raise Invalid("Say from which row to continue: ?start=<number>.", {"start": "missing"})
    context = claim_rows_context(article, start, ClaimFilter.from_args(request.args))
    return render_template("articles/_claim_rows.html", **context)


@bp.route("/articles/<int:article_id>/delete", methods=["GET", "POST"])
@permission_required("article.delete")
def delete(article_id: int):
    """GET asks for confirmation; POST moves the article to the Trash and offers Undo."""
    article = article_service.get_article(article_id)
    form = EmptyForm()
    if request.method == "GET":
        return render_template("articles/delete.html", article=article, form=form)
    if not form.validate_on_submit():
        raise Invalid("The delete request was incomplete; try again.")
    article_service.delete_article(article, current_user)
    db.session.commit()
    return redirect(url_for("articles.index", deleted=article.id))


@bp.route("/trash")
@permission_required("article.restore")
def trash():
    return render_template(
        "articles/trash.html", articles=article_service.trashed_articles(), form=EmptyForm()
    )


@bp.route("/trash/<int:article_id>/restore", methods=["POST"])
@permission_required("article.restore")
def restore(article_id: int):
    article = article_service.get_trashed_article(article_id)
    if not EmptyForm().validate_on_submit():
        raise Invalid("The restore request was incomplete; try again.")
    article_service.restore_article(article, current_user)
    db.session.commit()
    flash(f"Restored “{article.title}” from the Trash, with its claims and history.", "success")
    return redirect(url_for("articles.show", article_id=article.id))


@bp.route("/statuses.css")
def status_styles():
    """Status colours are workspace data, so their classes come from the database, not inline
    styles (which the Content-Security-Policy forbids)."""
    css = render_template("articles/statuses.css", statuses=list_statuses())
    return Response(css, mimetype="text/css", headers={"Cache-Control": "no-cache"})
