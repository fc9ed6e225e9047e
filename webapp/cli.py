"""Flask CLI commands; each one parses its arguments, calls a service and commits."""

import dataclasses
import json
import sys

import click
from flask import Flask, current_app

from webapp.cli_exchange import register_exchange_cli
from webapp.database import write_intent
from webapp.extensions import db
from webapp.models.user import ROLES
from webapp.services import users
from webapp.services.articles import import_article
from webapp.services.errors import ServiceError
from webapp.services.seeding import seed, title_from_filename
from webapp.services.statuses import ensure_default_statuses


def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def _fail(error: ServiceError) -> None:
    db.session.rollback()
    raise click.ClickException(error.message)


@click.command("seed")
def seed_command() -> None:
    """Create the default statuses and import the articles in seeds/ (each only once)."""
    with write_intent():
        report = seed(current_app.config["SEEDS_DIR"], current_app.config["MAX_ARTICLE_BYTES"])
        db.session.commit()
    if report.statuses_created:
        click.echo("Created the default statuses.")
    for name in report.imported:
        click.echo(f"Imported {name}.")
    for name in report.skipped:
        click.echo(f"Already imported {name}; skipped.")


@click.command("import")
@click.argument("sources", nargs=-1)
@click.option("--list", "list_file", help="A file of web addresses, one a line.")
@click.option("--title", help="Article title (default: from the page or file name).")
@click.option("--url", help="Where the article was published (text from a file or stdin).")
@click.option("--outlet")
@click.option("--author")
@click.option("--background", is_flag=True, help="Queue for `flask worker` instead of waiting.")
def import_command(
    sources: tuple[str, ...],
    list_file: str | None,
    title: str | None,
    url: str | None,
    outlet: str | None,
    author: str | None,
    background: bool,
) -> None:
    """Import articles from web addresses, files (.txt .md .html .docx .pdf), a list of links
    (--list), or plain text on stdin with SOURCE '-' (give --title)."""
    if not sources and not list_file:
        raise click.UsageError("Give web addresses, file paths, --list FILE, or '-' for stdin.")
    if "-" in sources or any(value is not None for value in (title, url, outlet, author)):
        if len(sources) != 1 or list_file:
            raise click.UsageError("--title, --url, --outlet, --author and '-' take one source.")
        if sources[0].lower().startswith(("http://", "https://")):
            raise click.UsageError("A web page's title and details are read from the page.")
        _import_text(sources[0], title, url, outlet, author)
        return
    from webapp.cli_imports import import_sources

    import_sources(sources, list_file, background)


def _import_text(
    path: str, title: str | None, url: str | None, outlet: str | None, author: str | None
) -> None:
    """Plain text from a file or stdin, with the details given on the command line."""
    if title is None and path == "-":
        raise click.UsageError("Give --title when reading the article from stdin.")
    from webapp.importing.readers import plain_text

    try:
        text = _read_text(path)
    except (OSError, UnicodeDecodeError) as error:
        raise click.ClickException(f"Cannot read {path}: {error}") from None
    headline = None
    if title is None and text.strip():  # (import_article refuses an empty text)
        # read as a .txt file is: a headline on a first line of its own is the title; with
        # --title given, the text is kept whole
        document = plain_text(text)
        headline, text = document.title, document.text
    with write_intent():
        try:
            ensure_default_statuses()
            article = import_article(
                title=title or headline or title_from_filename(path.rsplit("/", 1)[-1]),
                text=text,
                url=url,
                outlet=outlet,
                author=author,
                max_bytes=current_app.config["MAX_ARTICLE_BYTES"],
                created_by=None,
            )
        except ServiceError as error:
            _fail(error)
        db.session.commit()
    click.echo(
        f"Imported article {article.id} “{article.title}” with {len(article.claims)} claims."
    )


@click.command("extract")
@click.argument("path")
@click.option("--sentences", is_flag=True, help="Print sentence spans instead of claims.")
def extract_command(path: str, sentences: bool) -> None:
    """Print the claims (or sentences) found in a text file as JSON; PATH '-' reads stdin."""
    try:
        text = _read_text(path)
    except (OSError, UnicodeDecodeError) as error:
        raise click.ClickException(f"Cannot read {path}: {error}") from None
    from webapp.extraction import extract_claims, split_sentences

    found = split_sentences(text) if sentences else extract_claims(text)
    click.echo(
        json.dumps([dataclasses.asdict(item) for item in found], ensure_ascii=False, indent=2)
    )


@click.group("users")
def users_group() -> None:
    """Manage accounts."""


@users_group.command("create")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), default="reviewer", show_default=True)
@click.option("--email")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
def create_user_command(name: str, role: str, email: str | None, password_stdin: bool) -> None:
    """Create an account; asks for the password unless --password-stdin is given."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    with write_intent():
        try:
            ensure_default_statuses()
            user = users.create_user(name, password, role, email)
        except ServiceError as error:
            _fail(error)
        db.session.commit()
    click.echo(f"Created {user.role} {user.username}.")


@users_group.command("list")
def list_users_command() -> None:
    """List every account with its role and state."""
    from webapp.services import admin

    for user in admin.list_users():
        state = "active" if user.active else "deactivated"
        click.echo(f"{user.username}\t{user.role}\t{state}\t{user.email or ''}")


@users_group.command("set-role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
def set_role_command(name: str, role: str) -> None:
    """Change an account's role."""
    from webapp.services import admin

    with write_intent():
        try:
            admin.change_role(None, admin.find_user(name), role)
        except ServiceError as error:
            _fail(error)
        db.session.commit()
    click.echo(f"{name} is now {role}.")


@users_group.command("reset-password")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
def reset_password_command(name: str, password_stdin: bool) -> None:
    """Set a new password for an account; every session it has open ends."""
    from webapp.services import admin

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("New password", hide_input=True, confirmation_prompt=True)
    with write_intent():
        try:
            admin.reset_password(None, admin.find_user(name), password)
        except ServiceError as error:
            _fail(error)
        db.session.commit()
    click.echo(f"Reset the password of {name}; their sessions ended, their API tokens are revoked.")


@users_group.command("deactivate")
@click.argument("name")
def deactivate_command(name: str) -> None:
    """Deactivate an account (its sessions end; its work stays attributed to it)."""
    from webapp.services import admin

    with write_intent():
        try:
            admin.set_active(None, admin.find_user(name), False)
        except ServiceError as error:
            _fail(error)
        db.session.commit()
    click.echo(f"Deactivated {name}.")


@users_group.command("reactivate")
@click.argument("name")
def reactivate_command(name: str) -> None:
    """Let a deactivated account log in again."""
    from webapp.services import admin

    with write_intent():
        try:
            admin.set_active(None, admin.find_user(name), True)
        except ServiceError as error:
            _fail(error)
        db.session.commit()
    click.echo(f"Reactivated {name}.")


def register_cli(app: Flask) -> None:
    for command in (seed_command, import_command, extract_command, users_group):
        app.cli.add_command(command)
    register_exchange_cli(app, users_group)
    from webapp.cli_imports import worker_command

    app.cli.add_command(worker_command)
    from webapp.cli_trash import register_trash_cli

    register_trash_cli(app)
    from webapp.cli_search import register_search_cli

    register_search_cli(app)
    from webapp.cli_feeds import register_feeds_cli

    register_feeds_cli(app)
