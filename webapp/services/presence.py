"""Who is looking at which claim, and what colleagues changed since the page was loaded.

Presence is kept where webapp/shared_state.py puts it: in the database (a `claim_viewers` row per
viewer and claim, refreshed by every poll) by default, or in Redis when REDIS_URL is set (a sorted
set per claim, each viewer scored by when they were last seen), so that a poll writes nothing to
the database and every worker on every machine sees the same viewers. What changed is read from
the history either way; with Redis, each article's newest history entry is also noted there after
every commit that writes history, so a poll that finds nothing new reads no history at all
(docs/decisions/0012-presence-in-redis.md), and published on the article's channel: a page with
the article open listens to it as server-sent events (`LiveStream`) and asks for the changes as
soon as they are committed, polling only to keep its presence
(docs/decisions/0013-live-updates-over-redis.md)."""

import json
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta

from flask import current_app, has_request_context, url_for
from sqlalchemy import event, func, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from webapp.extensions import db
from webapp.models import Article, Claim, ClaimEvent, ClaimViewer, User
from webapp.models.base import utcnow

# A viewer counts as present while their page keeps polling; the poll runs every few seconds.
PRESENCE_WINDOW = timedelta(seconds=20)
# How long Redis keeps an article's newest history entry after its last change: an article
# nobody changes is read from the database again (once), so a missed note cannot last.
NEWEST_EVENT_TTL_S = 60
# Raise the stored entry id to ARGV[1] if higher (commits may finish out of order), keep it alive.
_RAISE = """
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then redis.call('SET', KEYS[1], ARGV[1]) end
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 0
"""


# A live stream (server-sent events) ends after this long and the browser opens a new one, whose
# request checks the log-in and the article again; an idle stream sends a comment this often, so
# proxies keep it open and a reader who left is noticed. The browser waits RETRY_MS to reconnect.
LIVE_STREAM_S = 300
LIVE_KEEPALIVE_S = 15
LIVE_RETRY_MS = 3000
LIVE_BATCH_S = 0.5
# What a stream tells: `changes` (data: {"cursor": the newest history entry, "changes": the
# changed claims, as changes_json gives them}) after a change through the pipeline was
# committed; `changed` (data: the newest history entry) after other commits that wrote history
# for the article (the page asks what changed); `viewers` (data: the claim) when someone opened
# one of its claims.
# What arrives within LIVE_BATCH_S of a first message is sent with it (_Batch).
# The app extension holding the function that renders claims' rows in an article's list
# ({claim id: HTML}); the review views install it, and changes_json sends the rows with changes.
CLAIM_ROWS = "claimdesk.claim-rows"
# At most so many rows go with one answer or event (a bulk change of thousands of claims would
# otherwise render them all for every open page); the others' status is shown on their marks
# and list badges by the page itself.
LIVE_ROWS_MAX = 100


class DatabasePresence:
    """One row per viewer and claim, written in the caller's transaction."""

    def seen(self, article_id: int, claim_id: int, user_id: int, at: datetime) -> None:
        self._seen(claim_id, user_id, at)

    def listen(self, article_id: int) -> None:
        """No stream of changes without Redis: pages poll."""
        return None

    def _seen(self, claim_id: int, user_id: int, at: datetime) -> None:
        row = db.session.get(ClaimViewer, (claim_id, user_id))
        if row is not None:
            row.seen_at = at
            return
        try:
            with db.session.begin_nested():
                db.session.add(ClaimViewer(claim_id=claim_id, user_id=user_id, seen_at=at))
        except IntegrityError:  # the same user's other tab got there first
            pass

    def present(self, claim_id: int, since: datetime) -> set[int]:
        """The users seen on the claim since then."""
        return set(
            db.session.scalars(
                select(ClaimViewer.user_id).where(
                    ClaimViewer.claim_id == claim_id, ClaimViewer.seen_at >= since
                )
            )
        )

    def newest_event(self, article_id: int) -> int | None:
        """Not kept: the history is read."""
        return None

    def note_newest_events(self, newest: dict[int, int], *, committed=False, changes=None) -> None:
        """Nothing to note."""


class RedisPresence:
    """A sorted set per claim: member the user id, score the time last seen. Viewers gone for
    longer than the window are dropped on the next poll, and the set expires once nobody polls."""

    def __init__(self, client, prefix: str) -> None:
        self.client = client
        self.prefix = prefix

    def seen(self, article_id: int, claim_id: int, user_id: int, at: datetime) -> None:
        """Keep the viewer listed; one who was not is announced on the article's channel, so
        the pages with it open list them at once."""
        key = f"{self.prefix}claim:{claim_id}"
        pipe = self.client.pipeline(transaction=False)
        pipe.zadd(key, {user_id: at.timestamp()})
        pipe.zremrangebyscore(key, "-inf", f"({(at - PRESENCE_WINDOW).timestamp()}")
        pipe.expire(key, 2 * int(PRESENCE_WINDOW.total_seconds()))
        if pipe.execute()[0]:
            self.client.publish(self.channel(article_id), f"viewers:{claim_id}")

    def present(self, claim_id: int, since: datetime) -> set[int]:
        members = self.client.zrangebyscore(
            f"{self.prefix}claim:{claim_id}", since.timestamp(), "+inf"
        )
        return {int(member) for member in members}

    def channel(self, article_id: int) -> str:
        return f"{self.prefix}article:{article_id}:events"

    def listen(self, article_id: int):
        """A Redis subscription to the article's channel, confirmed: every change committed
        after this returns is heard."""
        pubsub = self.client.pubsub()
        try:
            pubsub.subscribe(self.channel(article_id))
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                message = pubsub.get_message(timeout=1)
                if message is not None and message["type"] == "subscribe":
                    return pubsub
        except Exception:
            pubsub.close()
            raise
        pubsub.close()
        raise TimeoutError("Redis did not confirm the subscription")

    def newest_event(self, article_id: int) -> int | None:
        """The newest history entry noted for the article, or None if none is noted."""
        value = self.client.get(f"{self.prefix}article:{article_id}:newest-event")
        return None if value is None else int(value)

    def note_newest_events(self, newest: dict[int, int], *, committed=False, changes=None) -> None:
        """Note each article's newest history entry (article id → entry id); entries just
        `committed` are announced on each article's channel too: with the changed claims
        (`changes`: article id → {claim id: a changes_json item}) when all of them are known."""
        if not newest:
            return
        pipe = self.client.pipeline(transaction=False)
        for article_id, event_id in newest.items():
            key = f"{self.prefix}article:{article_id}:newest-event"
            pipe.eval(_RAISE, 1, key, event_id, NEWEST_EVENT_TTL_S)
            if committed:
                told = list((changes or {}).get(article_id, {}).values())
                message = (
                    "changes:" + json.dumps({"cursor": event_id, "changes": told})
                    if told
                    else f"changed:{event_id}"
                )
                pipe.publish(self.channel(article_id), message)
        try:
            pipe.execute()
        except Exception as error:  # noqa: BLE001 - the change is saved; polls read it anyway
            # Once the note expires (NEWEST_EVENT_TTL_S), polls read the history again.
            current_app.logger.warning("could not note the newest history entries: %s", error)


class LiveStream:
    """Server-sent events for one reader of an article (the events above; the page polls for what
    changed or who is viewing), a comment while nothing happens, and the end after
    LIVE_STREAM_S. The WSGI server closes it when the reader goes; closing gives back the
    subscription and the place among the process's streams."""

    def __init__(self, pubsub, slots: threading.BoundedSemaphore, seconds: float) -> None:
        self.pubsub = pubsub
        self.slots = slots
        self.seconds = seconds
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield f"retry: {LIVE_RETRY_MS}\n\n".encode()
        deadline = time.monotonic() + self.seconds
        while not self.closed and (left := deadline - time.monotonic()) > 0:
            message = self.pubsub.get_message(timeout=min(LIVE_KEEPALIVE_S, left))
            if message is None:
                yield b": waiting\n\n"
                continue
            # What else arrives within LIVE_BATCH_S goes out with it: on a busy article each
            # page gets a few events a second, however many saves there are.
            batch = _Batch()
            batch.add(message)
            until = time.monotonic() + LIVE_BATCH_S
            while not self.closed and (wait := until - time.monotonic()) > 0:
                batch.add(self.pubsub.get_message(timeout=wait))
            yield from batch.events()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.pubsub.close()
            self.slots.release()


class _Batch:
    """The messages of one article's channel heard together, as few events as they make: one
    `changes` with every changed claim (its newest version each), one `changed` with the newest
    history entry, one `viewers` per claim."""

    def __init__(self) -> None:
        self.cursor = 0
        self.changes: dict[int, dict] = {}
        self.changed = 0
        self.viewers: list[str] = []

    def add(self, message: dict | None) -> None:
        if message is None or message["type"] != "message":
            return
        kind, _, data = message["data"].decode().partition(":")
        if kind == "changes":
            told = json.loads(data)
            self.cursor = max(self.cursor, told["cursor"])
            for change in told["changes"]:
                known = self.changes.get(change["id"])
                if known is None or known["version"] < change["version"]:
                    self.changes[change["id"]] = change
        elif kind == "changed" and data.isdigit():
            self.changed = max(self.changed, int(data))
        elif kind == "viewers" and data.isdigit() and data not in self.viewers:
            self.viewers.append(data)

    def events(self) -> Iterator[bytes]:
        if self.changes:
            told = json.dumps({"cursor": self.cursor, "changes": list(self.changes.values())})
            yield f"event: changes\ndata: {told}\n\n".encode()
        if self.changed:
            yield f"event: changed\ndata: {self.changed}\n\n".encode()
        for claim_id in self.viewers:
            yield f"event: viewers\ndata: {claim_id}\n\n".encode()


def live_stream(article_id: int, threaded: bool) -> LiveStream | None:
    """A stream of the article's changes, or None where none can be served: without Redis, on
    a server whose workers serve one request at a time (a stream would hold the worker: gunicorn's
    sync workers), or when this process holds LIVE_STREAMS_PER_PROCESS already. The page polls
    instead."""
    store = _store()
    slots = current_app.extensions.get("claimdesk.live-slots")
    if not threaded or slots is None or not slots.acquire(blocking=False):
        return None
    try:
        pubsub = store.listen(article_id)
    except Exception as error:  # noqa: BLE001 - Redis away: the page polls as without it
        slots.release()
        current_app.logger.warning("could not open a live stream: %s", error)
        return None
    if pubsub is None:
        slots.release()
        return None
    return LiveStream(pubsub, slots, LIVE_STREAM_S)


def make_store(redis_client, prefix: str) -> DatabasePresence | RedisPresence:
    """Redis when the app has a client for it (webapp/shared_state.py), else the database."""
    return RedisPresence(redis_client, prefix) if redis_client is not None else DatabasePresence()


def _store() -> DatabasePresence | RedisPresence:
    return current_app.extensions["claimdesk.presence"]


_installed = False


def install() -> None:
    """Note, after every commit that wrote history, each article's newest entry (once per
    process; a no-op with the database store)."""
    global _installed
    if _installed:
        return
    _installed = True
    event.listen(db.session, "after_flush", _collect_newest)
    event.listen(db.session, "after_commit", _note_newest)
    event.listen(db.session, "after_rollback", _forget_newest)


def _collect_newest(session, _context) -> None:
    if isinstance(_store(), DatabasePresence):
        return
    newest = session.info.setdefault("presence_newest", {})
    with session.no_autoflush:
        for obj in session.new:
            if isinstance(obj, ClaimEvent):
                # The claim is in the session (history is written for a claim being changed).
                claim = session.get(Claim, obj.claim_id)
                if claim is not None:
                    newest[claim.article_id] = max(newest.get(claim.article_id, 0), obj.id)


def history_written(article_id: int) -> None:
    """History rows inserted at once (a long import, services.bulk) pass the flush hook by:
    note the article's newest entry after the commit all the same."""
    if isinstance(_store(), DatabasePresence):
        return
    newest = db.session.info.setdefault("presence_newest", {})
    newest[article_id] = max(newest.get(article_id, 0), latest_event_id(article_id))


def newest_written(newest: dict[int, int], entries: list[tuple] = ()) -> None:
    """History entries the change pipeline wrote without the ORM (history.record_changes):
    {article id: newest entry id}, noted after the commit like those a flush wrote; the changed
    claims (`entries`, history.record_changes's) are told to the article's open pages with it,
    so that they need not ask (a claim whose status is not loaded, or a change made outside a
    request — a command, a job — is left to their poll)."""
    if isinstance(_store(), DatabasePresence):
        return
    noted = db.session.info.setdefault("presence_newest", {})
    for article_id, event_id in newest.items():
        noted[article_id] = max(noted.get(article_id, 0), event_id)
    if not has_request_context():  # the change's addresses are the request's
        return
    told = db.session.info.setdefault("presence_changes", {})
    latest: dict[int, tuple[Claim, User | None, list[str]]] = {}
    for claim, user, _action, field, *_rest in entries:
        if "status" in inspect(claim).unloaded:
            continue
        earlier = told.get(claim.article_id, {}).get(claim.id, {}).get("fields", [])
        fields = latest[claim.id][2] if claim.id in latest else list(earlier)
        if field and field not in fields:
            fields.append(field)
        latest[claim.id] = (claim, user, fields)
    changed = list(latest.values())
    named = [
        (claim, user.username if user else "Claimdesk", fields) for claim, user, fields in changed
    ]
    for (claim, user, _fields), change in zip(changed, changes_json(named), strict=True):
        change["by_id"] = user.id if user else None
        told.setdefault(claim.article_id, {})[claim.id] = change


def changes_json(changed: list[tuple[Claim, str, list[str]]]) -> list[dict]:
    """Changed claims (each with who changed it last and what) as the live poll and the live
    stream tell them to a page. Each (up to LIVE_ROWS_MAX) carries its row in the article's
    list, rendered here once (by the renderer the review views install, CLAIM_ROWS) rather than
    fetched by every page that has the article open."""
    render = current_app.extensions.get(CLAIM_ROWS)
    shown = [claim for claim, _by, _fields in changed[:LIVE_ROWS_MAX]]
    rows = render(shown) if render and shown else {}
    return [
        {
            "id": claim.id,
            "version": claim.version,
            "status_id": claim.status_id,
            "status": claim.status.name,
            "final": claim.status.is_final,
            "by": by,
            "fields": fields,
            "row": rows.get(claim.id),
            "panel_url": url_for("claims.show", claim_id=claim.id),
        }
        for claim, by, fields in changed
    ]


def _note_newest(session) -> None:
    newest = session.info.pop("presence_newest", None)
    changes = session.info.pop("presence_changes", None) or {}
    if newest:
        _store().note_newest_events(newest, committed=True, changes=changes)


def _forget_newest(session) -> None:
    session.info.pop("presence_newest", None)
    session.info.pop("presence_changes", None)


def viewing(article: Article, claim_id: int, user: User) -> list[str]:
    """Record that the user has the article's claim open now; the other people who do. A claim
    of another article (or none) records nothing."""
    in_article = db.session.scalar(
        select(Claim.id).where(Claim.id == claim_id, Claim.article_id == article.id)
    )
    if in_article is None:
        return []
    now = utcnow()
    _store().seen(article.id, claim_id, user.id, now)
    others = _store().present(claim_id, now - PRESENCE_WINDOW) - {user.id}
    if not others:
        return []
    return list(
        db.session.scalars(
            select(User.username).where(User.id.in_(others)).order_by(func.lower(User.username))
        )
    )


def news(
    article: Article, after: int | None, user: User
) -> tuple[int, list[tuple[Claim, str, list[str]]]]:
    """The article's newest history entry (the cursor for the next poll) and, when the caller
    gives the cursor it holds, the changes colleagues made since (`changes_since`). A cursor
    already at the newest entry noted in Redis needs no read of the history."""
    noted = _store().newest_event(article.id)
    if after is not None and noted is not None and noted <= after:
        return after, []
    cursor = latest_event_id(article.id)
    _store().note_newest_events({article.id: cursor})
    return cursor, ([] if after is None else changes_since(article.id, after, user))


def latest_event_id(article_id: int) -> int:
    return (
        db.session.scalar(
            select(func.max(ClaimEvent.id))
            .join(Claim, Claim.id == ClaimEvent.claim_id)
            .where(Claim.article_id == article_id)
        )
        or 0
    )


def changes_since(
    article_id: int, after_event_id: int, user: User
) -> list[tuple[Claim, str, list[str]]]:
    """Claims of the article that colleagues changed after the given history entry, with the
    name of whoever changed each last and what they changed (history fields: status, text,
    speaker, note, source, span, verdict…)."""
    events = db.session.execute(
        select(ClaimEvent.claim_id, ClaimEvent.user_id, ClaimEvent.field)
        .join(Claim, Claim.id == ClaimEvent.claim_id)
        .where(
            Claim.article_id == article_id,
            ClaimEvent.id > after_event_id,
            ClaimEvent.user_id.is_distinct_from(user.id),
        )
        .order_by(ClaimEvent.id)
    ).all()
    last_by = {claim_id: user_id for claim_id, user_id, _field in events}
    if not last_by:
        return []
    fields: dict[int, list[str]] = {}
    for claim_id, _user_id, field in events:
        if field and field not in fields.setdefault(claim_id, []):
            fields[claim_id].append(field)
    claims = db.session.scalars(
        select(Claim)
        .where(Claim.id.in_(last_by))
        .options(selectinload(Claim.status), selectinload(Claim.updated_by))
        .order_by(Claim.start)
    )
    names = dict(
        db.session.execute(
            select(User.id, User.username).where(User.id.in_(set(last_by.values()) - {None}))
        ).all()
    )
    return [
        (claim, names.get(last_by[claim.id], "Claimdesk"), fields.get(claim.id, []))
        for claim in claims
    ]
