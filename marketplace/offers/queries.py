"""Filtered offer listings with facet counts, straight from the database.

This is the database search path: exact filters plus a plain word match on
title and description. The full-text engine in ``search_index`` replaces the
word match with ranked search; filters and facets keep the same meaning.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import selectinload
from sqlalchemy.sql.elements import ColumnElement

from marketplace.companies.models import Company
from marketplace.core.db import db, utcnow
from marketplace.offers.models import Offer, OfferOrigin
from marketplace.offers.services import live_offers
from search_index.contract import OfferQuery

FACETS = ("type", "category", "country")
_FACET_COLUMNS = {"type": Offer.type, "category": Offer.category, "country": Offer.origin_country}
# Without ranking, "relevance" reads as newest first, the order the index uses for ties.
_ORDER = {
    "relevance": (Offer.created_at.desc(), Offer.id.desc()),
    "newest": (Offer.created_at.desc(), Offer.id.desc()),
    "expiring": (Offer.valid_until.asc(), Offer.id.asc()),
}


@dataclass
class OfferPage:
    """One page of results with the total and per-facet counts."""

    total: int
    items: list[Offer]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def usd_price(rates: Mapping[str, Decimal]):
    """The offer's unit price in US dollars at ``rates`` (units per dollar), as SQL;
    NULL without a price or a rate for its currency."""
    converted: list[tuple[ColumnElement[bool], ColumnElement[Decimal | None]]]
    converted = [(Offer.price_currency == "USD", Offer.price_amount.expression)]
    converted += [
        (Offer.price_currency == currency, Offer.price_amount / rate)
        for currency, rate in sorted(rates.items())
    ]
    return case(*converted, else_=None)


def _conditions(
    filters: OfferQuery, skip: str | None = None, rates: Mapping[str, Decimal] | None = None
) -> list:
    conditions = []
    for word in filters.q.split()[:10]:
        pattern = f"%{_escape_like(word.lower())}%"
        conditions.append(
            or_(
                func.lower(Offer.title).like(pattern, escape="\\"),
                func.lower(Offer.description).like(pattern, escape="\\"),
            )
        )
    if filters.type and skip != "type":
        conditions.append(Offer.type.in_(filters.type))
    if filters.category and skip != "category":
        conditions.append(Offer.category.in_(filters.category))
    if filters.country and skip != "country":
        conditions.append(Offer.origin_country.in_(filters.country))
    if filters.hs:
        conditions.append(Offer.hs_code.startswith(filters.hs, autoescape=True))
    if filters.incoterm and skip != "incoterm":
        conditions.append(Offer.incoterm.in_(filters.incoterm))
    if filters.posted_within:
        conditions.append(Offer.created_at >= utcnow() - timedelta(days=filters.posted_within))
    if filters.verified:
        verified = select(Company.id).where(Company.verified.is_(True))
        copies = select(OfferOrigin.offer_id)
        conditions.append(Offer.company_id.in_(verified))
        conditions.append(Offer.id.not_in(copies))
    if filters.price_min is not None or filters.price_max is not None:
        price = usd_price(rates or {})
        conditions.append(price.is_not(None))
        if filters.price_min is not None:
            conditions.append(price >= filters.price_min)
        if filters.price_max is not None:
            conditions.append(price <= filters.price_max)
    if filters.min_order_max is not None:
        conditions.append(or_(Offer.min_order.is_(None), Offer.min_order <= filters.min_order_max))
    return conditions


def _order(filters: OfferQuery, rates: Mapping[str, Decimal]) -> tuple:
    if filters.sort in ("price_low", "price_high"):
        price = usd_price(rates)
        direction = price.asc() if filters.sort == "price_low" else price.desc()
        return (direction.nulls_last(), Offer.id.asc())
    return _ORDER.get(filters.sort, _ORDER["relevance"])


def search_offers(filters: OfferQuery, rates: Mapping[str, Decimal] | None = None) -> OfferPage:
    """Live offers matching ``filters`` (the same question the index answers), with facets.

    Filters, sort and paging mean what they mean for the index; only the word
    match is plainer (every word must appear in the title or description).
    ``rates`` (units of each currency per US dollar) convert prices for the
    price filter and sort.

    Each facet counts what the other filters leave, so a searcher sees how many
    offers each choice would give (the usual faceted-search convention).
    """
    rates = rates or {}
    base = live_offers().where(*_conditions(filters, rates=rates))
    total = db.session.scalar(select(func.count()).select_from(base.subquery())) or 0
    items = list(
        db.session.scalars(
            base.options(selectinload(Offer.company), selectinload(Offer.photos))
            .order_by(*_order(filters, rates))
            .limit(filters.per_page)
            .offset((filters.page - 1) * filters.per_page)
        )
    )
    facets = {}
    for name in FACETS:
        column = _FACET_COLUMNS[name]
        query = (
            live_offers()
            .with_only_columns(column, func.count())
            .where(*_conditions(filters, skip=name, rates=rates))
            .where(column.is_not(None))
            .group_by(column)
        )
        facets[name] = {key: count for key, count in db.session.execute(query)}
    return OfferPage(total=total, items=items, facets=facets)
