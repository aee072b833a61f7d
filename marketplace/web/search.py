"""The search results page and the HS assistant endpoint."""

from __future__ import annotations

import time
from dataclasses import replace

from flask import Blueprint, jsonify, render_template, request, url_for
from flask_login import current_user

from marketplace.catalog import categories, terms
from marketplace.search.params import parse_search_args
from marketplace.search.services import find_companies, find_offers, record_search, unsearchable
from search_index import hs_assistant
from search_index.contract import POSTED_WITHIN, relaxed
from search_index.highlight import mark

bp = Blueprint("search", __name__)


def search_url(query, **changes) -> str:
    """The results URL for ``query`` with some parameters changed (None or () removes one);
    a facet filter's values repeat its parameter (``country=KR&country=CN``)."""
    merged = {
        "q": query.q,
        "type": list(query.type),
        "category": list(query.category),
        "country": list(query.country),
        "incoterm": list(query.incoterm),
        "hs": query.hs,
        "posted": query.posted_within,
        "verified": 1 if query.verified else None,
        "sort": None if query.sort == "relevance" else query.sort,
        "page": None,
    }
    merged.update({k: list(v) if isinstance(v, tuple) else v for k, v in changes.items()})
    return url_for("search.results", **{k: v for k, v in merged.items() if v})


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
    query, _problems = parse_search_args(request.args)
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
