"""Meta-search as the pages and the API use it: this portal plus every partner, merged."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace

from cachetools import TTLCache
from flask import current_app, url_for

from marketplace.catalog import categories
from marketplace.partners import registry
from marketplace.partners.adapters.base import Result
from marketplace.partners.merge import merge
from marketplace.partners.runner import SourceStatus, fan_out
from search_index.contract import OfferQuery

CACHE_SECONDS = 60

_cache: TTLCache = TTLCache(maxsize=500, ttl=CACHE_SECONDS)
_cache_lock = threading.Lock()


@dataclass
class MetaAnswer:
    """Merged results and how each site did."""

    query: OfferQuery
    results: list[Result]
    sources: list[SourceStatus]
    cached: bool = False
    terms: set[str] = field(default_factory=set)


def _local_name() -> str:
    """This portal's own source name in a meta-search (its PORTAL_NAME)."""
    return current_app.config["PORTAL_NAME"]


def _local(query: OfferQuery) -> tuple[list[Result], SourceStatus]:
    from marketplace.search.services import find_offers

    started = time.monotonic()
    page = find_offers(replace(query, facets=()))  # merged results show no facets
    results = [
        Result(
            title=o.title,
            url=url_for("offers.show", offer_id=o.id, _external=True),
            source=_local_name(),
            snippet=(o.description or "")[:400],
            type=o.type,
            category=o.category,
            country=o.origin_country or o.seller_country,
            company=o.seller_name,
            posted=o.created_at,
            origin_url=o.origin.url if o.origin else None,
        )
        for o in page.offers
    ]
    status = SourceStatus(
        _local_name(),
        current_app.config["PORTAL_TITLE"],
        "ok",
        count=len(results),
        elapsed_ms=int((time.monotonic() - started) * 1000),
    )
    return results, status


def meta_query(args) -> OfferQuery:
    """The search a meta-search page or API call asks for: text, type and category.

    The same query type as a local search; partners are asked only what every kind
    of site understands, so other filters in the arguments are ignored.
    """
    offer_type = args.get("type") if args.get("type") in ("buy", "sell") else None
    category = args.get("category") if categories.get(args.get("category") or "") else None
    return OfferQuery(
        q=(args.get("q") or "")[:200],
        type=(offer_type,) if offer_type else (),
        category=(category,) if category else (),
    )


def metasearch(query: OfferQuery, actor=None) -> MetaAnswer:
    """Search this portal and every partner at once; identical searches are cached briefly."""
    from marketplace.activity import events

    started = time.monotonic()
    answer = _metasearch(query)
    events.record(
        "search",
        actor=actor,
        query=query.q,
        offer_type=query.only("type"),
        category=query.only("category"),
        count=len(answer.results),
        scope="meta",
        value_ms=int((time.monotonic() - started) * 1000),
    )
    return answer


def _metasearch(query: OfferQuery) -> MetaAnswer:
    from search_index.query import highlight_terms, parse

    sites = registry.searchable()
    key = (query, tuple(p.name for p in sites))
    with _cache_lock:
        cached = _cache.get(key)
    if cached is not None:
        return MetaAnswer(cached.query, cached.results, cached.sources, True, cached.terms)
    outcome, (local_results, local_status) = fan_out(
        sites, query, current_app.config["METASEARCH_DEADLINE"], alongside=lambda: _local(query)
    )
    titles = {_local_name(): current_app.config["PORTAL_TITLE"], **{p.name: p.title for p in sites}}
    merged = merge({_local_name(): local_results, **outcome.results}, titles)
    answer = MetaAnswer(
        query, merged, [local_status, *outcome.sources], terms=highlight_terms(parse(query.q), {})
    )
    with _cache_lock:
        _cache[key] = answer
    return answer


def clear_cache() -> None:
    """Forget cached meta-searches (tests, and after an operator changes a partner)."""
    with _cache_lock:
        _cache.clear()
