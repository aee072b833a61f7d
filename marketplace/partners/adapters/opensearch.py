"""Any site with an OpenSearch 1.1 description whose results are RSS 2.0 or Atom.

Two steps: the description document (``partner.url``) gives a URL template,
which the runner keeps for a while; the search fills it in and the feed is
read with feedparser.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import quote

import feedparser
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

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

NS = "{http://a9.com/-/spec/opensearch/1.1/}"
FEED_TYPES = ("application/rss+xml", "application/atom+xml")
_PARAM = re.compile(r"\{([^}]+)\}")
PER_PAGE = 20


def discovery_request(partner) -> Request:
    """Fetch the description document."""
    return Request(url=partner.url, headers={"Accept": "application/opensearchdescription+xml"})


def parse_discovery(partner, response: Response) -> str:
    """The URL template for RSS or Atom results."""
    try:
        root = ElementTree.fromstring(response.body)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as exc:
        raise PartnerError("has a search description we could not read", str(exc)) from None
    templates = {}
    for url in root.iter(f"{NS}Url"):
        kind = (url.get("type") or "").split(";")[0].strip().lower()
        template = safe_url(url.get("template"))
        if kind in FEED_TYPES and template and "{searchTerms}" in template:
            templates[kind] = template
    for kind in FEED_TYPES:
        if kind in templates:
            return templates[kind]
    raise PartnerError(
        "offers no search results we can read (RSS or Atom)",
        "no <Url> with an RSS/Atom type and {searchTerms}",
    )


def _fill(template: str, query: OfferQuery) -> str:
    values = {
        "searchTerms": query.q,
        "count": str(PER_PAGE),
        "startPage": "1",
        "startIndex": "1",
        "language": "*",
        "inputEncoding": "UTF-8",
        "outputEncoding": "UTF-8",
    }

    def replace(match: re.Match) -> str:
        name = match.group(1).rstrip("?")
        name = name.split(":")[-1]  # namespaced parameters such as {tw:type?}
        offer_type, category = query.only("type"), query.only("category")
        if name == "type" and offer_type:
            return quote(offer_type)
        if name == "category" and category:
            return quote(category)
        return quote(values.get(name, ""), safe="")

    return _PARAM.sub(replace, template)


def search_request(partner, query: OfferQuery, discovered: str | None = None) -> Request:
    """Fill the template found by discovery."""
    if not discovered:
        raise PartnerError("has no search address", "discovery did not run")
    return Request(url=_fill(discovered, query))


def _posted(entry) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6]).replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def parse_search(partner, response: Response) -> list[Result]:
    """Entries of an RSS 2.0 or Atom feed."""
    if response.content_type not in (*FEED_TYPES, "application/xml", "text/xml"):
        raise PartnerError(
            "sent something other than search results", f"content-type {response.content_type!r}"
        )
    feed = feedparser.parse(response.body)
    if feed.bozo and not feed.entries:
        raise PartnerError("sent a reply we could not read", repr(feed.get("bozo_exception")))
    results = []
    for entry in feed.entries:
        url = safe_url(entry.get("link"))
        title = plain_text(entry.get("title"), MAX_TITLE)
        if not url or not title:
            continue
        tags = [t.get("term") for t in entry.get("tags", []) if isinstance(t, dict)]
        results.append(
            Result(
                title=title,
                url=url,
                source=partner.name,
                snippet=plain_text(entry.get("summary"), MAX_SNIPPET),
                type=offer_type(entry.get("tw_type")),
                category=plain_text(tags[0], 40) if tags and tags[0] else None,
                country=plain_text(entry.get("tw_country"), 2) or None,
                company=plain_text(entry.get("author"), 120) or None,
                posted=_posted(entry),
            )
        )
    return results
