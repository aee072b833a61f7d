"""The Company model: the business behind one or more members."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.core.db import Base, Timestamped, UTCDateTime

BUSINESS_TYPES = ("manufacturer", "trading", "buyer", "service")
SIZE_CLASSES = ("sme", "large")


class Company(Timestamped, Base):
    """A supplier or an importing company, with its public profile."""

    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2), index=True)
    city: Mapped[str] = mapped_column(String(80), default="")
    business_type: Mapped[str] = mapped_column(String(20), index=True)
    size_class: Mapped[str] = mapped_column(String(10), default="sme")
    year_established: Mapped[int | None] = mapped_column(Integer)
    website: Mapped[str] = mapped_column(String(200), default="")
    main_products: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # What Tradewind checked, kept here for every page that shows a company (cards,
    # profiles, threads) and for the search filter; ``marketplace.trust`` maintains both
    # from its verification records. ``verifications`` is a list of
    # {"scope", "detail", "at", "until"} (ISO dates; "until" None when it does not lapse).
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    verifications: Mapped[list] = mapped_column(JSON, default=list)
    # How the company answers inquiries (last 90 days), refreshed by a periodic job.
    inquiries_received: Mapped[int] = mapped_column(Integer, default=0)
    response_rate: Mapped[float | None] = mapped_column(Float)  # share answered, 0..1
    response_hours: Mapped[float | None] = mapped_column(Float)  # median time to a first answer
    # Set when an operator blocks the company (its members cannot log in, its offers are hidden).
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    blocked_reason: Mapped[str] = mapped_column(Text, default="")

    def __repr__(self) -> str:
        return f"<Company {self.id} {self.name!r}>"
