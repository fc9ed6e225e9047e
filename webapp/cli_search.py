"""`flask search "…"` and `flask search-index rebuild|check`."""

import json

import click
from flask import Flask

from webapp.database import write_intent
from webapp.extensions import db
from webapp.services import matching, search_index
from webapp.services import search as search_service
from webapp.services.errors import ServiceError


@click.command("search")
@click.argument("query")
@click.option("--status")
@click.option("--verdict", type=click.Choice(search_service.VERDICT_STATES))
@click.option("--kind")
@click.option("--speaker")
@click.option("--outlet")
@click.option("--assignee")
@click.option("--from", "date_from", help="YYYY-MM-DD")
@click.option("--to", "date_to", help="YYYY-MM-DD")
@click.option("--sort", type=click.Choice(search_service.SORTS), default="relevance")
@click.option("--page", type=int, default=1)
@click.option("--per-page", type=int, default=20)
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines instead of text.")
def search_command(query: str, as_json: bool, **options) -> None:
    """Search claims, notes, sources, comments and article titles (words, "phrases", OR,
    -word)."""
    args = {"q": query, "per_page": str(options.pop("per_page")), "page": str(options.pop("page"))}
    args.update(
        {
            "from" if k == "date_from" else "to" if k == "date_to" else k: v
            for k, v in options.items()
            if v
        }
    )
    try:
        page = search_service.search(search_service.SearchFilter.from_args(args))
    except ServiceError as error:
        raise click.ClickException(error.message) from None
    for hit in page.hits:
        claim = hit.claim
        snippet = hit.plain(hit.snippet)
        found_in, found = hit.elsewhere or ("wording", None)
        if as_json:
            click.echo(
                json.dumps(
                    {
                        "claim_id": claim.id,
                        "article_id": claim.article_id,
                        "status": claim.status.name,
                        "snippet": snippet,
                        "found_in": found_in,
                        "found": None if found is None else hit.plain(found),
                    },
                    ensure_ascii=False,
                )
            )
        else:
            where = "" if found is None else f"\t(in {hit.found_in_words}: {hit.plain(found)})"
            click.echo(f"{claim.id}\t{claim.status.name}\t{claim.article.title}\t{snippet}{where}")
    if not as_json:
        click.echo(f"{page.total} found; page {page.page} of {page.pages}.", err=True)


@click.group("search-index")
def search_index_group() -> None:
    """The full-text index behind search and matching."""


@search_index_group.command("rebuild")
def rebuild_command() -> None:
    """Rewrite the whole index from the claims (after a restore, or to repair it)."""
    with write_intent():
        count = search_index.rebuild()
        db.session.commit()
    click.echo(f"Indexed {count} claims.")


@search_index_group.command("fill-features")
def fill_features_command() -> None:
    """Store the matching features and figures of claims that have none for their wording (an
    archive from before migration 0014 or 0015): matching reads the features instead of
    preparing each candidate again, and finds earlier claims by their figures' values."""
    after: int | None = 0
    features = figures = 0
    while after is not None:
        with write_intent():  # a batch at a time: SQLite's write lock is not held throughout
            filled = matching.fill_features(after)
            db.session.commit()
        after = filled.last
        features += filled.features
        figures += filled.figures
    click.echo(f"Stored the features of {features} claim(s) and the figures of {figures}.")


@search_index_group.command("check")
def check_command() -> None:
    """Report whether the index is in step with the claims; exits 1 if it is not."""
    report = search_index.out_of_step()
    click.echo(json.dumps(report))
    if report["missing"] or report["stale"] or report["orphans"] or not report["fts_ok"]:
        raise click.ClickException(
            "The search index is out of step: run `flask --app webapp search-index rebuild`."
        )


def register_search_cli(app: Flask) -> None:
    app.cli.add_command(search_command)
    app.cli.add_command(search_index_group)
