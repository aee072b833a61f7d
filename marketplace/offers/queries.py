"""Filtered offer listings with facet counts, straight from the database.

This is the database search path: exact filters plus a plain word match on
title and description. The full-text engine in ``search_index`` replaces the
word match with ranked search; filters and facets keep the same meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

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


def _conditions(filters: OfferQuery, skip: str | None = None) -> list:
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
    return conditions


def search_offers(filters: OfferQuery) -> OfferPage:
    """Live offers matching ``filters`` (the same question the index answers), with facets.

    Filters, sort and paging mean what they mean for the index; only the word
    match is plainer (every word must appear in the title or description).

    Each facet counts what the other filters leave, so a searcher sees how many
    offers each choice would give (the usual faceted-search convention).
    """
    base = live_offers().where(*_conditions(filters))
    total = db.session.scalar(select(func.count()).select_from(base.subquery())) or 0
    items = list(
        db.session.scalars(
            base.options(selectinload(Offer.company), selectinload(Offer.photos))
            .order_by(*_ORDER.get(filters.sort, _ORDER["relevance"]))
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
            .where(*_conditions(filters, skip=name))
            .where(column.is_not(None))
            .group_by(column)
        )
        facets[name] = {key: count for key, count in db.session.execute(query)}
    return OfferPage(total=total, items=items, facets=facets)
