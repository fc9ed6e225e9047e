"""Flask commands for feeds: follow one, list them, check now, pause and resume — what the
import page offers, through the same services and jobs."""

import click
from flask import Flask, current_app

from webapp.cli_imports import _report, _run_here
from webapp.database import write_intent
from webapp.extensions import db
from webapp.fields import LARGEST_ID
from webapp.jobs import jobs, run_feed_poll
from webapp.services import imports as import_service
from webapp.services.errors import ServiceError
from webapp.services.imports import ImportSettings
from webapp.services.statuses import ensure_default_statuses

FEED_ID = click.IntRange(1, LARGEST_ID)


def _settings() -> ImportSettings:
    return ImportSettings.from_config(current_app.config)


def _refuse(error: ServiceError) -> None:
    db.session.rollback()
    raise click.ClickException(error.message)


@click.group("feeds")
def feeds_group() -> None:
    """RSS and Atom feeds whose new entries are imported: add, list, poll, pause, resume."""


@feeds_group.command("add")
@click.argument("url")
@click.option("--background", is_flag=True, help="Queue the first poll for `flask worker`.")
def add_command(url: str, background: bool) -> None:
    """Follow the feed at URL and import its newest entries now (or in the background)."""
    with write_intent():
        try:
            ensure_default_statuses()
            feed = import_service.add_feed(url, None, _settings())
        except ServiceError as error:
            _refuse(error)
        feed_id, feed_url = feed.id, feed.url
        db.session.commit()
    click.echo(f"Following feed {feed_id}: {feed_url}")
    if background:
        jobs().enqueue_feed_poll(feed_id)
        click.echo("Its first poll is queued; `flask --app webapp worker` runs it.")
        return
    if not _poll_here([feed_id]):
        raise click.exceptions.Exit(1)


@feeds_group.command("list")
def list_command() -> None:
    """List feeds: id, state, last check, articles imported, title and address, last error."""
    summaries = import_service.feed_summaries()
    if not summaries:
        click.echo("No feeds are followed. Add one with `flask --app webapp feeds add URL`.")
    for summary in summaries:
        feed = summary.feed
        state = "active" if feed.active else "paused"
        checked = f"{feed.last_polled_at:%Y-%m-%d %H:%M}" if feed.last_polled_at else "never"
        line = f"{feed.id}\t{state}\t{checked}\t{summary.imported} imported\t"
        click.echo(line + (f"{feed.title} <{feed.url}>" if feed.title else feed.url))
        if feed.last_error:
            click.echo(f"\tlast check failed: {feed.last_error}")


@feeds_group.command("poll")
@click.argument("feed_ids", nargs=-1, type=FEED_ID, metavar="[FEED_ID]...")
def poll_command(feed_ids: tuple[int, ...]) -> None:
    """Check the given feeds (default: every active feed) for new entries and import them."""
    try:
        if feed_ids:
            for feed_id in feed_ids:
                import_service.check_pollable(import_service.get_feed(feed_id))
        else:
            feed_ids = tuple(s.feed.id for s in import_service.feed_summaries() if s.feed.active)
    except ServiceError as error:
        _refuse(error)
    db.session.rollback()
    if not feed_ids:
        click.echo("No active feeds to check.")
        return
    with write_intent():
        ensure_default_statuses()
        db.session.commit()
    if not _poll_here(list(feed_ids)):
        raise click.exceptions.Exit(1)


def _poll_here(feed_ids: list[int]) -> bool:
    """Poll the feeds and import their new entries in this process, with a progress bar;
    answers False if a poll or an import failed."""
    settings = _settings()
    item_ids, batch_ids, ok = [], [], True
    for feed_id in feed_ids:
        found = run_feed_poll(feed_id, settings)
        summary = import_service.feed_summaries(feed_id)[0]
        db.session.rollback()
        name = summary.feed.title or summary.feed.url
        if summary.feed.last_error:
            ok = False
            click.echo(f"Feed {feed_id} ({name}): {summary.feed.last_error}", err=True)
        elif not found:
            click.echo(f"Feed {feed_id} ({name}): no new entries.")
        else:
            click.echo(f"Feed {feed_id} ({name}): {len(found)} new entries.")
            item_ids.extend(found)
            batch_ids.append(summary.last_batch_id)
    if item_ids:
        _run_here(item_ids, settings)
    return _report(batch_ids) == 0 and ok


def _set_active(feed_id: int, active: bool) -> None:
    with write_intent():
        try:
            feed = import_service.get_feed(feed_id)
            import_service.set_feed_active(feed, active)
        except ServiceError as error:
            _refuse(error)
        name = feed.title or feed.url
        db.session.commit()
    click.echo(f"{'Resumed' if active else 'Paused'} feed {feed_id} ({name}).")


@feeds_group.command("pause")
@click.argument("feed_id", type=FEED_ID)
def pause_command(feed_id: int) -> None:
    """Stop polling FEED_ID (the articles it brought in stay)."""
    _set_active(feed_id, False)


@feeds_group.command("resume")
@click.argument("feed_id", type=FEED_ID)
def resume_command(feed_id: int) -> None:
    """Poll FEED_ID on schedule again."""
    _set_active(feed_id, True)


def register_feeds_cli(app: Flask) -> None:
    app.cli.add_command(feeds_group)
