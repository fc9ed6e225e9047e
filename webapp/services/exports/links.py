"""The export context: the organisation from settings, and links into this Claimdesk."""

from urllib.parse import urlsplit

from flask import Flask

from webapp.services.exports.formats import ExportContext


def build_context(app: Flask, base_url: str) -> ExportContext:
    """Links are built from the app's own routes for the address the export is made from (the
    request's host, or --base-url on the command line)."""
    parts = urlsplit(base_url if "://" in base_url else "http://" + base_url)
    adapter = app.url_map.bind(
        parts.netloc or "localhost",
        script_name=parts.path.rstrip("/") or "/",
        url_scheme=parts.scheme or "http",
    )
    return ExportContext(
        organisation_name=app.config["ORGANISATION_NAME"],
        organisation_url=app.config["ORGANISATION_URL"],
        claim_url=lambda claim_id: adapter.build(
            "claims.show", {"claim_id": claim_id}, force_external=True
        ),
        article_url=lambda article_id: adapter.build(
            "articles.show", {"article_id": article_id}, force_external=True
        ),
    )
