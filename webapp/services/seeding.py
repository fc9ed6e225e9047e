"""First-run data: default statuses and the articles in seeds/, each imported once."""

import json
import os
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from webapp.extensions import db
from webapp.models import Article
from webapp.services.articles import import_article
from webapp.services.statuses import ensure_default_statuses


@dataclass(frozen=True)
class SeedReport:
    statuses_created: bool
    imported: list[str]
    skipped: list[str]


def title_from_filename(filename: str) -> str:
    stem = os.path.splitext(filename)[0]
    return stem.replace("-", " ").replace("_", " ").strip().capitalize()


def seed(seeds_dir: str, max_bytes: int) -> SeedReport:
    statuses_created = ensure_default_statuses()
    imported, skipped = [], []
    names = (
        sorted(n for n in os.listdir(seeds_dir) if n.endswith(".txt"))
        if os.path.isdir(seeds_dir)
        else []
    )
    for name in names:
        if db.session.scalar(select(Article.id).where(Article.seed_name == name)) is not None:
            skipped.append(name)
            continue
        path = os.path.join(seeds_dir, name)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        meta = _read_metadata(os.path.splitext(path)[0] + ".json")
        import_article(
            title=meta.get("title") or title_from_filename(name),
            text=text,
            max_bytes=max_bytes,
            created_by=None,
            url=meta.get("url"),
            outlet=meta.get("outlet"),
            author=meta.get("author"),
            published_on=date.fromisoformat(meta["published_on"])
            if meta.get("published_on")
            else None,
            seed_name=name,
        )
        imported.append(name)
    return SeedReport(statuses_created, imported, skipped)


def _read_metadata(path: str) -> dict:
    """Optional NAME.json beside NAME.txt: title, url, outlet, author, published_on."""
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)
