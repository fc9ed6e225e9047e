"""Imports from links, files and feeds: batches, their items, snapshots of what was fetched."""

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from webapp.extensions import db
from webapp.models.article import Article
from webapp.models.base import utcnow
from webapp.models.user import User

URL_MAX = 2000
REASON_MAX = 500

# An item moves queued → fetching → extracting → done, or ends failed (with the reason) or
# duplicate (with the article it duplicates). A URL preview waits in "preview" until saved.
ITEM_STATES = ("preview", "queued", "fetching", "extracting", "done", "failed", "duplicate")
FINISHED_STATES = ("done", "failed", "duplicate")


class Feed(db.Model):
    """An RSS/Atom feed polled on a schedule; each new entry is imported."""

    __tablename__ = "import_feeds"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(URL_MAX), unique=True)
    title: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_polled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(String(REASON_MAX))

    created_by: Mapped[User | None] = relationship()


class FeedEntry(db.Model):
    """A feed entry already turned into an import item, so a poll only takes new ones."""

    __tablename__ = "import_feed_entries"
    __table_args__ = (UniqueConstraint("feed_id", "link"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("import_feeds.id"), index=True)
    link: Mapped[str] = mapped_column(String(URL_MAX))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ImportBatch(db.Model):
    """One request to import: a link, a list of links, some files, or a feed poll."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # link | list | files | feed | paste
    label: Mapped[str] = mapped_column(String(300))
    feed_id: Mapped[int | None] = mapped_column(ForeignKey("import_feeds.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    created_by: Mapped[User | None] = relationship()
    feed: Mapped[Feed | None] = relationship()
    items: Mapped[list["ImportItem"]] = relationship(
        back_populates="batch", order_by="ImportItem.position"
    )


class ImportSnapshot(db.Model):
    """What a source said when it was imported: extracted text, metadata, where it was fetched
    from and a hash of the raw bytes. The raw bytes themselves are never kept or served."""

    __tablename__ = "import_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    requested_url: Mapped[str | None] = mapped_column(String(URL_MAX))
    final_url: Mapped[str | None] = mapped_column(String(URL_MAX))
    canonical_url: Mapped[str | None] = mapped_column(String(URL_MAX))
    file_name: Mapped[str | None] = mapped_column(String(300))
    http_date: Mapped[str | None] = mapped_column(String(100))
    content_type: Mapped[str | None] = mapped_column(String(200))
    raw_sha256: Mapped[str] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(String(500))
    authors: Mapped[str | None] = mapped_column(String(500))
    published_on: Mapped[date | None] = mapped_column(Date)
    site_name: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    article: Mapped[Article | None] = relationship()


class ImportItem(db.Model):
    """One link or file of a batch, imported as its own background job."""

    __tablename__ = "import_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(URL_MAX))  # the link, or the file's name
    file_kind: Mapped[str | None] = mapped_column(String(10))  # ".pdf" … for uploads
    payload: Mapped[bytes | None] = mapped_column(LargeBinary)  # an upload until it is read
    state: Mapped[str] = mapped_column(String(20), default="queued")
    reason: Mapped[str | None] = mapped_column(String(REASON_MAX))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("import_snapshots.id"))
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    batch: Mapped[ImportBatch] = relationship(back_populates="items")
    article: Mapped[Article | None] = relationship(foreign_keys=[article_id])
    duplicate_of: Mapped[Article | None] = relationship(foreign_keys=[duplicate_of_id])
    snapshot: Mapped[ImportSnapshot | None] = relationship()

    @property
    def finished(self) -> bool:
        return self.state in FINISHED_STATES
