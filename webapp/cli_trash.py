"""Flask commands for the Trash: list deleted articles, restore one."""

import click
from flask import Flask

from webapp.database import write_intent
from webapp.extensions import db
from webapp.services import articles as article_service
from webapp.services.errors import ServiceError


@click.group("trash")
def trash_group() -> None:
    """Deleted articles: list them, restore one."""


@trash_group.command("list")
def list_command() -> None:
    """List deleted articles: id, when, by whom, title."""
    articles = article_service.trashed_articles()
    if not articles:
        click.echo("The Trash is empty.")
    for article in articles:
        who = article.deleted_by.username if article.deleted_by else "-"
        click.echo(f"{article.id}\t{article.deleted_at:%Y-%m-%d %H:%M}\t{who}\t{article.title}")


@trash_group.command("restore")
@click.argument("article_id", type=click.IntRange(1, 2**31 - 1))
def restore_command(article_id: int) -> None:
    """Restore deleted article ARTICLE_ID, with its claims and history."""
    with write_intent():
        try:
            article = article_service.get_trashed_article(article_id)
            article_service.restore_article(article, None)
        except ServiceError as error:
            db.session.rollback()
            raise click.ClickException(error.message) from None
        db.session.commit()
    click.echo(f"Restored article {article.id} “{article.title}”.")


def register_trash_cli(app: Flask) -> None:
    app.cli.add_command(trash_group)
