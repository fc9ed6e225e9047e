"""CLI for imports: `flask import` with links, files and lists, and `flask worker`."""

import logging
import os
import time
from datetime import timedelta

import click
from flask import current_app

from webapp.database import write_intent
from webapp.extensions import db
from webapp.jobs import jobs, run_import_item
from webapp.services import imports as import_service
from webapp.services.errors import ServiceError
from webapp.services.imports import ImportSettings
from webapp.services.statuses import ensure_default_statuses

STALE_AFTER = timedelta(minutes=10)


def import_sources(sources: tuple[str, ...], list_file: str | None, background: bool) -> None:
    """Queue the links and files as import batches, then run them here with a progress bar
    (or leave them to the workers with --background) and print each result."""
    settings = ImportSettings.from_config(current_app.config)
    links = [s for s in sources if s.lower().startswith(("http://", "https://"))]
    paths = [s for s in sources if s not in links]
    if list_file:
        try:
            with open(list_file, encoding="utf-8") as handle:
                links.extend(handle.read().splitlines())
        except (OSError, UnicodeDecodeError) as error:
            raise click.ClickException(f"Cannot read {list_file}: {error}") from None
    files = []
    for path in paths:
        try:
            with open(path, "rb") as handle:
                files.append((os.path.basename(path), handle.read()))
        except OSError as error:
            raise click.ClickException(f"Cannot read {path}: {error.strerror}") from None
    batch_ids, item_ids = [], []
    with write_intent():
        try:
            ensure_default_statuses()
            batches = []
            if [link for link in links if link.strip()]:
                batches.append(import_service.start_list("\n".join(links), None, settings))
            if files:
                batches.append(import_service.start_files(files, None, settings))
        except ServiceError as error:
            db.session.rollback()
            raise click.ClickException(error.message) from None
        for batch in batches:
            batch_ids.append(batch.id)
            item_ids.extend(import_service.queued_item_ids(batch))
        db.session.commit()
    if background:
        jobs().enqueue_items(item_ids)
        for batch_id in batch_ids:
            click.echo(f"Queued import {batch_id}; `flask --app webapp worker` runs it.")
        return
    _run_here(item_ids, settings)
    failed = _report(batch_ids)
    if failed:
        raise click.exceptions.Exit(1)


def _run_here(item_ids: list[int], settings: ImportSettings) -> None:
    retries: list[tuple[float, int]] = []

    def retry(item_id: int, delay: float) -> None:
        retries.append((time.monotonic() + delay, item_id))

    with click.progressbar(length=len(item_ids), label="Importing", file=None) as bar:
        pending = [(0.0, item_id) for item_id in item_ids]
        while pending:
            due, item_id = pending.pop(0)
            time.sleep(max(0.0, due - time.monotonic()))
            before = len(retries)
            run_import_item(item_id, settings, retry)
            if len(retries) == before:
                bar.update(1)
            pending.extend(retries[before:])
            pending.sort()


def _report(batch_ids: list[int]) -> int:
    failed = 0
    db.session.rollback()
    for batch_id in batch_ids:
        for item in import_service.batch_progress(batch_id).items:
            if item.state == "done":
                article = item.article
                click.echo(
                    f"Imported article {article.id} “{article.title}” with "
                    f"{len(article.claims)} claims."
                )
            elif item.state == "duplicate":
                click.echo(f"Skipped {item.source}: {item.reason}")
            else:
                failed += 1
                click.echo(f"Failed {item.source}: {item.reason}", err=True)
    return failed


@click.command("worker")
@click.option("--workers", default=2, show_default=True, help="Jobs run at the same time.")
@click.option(
    "--nice",
    default=10,
    show_default=True,
    help="CPU priority to give up, so pages and saves stay quick while imports run.",
)
def worker_command(workers: int, nice: int) -> None:
    """Run background jobs (imports, feed polls) until stopped. With REDIS_URL set, start one
    on each machine that should share the work."""
    queue = jobs()
    if current_app.config["JOBS_IMMEDIATE"]:
        raise click.ClickException("Jobs run inline in this configuration; no worker needed.")
    if nice > 0 and hasattr(os, "nice"):
        os.nice(nice)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    with write_intent():
        waiting = import_service.requeue_waiting(STALE_AFTER)
        db.session.commit()
    queue.enqueue_items(waiting)
    click.echo(f"Worker started with {workers} workers; {len(waiting)} waiting items queued.")
    consumer = queue.huey.create_consumer(workers=workers, worker_type="thread", periodic=True)
    consumer.run()
