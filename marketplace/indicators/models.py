"""Daily rollups of the activity log (``marketplace.activity``) and how far they have read."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.core.db import Base


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
    """How far the rollup has read the event log (a ``core.watermark.Watermark``)."""

    __tablename__ = "rollup_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_event_id: Mapped[int] = mapped_column(Integer, default=0)  # the watermark's high
    gaps: Mapped[str] = mapped_column(Text, default="")  # the watermark, as JSON
