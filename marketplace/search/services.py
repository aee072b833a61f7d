"""Offer search for the web pages and the API: the index first, the database as fallback."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from marketplace.catalog import exchange_rates as rates
from marketplace.companies.models import Company
from marketplace.core.db import db
from marketplace.offers.models import Offer
from marketplace.offers.queries import search_offers as database_search
from marketplace.offers.services import today
from search_index import hs_assistant
from search_index.contract import OfferQuery
from search_index.engine import engine
from search_index.query import parse


@dataclass
class SearchPage:
    """What a results page or API answer shows."""

    request: OfferQuery
    total: int
    offers: list[Offer]
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None
    terms: set[str] = field(default_factory=set)
    cjk: list[str] = field(default_factory=list)
    source: str = "index"
    related: tuple[str, ...] = ()  # HS headings whose offers were added (see with_related)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.request.per_page))


def _load_in_order(ids: list[int]) -> list[Offer]:
    if not ids:
        return []
    # One statement: offers, companies and photos joined (most offers have no or one
    # photo, so the join multiplies few rows; a second SELECT per page cost more).
    rows = db.session.scalars(
        select(Offer)
        .where(Offer.id.in_(ids))
        .options(joinedload(Offer.company), joinedload(Offer.photos))
    ).unique()
    by_id = {offer.id: offer for offer in rows}
    # The index may lag the database by a moment: drop what is no longer live.
    day = today()
    return [by_id[i] for i in ids if i in by_id and by_id[i].is_live(day)]


def record_search(
    request: OfferQuery, page: SearchPage, actor, elapsed_ms: int, scope: str = "local"
) -> None:
    """Count a search for the indicators (first pages only: paging is not a new search)."""
    from marketplace.activity import events

    if request.page == 1:
        events.record(
            "search",
            actor=actor,
            query=request.q,
            offer_type=request.only("type"),
            # An event holds one value per dimension (the indicators group by it):
            # a search for several categories or countries is counted without them.
            category=request.only("category"),
            country=request.only("country"),
            count=page.total,
            value_ms=elapsed_ms,
            scope=scope,
        )


def unsearchable(request: OfferQuery) -> bool:
    """True when the text holds nothing to search for (only symbols, emoji, stop words).

    Empty text browses every offer; text without a word, code or CJK character must
    not: "😀" answering with the whole catalogue helps nobody.
    """
    return bool(request.q.strip()) and parse(request.q).empty


def with_related(request: OfferQuery) -> OfferQuery:
    """The request with the HS headings its words name in everyday words of any language
    (``강관`` names 7306): offers classified there are found whatever their language."""
    if not request.related or not request.q.strip() or request.related_hs:
        return request
    return replace(request, related_hs=tuple(hs_assistant.related_headings(request.q)))


def find_offers(request: OfferQuery) -> SearchPage:
    """Run a search; when the index is unavailable, answer from the database instead."""
    if unsearchable(request):
        return SearchPage(request=request, total=0, offers=[], facets={})
    asked = request
    request = with_related(request)
    hits = engine().search_offers(request, today())
    if hits is not None:
        return SearchPage(
            request=request,
            total=hits.total,
            offers=_load_in_order(hits.ids),
            facets=hits.facets,
            suggestion=hits.suggestion,
            terms=hits.terms,
            cjk=hits.cjk,
            related=request.related_hs,
        )
    request = asked  # the database path matches words only
    page = database_search(request, rates.units_per_dollar())
    return SearchPage(
        request=request, total=page.total, offers=page.items, facets=page.facets, source="database"
    )


def find_companies(text: str, limit: int = 5, country: str | None = None) -> list[Company]:
    """Companies matching the search text, in ``country`` when the search is narrowed to
    one (none when the index is unavailable)."""
    ids = engine().search_companies(text, limit, country) or []
    if not ids:
        return []
    rows = {c.id: c for c in db.session.scalars(select(Company).where(Company.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]
