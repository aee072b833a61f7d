"""The activity event: append-only, no personal data."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Index, Integer, String
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
