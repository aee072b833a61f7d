"""Reading the dashboard's date range and filters from a query string."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from marketplace.catalog import categories, terms
from marketplace.core.db import utcnow
from marketplace.indicators.figures import GRANULARITIES, MEMBER_TYPES, Filters

MAX_DAYS = 3 * 366


def _date(value: str | None, default: date) -> tuple[date, str | None]:
    if not value:
        return default, None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return default, "Use a date as YYYY-MM-DD."
    if not date(2000, 1, 1) <= day <= date(2100, 12, 31):
        return default, "Use a date between 2000 and 2100."
    return day, None


def parse_filters(args: Mapping[str, str]) -> tuple[Filters, dict[str, str]]:
    """Filters from ``from``, ``to``, ``granularity``, ``category``, ``country``, ``member_type``.

    Defaults: the last 30 days, by day. Problems are returned for the API's 422;
    the dashboard shows them and uses the defaults.
    """
    errors: dict[str, str] = {}
    today = utcnow().date()
    end, problem = _date(args.get("to"), today)
    if problem:
        errors["to"] = problem
    start, problem = _date(args.get("from"), end - timedelta(days=29))
    if problem:
        errors["from"] = problem
    if start > end:
        errors["from"] = "The start must not be after the end."
        start = end - timedelta(days=29)
    if (end - start).days > MAX_DAYS:
        errors["from"] = "Choose a range of at most three years."
        start = end - timedelta(days=MAX_DAYS)
    granularity = args.get("granularity") or "day"
    if granularity not in GRANULARITIES:
        errors["granularity"] = "Use day, week or month."
        granularity = "day"
    category = args.get("category") or None
    if category and categories.get(category) is None:
        errors["category"] = "Unknown category."
        category = None
    country = (args.get("country") or "").upper() or None
    if country and country not in terms.countries():
        errors["country"] = "Use an ISO 3166-1 alpha-2 code such as KR."
        country = None
    member_type = args.get("member_type") or None
    if member_type and member_type not in MEMBER_TYPES:
        errors["member_type"] = "Use exporter or buyer."
        member_type = None
    return Filters(start, end, granularity, category, country, member_type), errors
