"""The exchange-rate table operators keep, and indicative conversions through it.

Reference data, as the HS nomenclature and the currency list are: quotations compare
through it and the search index puts offers' prices into US dollars with it. Operators
change it through :mod:`marketplace.deals.rates`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Date, ForeignKey, Numeric, String, select
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.core.db import Base, UTCDateTime, db, utcnow

BASE = "USD"
# A rate older than this is still used, but the comparison says it is old.
STALE_AFTER_DAYS = 14


@dataclass(frozen=True)
class Converted:
    """An amount shown in another currency, with the date of the older rate behind it."""

    amount: Decimal
    currency: str
    as_of: date | None  # None: no conversion was needed


def table() -> dict[str, ExchangeRate]:
    """Every rate an operator has set, by currency code."""
    return {r.currency: r for r in db.session.scalars(select(ExchangeRate))}


def units_per_dollar() -> dict[str, Decimal]:
    """Units of each currency one US dollar buys, for every rate an operator has set."""
    rows = db.session.execute(select(ExchangeRate.currency, ExchangeRate.per_usd))
    return {currency: per_usd for currency, per_usd in rows if per_usd and per_usd > 0}


def convert(
    amount: Decimal, source: str, target: str, rates: Mapping[str, ExchangeRate]
) -> Converted | None:
    """``amount`` in ``source`` expressed in ``target``; None when a rate is missing."""
    if source == target:
        return Converted(amount, target, None)
    factors, dates = [], []
    for code in (source, target):
        if code == BASE:
            factors.append(Decimal(1))
            continue
        rate = rates.get(code)
        if rate is None:
            return None
        factors.append(rate.per_usd)
        dates.append(rate.as_of)
    value = (amount / factors[0] * factors[1]).quantize(Decimal("0.0001"), ROUND_HALF_UP)
    return Converted(value, target, min(dates))


class ExchangeRate(Base):
    """How many units of ``currency`` one US dollar buys, as an operator last set it.

    Used to show quotations side by side in one currency and to filter and sort
    offers by price, always marked indicative and dated: the price in its own
    currency is what binds.
    """

    __tablename__ = "exchange_rate"

    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    per_usd: Mapped[Decimal] = mapped_column(Numeric(24, 8))
    as_of: Mapped[date] = mapped_column(Date)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
