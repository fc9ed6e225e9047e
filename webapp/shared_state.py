"""Where the state every worker process must see lives, besides the claims themselves: failed
log-in counters and who has which claim open. In the database by default (one machine), in
Redis when REDIS_URL is set (several workers on several machines), through one client per app
and one key prefix (REDIS_KEY_PREFIX) under which each store keeps its own part; with Redis, the
changes of each article are also published there for the pages that have it open."""

import threading

from flask import Flask

from webapp.services import presence, throttle


class RequestGate:
    """Threaded workers hold the live streams, which wait; the other requests, which work, are
    let in at most `limit` at a time per process: dozens of threads taking turns at one Python
    interpreter lock each run slower than the same requests one after another (measured in
    bench/bench_scale.py: 6 saves/s served instead of 10, p95 5.7 s instead of 0.2 s)."""

    def __init__(self, wsgi_app, limit: int) -> None:
        self.wsgi_app = wsgi_app
        self.slots = threading.BoundedSemaphore(limit)

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path.startswith("/live/articles/") and path.endswith("/events"):
            return self.wsgi_app(environ, start_response)
        with self.slots:
            return self.wsgi_app(environ, start_response)


def init_app(app: Flask) -> None:
    url = app.config.get("REDIS_URL")
    prefix = app.config["REDIS_KEY_PREFIX"]
    client = None
    if url:
        import redis  # only deployments with Redis load it

        client = redis.Redis.from_url(url)
    app.extensions["claimdesk.throttle"] = throttle.make_store(client, prefix + "throttle:")
    app.extensions["claimdesk.presence"] = presence.make_store(client, prefix + "presence:")
    if client is not None:  # the pages' live streams: at most so many per process
        slots = threading.BoundedSemaphore(app.config["LIVE_STREAMS_PER_PROCESS"])
        app.extensions["claimdesk.live-slots"] = slots
        app.wsgi_app = RequestGate(app.wsgi_app, app.config["REQUESTS_AT_ONCE_PER_PROCESS"])
    presence.install()  # notes each article's newest history entry after commits (Redis)
