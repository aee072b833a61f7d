"""A member's own figures: is posting working? Views, inquiries and quotations of the
company's offers over a period, per day and per offer, beside the period before."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, func, select

from marketplace.activity.models import Event
from marketplace.conversations.models import Inquiry
from marketplace.core.db import db
from marketplace.deals.models import Quotation
from marketplace.offers.models import Offer, today
from marketplace.posting.models import Posting

PERIODS = (30, 90)
SERIES = ("views", "inquiries", "quotations")


@dataclass
class OfferFigures:
    """One offer's figures in the period, and the partner sites it is posted on."""

    views: int = 0
    inquiries: int = 0
    quotations: int = 0
    posted_on: int = 0


@dataclass
class Performance:
    """The company's figures over ``days`` days ending today."""

    days: int
    start: date
    end: date
    daily: dict[str, list[int]] = field(default_factory=dict)  # one value per day, oldest first
    totals: dict[str, int] = field(default_factory=dict)
    before: dict[str, int] = field(default_factory=dict)  # the same length of time just before
    offers: dict[int, OfferFigures] = field(default_factory=dict)
    live_offers: int = 0
    posted_offers: int = 0  # offers on at least one partner site

    def change(self, name: str) -> int | None:
        """Percent change on the period before, or None when there was nothing before."""
        before = self.before.get(name, 0)
        if not before:
            return None
        return round((self.totals.get(name, 0) - before) * 100 / before)

    @property
    def days_list(self) -> list[date]:
        """The days of the period, oldest first (the x axis of the trend charts)."""
        return [self.start + timedelta(days=n) for n in range(self.days)]


def _midnight(day: date) -> datetime:
    # Timestamps are compared with timestamps (never with the text date() gives on
    # SQLite), so the filter reads the same on SQLite and PostgreSQL and can use an index.
    return datetime.combine(day, time.min, tzinfo=UTC)


def _per_day(query, start: date, days: int) -> list[int]:
    # date() answers a string on SQLite and a date on PostgreSQL.
    counts = {
        (date.fromisoformat(day) if isinstance(day, str) else day): count
        for day, count in db.session.execute(query)
    }
    return [int(counts.get(start + timedelta(days=n), 0)) for n in range(days)]


def performance(company_id: int, days: int = 30) -> Performance:
    """What the company's offers earned over the last ``days`` days (30 or 90), by day and offer.

    A view is a visitor opening the offer's page (the owner's own visits are not counted);
    inquiries are messages opening a conversation; quotations are suppliers' prices on
    the company's buying requests.
    """
    days = days if days in PERIODS else PERIODS[0]
    end = today()
    start = end - timedelta(days=days - 1)
    before_start = start - timedelta(days=days)
    own = select(Offer.id).where(Offer.company_id == company_id)
    result = Performance(days=days, start=start, end=end)

    view_day = Event.day
    views = (
        select(view_day, func.count())
        .where(Event.kind == "offer_viewed", Event.offer_id.in_(own), view_day >= start)
        .group_by(view_day)
    )
    inquiry_day = func.date(Inquiry.created_at)
    inquiries = (
        select(inquiry_day, func.count())
        .where(
            Inquiry.offer_id.in_(own),
            Inquiry.kind == "inquiry",
            Inquiry.created_at >= _midnight(start),
        )
        .group_by(inquiry_day)
    )
    quote_day = func.date(Quotation.created_at)
    quotations = (
        select(quote_day, func.count())
        .where(Quotation.offer_id.in_(own), Quotation.created_at >= _midnight(start))
        .group_by(quote_day)
    )
    result.daily["views"] = _per_day(views, start, days)
    result.daily["inquiries"] = _per_day(inquiries, start, days)
    result.daily["quotations"] = _per_day(quotations, start, days)
    result.totals = {name: sum(values) for name, values in result.daily.items()}
    result.before = {
        "views": _count(
            select(func.count()).where(
                Event.kind == "offer_viewed",
                Event.offer_id.in_(own),
                Event.day >= before_start,
                Event.day < start,
            )
        ),
        "inquiries": _count(
            select(func.count()).where(
                Inquiry.offer_id.in_(own),
                Inquiry.kind == "inquiry",
                Inquiry.created_at >= _midnight(before_start),
                Inquiry.created_at < _midnight(start),
            )
        ),
        "quotations": _count(
            select(func.count()).where(
                Quotation.offer_id.in_(own),
                Quotation.created_at >= _midnight(before_start),
                Quotation.created_at < _midnight(start),
            )
        ),
    }
    result.offers = _per_offer(company_id, start)
    result.live_offers = _count(
        select(func.count()).where(Offer.company_id == company_id, Offer.live())
    )
    result.posted_offers = sum(1 for figures in result.offers.values() if figures.posted_on)
    return result


def _count(query) -> int:
    return int(db.session.scalar(query) or 0)


def _per_offer(company_id: int, start: date) -> dict[int, OfferFigures]:
    ids = list(db.session.scalars(select(Offer.id).where(Offer.company_id == company_id)))
    figures = {offer_id: OfferFigures() for offer_id in ids}
    if not ids:
        return figures
    queries: dict[str, Select] = {
        "views": select(Event.offer_id, func.count())
        .where(Event.kind == "offer_viewed", Event.offer_id.in_(ids), Event.day >= start)
        .group_by(Event.offer_id),
        "inquiries": select(Inquiry.offer_id, func.count())
        .where(
            Inquiry.offer_id.in_(ids),
            Inquiry.kind == "inquiry",
            Inquiry.created_at >= _midnight(start),
        )
        .group_by(Inquiry.offer_id),
        "quotations": select(Quotation.offer_id, func.count())
        .where(Quotation.offer_id.in_(ids), Quotation.created_at >= _midnight(start))
        .group_by(Quotation.offer_id),
        "posted_on": select(Posting.offer_id, func.count())
        .where(Posting.offer_id.in_(ids), Posting.state == "posted")
        .group_by(Posting.offer_id),
    }
    for name, query in queries.items():
        for offer_id, count in db.session.execute(query):
            setattr(figures[offer_id], name, int(count))
    return figures
