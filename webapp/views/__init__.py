"""Blueprints, one per area of the app."""

from flask import Flask


def register_blueprints(app: Flask) -> None:
    from webapp.views import articles, auth, claims, errors, filters

    filters.init_app(app)

    app.register_blueprint(errors.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(articles.bp)
    app.register_blueprint(claims.bp)
