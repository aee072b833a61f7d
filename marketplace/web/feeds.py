"""Tradewind as a good partner for others: OpenSearch description, RSS 2.0 and Atom feeds.

The feeds take the same ``q``, ``type`` and ``category`` parameters as the search
page and carry OpenSearch response elements, so another Tradewind (or any
OpenSearch client) can search this one.
"""

from __future__ import annotations

from email.utils import format_datetime

from flask import Blueprint, make_response, render_template, request

from marketplace.core.fields import decimal_str
from marketplace.search.params import parse_search_args
from marketplace.search.services import find_offers

bp = Blueprint("feeds", __name__)
FEED_PAGE = 20


def _feed(template: str, mimetype: str):
    query, _problems = parse_search_args(request.args, per_page=FEED_PAGE)
    page = find_offers(query)
    body = render_template(
        template,
        page=page,
        query=query,
        rfc822=format_datetime,
        decimal_str=decimal_str,
        start_index=(query.page - 1) * query.per_page + 1,
    )
    response = make_response(body)
    response.mimetype = mimetype
    return response


@bp.get("/feeds/offers.rss")
def rss():
    """Offers matching the query as RSS 2.0, newest first unless a query ranks them."""
    return _feed("feeds/offers.rss.xml", "application/rss+xml")


@bp.get("/feeds/offers.atom")
def atom():
    """The same as Atom 1.0."""
    return _feed("feeds/offers.atom.xml", "application/atom+xml")


@bp.get("/opensearch.xml")
def opensearch_description():
    """The OpenSearch 1.1 description document."""
    response = make_response(render_template("feeds/opensearch.xml"))
    response.mimetype = "application/opensearchdescription+xml"
    return response
