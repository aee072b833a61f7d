"""INSERT … ON CONFLICT on SQLite and PostgreSQL alike: do nothing, or update."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite

from marketplace.core.db import db


def _dialect():
    return postgresql if db.engine.dialect.name == "postgresql" else sqlite


def insert_ignore(model, rows: list[dict]) -> None:
    """Insert rows, silently skipping those that clash with a unique key.

    For rows that concurrent requests may both create (a partner's state, a
    match between two offers): the loser neither fails nor loses its transaction.
    """
    if not rows:
        return
    db.session.execute(_dialect().insert(model).values(rows).on_conflict_do_nothing())


def upsert(model, key: dict, values: dict, on_insert: dict | None = None) -> None:
    """Insert the row ``key`` with ``values`` (and ``on_insert``), or update its ``values``.

    One statement, so concurrent writers of the same row (the processes of one node
    reporting, say) never clash on its primary key.
    """
    statement = _dialect().insert(model).values({**key, **(on_insert or {}), **values})
    db.session.execute(statement.on_conflict_do_update(index_elements=list(key), set_=values))
