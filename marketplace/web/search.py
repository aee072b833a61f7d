"""The search results page and the HS assistant endpoint."""

from __future__ import annotations

import time
from dataclasses import replace

from flask import Blueprint, jsonify, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from marketplace.catalog import categories, hs, terms
from marketplace.catalog import exchange_rates as rates
from marketplace.search.params import REVERSED_PRICES, parse_search_args
from marketplace.search.services import find_companies, find_offers, record_search, unsearchable
from search_index import hs_assistant
from search_index.contract import POSTED_WITHIN, relaxed
from search_index.highlight import mark

bp = Blueprint("search", __name__)


def _parameters(query) -> dict:
    """The query-string parameters that ask for ``query`` (empty ones included)."""
    return {
        "q": query.q,
        "type": list(query.type),
        "category": list(query.category),
        "country": list(query.country),
        "incoterm": list(query.incoterm),
        "hs": query.hs,
        "posted": query.posted_within,
        "verified": 1 if query.verified else None,
        "price_min": _plain(query.price_min),
        "price_max": _plain(query.price_max),
        "min_order_max": _plain(query.min_order_max),
        "related": None if query.related else "0",
        "sort": None if query.sort == "relevance" else query.sort,
        "page": None,
    }


def _plain(amount) -> str | None:
    # "25", not "25.00" or "2.5E+1": the number as a buyer would type it in the address.
    return None if amount is None else format(amount.normalize(), "f")


def search_url(query, **changes) -> str:
    """The results URL for ``query`` with some parameters changed (None or () removes one);
    a facet filter's values repeat its parameter (``country=KR&country=CN``)."""
    merged = _parameters(query)
    merged.update({k: list(v) if isinstance(v, tuple) else v for k, v in changes.items()})
    return url_for("search.results", **{k: v for k, v in merged.items() if v})


def hidden_fields(query, *without: str) -> list[tuple[str, str]]:
    """``(name, value)`` pairs that carry ``query`` through a form, except the ``without``
    parameters (the ones the form itself asks for)."""
    pairs = []
    for name, value in _parameters(query).items():
        if name in without or not value:
            continue
        for one in value if isinstance(value, list) else [value]:
            pairs.append((name, str(one)))
    return pairs


def usd_prices(offers) -> dict[int, rates.Converted]:
    """Offers' unit prices in US dollars at the reference rates (those not in dollars and
    with a rate), for the cards of a search filtered or sorted by price."""
    table = rates.table()
    converted = {}
    for offer in offers:
        if offer.price_amount is None or offer.price_currency in (None, rates.BASE):
            continue
        value = rates.convert(offer.price_amount, offer.price_currency, rates.BASE, table)
        if value is not None:
            converted[offer.id] = value
    return converted


def facet_url(query, name: str, value: str) -> str:
    """The results with ``value`` added to the facet filter ``name``, or taken out of it."""
    if name == "posted":
        return search_url(query, posted=None if str(query.posted_within) == value else value)
    chosen = getattr(query, name)
    changed = tuple(v for v in chosen if v != value) if value in chosen else (*chosen, value)
    return search_url(query, **{name: changed})


def clear_url(query) -> str:
    """The same words with every filter taken off."""
    return url_for("search.results", q=query.q or None)


@bp.get("/search")
def results():
    """Offers matching the query, with facets, snippets and help when nothing matches."""
    query, problems = parse_search_args(request.args)
    started = time.perf_counter()
    page = find_offers(query)
    record_search(query, page, current_user, int((time.perf_counter() - started) * 1000))
    nothing_to_search = unsearchable(query)
    alternatives = []
    if page.total == 0 and not nothing_to_search:
        for name, looser in relaxed(query):
            count = find_offers(replace(looser, per_page=1)).total
            if count:
                alternatives.append((name, looser, count))
    companies = (
        find_companies(query.q, 4, query.only("country")) if query.q and query.page == 1 else []
    )
    return render_template(
        "search/results.html",
        page=page,
        query=query,
        mark=mark,
        search_url=search_url,
        facet_url=facet_url,
        clear_url=clear_url,
        categories=categories,
        countries=terms.countries(),
        incoterms=terms.INCOTERMS,
        posted_options=POSTED_WITHIN,
        alternatives=alternatives,
        companies=companies,
        unsearchable=nothing_to_search,
        hidden_fields=hidden_fields,
        range_problems=range_problems(problems),
        entered=request.args,
        usd=usd_prices(page.offers) if by_price(query) else {},
        related=[(code, _heading_text(code)) for code in page.related],
    )


def range_problems(problems: dict) -> dict:
    """What the sidebar's price and minimum-order boxes say about what was typed in them
    (the page shows results without a bound it could not read, and keeps the text)."""
    said = {}
    if problems.get("price_max") == REVERSED_PRICES:
        said["price"] = _("The highest price is below the lowest: swap them or change one.")
    elif "price_min" in problems or "price_max" in problems:
        said["price"] = _("Enter a price in US dollars, such as 25 or 1250.50.")
    if "min_order_max" in problems:
        said["min_order_max"] = _("Enter a quantity of at least 0, such as 100.")
    return said


def _heading_text(code: str) -> str:
    entry = hs.lookup(code)
    return entry.description if entry else ""


def by_price(query) -> bool:
    """True when the buyer filters or sorts by price (the cards then add dollar prices)."""
    return (
        query.price_min is not None
        or query.price_max is not None
        or query.sort in ("price_low", "price_high")
    )


@bp.get("/hs/suggest")
def hs_suggest():
    """Likely HS subheadings for a product title: ``?title=...`` -> JSON list."""
    title = (request.args.get("title") or "")[:200]
    return jsonify(
        [
            {
                "code": s.code,
                "description": s.description,
                "heading": s.heading,
                "category": s.category_slug,
                "category_name": s.category_name,
            }
            for s in hs_assistant.suggest(title)
        ]
    )
