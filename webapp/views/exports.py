"""The export page (per article or workspace-wide) and the admins' restore upload."""

from flask import Blueprint, current_app, render_template, request
from wtforms import SelectChoice

from webapp.api.exports import export_response
from webapp.extensions import db
from webapp.forms.exports import ExportForm, RestoreForm
from webapp.security import permission_required, trusted_base_url
from webapp.services import articles as article_service
from webapp.services.errors import Invalid
from webapp.services.exports import count_claims
from webapp.services.restore import parse_document, restore_document
from webapp.services.statuses import list_statuses

bp = Blueprint("exports", __name__, url_prefix="/exports")


def _export_form() -> ExportForm:
    form = ExportForm(formdata=request.args)
    form.status.choices = [SelectChoice("", "Any status")] + [
        SelectChoice(status.name, status.name) for status in list_statuses()
    ]
    form.article.choices = [SelectChoice("", "All articles")] + [
        SelectChoice(article_id, title) for article_id, title in article_service.article_titles()
    ]
    return form


@bp.route("/")
def index():
    form = _export_form()
    article = None
    if request.args and form.validate():
        if form.article.data:
            article = article_service.get_article(form.article.data)
        count = count_claims(form.selection())
    else:
        count = None
    status = 400 if form.errors else 200
    return render_template("exports/index.html", form=form, article=article, count=count), status


@bp.route("/download")
def download():
    form = _export_form()
    if not form.validate():
        return render_template("exports/index.html", form=form, article=None, count=None), 400
    if form.article.data:
        article_service.get_article(form.article.data)
    return export_response(form.format.data, form.selection(), trusted_base_url())


@bp.route("/restore", methods=["GET", "POST"])
@permission_required("admin")
def restore():
    form = RestoreForm()
    report = None
    http_status = 200
    if form.is_submitted():
        http_status = 400
    if form.validate_on_submit():
        try:
            document = parse_document(form.file.data.read())
            report = restore_document(document)
        except Invalid as error:
            db.session.rollback()
            form.file.errors = [*form.file.errors, error.message]
        else:
            db.session.commit()
            http_status = 200
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    return render_template(
        "exports/restore.html", form=form, report=report, limit=limit
    ), http_status
