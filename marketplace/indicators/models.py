"""Activity events (append-only, no personal data) and their daily rollups."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.core.db import Base, UTCDateTime, utcnow


class Event(Base):
    """Something that happened, with the dimensions indicators group by.

    No names, e-mail addresses or message text: the acting company appears only
    as an id (to count distinct active companies), searches only as normalised
    query text.
    """

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_day_kind", "day", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    day: Mapped[date] = mapped_column(Date)
    actor_role: Mapped[str] = mapped_column(String(10), default="anonymous")
    actor_country: Mapped[str | None] = mapped_column(String(2))
    actor_size: Mapped[str | None] = mapped_column(String(5))
    company_id: Mapped[int | None] = mapped_column(Integer)
    offer_id: Mapped[int | None] = mapped_column(Integer, index=True)  # for members' own figures
    offer_type: Mapped[str | None] = mapped_column(String(4))
    category: Mapped[str | None] = mapped_column(String(40))
    hs_chapter: Mapped[str | None] = mapped_column(String(2))
    country: Mapped[str | None] = mapped_column(String(2))  # the offer's origin
    partner: Mapped[str | None] = mapped_column(String(40))
    outcome: Mapped[str | None] = mapped_column(String(12))
    query: Mapped[str | None] = mapped_column(String(200))
    scope: Mapped[str | None] = mapped_column(String(5))  # local | meta
    count: Mapped[int | None] = mapped_column(Integer)
    value_ms: Mapped[int | None] = mapped_column(Integer)  # latency or time to answer


class DailyFigure(Base):
    """One aggregate for one day: a metric, its dimension values, and the number.

    Rollups are recomputed per touched day by the worker, so the dashboard reads
    a few thousand rows however many raw events exist, and pruning old events
    leaves past figures unchanged.
    """

    __tablename__ = "daily_figure"
    __table_args__ = (
        UniqueConstraint("day", "metric", "dim1", "dim2", "dim3", name="uq_daily_figure"),
        Index("ix_daily_figure_metric_day", "metric", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    metric: Mapped[str] = mapped_column(String(30))
    dim1: Mapped[str] = mapped_column(String(200), default="")
    dim2: Mapped[str] = mapped_column(String(40), default="")
    dim3: Mapped[str] = mapped_column(String(40), default="")
    value: Mapped[int] = mapped_column(Integer, default=0)


class RollupState(Base):
    """How far the rollup has read the event log."""

    __tablename__ = "rollup_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_event_id: Mapped[int] = mapped_column(Integer, default=0)
