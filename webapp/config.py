"""Settings: defaults, then instance/config.py, then environment variables, then test overrides."""

import os
import secrets

from flask import Flask

DEFAULT_MAX_ARTICLE_BYTES = 1_000_000
# argon2-cffi's parameter profile for password hashes (its default, RFC 9106 low-memory).
DEFAULT_PASSWORD_HASH_PROFILE = "RFC_9106_LOW_MEMORY"
# Accounts and access (README, "Security"); each can be set in instance/config.py, and the
# ones in SECURITY_ENVIRONMENT from the environment as well.
SECURITY_DEFAULTS = {
    "SESSION_IDLE_MINUTES": 60,  # a browser session unused this long ends
    "SESSION_MAX_HOURS": 12,  # and every session ends this long after its log-in
    "LOGIN_MAX_FAILURES": 10,  # failed log-ins per account within the window…
    "LOGIN_FAILURE_WINDOW_MINUTES": 15,  # …before the account is refused until it ends
    "LOGIN_ADDRESS_MAX_FAILURES": 30,  # failed log-ins from one address (any accounts) per window
    "TOKEN_MAX_FAILURES": 20,  # failed API token uses per address within the window
    "TOKEN_FAILURE_WINDOW_MINUTES": 15,
    "REDIS_URL": None,  # when set: background jobs, failure counters and presence use Redis
    "REDIS_KEY_PREFIX": "claimdesk:",  # several workspaces may share one Redis
    # With Redis, pages with an article open hear its changes as server-sent events; each holds
    # a thread of a threaded worker (gunicorn --worker-class gthread) while open. Beyond this
    # many per process, further pages poll instead. Keep it at most half of the worker's
    # threads (--threads), so that requests always find one free.
    "LIVE_STREAMS_PER_PROCESS": 16,
    # …while other requests are worked on at most this many at a time per process (the rest wait
    # their turn, as on one-request-per-worker servers): threads taking turns run slower.
    "REQUESTS_AT_ONCE_PER_PROCESS": 2,
    "BASE_URL": "",  # where Claimdesk is served, for links in exports
    # Reverse proxies in front of the app (nginx…): their X-Forwarded-For gives each client's
    # address, so failed log-ins are counted per client, not per proxy. 0: the header is ignored.
    "PROXY_COUNT": 0,
    "TRUSTED_HOSTS": None,  # Flask's: the Host headers accepted (links use them if no BASE_URL)
}
SECURITY_ENVIRONMENT = {
    "CLAIMDESK_SESSION_IDLE_MINUTES": ("SESSION_IDLE_MINUTES", int),
    "CLAIMDESK_SESSION_MAX_HOURS": ("SESSION_MAX_HOURS", int),
    "CLAIMDESK_LOGIN_MAX_FAILURES": ("LOGIN_MAX_FAILURES", int),
    "CLAIMDESK_LOGIN_ADDRESS_MAX_FAILURES": ("LOGIN_ADDRESS_MAX_FAILURES", int),
    "CLAIMDESK_PROXY_COUNT": ("PROXY_COUNT", int),
    "REDIS_URL": ("REDIS_URL", str),
    "CLAIMDESK_LIVE_STREAMS_PER_PROCESS": ("LIVE_STREAMS_PER_PROCESS", int),
    "CLAIMDESK_BASE_URL": ("BASE_URL", str),
    "CLAIMDESK_TRUSTED_HOSTS": (
        "TRUSTED_HOSTS",
        lambda value: [host.strip() for host in value.split(",") if host.strip()],
    ),
}

# Imports from links, files and feeds (see README "Importing from links, files and feeds").
IMPORT_DEFAULTS = {
    "IMPORT_MAX_PAGE_BYTES": 5_000_000,  # a fetched page, counted after decompression
    "IMPORT_TIMEOUT_SECONDS": 20,  # the whole fetch, redirects included
    "IMPORT_ALLOWED_PORTS": (80, 443),
    "IMPORT_MAX_REDIRECTS": 5,
    # TESTS ONLY, NEVER IN PRODUCTION: loopback ports the fetcher may contact.
    "IMPORT_TEST_LOOPBACK_PORTS": (),
    "IMPORT_MAX_LINKS": 500,
    # A pasted article longer than this is imported by a background job, with its progress shown.
    "PASTE_IN_BACKGROUND_BYTES": 100_000,
    "IMPORT_MAX_FILE_BYTES": 10_000_000,
    "IMPORT_MAX_UPLOAD_BYTES": 50_000_000,  # all files of one upload together
    "IMPORT_MAX_PDF_PAGES": 300,
    "IMPORT_ATTEMPTS": 3,  # tries of an item whose failure is temporary
    "IMPORT_RETRY_DELAY_SECONDS": 30,  # doubled after each try
    "IMPORT_FEED_POLL_MINUTES": 30,
    "IMPORT_FEED_MAX_ITEMS": 50,  # new entries taken from a feed per poll
    "JOBS_IMMEDIATE": None,  # run jobs inline (default: only when TESTING)
}


def load(app: Flask, test_config: dict | None) -> None:
    app.config.from_mapping(
        SQLALCHEMY_DATABASE_URI="sqlite:///" + os.path.join(app.instance_path, "claimdesk.db"),
        MAX_ARTICLE_BYTES=DEFAULT_MAX_ARTICLE_BYTES,
        ORGANISATION_NAME="Claimdesk newsroom",
        ORGANISATION_URL="",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        WTF_CSRF_TIME_LIMIT=None,
        SEEDS_DIR=os.path.join(os.path.dirname(app.root_path), "seeds"),
        PASSWORD_HASH_PROFILE=DEFAULT_PASSWORD_HASH_PROFILE,
        **SECURITY_DEFAULTS,
        **IMPORT_DEFAULTS,
        JOBS_FILE=os.path.join(app.instance_path, "jobs.db"),
    )
    app.config.from_pyfile("config.py", silent=True)
    _load_environment(app)
    if test_config:
        app.config.from_mapping(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _instance_secret_key(app.instance_path)
    # Request bodies may carry a whole article form: allow twice the article limit plus room
    # for the other fields; anything larger is answered 413 before it is parsed.
    if app.config.get("MAX_CONTENT_LENGTH") is None:
        app.config["MAX_CONTENT_LENGTH"] = 2 * app.config["MAX_ARTICLE_BYTES"] + 65_536
    if app.config.get("JOBS_IMMEDIATE") is None:
        app.config["JOBS_IMMEDIATE"] = bool(app.config.get("TESTING"))


def _load_environment(app: Flask) -> None:
    env = os.environ
    if env.get("DATABASE_URL"):
        app.config["SQLALCHEMY_DATABASE_URI"] = _normalise_database_url(env["DATABASE_URL"])
    if env.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = env["SECRET_KEY"]
    if env.get("CLAIMDESK_MAX_ARTICLE_BYTES"):
        app.config["MAX_ARTICLE_BYTES"] = int(env["CLAIMDESK_MAX_ARTICLE_BYTES"])
    for name in ("ORGANISATION_NAME", "ORGANISATION_URL"):
        if env.get(f"CLAIMDESK_{name}"):
            app.config[name] = env[f"CLAIMDESK_{name}"]
    if env.get("REDIS_URL"):
        app.config["REDIS_URL"] = env["REDIS_URL"]
    if env.get("CLAIMDESK_SECURE_COOKIES") == "1":
        app.config["SESSION_COOKIE_SECURE"] = True
    for variable, (name, parse) in SECURITY_ENVIRONMENT.items():
        if env.get(variable):
            app.config[name] = parse(env[variable])


def _normalise_database_url(url: str) -> str:
    """Accept the common postgres:// spellings and use the psycopg 3 driver for them."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _instance_secret_key(instance_path: str) -> str:
    """Generate the secret key once and keep it in the instance folder, readable by us only."""
    path = os.path.join(instance_path, "secret_key")
    try:
        with open(path, encoding="ascii") as handle:
            key = handle.read().strip()
        if key:
            return key
    except FileNotFoundError:
        pass
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key)
    return key
