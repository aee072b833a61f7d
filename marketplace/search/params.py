"""Reading a search request from query-string arguments (shared by the page, API and feeds)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from marketplace.catalog import categories, terms
from search_index.contract import POSTED_WITHIN, SORTS, OfferQuery

HS_PREFIX = re.compile(r"^([0-9]{2,6}|[0-9]{4}\.[0-9]{2})$")  # empty means no filter
MAX_PER_PAGE = 100
MAX_PAGE = 10_000
MAX_CHOSEN = 20  # values of one facet filter
MAX_AMOUNT = Decimal("1e12")  # prices and quantities, as the posting form allows
REVERSED_PRICES = "The highest price is below the lowest: swap them or change one."


def _int(raw: str | None, default: int, low: int, high: int, name: str, errors: dict) -> int:
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        errors[name] = f"Use a whole number from {low} to {high}."
        return default
    return value


def _amount(raw: str | None, name: str, errors: dict, what: str) -> Decimal | None:
    """A price or quantity bound: a plain number of at least 0 (a comma may group thousands)."""
    text = (raw or "").strip().replace(",", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or not 0 <= value <= MAX_AMOUNT:
        errors[name] = f"Use a number of {what} from 0 up, such as 25 or 1250.50."
        return None
    return value


def _chosen(
    args: Mapping[str, str], name: str, valid, errors: dict, problem: str
) -> tuple[str, ...]:
    """The values of a facet filter: repeated (``country=KR&country=CN``) or comma-separated
    (``country=KR,CN``), each checked by ``valid`` (which answers the clean value or None)."""
    getlist = getattr(args, "getlist", None)
    raw = getlist(name) if getlist is not None else [args.get(name)]
    chosen: list[str] = []
    for item in raw:
        for part in str(item or "").split(","):
            if not part.strip():
                continue
            clean = valid(part.strip())
            if clean is None:
                errors[name] = problem
            elif clean not in chosen:
                chosen.append(clean)
    return tuple(chosen[:MAX_CHOSEN])


def parse_search_args(args: Mapping[str, str], per_page: int = 20) -> tuple[OfferQuery, dict]:
    """An :class:`OfferQuery` from ``args`` and a dict of problems with them.

    Pages may ignore the problems (a bad filter is simply not applied); the API
    reports them as 422. Any ``q`` is valid.
    """
    errors: dict[str, str] = {}
    values: dict = {"q": (args.get("q") or "")[:500]}
    values["type"] = _chosen(
        args, "type", lambda v: v if v in ("buy", "sell") else None, errors, "Use 'buy' or 'sell'."
    )
    values["category"] = _chosen(
        args,
        "category",
        lambda v: v if categories.get(v) is not None else None,
        errors,
        "Unknown category; GET /api/v1/categories lists them.",
    )
    values["country"] = _chosen(
        args,
        "country",
        lambda v: v.upper() if v.upper() in terms.countries() else None,
        errors,
        "Use ISO 3166-1 alpha-2 country codes such as KR.",
    )
    values["incoterm"] = _chosen(
        args,
        "incoterm",
        lambda v: v.upper() if v.upper() in terms.INCOTERMS else None,
        errors,
        "Use Incoterms 2020 rules such as FOB.",
    )
    hs_prefix = args.get("hs") or None
    if hs_prefix and not HS_PREFIX.match(hs_prefix):
        errors["hs"] = "Use 2 to 6 digits of an HS code, such as 7306 or 7306.40."
        hs_prefix = None
    elif hs_prefix:
        hs_prefix = hs_prefix.replace(".", "")
    values["hs"] = hs_prefix
    posted = _int(args.get("posted"), 0, 0, 3650, "posted", errors)
    if posted and posted not in POSTED_WITHIN:
        errors["posted"] = "Use 1, 7 or 30 (days)."
        posted = 0
    values["posted_within"] = posted or None
    verified = args.get("verified") or ""
    if verified not in ("", "0", "1", "true", "false"):
        errors["verified"] = "Use 1 (verified suppliers only) or 0."
    values["verified"] = verified in ("1", "true")
    values["price_min"] = _amount(args.get("price_min"), "price_min", errors, "US dollars")
    values["price_max"] = _amount(args.get("price_max"), "price_max", errors, "US dollars")
    if None not in (values["price_min"], values["price_max"]) and (
        values["price_min"] > values["price_max"]
    ):
        errors["price_max"] = REVERSED_PRICES
        values["price_min"] = values["price_max"] = None  # neither applies until it is fixed
    values["min_order_max"] = _amount(args.get("min_order_max"), "min_order_max", errors, "units")
    related = args.get("related") or ""
    if related not in ("", "0", "1", "true", "false"):
        errors["related"] = "Use 0 (only offers with the words) or 1."
    values["related"] = related not in ("0", "false")
    sort = args.get("sort") or "relevance"
    if sort not in SORTS:
        errors["sort"] = "Use " + ", ".join(SORTS[:-1]) + " or " + SORTS[-1] + "."
        sort = "relevance"
    values["sort"] = sort
    values["page"] = _int(args.get("page"), 1, 1, MAX_PAGE, "page", errors)
    values["per_page"] = _int(args.get("per_page"), per_page, 1, MAX_PER_PAGE, "per_page", errors)
    return OfferQuery(**values), errors
