"""Partner health, kept in the database so every process sees the same state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.core.db import Base, UTCDateTime, utcnow

OUTCOMES = ("ok", "partial", "refused", "timeout", "error", "suspended")


class PartnerCall(Base):
    """One call to a partner site: what we asked, how long it took, what came back."""

    __tablename__ = "partner_call"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner: Mapped[str] = mapped_column(String(40), index=True)
    purpose: Mapped[str] = mapped_column(String(10), default="search")  # search | post | lead
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    elapsed_ms: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(10))
    http_status: Mapped[int | None] = mapped_column(Integer)
    result_count: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[str] = mapped_column(Text, default="")  # for engineers: error and first bytes


class PartnerState(Base):
    """Whether a partner is suspended for one purpose (search, post, lead), and why."""

    __tablename__ = "partner_state"

    partner: Mapped[str] = mapped_column(String(40), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(10), primary_key=True, default="search")
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    suspended_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    manually_suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    last_error: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
