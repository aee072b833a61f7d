"""What callers ask a search engine and what they get back, whatever the engine.

The rest of the portal speaks only these types: the web page, the API, the
database fallback, alerts and the meta-search all build an :class:`OfferQuery`,
and every engine answers with :class:`OfferHits`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

FACET_FIELDS = ("type", "category", "country", "incoterm")
POSTED_WITHIN = (1, 7, 30)  # days
SORTS = ("relevance", "newest", "expiring", "price_low", "price_high")
# Offers without a price (or in a currency without a rate) have none in US cents: they
# sort after every priced offer both ways and never pass a price filter.
NO_PRICE = -1
NO_PRICE_LAST = 2**62  # the same offers' key when cheapest come first


@dataclass(frozen=True)
class OfferQuery:
    """A searcher's question: text plus optional filters, sort and page.

    ``facets`` says which facet counts the caller will show: an engine computes
    only those (each costs a pass over the matching documents). "posted" is the
    "posted within" facet.
    """

    q: str = ""
    # Facet filters: any of the values chosen (none: no filter); different facets combine.
    type: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    incoterm: tuple[str, ...] = ()
    hs: str | None = None
    posted_within: int | None = None
    verified: bool = False  # only offers of companies Tradewind verified
    # Unit price in US dollars (converted at the operators' reference rates), either bound.
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    # Offers whose minimum order is at most this many of their units (or that state none).
    min_order_max: Decimal | None = None
    # HS headings the words name (hs_assistant.related_headings): offers classified there
    # are found too, ranked below those with the words, whatever language they are in.
    related_hs: tuple[str, ...] = ()
    related: bool = True  # False: the buyer asked for the words only
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    facets: tuple[str, ...] = (*FACET_FIELDS, "posted")

    def filters(self) -> dict[str, tuple[str, ...]]:
        """The facet filters in force, by field: the values any of which may match."""
        return {f: getattr(self, f) for f in FACET_FIELDS if getattr(self, f)}

    def only(self, name: str) -> str | None:
        """The one value chosen for a facet filter, or None when none or several are
        (for partner sites, which each take a single type or category)."""
        values = getattr(self, name)
        return values[0] if len(values) == 1 else None


@dataclass
class OfferHits:
    """A page of matching offer ids, in order, with what the page needs to explain them."""

    total: int
    ids: list[int]
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None
    terms: set[str] = field(default_factory=set)
    cjk: list[str] = field(default_factory=list)
    elapsed_ms: float = 0.0


def us_cents(amount: Decimal) -> int:
    """A US-dollar amount as the whole cents the index holds (rounded down)."""
    return int(amount * 100)


def thousandths(quantity: Decimal) -> int:
    """A quantity as the whole thousandths of a unit the index holds (rounded down)."""
    return int(quantity * 1000)


def price_bounds(request: OfferQuery) -> list[tuple[str, int, int | None]]:
    """The numeric ranges the price and minimum-order filters ask of the index, as
    ``(field, lowest, highest or None)`` over the values :mod:`schema` describes."""
    bounds: list[tuple[str, int, int | None]] = []
    if request.price_min is not None or request.price_max is not None:
        low = us_cents(request.price_min) if request.price_min is not None else 0
        high = us_cents(request.price_max) if request.price_max is not None else None
        bounds.append(("price", low, high))  # from 0: never the unpriced (NO_PRICE)
    if request.min_order_max is not None:
        bounds.append(("min_order", 0, thousandths(request.min_order_max)))
    return bounds


def posted_since_ms(now: float, days: int) -> int:
    """The ``created`` value (epoch milliseconds) an offer posted ``days`` before ``now`` has."""
    return int((now - days * 86400) * 1000)


def relaxed(request: OfferQuery) -> list[tuple[str, OfferQuery]]:
    """Versions of a request with one filter removed each, for a zero-result page."""
    options = []
    for name in (*FACET_FIELDS, "hs", "posted_within", "verified"):
        if getattr(request, name):
            cleared = () if name in FACET_FIELDS else None
            options.append((name, replace(request, **{name: cleared}, page=1)))  # type: ignore[arg-type]
    if request.price_min is not None or request.price_max is not None:
        options.append(("price", replace(request, price_min=None, price_max=None, page=1)))
    if request.min_order_max is not None:
        options.append(("min_order_max", replace(request, min_order_max=None, page=1)))
    return options
