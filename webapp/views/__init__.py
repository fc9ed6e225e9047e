"""Blueprints, one per area of the app."""

from flask import Flask


def register_blueprints(app: Flask) -> None:
    from webapp.views import articles, auth, claims, errors, filters, reading

    filters.init_app(app)

    app.register_blueprint(errors.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(articles.bp)
    app.register_blueprint(claims.bp)
    app.register_blueprint(reading.bp)
    _register_exchange(app)
    _register_review(app)
    _register_imports(app)
    from webapp.views import search

    search.init_app(app)  # archive search and "checked before" matches


def _register_review(app: Flask) -> None:
    """Team review: admin pages, queues, approvals, comments, dashboard, live updates."""
    from webapp.views import admin, review

    app.register_blueprint(admin.bp)
    app.register_blueprint(review.bp)


def _register_exchange(app: Flask) -> None:
    """Exports, restore, API tokens and the REST API (which uses bearer tokens, not CSRF)."""
    from webapp import api
    from webapp.extensions import csrf
    from webapp.views import account, exports

    app.register_blueprint(exports.bp)
    app.register_blueprint(account.bp)
    csrf.exempt(api.bp)
    app.register_blueprint(api.bp)


def _register_imports(app: Flask) -> None:
    """Imports from links, files, lists and feeds."""
    from webapp.views import imports

    app.request_class = imports.UploadRequest
    app.register_blueprint(imports.bp)
