"""Importing from a link (with a preview), files, a list of links and feeds; batch progress."""

from flask import (
    Blueprint,
    Request,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user

from webapp.extensions import db
from webapp.forms.auth import EmptyForm
from webapp.forms.imports import (
    FeedForm,
    FilesImportForm,
    LinkImportForm,
    ListImportForm,
    SavePreviewForm,
)
from webapp.jobs import jobs
from webapp.security import permission_required
from webapp.services import imports as import_service
from webapp.services.errors import Conflict, Invalid
from webapp.services.imports import ImportSettings

bp = Blueprint("imports", __name__, url_prefix="/imports")
# File uploads may be larger than other requests (MAX_CONTENT_LENGTH): up to
# IMPORT_MAX_UPLOAD_BYTES, and only when sent as multipart/form-data to these endpoints.
UPLOAD_ENDPOINTS = {"imports.files", "api.create_article"}


class UploadRequest(Request):
    """The app's request class: the upload limit applies where files are imported."""

    @property
    def max_content_length(self) -> int | None:
        limit = super().max_content_length
        if self.endpoint in UPLOAD_ENDPOINTS and self.mimetype == "multipart/form-data":
            return max(limit or 0, current_app.config["IMPORT_MAX_UPLOAD_BYTES"])
        return limit

    @max_content_length.setter
    def max_content_length(self, value: int | None) -> None:
        self._max_content_length = value


def _settings() -> ImportSettings:
    return ImportSettings.from_config(current_app.config)


def _page(status: int = 200, **forms):
    forms.setdefault("link_form", LinkImportForm(prefix="link"))
    forms.setdefault("files_form", FilesImportForm(prefix="files"))
    forms.setdefault("list_form", ListImportForm(prefix="list"))
    forms.setdefault("feed_form", FeedForm(prefix="feed"))
    return render_template(
        "imports/index.html",
        batches=import_service.recent_batches(),
        feeds=import_service.feed_summaries(),
        feed_action_form=EmptyForm(),
        max_links=current_app.config["IMPORT_MAX_LINKS"],
        **forms,
    ), status


def read_uploads(name: str) -> list[tuple[str, bytes]]:
    """Each uploaded file's name and bytes; the spooled files are closed at once."""
    uploads = []
    for upload in request.files.getlist(name):
        try:
            uploads.append((upload.filename or "", upload.read()))
        finally:
            upload.close()
    return uploads


def _field_error(field, error: Invalid) -> None:
    field.errors = [*field.errors, error.message]


def _start(batch) -> str:
    """Commit the new batch, then queue its items (after the commit, so workers see them)."""
    batch_id, item_ids = batch.id, import_service.queued_item_ids(batch)
    db.session.commit()
    jobs().enqueue_items(item_ids)
    return url_for("imports.batch", batch_id=batch_id)


@bp.get("/")
@permission_required("article.import")
def index():
    return _page()


@bp.post("/link")
@permission_required("article.import")
def link():
    form = LinkImportForm(prefix="link")
    if form.validate_on_submit():
        try:
            item = import_service.preview_link(form.url.data, current_user, _settings())
        except Invalid as error:
            db.session.rollback()
            _field_error(form.url, error)
        else:
            item_id = item.id
            db.session.commit()
            return redirect(url_for("imports.preview", item_id=item_id))
    return _page(400, link_form=form)


@bp.route("/items/<int:item_id>/preview", methods=["GET", "POST"])
@permission_required("article.import")
def preview(item_id: int):
    item = import_service.get_item(item_id)
    form = SavePreviewForm()
    status = 200
    if request.method == "POST":
        status = 400
        if form.validate_on_submit():
            try:
                article = import_service.save_preview(item, form.title.data, _settings())
            except (Invalid, Conflict) as error:
                db.session.rollback()
                status = error.http_status
                flash(error.message, "error")
                item = import_service.get_item(item_id)
            else:
                db.session.commit()
                flash(f"Imported “{article.title}” with {len(article.claims)} claims.", "success")
                return redirect(url_for("articles.show", article_id=article.id))
    preview = import_service.preview_of(item)
    if not form.title.data:
        form.title.data = preview.title
    return render_template("imports/preview.html", preview=preview, form=form), status


@bp.post("/files")
@permission_required("article.import")
def files():
    form = FilesImportForm(prefix="files")
    uploads = read_uploads(form.files.name)
    if form.validate_on_submit():
        try:
            batch = import_service.start_files(uploads, current_user, _settings())
        except Invalid as error:
            _field_error(form.files, error)
        else:
            return redirect(_start(batch))
    return _page(400, files_form=form)


@bp.post("/list")
@permission_required("article.import")
def links():
    form = ListImportForm(prefix="list")
    if form.validate_on_submit():
        try:
            batch = import_service.start_list(form.links.data, current_user, _settings())
        except Invalid as error:
            _field_error(form.links, error)
        else:
            return redirect(_start(batch))
    return _page(400, list_form=form)


@bp.get("/batches/<int:batch_id>")
@permission_required("article.import")
def batch(batch_id: int):
    progress = import_service.batch_progress(batch_id)
    if request.headers.get("HX-Request"):
        return render_template("imports/_progress.html", progress=progress)
    return render_template("imports/batch.html", progress=progress)


@bp.post("/feeds")
@permission_required("article.import")
def add_feed():
    form = FeedForm(prefix="feed")
    if form.validate_on_submit():
        try:
            feed = import_service.add_feed(form.url.data, current_user, _settings())
        except (Invalid, Conflict) as error:
            db.session.rollback()
            _field_error(form.url, error)
        else:
            feed_id = feed.id
            db.session.commit()
            jobs().enqueue_feed_poll(feed_id)
            flash("Following the feed; its newest articles are being imported.", "success")
            return redirect(url_for("imports.index"))
    return _page(400, feed_form=form)


@bp.post("/feeds/<int:feed_id>/<any(poll, pause, resume):action>")
@permission_required("article.import")
def feed_action(feed_id: int, action: str):
    feed = import_service.get_feed(feed_id)
    if not EmptyForm().validate_on_submit():
        raise Invalid("The request was incomplete; try again.")
    if action == "poll":
        try:
            import_service.check_pollable(feed)
        except Conflict as error:
            flash(error.message, "error")
        else:
            db.session.rollback()
            jobs().enqueue_feed_poll(feed_id)
            flash("Checking the feed for new articles.", "info")
    else:
        import_service.set_feed_active(feed, action == "resume")
        db.session.commit()
        flash("Feed paused." if action == "pause" else "Feed resumed.", "info")
    return redirect(url_for("imports.index"))


@bp.get("/snapshots/<int:article_id>")
def snapshot(article_id: int):
    """The extracted text and details kept from the source, shown as text (never its HTML)."""
    return render_template(
        "imports/snapshot.html", snapshot=import_service.snapshot_for_article(article_id)
    )
