"""Tradewind's application factory.

``flask --app app run`` and gunicorn (``app:create_app()``) both start here.
"""

from __future__ import annotations

import logging

from flask import Flask

from config.settings import REPO_ROOT, load_config
from marketplace.core.urls import PublicUrls


class Tradewind(PublicUrls):
    """Flask, with every absolute URL built from ``TRADEWIND_PUBLIC_URL``."""


def _log_to_stderr() -> None:
    # Tradewind's own messages (a mail written to the log when no SMTP server is set,
    # a partner that failed) go to standard error at INFO, so `make run` shows them.
    logger = logging.getLogger("marketplace")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s] %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


def create_app(test_config: dict | None = None) -> Flask:
    """Build a Tradewind app: configuration, extensions, blueprints and CLI commands."""
    app = Tradewind(
        __name__,
        template_folder=str(REPO_ROOT / "templates"),
        static_folder=str(REPO_ROOT / "static"),
    )
    app.config.update(load_config(test_config))
    _log_to_stderr()
    # Ids in URLs are database integers: anything larger than a 64-bit integer is
    # simply not found (rather than an overflow deep in the database driver).
    from werkzeug.routing import IntegerConverter

    class DatabaseId(IntegerConverter):
        def __init__(self, url_map, *args, **kwargs):
            kwargs.setdefault("max", 2**63 - 1)
            super().__init__(url_map, *args, **kwargs)

    app.url_map.converters["int"] = DatabaseId

    from marketplace.core import extensions
    from marketplace.web import errors, handling, i18n, security, templating

    extensions.db.init_app(app)
    extensions.migrate.init_app(app, extensions.db, directory=str(REPO_ROOT / "migrations"))
    extensions.csrf.init_app(app)
    extensions.babel.init_app(app, locale_selector=i18n.select_locale)
    extensions.login_manager.init_app(app)
    security.init_app(app)
    i18n.init_app(app)
    errors.init_app(app)
    handling.init_unit_of_work(app)
    templating.init_app(app)

    from marketplace import (
        models,  # noqa: F401  - every table known before first use
        subscriptions,  # noqa: F401  - offers' signals reach their receivers
    )
    from marketplace.api import bp as api_bp
    from marketplace.partners import registry as partner_registry
    from marketplace.web import (
        accounts,
        companies,
        consultations,
        conversations,
        deals,
        feeds,
        health,
        home,
        indicators,
        kept,
        offers,
        operator,
        partners,
        search,
        trust,
    )
    from search_index import engine

    engine.init_app(app)
    partner_registry.init_app(app)
    for module in (
        home,
        accounts,
        companies,
        offers,
        search,
        partners,
        feeds,
        indicators,
        conversations,
        consultations,
        deals,
        health,
        operator,
        trust,
    ):
        app.register_blueprint(module.bp)
    app.register_blueprint(api_bp)
    kept.init_app(app)
    extensions.csrf.exempt(api_bp)

    from marketplace.cli import register_commands

    register_commands(app)
    return app
