"""INSERT … ON CONFLICT DO NOTHING on SQLite and PostgreSQL alike."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite

from marketplace.core.db import db


def insert_ignore(model, rows: list[dict]) -> None:
    """Insert rows, silently skipping those that clash with a unique key.

    For rows that concurrent requests may both create (a partner's state, a
    match between two offers): the loser neither fails nor loses its transaction.
    """
    if not rows:
        return
    dialect = postgresql if db.engine.dialect.name == "postgresql" else sqlite
    db.session.execute(dialect.insert(model).values(rows).on_conflict_do_nothing())
