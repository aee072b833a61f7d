"""The index queue: changes waiting to reach the search index.

Rows are added in the same transaction as the change itself (the application's
session hook, ``marketplace.search.indexing``, calls :func:`enqueue`), so a
committed change is never forgotten, whatever happens to the worker.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, insert
from sqlalchemy.orm import Mapped, Session, mapped_column, scoped_session

from marketplace.core.db import Base, UTCDateTime, utcnow


class IndexQueueEntry(Base):
    """One entity (offer or company) whose index document must be refreshed."""

    __tablename__ = "index_queue"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    entity_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


def enqueue(session: Session | scoped_session, kind: str, entity_ids) -> None:
    """Queue entities for re-indexing inside the caller's transaction."""
    now = utcnow()
    rows = [{"kind": kind, "entity_id": i, "created_at": now} for i in sorted(set(entity_ids))]
    if rows:
        session.connection().execute(insert(IndexQueueEntry), rows)
