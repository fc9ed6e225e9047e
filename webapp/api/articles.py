"""Articles: list, import (answering with the claims found), read, soft delete."""

from flask import current_app, request

from webapp.api import bp
from webapp.api import imports as imports_api
from webapp.api.auth import api_user, requires
from webapp.api.body import date_field, json_body, query_int, text_field
from webapp.api.presenters import article_json, claim_json, page_json
from webapp.extensions import db
from webapp.fields import ARTICLE
from webapp.services import articles as article_service
from webapp.services.errors import Invalid
from webapp.services.exports.records import Children, timestamp
from webapp.services.exports.selection import usernames

ARTICLE_FIELDS = ARTICLE.editable()
MAX_PER_PAGE = 100


@bp.get("/articles")
@requires("read")
def list_articles():
    page = query_int("page", 1, 1, 1_000_000)
    per_page = query_int("per_page", 20, 1, MAX_PER_PAGE)
    summaries = article_service.list_articles()
    chosen = summaries[(page - 1) * per_page : page * per_page]
    items = [article_json(s.article, s.claim_count, s.reviewed_count, text=False) for s in chosen]
    return page_json(items, page, per_page, len(summaries))


@bp.post("/articles")
@requires("article.import")
def create_article():
    if request.mimetype == "multipart/form-data":
        return imports_api.import_from_files()
    data = json_body(ARTICLE_FIELDS, entity=ARTICLE)
    if "text" not in data and "url" in data:
        if set(data) != {"url"}:
            raise Invalid(
                "To import from a web address send only “url”; title and the rest are read "
                "from the page.",
                {"fields": sorted(set(data) - {"url"})},
            )
        return imports_api.import_from_url(text_field(data, "url", nullable=False))
    missing = [name for name in ("title", "text") if name not in data]
    if missing:
        raise Invalid(
            f"Missing fields: {', '.join(missing)} (or send only “url” to import a web page).",
            {"fields": missing},
        )
    article = article_service.import_article(
        title=text_field(data, "title", nullable=False),
        text=text_field(data, "text", nullable=False),
        url=text_field(data, "url"),
        outlet=text_field(data, "outlet"),
        author=text_field(data, "author"),
        published_on=date_field(data, "published_on"),
        max_bytes=current_app.config["MAX_ARTICLE_BYTES"],
        created_by=api_user(),
    )
    db.session.commit()
    claims = article_service.article_claims(article)
    names = usernames()
    body = {
        "article": article_json(article, len(claims), 0, text=True),
        "claims": [claim_json(claim, Children.loaded(claim), names) for claim in claims],
    }
    return body, 201


@bp.get("/articles/<int:article_id>")
@requires("read")
def get_article(article_id: int):
    summary = article_service.article_summary(article_id)
    return article_json(summary.article, summary.claim_count, summary.reviewed_count, text=True)


@bp.delete("/articles/<int:article_id>")
@requires("article.delete")
def delete_article(article_id: int):
    article = article_service.get_article(article_id)
    article_service.delete_article(article, api_user())
    db.session.commit()
    return "", 204


def trash_json(article) -> dict:
    return {
        "id": article.id,
        "title": article.title,
        "deleted_at": timestamp(article.deleted_at),
        "deleted_by": article.deleted_by.username if article.deleted_by else None,
    }


@bp.get("/trash")
@requires("article.restore")
def list_trash():
    """Deleted articles, most recently deleted first."""
    return {"items": [trash_json(article) for article in article_service.trashed_articles()]}


@bp.post("/trash/<int:article_id>/restore")
@requires("article.restore")
def restore_from_trash(article_id: int):
    article = article_service.get_trashed_article(article_id)
    article_service.restore_article(article, api_user())
    db.session.commit()
    claims = article_service.article_claims(article)
    reviewed = sum(1 for claim in claims if claim.reviewed)
    return article_json(article, len(claims), reviewed, text=False)
