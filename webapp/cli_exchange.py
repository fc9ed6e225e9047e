"""Flask commands for what leaves and comes back: export, restore, personal API tokens.

It knows nothing of `webapp.cli`: `register_cli` there adds these commands (the token command
under `flask users`), so the two modules never import each other."""

import sys

import click
from flask import Flask, current_app

from webapp.database import write_intent
from webapp.extensions import db
from webapp.security import FALLBACK_BASE_URL
from webapp.services.errors import ServiceError
from webapp.services.exports import FORMATS, ExportSelection, export_stream
from webapp.services.exports.links import build_context
from webapp.services.restore import parse_document, restore_document
from webapp.services.tokens import create_token
from webapp.services.users import find_user_by_name

# Exports whose records link back into Claimdesk (ClaimReview's url, W3C annotation ids).
FORMATS_WITH_LINKS = ("claimreview", "w3c")


@click.command("export")
@click.option("--format", "format_name", type=click.Choice(list(FORMATS)), default="json")
@click.option("--article", "article_id", type=click.IntRange(1, 2**31 - 1))
@click.option("--status", help="Only claims with this status (any case).")
@click.option("--reviewer", help="Only claims this username proposed, approved or changed.")
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), help="Changed on/after.")
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="Changed on/before.")
@click.option("--approved", is_flag=True, help="Approved verdicts only.")
@click.option("--all", "include_all", is_flag=True, help="Every claim, reviewed or not.")
@click.option(
    "--base-url",
    envvar="CLAIMDESK_BASE_URL",
    help="Where Claimdesk is served, for the links in ClaimReview and W3C exports "
    f"(default: CLAIMDESK_BASE_URL or BASE_URL in the settings, else {FALLBACK_BASE_URL}).",
)
def export_command(
    format_name, article_id, status, reviewer, date_from, date_to, approved, include_all, base_url
) -> None:
    """Export claims to stdout (reviewed claims unless --all)."""
    selection = ExportSelection(
        article_id=article_id,
        status=status,
        reviewer=reviewer,
        date_from=date_from.date() if date_from else None,
        date_to=date_to.date() if date_to else None,
        approved_only=approved,
        include_all=include_all,
    )
    base_url = base_url or current_app.config.get("BASE_URL")
    if not base_url and format_name in FORMATS_WITH_LINKS:
        click.echo(
            f"No base URL is set (--base-url, CLAIMDESK_BASE_URL or BASE_URL): links in the "
            f"export point to {FALLBACK_BASE_URL}.",
            err=True,
        )
    context = build_context(current_app, base_url or FALLBACK_BASE_URL)
    try:
        chunks = export_stream(format_name, selection, context)
    except ServiceError as error:
        raise click.ClickException(error.message) from None
    for chunk in chunks:
        click.echo(chunk, nl=False)


@click.command("restore")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
def restore_command(path: str) -> None:
    """Restore a JSON export (PATH '-' reads stdin); existing items are reported, not changed."""
    try:
        if path == "-":
            raw = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as handle:
                raw = handle.read()
    except OSError as error:
        raise click.ClickException(f"Cannot read {path}: {error}") from None
    with write_intent():
        try:
            report = restore_document(parse_document(raw))
        except ServiceError as error:
            db.session.rollback()
            raise click.ClickException(f"{error.message} Nothing was restored.") from None
        db.session.commit()
    click.echo(report.summary())
    for name in report.users_created:
        click.echo(f"Created deactivated account {name} for a person named in the file.")
    for name in report.statuses_created:
        click.echo(f"Created status {name}.")
    for line in report.renumbered + report.remarks:
        click.echo(line)
    for conflict in report.conflicts:
        click.echo(f"Conflict at {conflict['path']}: {conflict['message']}")


@click.command("token")
@click.argument("name")
@click.option("--name", "label", default="command line", show_default=True, help="Token name.")
def token_command(name: str, label: str) -> None:
    """Create a personal API token for user NAME and print it (shown only this once)."""
    with write_intent():
        user = find_user_by_name(name)
        if user is None:
            raise click.ClickException(f"There is no account called {name}.")
        try:
            _token, raw = create_token(user, label)
        except ServiceError as error:
            db.session.rollback()
            raise click.ClickException(error.message) from None
        db.session.commit()
    click.echo(raw)


def register_exchange_cli(app: Flask, users_group: click.Group) -> None:
    for command in (export_command, restore_command):
        app.cli.add_command(command)
    users_group.add_command(token_command)
