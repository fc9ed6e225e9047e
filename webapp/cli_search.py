"""`flask search "…"` and `flask search-index rebuild|fill-features|check`."""

import json

import click
from flask import Flask

from webapp.database import write_intent
from webapp.extensions import db
from webapp.matching import FEATURES_VERSION
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
    """The full-text index behind search, and the features and figures matching stores."""


@search_index_group.command("rebuild")
def rebuild_command() -> None:
    """Rewrite the whole full-text index from the claims (after a restore made outside the app,
    or to repair it), then bring the matching features and figures in step as `fill-features`
    does."""
    with write_intent():
        count = search_index.rebuild()
        db.session.commit()
    click.echo(f"Indexed {count} claims.")
    _fill()


@search_index_group.command("fill-features")
def fill_features_command() -> None:
    """Bring the matching features and figures in step with the claims' wordings, in batches
    (an archive from before migration 0014, 0015 or 0016, features of an older version of
    matching, or rows changed outside the app): matching reads the features instead of
    preparing each candidate again, and finds earlier claims by their figures' values. Run
    again, it changes nothing."""
    _fill()


def _fill() -> None:
    with write_intent():
        removed = matching.drop_orphans()
        db.session.commit()
    after: int | None = 0
    features = figures = recorded = 0
    while after is not None:
        with write_intent():  # a batch at a time: SQLite's write lock is not held throughout
            filled = matching.fill_features(after)
            db.session.commit()
        after = filled.last
        features += filled.features
        figures += filled.figures
        recorded += filled.recorded
    click.echo(f"Stored the features of {features} claim(s) and the figures of {figures}.")
    if recorded:
        click.echo(f"Recorded the figures of {recorded} claim(s) beside their features.")
    if removed:
        click.echo(f"Removed {removed} row(s) of features and figures of claims that do not exist.")


# What `search-index check` says of each part: its name, and what each count is.
CHECKED_PARTS = {
    "search": (
        "full-text index",
        {
            "missing": "without a search document",
            "stale": "whose document holds another wording",
            "orphans": "documents of claims that do not exist",
        },
    ),
    "features": (
        "matching features",
        {
            "missing": "without features",
            "other_version": f"stored by another version of matching (now {FEATURES_VERSION})",
            "orphans": "features of claims that do not exist",
        },
    ),
    "figures": (
        "claim figures",
        {
            "unrecorded": "not recorded beside current features",
            "differ": "whose rows differ from that record",
            "orphans": "rows of claims that do not exist",
        },
    ),
}


@search_index_group.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def check_command(as_json: bool) -> None:
    """Report, for the full-text index, the matching features and the claim figures, how many
    claims are out of step with the claims; exits 1 if any is. Each count is one statement
    (about 3 s at 1,000,000 claims: docs/search.md)."""
    report = {"search": search_index.out_of_step(), **matching.out_of_step()}
    fts_ok = report["search"].pop("fts_ok")
    behind = {part: _behind(part, counts, fts_ok) for part, counts in report.items()}
    if as_json:
        click.echo(json.dumps({**report, "fts_ok": fts_ok}))
    else:
        for part, found in behind.items():
            click.echo(f"{CHECKED_PARTS[part][0]}: {found or 'in step'}")
    names = [CHECKED_PARTS[part][0] for part, found in behind.items() if found]
    if names:
        command = "rebuild" if behind["search"] else "fill-features"
        raise click.ClickException(
            f"Out of step: {', '.join(names)}. Run `flask --app webapp search-index {command}`."
        )


def _behind(part: str, counts: dict[str, int], fts_ok: bool) -> str | None:
    """What is out of step in this part, in words; None when nothing is."""
    if part == "search" and not fts_ok:
        return "out of step (SQLite's integrity check of the FTS5 index failed)"
    total = sum(counts.values())
    if not total:
        return None
    meanings = CHECKED_PARTS[part][1]
    found = "; ".join(f"{meanings[key]}: {n:,}" for key, n in counts.items() if n)
    return f"{total:,} claim(s) out of step ({found})"


def register_search_cli(app: Flask) -> None:
    app.cli.add_command(search_command)
    app.cli.add_command(search_index_group)
