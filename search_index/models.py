"""The index queue: changes waiting to reach the search index.

Rows are added by a session hook in the same transaction as the change itself,
so a committed change is never forgotten, whatever happens to the worker.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, event, insert
from sqlalchemy.orm import Mapped, Session, mapped_column, scoped_session

from marketplace.core.db import Base, UTCDateTime, db, utcnow


class IndexQueueEntry(Base):
    """One entity (offer or company) whose index document must be refreshed."""

    __tablename__ = "index_queue"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    entity_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


def _kind_of(obj) -> str | None:
    from marketplace.companies.models import Company
    from marketplace.offers.models import Offer

    if isinstance(obj, Offer):
        return "offer"
    if isinstance(obj, Company):
        return "company"
    return None


def enqueue(session: Session | scoped_session, kind: str, entity_ids) -> None:
    """Queue entities for re-indexing inside the caller's transaction."""
    now = utcnow()
    rows = [{"kind": kind, "entity_id": i, "created_at": now} for i in sorted(set(entity_ids))]
    if rows:
        session.connection().execute(insert(IndexQueueEntry), rows)


@event.listens_for(db.session, "after_flush")
def _queue_changed_entities(session: Session, flush_context) -> None:
    # Runs for every flush of the app's sessions (bound to db.session, not every SQLAlchemy
    # Session in the process): offers and companies that were
    # inserted, changed or deleted get a queue row in the same transaction.
    pending: dict[str, set[int]] = {}
    for obj in (*session.new, *session.dirty, *session.deleted):
        kind = _kind_of(obj)
        if kind is None or obj.id is None:
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        pending.setdefault(kind, set()).add(obj.id)
    for kind, ids in pending.items():
        enqueue(session, kind, ids)
