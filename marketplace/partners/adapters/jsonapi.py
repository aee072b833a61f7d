"""A JSON search API read through a field mapping given in the partner file.

    [partners.mapping]
    results = "data.items"   # where the list is (dotted path)
    title = "name"           # then, inside each item:
    url = "link"
    snippet = "summary"      # optional: type, category, country, company, posted
    errors = "unresponsive_engines"  # optional: where the site lists its own failures
    [partners.params]
    q = "query"              # the partner's names for our parameters (q, type, category)
    format = "json"          # any other key: a fixed value sent with every search

Fixed query parameters in ``url`` itself (``…/search?format=json``) are kept too.
"""

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


def _get(item, path: str | None):
    if not path:
        return None
    value = item
    for part in path.split("."):
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


OUR_PARAMS = ("q", "type", "category")


def search_request(partner, query: OfferQuery, discovered=None) -> Request:
    """The partner's search URL with our parameters under its names, plus its fixed ones."""
    names = {"q": "q", "type": "type", "category": "category"} | {
        k: v for k, v in partner.params.items() if k in OUR_PARAMS
    }
    params = {k: v for k, v in partner.params.items() if k not in OUR_PARAMS}
    params[names["q"]] = query.q
    offer_type, category = query.only("type"), query.only("category")
    if offer_type:
        params[names["type"]] = offer_type
    if category:
        params[names["category"]] = partner.categories.get(category, category)
    return Request(url=partner.url, params=params, headers={"Accept": "application/json"})


def _posted(value) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _data(response: Response):
    if "json" not in response.content_type:
        raise PartnerError(
            "sent something other than search results", f"content-type {response.content_type!r}"
        )
    try:
        return json.loads(response.body)
    except ValueError as exc:
        raise PartnerError("sent a reply we could not read", str(exc)) from None


def problems(partner, response: Response) -> str | None:
    """The site's own report of what failed on its side (mapping key ``errors``), if any."""
    path = partner.mapping.get("errors")
    if not path:
        return None
    reported = _get(_data(response), path)
    if not reported:
        return None
    if isinstance(reported, list):
        parts = [
            " ".join(plain_text(v, 80) for v in item)
            if isinstance(item, list)
            else plain_text(item, 120)
            for item in reported[:5]
        ]
        text = "; ".join(p for p in parts if p)
    else:
        text = plain_text(reported, 300)
    return f"answered only in part: {text}" if text else "answered only in part"


def parse_search(partner, response: Response) -> list[Result]:
    """Items found at the mapped path, read through the mapping."""
    data = _data(response)
    items = _get(data, partner.mapping["results"])
    if not isinstance(items, list):
        raise PartnerError(
            "sent a reply we could not read", f"{partner.mapping['results']!r} is not a list"
        )
    m = partner.mapping
    results = []
    for item in items:
        url = safe_url(_get(item, m.get("url", "url")))
        title = plain_text(_get(item, m.get("title", "title")), MAX_TITLE)
        if not url or not title:
            continue
        results.append(
            Result(
                title=title,
                url=url,
                source=partner.name,
                snippet=plain_text(_get(item, m.get("snippet")), MAX_SNIPPET),
                type=offer_type(_get(item, m.get("type"))),
                category=plain_text(_get(item, m.get("category")), 40) or None,
                country=plain_text(_get(item, m.get("country")), 2).upper() or None,
                company=plain_text(_get(item, m.get("company")), 120) or None,
                posted=_posted(_get(item, m.get("posted"))),
            )
        )
    return results
