"""Exports over the API: every format, the same selection as the browser and the CLI."""

from flask import Response, current_app, request, stream_with_context

from webapp.api import bp
from webapp.api.auth import requires
from webapp.api.body import query_date, query_int
from webapp.security import trusted_base_url
from webapp.services.errors import Invalid
from webapp.services.exports import FORMATS, ExportSelection, export_stream
from webapp.services.exports.links import build_context

TRUE_VALUES = ("1", "true", "yes", "on")


def _flag(name: str) -> bool:
    raw = (request.args.get(name) or "").strip().lower()
    if raw in ("", "0", "false", "no", "off"):
        return False
    if raw in TRUE_VALUES:
        return True
    raise Invalid(f"“{name}” must be true or false.", {name: raw})


def selection_from_args() -> ExportSelection:
    article_id = None
    if request.args.get("article_id"):
        article_id = query_int("article_id", 0, 1, 2**31 - 1)
    date_from, date_to = query_date("from"), query_date("to")
    if date_from and date_to and date_from > date_to:
        raise Invalid("“from” is after “to”.", {"from": str(date_from), "to": str(date_to)})
    return ExportSelection(
        article_id=article_id,
        status=(request.args.get("status") or "").strip()[:40] or None,
        reviewer=(request.args.get("reviewer") or "").strip()[:40] or None,
        date_from=date_from,
        date_to=date_to,
        approved_only=_flag("approved"),
        include_all=_flag("all"),
    )


def export_response(format_name: str, selection: ExportSelection, base_url: str) -> Response:
    """A streamed download; the app context stays open while the generator runs."""
    export_format = FORMATS[format_name]
    context = build_context(current_app._get_current_object(), base_url)
    chunks = export_stream(format_name, selection, context)
    filename = f"claimdesk-claims.{export_format.extension}"
    return Response(
        stream_with_context(chunks),
        mimetype=export_format.media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@bp.get("/export")
@requires("export")
def export():
    format_name = request.args.get("format") or "json"
    if format_name not in FORMATS:
        raise Invalid(
            f"Unknown export format “{format_name[:40]}”; choose one of {', '.join(FORMATS)}.",
            {"format": "unknown"},
        )
    return export_response(format_name, selection_from_args(), trusted_base_url())
