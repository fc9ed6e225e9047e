"""Imports from a link, files, a list of links or a feed.

Each link or file becomes an ImportItem of an ImportBatch and is imported by a background job
(webapp.jobs) in steps: claim_item → download → mark_extracting → read → complete_item, or
fail_item, which says whether to retry. A link can also be previewed first (preview_link) and
saved (save_preview). Every article is created by services.articles.import_article.
"""

import dataclasses
import hashlib
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import selectinload

from webapp.extensions import db
from webapp.importing.extract import ImportedDocument
from webapp.importing.fetch import (
    FetchedPage,
    FetchError,
    FetchPolicy,
    FetchRefused,
    check_address,
    fetch,
)
from webapp.importing.readers import (
    CONTENT_TYPES,
    EXTENSIONS,
    PASTE_KIND,
    ReadLimits,
    UnreadableDocument,
    extension_of,
    paste_payload,
    read_document,
)
from webapp.models import Article, Feed, FeedEntry, ImportBatch, ImportItem, ImportSnapshot, User
from webapp.models.article import TITLE_MAX
from webapp.models.base import utcnow
from webapp.models.importing import FINISHED_STATES, REASON_MAX, URL_MAX
from webapp.services.articles import PreparedText, import_article, text_fingerprint
from webapp.services.errors import Conflict, Invalid, NotFound
from webapp.services.seeding import title_from_filename
from webapp.services.web_addresses import validate_http_url

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/rdf+xml",
    "application/feed+json",
)
PREVIEW_PARAGRAPHS = 3


@dataclass(frozen=True)
class ImportSettings:
    policy: FetchPolicy
    limits: ReadLimits
    max_article_bytes: int
    max_links: int
    max_file_bytes: int
    attempts: int
    retry_delay: float
    feed_max_items: int

    @classmethod
    def from_config(cls, config: Mapping) -> "ImportSettings":
        return cls(
            policy=FetchPolicy(
                max_bytes=config["IMPORT_MAX_PAGE_BYTES"],
                timeout=float(config["IMPORT_TIMEOUT_SECONDS"]),
                allowed_ports=frozenset(config["IMPORT_ALLOWED_PORTS"]),
                max_redirects=config["IMPORT_MAX_REDIRECTS"],
                loopback_ports=frozenset(config["IMPORT_TEST_LOOPBACK_PORTS"]),
                accept=tuple(CONTENT_TYPES),
            ),
            limits=ReadLimits(max_pdf_pages=config["IMPORT_MAX_PDF_PAGES"]),
            max_article_bytes=config["MAX_ARTICLE_BYTES"],
            max_links=config["IMPORT_MAX_LINKS"],
            max_file_bytes=config["IMPORT_MAX_FILE_BYTES"],
            attempts=config["IMPORT_ATTEMPTS"],
            retry_delay=float(config["IMPORT_RETRY_DELAY_SECONDS"]),
            feed_max_items=config["IMPORT_FEED_MAX_ITEMS"],
        )


class ImportFailure(Exception):
    """A link or file that could not be imported; `temporary` ones are worth retrying."""

    def __init__(self, message: str, temporary: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.temporary = temporary


@dataclass(frozen=True)
class Download:
    """The raw material of one item: fetched page bytes or an uploaded file's bytes."""

    data: bytes
    kind: str
    charset: str | None = None
    requested_url: str | None = None
    final_url: str | None = None
    http_date: str | None = None
    content_type: str | None = None
    file_name: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class WorkOrder:
    item_id: int
    source: str
    file_kind: str | None
    payload: bytes | None


# --- one item, step by step (the job commits between steps) ---


def claim_item(item_id: int) -> WorkOrder | None:
    """Start an attempt at a queued item; None if it is gone or no longer queued."""
    item = db.session.get(ImportItem, item_id, with_for_update=True)
    if item is None or item.state != "queued":
        return None
    item.state = "fetching"
    item.attempts += 1
    return WorkOrder(item.id, item.source, item.file_kind, item.payload)


def download(order: WorkOrder, settings: ImportSettings) -> Download:
    """The item's bytes: the uploaded file, or the page fetched through the safe fetcher."""
    if order.file_kind is not None:
        return Download(
            data=order.payload or b"",
            kind=order.file_kind,
            file_name=order.source,
            content_type=None,
        )
    return fetch_link(order.source, settings)


def fetch_link(url: str, settings: ImportSettings) -> Download:
    try:
        page: FetchedPage = fetch(url, settings.policy)
    except FetchError as error:
        raise ImportFailure(error.message, error.temporary) from None
    return Download(
        data=page.body,
        kind=CONTENT_TYPES[page.content_type],
        charset=page.charset,
        requested_url=page.requested_url,
        final_url=page.final_url,
        http_date=page.http_date,
        content_type=page.content_type,
    )


def mark_extracting(item_id: int) -> None:
    item = db.session.get(ImportItem, item_id)
    if item is not None:
        item.state = "extracting"


def read(raw: Download, settings: ImportSettings) -> ImportedDocument:
    """The article text and metadata in the downloaded bytes."""
    try:
        return read_document(
            raw.data, raw.kind, settings.limits, charset=raw.charset, url=raw.final_url
        )
    except UnreadableDocument as error:
        raise ImportFailure(str(error)) from None


def complete_item(
    item_id: int,
    raw: Download,
    document: ImportedDocument,
    settings,
    prepared: PreparedText | None = None,
) -> ImportItem:
    """Create the article (or record the duplicate) for an item that was read (`prepared`: its
    claims, extracted before the write transaction began)."""
    item = db.session.get(ImportItem, item_id)
    if item is None:
        raise NotFound("The import item is gone.")
    snapshot = _snapshot(raw, document)
    duplicate = find_duplicate(snapshot)
    if duplicate is not None:
        _mark_duplicate(item, duplicate)
    else:
        article = _article_from_snapshot(snapshot, item.batch.created_by, settings, prepared)
        item.state = "done"
        item.article = article
        item.snapshot = snapshot
        item.reason = None
    item.payload = None
    return item


def fail_item(item_id: int, failure: ImportFailure, settings: ImportSettings) -> float | None:
    """Record a failed attempt. Answers the delay before the next try, or None when the item
    has failed for good (a permanent failure, or the last allowed attempt)."""
    item = db.session.get(ImportItem, item_id)
    if item is None:
        return None
    if failure.temporary and item.attempts < settings.attempts:
        item.state = "queued"
        item.reason = _reason(f"Try {item.attempts} failed: {failure.message} Trying again.")
        return settings.retry_delay * 2 ** (item.attempts - 1)
    item.state = "failed"
    item.reason = _reason(failure.message)
    item.payload = None
    return None


def _reason(message: str) -> str:
    return message if len(message) <= REASON_MAX else message[: REASON_MAX - 1] + "…"


def _mark_duplicate(item: ImportItem, article: Article) -> None:
    item.state = "duplicate"
    item.duplicate_of = article
    item.reason = _reason(f"Already imported as “{article.title}” (article {article.id}).")


# --- snapshots, duplicates, articles ---


def _snapshot(raw: Download, document: ImportedDocument) -> ImportSnapshot:
    canonical = _usable_url(document.canonical_url, raw.final_url)
    return ImportSnapshot(
        requested_url=raw.requested_url,
        final_url=raw.final_url,
        canonical_url=canonical,
        file_name=(raw.file_name or "")[:300] or None,
        http_date=(raw.http_date or "")[:100] or None,
        content_type=raw.content_type,
        raw_sha256=raw.sha256,
        title=(document.title or "")[:500] or None,
        authors=(document.byline or "")[:500] or None,
        published_on=document.published_on,
        site_name=(document.site_name or "")[:200] or None,
        language=(document.language or "")[:20] or None,
        text=document.text,
    )


def _usable_url(candidate: str | None, base: str | None) -> str | None:
    """The canonical URL if it is a proper http(s) address, else the final fetched one."""
    for url in (candidate, base):
        if url and len(url) <= URL_MAX:
            try:
                return validate_http_url(url)
            except Invalid:
                continue
    return None


def url_key(url: str) -> str:
    """Compare links the way a reader would: scheme and host case-insensitive, no fragment,
    no trailing slash."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or ""
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def find_duplicate(snapshot: ImportSnapshot) -> Article | None:
    """A live article with the same address (canonical, final or requested) or the same text."""
    urls = {u for u in (snapshot.canonical_url, snapshot.final_url, snapshot.requested_url) if u}
    variants = set()
    for url in urls:
        key = url_key(url)
        variants.update({key, key + "/", url})
    conditions = [Article.text_sha256 == text_fingerprint(snapshot.text)]
    if variants:
        conditions.append(Article.url.in_(sorted(variants)))
    return db.session.scalars(
        select(Article)
        .where(Article.deleted_at.is_(None), or_(*conditions))
        .order_by(Article.id)
        .limit(1)
    ).first()


def _article_from_snapshot(
    snapshot: ImportSnapshot,
    user: User | None,
    settings: ImportSettings,
    prepared: PreparedText | None = None,
) -> Article:
    title = snapshot.title
    if not title and snapshot.file_name:
        title = title_from_filename(snapshot.file_name)
    if not title and snapshot.final_url:
        title = urlsplit(snapshot.final_url).hostname or snapshot.final_url
    try:
        article = import_article(
            title=_fit(title or "Untitled", TITLE_MAX),
            text=snapshot.text,
            url=snapshot.canonical_url,
            outlet=_fit(snapshot.site_name, 200),
            author=_fit(snapshot.authors, 200),
            published_on=snapshot.published_on,
            max_bytes=settings.max_article_bytes,
            created_by=user,
            prepared=prepared,
        )
    except Invalid as error:
        raise ImportFailure(error.message) from None
    snapshot.article = article
    db.session.add(snapshot)
    return article


def _fit(value: str | None, limit: int) -> str | None:
    if not value:
        return None
    return value if len(value) <= limit else value[: limit - 1] + "…"


def snapshot_for_article(article_id: int) -> ImportSnapshot:
    """What the source said when the article was imported from it."""
    snapshot = db.session.scalars(
        select(ImportSnapshot)
        .where(ImportSnapshot.article_id == article_id)
        .order_by(ImportSnapshot.id.desc())
        .limit(1)
    ).first()
    if snapshot is None:
        raise NotFound("This article was not imported from a link or a file.")
    return snapshot


# --- a link with a preview ---


@dataclass(frozen=True)
class Preview:
    item_id: int
    state: str
    title: str | None
    byline: str | None
    published_on: date | None
    site_name: str | None
    url: str | None
    language: str | None
    paragraphs: list[str]
    claim_count: int
    duplicate_of: Article | None
    article_id: int | None


def preview_link(url: str, user: User | None, settings: ImportSettings) -> ImportItem:
    """Fetch and read a link now, keeping the result as a preview for the user to save."""
    url = _link(url)
    try:
        raw = fetch_link(url, settings)
        document = read(raw, settings)
    except ImportFailure as error:
        raise Invalid(error.message, {"url": "not imported"}) from None
    batch = ImportBatch(kind="link", label=url[:300], created_by=user)
    item = ImportItem(batch=batch, position=1, source=url, state="preview", attempts=1)
    item.snapshot = _snapshot(raw, document)
    db.session.add(batch)
    db.session.flush()
    return item


def get_item(item_id: int) -> ImportItem:
    item = db.session.get(ImportItem, item_id)
    if item is None:
        raise NotFound("There is no such import.")
    return item


def preview_of(item: ImportItem) -> Preview:
    from webapp.extraction import extract_claims  # its patterns load on first use

    snapshot = item.snapshot
    if snapshot is None:
        raise NotFound("This import has nothing to preview.")
    return Preview(
        item_id=item.id,
        state=item.state,
        title=snapshot.title,
        byline=snapshot.authors,
        published_on=snapshot.published_on,
        site_name=snapshot.site_name,
        url=snapshot.canonical_url,
        language=snapshot.language,
        paragraphs=[p for p in snapshot.text.split("\n\n") if p.strip()][:PREVIEW_PARAGRAPHS],
        claim_count=len(extract_claims(snapshot.text)),
        duplicate_of=find_duplicate(snapshot) if item.state == "preview" else None,
        article_id=item.article_id,
    )


def save_preview(item: ImportItem, title: str | None, settings: ImportSettings) -> Article:
    """Create the article a preview showed (the user may correct its title)."""
    if item.state != "preview" or item.snapshot is None:
        raise Conflict("This preview was already saved.", {"article_id": item.article_id})
    snapshot = item.snapshot
    duplicate = find_duplicate(snapshot)
    if duplicate is not None:
        raise Conflict(
            f"Already imported as “{duplicate.title}” (article {duplicate.id}).",
            {"article_id": duplicate.id},
        )
    if title and title.strip():
        snapshot.title = title.strip()[:500]
    try:
        article = _article_from_snapshot(snapshot, item.batch.created_by, settings)
    except ImportFailure as error:
        raise Invalid(error.message) from None
    item.state = "done"
    item.article = article
    return article


# --- batches: a link, a list, files ---


def _link(url: str) -> str:
    if len(url.strip()) > URL_MAX:
        raise Invalid(f"The web address is longer than {URL_MAX} characters.", {"url": "long"})
    return validate_http_url(url)


def start_link(url: str, user: User | None) -> ImportBatch:
    """One link imported in the background (no preview): the API's and the CLI's way."""
    url = _link(url)
    batch = ImportBatch(kind="link", label=url[:300], created_by=user)
    db.session.add(batch)
    batch.items.append(ImportItem(position=1, source=url, state="queued"))
    db.session.flush()
    return batch


def parse_links(text: str, max_links: int) -> list[str]:
    """The links of a pasted list: one a line; blank lines and # comments skipped."""
    links = [line.strip() for line in text.splitlines()]
    links = [line for line in links if line and not line.startswith("#")]
    if not links:
        raise Invalid("Paste at least one web address, one a line.", {"links": "required"})
    if len(links) > max_links:
        raise Invalid(
            f"The list has {len(links):,} links; the limit is {max_links:,} at a time.",
            {"links": "too many"},
        )
    return links


def start_list(text: str, user: User | None, settings: ImportSettings) -> ImportBatch:
    """A batch with one item per link; bad lines and repeats are marked at once, not fetched."""
    links = parse_links(text, settings.max_links)
    batch = ImportBatch(kind="list", label=f"{len(links)} links", created_by=user)
    db.session.add(batch)
    first_line: dict[str, int] = {}
    for position, link in enumerate(links, 1):
        item = ImportItem(position=position, source=link[:URL_MAX], state="queued")
        try:
            _link(link)
        except Invalid as error:
            item.state = "failed"
            item.reason = _reason(f"Line {position}: {error.message}")
        else:
            key = url_key(link)
            if key in first_line:
                item.state = "duplicate"
                item.reason = f"Listed twice: the same link as line {first_line[key]}."
            else:
                first_line[key] = position
        batch.items.append(item)
    db.session.flush()
    return batch


def start_files(
    files: list[tuple[str, bytes]], user: User | None, settings: ImportSettings
) -> ImportBatch:
    """A batch with one item per uploaded file; the bytes wait in the item until it is read."""
    files = [(name, data) for name, data in files if name or data]
    if not files:
        raise Invalid("Choose at least one file.", {"files": "required"})
    label = files[0][0] if len(files) == 1 else f"{len(files)} files"
    batch = ImportBatch(kind="files", label=_fit(label, 300) or "files", created_by=user)
    db.session.add(batch)
    for position, (name, data) in enumerate(files, 1):
        # Only the last part of the name is kept, and only to show and to title the article.
        base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
        shown = _fit(" ".join(base.split()), 300) or "unnamed file"
        kind = extension_of(name or "")
        item = ImportItem(position=position, source=shown, file_kind=kind, state="queued")
        if kind not in EXTENSIONS:
            item.state = "failed"
            item.reason = "Claimdesk reads .txt, .md, .html, .docx and .pdf files."
        elif len(data) > settings.max_file_bytes:
            item.state = "failed"
            item.reason = f"The file is larger than the limit of {settings.max_file_bytes:,} bytes."
        elif not data:
            item.state = "failed"
            item.reason = "The file is empty."
        else:
            item.payload = data
        batch.items.append(item)
    db.session.flush()
    return batch


def start_paste(fields: dict, user: User | None) -> ImportBatch:
    """A long pasted article, imported by a background job so the page can show its progress:
    one item holding the import form's fields (title, text, url, outlet, author, date)."""
    title = _fit(" ".join((fields.get("title") or "").split()), 300) or "Pasted article"
    batch = ImportBatch(kind="paste", label=title, created_by=user)
    item = ImportItem(
        position=1,
        source=title,
        file_kind=PASTE_KIND,
        state="queued",
        payload=paste_payload(fields),
    )
    batch.items.append(item)
    db.session.add(batch)
    db.session.flush()
    return batch


def requeue_waiting(stale_after: timedelta) -> list[int]:
    """Items still queued, and items a stopped worker left half-done for `stale_after`, put
    back in the queue state; answers their ids (a worker queues them when it starts)."""
    stale = utcnow() - stale_after
    items = db.session.scalars(
        select(ImportItem).where(
            or_(
                ImportItem.state == "queued",
                ImportItem.state.in_(("fetching", "extracting")) & (ImportItem.updated_at < stale),
            )
        )
    ).all()
    for item in items:
        item.state = "queued"
    return [item.id for item in items]


def queued_item_ids(batch: ImportBatch) -> list[int]:
    return [item.id for item in batch.items if item.state == "queued"]


@dataclass(frozen=True)
class BatchProgress:
    batch: ImportBatch
    items: list[ImportItem]
    total: int
    done: int
    failed: int
    duplicate: int
    running: int
    queued: int

    @property
    def finished(self) -> int:
        return self.done + self.failed + self.duplicate

    @property
    def complete(self) -> bool:
        return self.finished == self.total

    @property
    def percent(self) -> int:
        return 100 if not self.total else round(100 * self.finished / self.total)


def batch_progress(batch_id: int) -> BatchProgress:
    batch = db.session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound("There is no such import.")
    items = list(
        db.session.scalars(
            select(ImportItem)
            .where(ImportItem.batch_id == batch_id)
            .order_by(ImportItem.position)
            .options(selectinload(ImportItem.article), selectinload(ImportItem.duplicate_of))
        )
    )
    count = {state: 0 for state in ("preview", "queued", "fetching", "extracting")}
    count.update({state: 0 for state in FINISHED_STATES})
    for item in items:
        count[item.state] = count.get(item.state, 0) + 1
    return BatchProgress(
        batch=batch,
        items=items,
        total=len(items),
        done=count["done"],
        failed=count["failed"],
        duplicate=count["duplicate"],
        running=count["fetching"] + count["extracting"],
        queued=count["queued"] + count["preview"],
    )


def recent_batches(limit: int = 10) -> list[ImportBatch]:
    return list(
        db.session.scalars(
            select(ImportBatch)
            .where(ImportBatch.items.any(ImportItem.state != "preview"))
            .order_by(ImportBatch.id.desc())
            .limit(limit)
        )
    )


# --- feeds ---


@dataclass(frozen=True)
class FeedPoll:
    feed: Feed
    batch: ImportBatch | None
    entries: int  # entries the feed lists
    new: int  # of which not seen before
    taken: int  # of which imported in this poll


@dataclass(frozen=True)
class FeedSummary:
    """A followed feed with what its polls brought in."""

    feed: Feed
    imported: int  # articles imported from it
    last_batch_id: int | None  # the import job of its latest poll that found new entries


def add_feed(url: str, user: User | None, settings: ImportSettings) -> Feed:
    """Follow a feed. The address is vetted as the fetcher would vet it (scheme, port, and every
    address the host resolves to), so a feed Claimdesk would never fetch is refused at once. A
    host that cannot be found now is accepted: its polls record the error until it resolves."""
    url = _link(url)
    key = url_key(url)
    for existing in list_feeds():
        if url_key(existing.url) == key:
            raise Conflict("This feed is already followed.", {"feed_id": existing.id})
    try:
        check_address(url, settings.policy)
    except FetchRefused as error:
        raise Invalid(error.message, {"url": "refused"}) from None
    except FetchError:
        pass
    feed = Feed(url=url, created_by=user, active=True)
    db.session.add(feed)
    db.session.flush()
    return feed


def list_feeds() -> list[Feed]:
    return list(db.session.scalars(select(Feed).order_by(Feed.id)))


def feed_summaries(feed_id: int | None = None) -> list[FeedSummary]:
    """Every followed feed (or the one asked for), oldest first, with its imported count."""
    feeds = [get_feed(feed_id)] if feed_id is not None else list_feeds()
    ids = [feed.id for feed in feeds]
    imported = dict(
        db.session.execute(
            select(ImportBatch.feed_id, func.count(ImportItem.id))
            .join(ImportItem, ImportItem.batch_id == ImportBatch.id)
            .where(ImportBatch.feed_id.in_(ids), ImportItem.state == "done")
            .group_by(ImportBatch.feed_id)
        ).all()
    )
    latest = dict(
        db.session.execute(
            select(ImportBatch.feed_id, func.max(ImportBatch.id))
            .where(ImportBatch.feed_id.in_(ids))
            .group_by(ImportBatch.feed_id)
        ).all()
    )
    return [FeedSummary(feed, imported.get(feed.id, 0), latest.get(feed.id)) for feed in feeds]


def get_feed(feed_id: int) -> Feed:
    feed = db.session.get(Feed, feed_id)
    if feed is None:
        raise NotFound("There is no such feed.", {"feed_id": feed_id})
    return feed


def set_feed_active(feed: Feed, active: bool) -> None:
    feed.active = active


def check_pollable(feed: Feed) -> None:
    """A paused feed is not polled (the worker skips it); asking for a poll says so."""
    if not feed.active:
        raise Conflict("This feed is paused; resume it to check it for new articles.")


def due_feed_ids(every_minutes: int) -> list[int]:
    """Active feeds not polled for `every_minutes`."""
    cutoff = utcnow() - timedelta(minutes=every_minutes)
    return list(
        db.session.scalars(
            select(Feed.id).where(
                Feed.active.is_(True),
                or_(Feed.last_polled_at.is_(None), Feed.last_polled_at <= cutoff),
            )
        )
    )


def poll_feed(feed: Feed, settings: ImportSettings) -> FeedPoll:
    """Read the feed and queue its new entries (at most `feed_max_items`, newest first). On the
    first poll only the newest are taken; the older entries are marked seen, not imported."""
    import feedparser

    feed.last_polled_at = utcnow()
    policy = dataclasses.replace(settings.policy, accept=FEED_TYPES + ("text/html",))
    try:
        page = fetch(feed.url, policy)
    except FetchError as error:
        feed.last_error = _reason(error.message)
        raise ImportFailure(error.message, error.temporary) from None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = feedparser.parse(page.body, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries and (parsed.bozo or page.content_type == "text/html"):
        feed.last_error = "The address is not a readable RSS or Atom feed."
        raise ImportFailure(feed.last_error)
    feed.title = _fit(" ".join(str(parsed.feed.get("title", "")).split()), 300) or feed.title
    links = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        if link and len(link) <= URL_MAX and link.lower().startswith(("http://", "https://")):
            links.append(link)
    links = list(dict.fromkeys(links))
    seen = set(db.session.scalars(select(FeedEntry.link).where(FeedEntry.feed_id == feed.id)))
    new = [link for link in links if link not in seen]
    taken = new[: settings.feed_max_items]
    if new:
        now = utcnow()
        db.session.execute(
            insert(FeedEntry), [{"feed_id": feed.id, "link": link, "seen_at": now} for link in new]
        )
    feed.last_error = None
    batch = None
    if taken:
        skipped = len(new) - len(taken)
        label = f"{feed.title or feed.url}: {len(taken)} new"
        if skipped:
            label += f" (the {skipped:,} older entries were skipped)"
        batch = ImportBatch(kind="feed", label=_fit(label, 300), feed=feed, created_by=None)
        batch.created_by_id = feed.created_by_id
        db.session.add(batch)
        for position, link in enumerate(taken, 1):
            batch.items.append(ImportItem(position=position, source=link, state="queued"))
    db.session.flush()
    return FeedPoll(feed=feed, batch=batch, entries=len(links), new=len(new), taken=len(taken))
