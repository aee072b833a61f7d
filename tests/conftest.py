"""Shared fixtures: an app on a fresh database per test, a client, factories.

The database is SQLite in the test's own temporary directory, or PostgreSQL when
``TRADEWIND_TEST_DATABASE_URL`` is set (the CI's second leg); there the schema is
created once and every table is emptied before each test.
"""

from __future__ import annotations

import contextvars
import os
import re
from contextlib import contextmanager
from itertools import count

import pytest
from flask.testing import FlaskClient
from sqlalchemy import text

from app import create_app
from marketplace.core.db import db


def _worker_database(url: str | None) -> str | None:
    """The PostgreSQL database of this test process: with pytest-xdist each worker has its
    own (``test_gw0``, ``test_gw1``…, created on first use), as tests empty every table."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not url or not worker:
        return url
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    base = make_url(url)
    name = f"{base.database}_{worker}"
    server = create_engine(base, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        known = text("SELECT 1 FROM pg_database WHERE datname = :name")
        if not connection.scalar(known, {"name": name}):
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    server.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


PG_URL = _worker_database(os.environ.get("TRADEWIND_TEST_DATABASE_URL"))
_schema_ready = False
_seq = count(1)


def _prepare_database(app) -> None:
    global _schema_ready
    with app.app_context():
        if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
            db.create_all()
            return
        if not _schema_ready:
            db.drop_all()
            db.create_all()
            _schema_ready = True
        else:
            # A process a test killed may have left a connection open in a
            # transaction; end such leftovers rather than wait on their locks.
            db.session.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND state = 'idle in transaction'"
                )
            )
            db.session.execute(text("SET lock_timeout = '30s'"))
            tables = ", ".join(f'"{t.name}"' for t in db.metadata.sorted_tables)
            db.session.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            db.session.commit()
        db.engine.dispose()


def empty_tables() -> None:
    """Delete every row of every table (children first), for a property test whose
    examples write: each example then starts from the same empty database."""
    for table in reversed(db.metadata.sorted_tables):
        db.session.execute(table.delete())
    db.session.commit()


class IsolatedClient(FlaskClient):
    """A test client whose every request runs in its own app context, as in production.

    Tests hold an app context for their own database work; without this, requests
    would share that context (and its ``g``, cached locale and session) with the test.
    """

    def open(self, *args, **kwargs):
        return contextvars.Context().run(super().open, *args, **kwargs)


def make_app(tmp_path, create_schema=True, **overrides):
    """A Tradewind app on its own data directory and empty database."""
    config = {
        "TESTING": True,
        "DATA_DIR": str(tmp_path),
        "SECRET_KEY": "test-secret",
        "WTF_CSRF_ENABLED": False,
        "PASSWORD_TIME_COST": 1,
        "PASSWORD_MEMORY_COST": 1024,
        "DEMO": False,
        "SERVER_NAME": "tradewind.test",
        "PUBLIC_URL": "http://tradewind.test",
    }
    if PG_URL:
        config["SQLALCHEMY_DATABASE_URI"] = PG_URL
    config.update(overrides)
    app = create_app(config)
    app.test_client_class = IsolatedClient
    if create_schema:
        _prepare_database(app)
    return app


@pytest.fixture
def app(tmp_path):
    app = make_app(tmp_path)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


PASSWORD = "correct horse battery"


@pytest.fixture
def member_factory(app):
    """Create a member with a company: ``member_factory(role="exporter", country="KR", ...)``."""
    from marketplace.accounts.services import register_member

    def create(role="exporter", email=None, password=PASSWORD, confirmed=True, **company):
        n = next(_seq)
        email = email or f"{role}{n}@example.com"
        company_raw = {
            "name": f"Company {n}",
            "country": "KR",
            "business_type": "buyer" if role == "buyer" else "manufacturer",
        }
        company_raw.update(company)
        # confirmed: as if the member had opened the link mailed at registration
        user = register_member(
            {"email": email, "password": password, "role": role}, company_raw, confirmed=confirmed
        )
        db.session.commit()
        return user

    return create


@pytest.fixture
def operator(app):
    from marketplace.accounts.services import create_user

    user, _ = create_user("operator@example.com", "operator", PASSWORD)
    db.session.commit()
    return user


@pytest.fixture
def offer_factory(app, member_factory):
    """Create an offer: ``offer_factory(author=None, **fields)`` with valid defaults."""
    from marketplace.offers.services import create_offer

    def create(author=None, **fields):
        author = author or member_factory()
        raw = {
            "type": "sell",
            "title": "Stainless steel welded pipes",
            "description": "ASTM A312 TP304, 1/2 to 8 inch.",
            "hs_code": "730640",
        }
        raw.update(fields)
        offer = create_offer(author, raw)
        db.session.commit()
        return offer

    return create


class Auth:
    """Log a test client in and out through the real forms."""

    def __init__(self, client):
        self.client = client

    def login(self, email, password=PASSWORD):
        return self.client.post("/login", data={"email": email, "password": password})

    def logout(self):
        return self.client.post("/logout")


@pytest.fixture
def auth(client):
    return Auth(client)


def csrf_token_from(html: str) -> str:
    """The CSRF token embedded in a rendered page."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


@pytest.fixture
def count_queries(app):
    """Record the SQL statements the block runs: ``with count_queries() as statements:``.

    Every request of the test client goes through the app's engine, so a page's
    whole cost in statements is seen (SQLite's connection PRAGMAs aside).
    """
    from sqlalchemy import event

    @contextmanager
    def counting():
        statements: list[str] = []

        def record(conn, cursor, statement, parameters, context, executemany):
            if not statement.lstrip().upper().startswith("PRAGMA"):
                statements.append(statement)

        event.listen(db.engine, "before_cursor_execute", record)
        try:
            yield statements
        finally:
            event.remove(db.engine, "before_cursor_execute", record)

    return counting


@pytest.fixture
def sync(app):
    """Run the index writer until the queue is empty, as the worker would."""
    from marketplace.core.db import unit_of_work
    from marketplace.search.indexing import apply_pending
    from search_index.engine import engine

    def run():
        # Its own app context, hence its own database session, like the worker thread;
        # one unit of work per batch, as the worker commits them.
        with app.app_context():
            while True:
                with unit_of_work():
                    if not apply_pending(app.config["SEARCH_INDEX_DIR"]):
                        break

    yield run
    engine().close()


def wait_for(condition, timeout: float = 20.0) -> bool:
    """Poll ``condition`` until it holds or ``timeout`` seconds pass (for other processes)."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def remote_portal(directory, title: str, hs_code: str, country: str):
    """Another Tradewind on its own SQLite database, with one member and one sell offer."""
    from marketplace.accounts.services import register_member
    from marketplace.offers.services import create_offer

    app = make_app(
        directory, SERVER_NAME=None, SQLALCHEMY_DATABASE_URI=f"sqlite:///{directory}/remote.db"
    )
    with app.app_context():
        member = register_member(
            {"email": "seller@remote.example", "password": PASSWORD, "role": "exporter"},
            {"name": "Remote Co", "country": country, "business_type": "manufacturer"},
            confirmed=True,
        )
        create_offer(member, {"type": "sell", "title": title, "hs_code": hs_code})
        db.session.commit()
        db.session.remove()
    return app
