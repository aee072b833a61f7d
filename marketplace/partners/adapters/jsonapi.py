"""A JSON search API read through a field mapping given in the partner file.

    [partners.mapping]
    results = "data.items"   # where the list is (dotted path)
    title = "name"           # then, inside each item:
    url = "link"
    snippet = "summary"      # optional: type, category, country, company, posted
    [partners.params]
    q = "query"              # the partner's names for our parameters (q, type, category)
"""
from __future__ import annotations

import json
from datetime import datetime

from marketplace.partners.adapters.base import (MAX_SNIPPET, MAX_TITLE, MetaQuery, PartnerError,
                                                Request, Response, Result, offer_type, plain_text,
                                                safe_url)


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


def search_request(partner, query: MetaQuery, discovered=None) -> Request:
    """The partner's search URL with our parameters under its names."""
    names = {"q": "q", "type": "type", "category": "category"} | partner.params
    params = {names["q"]: query.q}
    if query.type:
        params[names["type"]] = query.type
    if query.category:
        params[names["category"]] = partner.categories.get(query.category, query.category)
    return Request(url=partner.url, params=params, headers={"Accept": "application/json"})


def _posted(value) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def parse_search(partner, response: Response) -> list[Result]:
    """Items found at the mapped path, read through the mapping."""
    if "json" not in response.content_type:
        raise PartnerError("sent something other than search results",
                           f"content-type {response.content_type!r}")
    try:
        data = json.loads(response.body)
    except ValueError as exc:
        raise PartnerError("sent a reply we could not read", str(exc)) from None
    items = _get(data, partner.mapping["results"])
    if not isinstance(items, list):
        raise PartnerError("sent a reply we could not read",
                           f"{partner.mapping['results']!r} is not a list")
    m = partner.mapping
    results = []
    for item in items:
        url = safe_url(_get(item, m.get("url", "url")))
        title = plain_text(_get(item, m.get("title", "title")), MAX_TITLE)
        if not url or not title:
            continue
        results.append(Result(
            title=title, url=url, source=partner.name,
            snippet=plain_text(_get(item, m.get("snippet")), MAX_SNIPPET),
            type=offer_type(_get(item, m.get("type"))),
            category=plain_text(_get(item, m.get("category")), 40) or None,
            country=plain_text(_get(item, m.get("country")), 2).upper() or None,
            company=plain_text(_get(item, m.get("company")), 120) or None,
            posted=_posted(_get(item, m.get("posted")))))
    return results
