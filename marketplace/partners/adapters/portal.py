"""Another Tradewind, searched through its ``GET /api/v1/offers``."""

from __future__ import annotations

import json
from datetime import datetime

from marketplace.partners.adapters.base import (
    MAX_SNIPPET,
    MAX_TITLE,
    PartnerError,
    Request,
    Response,
    Result,
    offer_type,
    plain_text,
    safe_url,
)
from search_index.contract import OfferQuery

PER_PAGE = 20


def search_request(partner, query: OfferQuery, discovered=None) -> Request:
    """The partner's offer search with our filters."""
    params = {"q": query.q, "per_page": str(PER_PAGE)}
    offer_type, category = query.only("type"), query.only("category")
    if offer_type:
        params["type"] = offer_type
    if category:
        params["category"] = partner.categories.get(category, category)
    return Request(
        url=f"{partner.url}/api/v1/offers", params=params, headers={"Accept": "application/json"}
    )


def _posted(value) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _table(item: dict, key: str) -> dict:
    value = item.get(key)
    return value if isinstance(value, dict) else {}


def parse_search(partner, response: Response) -> list[Result]:
    """Offers from a Tradewind answer."""
    if response.content_type != "application/json":
        raise PartnerError(
            "sent something other than search results", f"content-type {response.content_type!r}"
        )
    try:
        data = json.loads(response.body)
        items = data["results"]
        assert isinstance(items, list)
    except (ValueError, KeyError, TypeError, AssertionError) as exc:
        raise PartnerError(
            "sent a reply we could not read", f"{type(exc).__name__}: {exc}"
        ) from None
    results = []
    for item in items:
        if not isinstance(item, dict):
            continue
        url = safe_url(item.get("url"))
        title = plain_text(item.get("title"), MAX_TITLE)
        if not url or not title:
            continue
        category = _table(item, "category")
        company = _table(item, "company")
        origin = _table(item, "origin")
        if origin:  # a copy: the originating company is the one to show
            company = _table(origin, "company") or company
        results.append(
            Result(
                title=title,
                url=url,
                source=partner.name,
                snippet=plain_text(item.get("snippet") or item.get("description"), MAX_SNIPPET),
                type=offer_type(item.get("type")),
                category=plain_text(category.get("slug"), 40) or None,
                country=plain_text(item.get("origin_country") or company.get("country"), 2) or None,
                company=plain_text(company.get("name"), 120) or None,
                posted=_posted(item.get("created_at")),
                origin_url=safe_url(origin.get("url")),
            )
        )
    return results
