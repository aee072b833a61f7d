"""The Company model: the business behind one or more members."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.core.db import Base, Timestamped

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
    verified: Mapped[bool] = mapped_column(Boolean, default=False)

    def __repr__(self) -> str:
        return f"<Company {self.id} {self.name!r}>"
