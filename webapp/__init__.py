"""Claimdesk: claim and fact-check annotation for newsroom teams."""

import os

from flask import Flask

from webapp import config
from webapp.extensions import csrf, db, login_manager

MIGRATIONS_DIR = os.path.join(os.path.dirname(__file__), "migrations")


def create_app(test_config: dict | None = None) -> Flask:
    """Build a configured Claimdesk app: settings, extensions, blueprints, CLI."""
    app = Flask(__name__, instance_relative_config=True)
    os.makedirs(app.instance_path, exist_ok=True)
    config.load(app, test_config)
    if app.config["PROXY_COUNT"]:
        # Behind N reverse proxies, the client's address is the N-th from the right in
        # X-Forwarded-For; otherwise that header is ignored (a client could forge it).
        from werkzeug.middleware.proxy_fix import ProxyFix

        count = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count)

    db.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)

    from webapp import database, input_guard, security, shared_state
    from webapp.cli import register_cli
    from webapp.views import register_blueprints

    database.init_app(app)
    input_guard.init_app(app)  # before any blueprint: its `int` converter bounds every id
    shared_state.init_app(app)  # failure counters and presence: the database, or Redis
    security.init_app(app)
    register_blueprints(app)
    register_cli(app)
    from webapp import jobs

    jobs.init_app(app)

    from webapp.services import search_index

    search_index.install()  # full-text index and claim matches follow every commit
    return app
