"""Periodic jobs that run once per interval however many workers there are.

A job's row in ``periodic_job`` is its claim: a worker runs the job only if its
UPDATE moves ``last_run_at`` forward, inside the same transaction as the job.
While that transaction is open the row stays locked, so a second worker's UPDATE
waits and then finds the interval not yet over (PostgreSQL re-checks the row
after the lock; SQLite has one writer at a time). No lock files, no leader:
the database decides.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Integer, String, update
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.core.db import Base, UTCDateTime, changed_rows, utcnow
from marketplace.core.upsert import insert_ignore

NEVER = datetime(2000, 1, 1, tzinfo=UTC)


class PeriodicJob(Base):
    """When a periodic job last ran, and where."""

    __tablename__ = "periodic_job"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    last_run_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ran_by: Mapped[str] = mapped_column(String(200), default="")
    runs: Mapped[int] = mapped_column(Integer, default=0)


def claim(name: str, every: timedelta, by: str) -> bool:
    """True when this worker should run ``name`` now (call inside the job's transaction)."""
    insert_ignore(PeriodicJob, [{"name": name, "last_run_at": NEVER, "ran_by": "", "runs": 0}])
    now = utcnow()
    return (
        changed_rows(
            update(PeriodicJob)
            .where(PeriodicJob.name == name, PeriodicJob.last_run_at <= now - every)
            .values(last_run_at=now, ran_by=by[:200], runs=PeriodicJob.runs + 1)
        )
        == 1
    )
