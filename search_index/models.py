"""The change log every node's index follows, and where each node has got to.

A row is appended in the same transaction as the change itself (the application's
session hook, ``marketplace.search.indexing``, calls :func:`enqueue`), so a
committed change is never forgotten, whatever happens to any worker. Rows are
not consumed: each node keeps its own position (a :class:`~marketplace.core.
watermark.Watermark` stored beside its index) and reports it in ``index_node``,
and rows are pruned only once every node has passed them or after the retention
period (``search_index.writer.prune``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text, insert, text
from sqlalchemy.orm import Mapped, Session, mapped_column, scoped_session

from marketplace.core.db import Base, UTCDateTime, utcnow

# PostgreSQL channel the log's writers notify on commit (see marketplace.core.listen).
CHANNEL = "tradewind_changes"


class ChangeLogEntry(Base):
    """One entity (offer or company) whose index document must be refreshed."""

    __tablename__ = "change_log"
    # AUTOINCREMENT: SQLite would otherwise hand out the ids of pruned rows again,
    # and a node's position would skip the new rows that reuse them.
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy reads it

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    entity_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class ChangeLogState(Base):
    """The highest log id pruned: a node whose position is below it must rebuild."""

    __tablename__ = "change_log_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    pruned_through: Mapped[int] = mapped_column(Integer, default=0)


class IndexNode(Base):
    """A node's index, as it last reported: its position in the log and when."""

    __tablename__ = "index_node"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    engine: Mapped[str] = mapped_column(String(20))
    high: Mapped[int] = mapped_column(Integer, default=0)
    safe: Mapped[int] = mapped_column(Integer, default=0)
    waiting_for: Mapped[str] = mapped_column(Text, default="")  # gap ids, for operators
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


def enqueue(session: Session | scoped_session, kind: str, entity_ids) -> None:
    """Log changed entities inside the caller's transaction; nodes are woken at commit."""
    now = utcnow()
    rows = [{"kind": kind, "entity_id": i, "created_at": now} for i in sorted(set(entity_ids))]
    if rows:
        connection = session.connection()
        connection.execute(insert(ChangeLogEntry), rows)
        if connection.dialect.name == "postgresql":
            # Delivered when (and only if) this transaction commits; repeats fold into one.
            connection.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})
