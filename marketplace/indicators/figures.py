"""The indicators operators read, computed from daily rollups (and a few live tables).

Each indicator is a :class:`Table`: the dashboard draws it as a chart with the
table under it, offers it as CSV, and the API returns it as JSON. They are
registered in ``TABLES`` by a short id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from marketplace.catalog import categories
from marketplace.companies.models import Company
from marketplace.core.db import db
from marketplace.deals.models import Quotation
from marketplace.indicators.models import DailyFigure
from marketplace.offers.models import Offer
from marketplace.partners.models import PartnerCall, PartnerState
from marketplace.posting.models import Posting

GRANULARITIES = ("day", "week", "month")
MEMBER_TYPES = ("exporter", "buyer")


@dataclass(frozen=True)
class Filters:
    """The date range, bucket size and optional narrowing of every indicator."""

    start: date
    end: date
    granularity: str = "day"
    category: str | None = None
    country: str | None = None
    member_type: str | None = None


@dataclass
class Table:
    """One indicator: columns, rows, and which columns a chart plots."""

    id: str
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    chart_label: int | tuple[int, ...] = 0  # several columns: joined ("GB · buyer")
    chart_values: tuple[int, ...] = (1,)
    note: str = ""

    def label(self, row: list):
        """The chart's label of a row (a raw cell: the page formats days and months)."""
        if isinstance(self.chart_label, int):
            return row[self.chart_label]
        return " · ".join(str(row[i]) for i in self.chart_label)

    def as_dicts(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]


_DIMS = {"dim1": DailyFigure.dim1, "dim2": DailyFigure.dim2, "dim3": DailyFigure.dim3}


def _figures(metric: str, f: Filters, *conditions, by=("dim1", "dim2", "dim3")):
    """Sums of a metric over the range, grouped by the named dimensions only.

    Rows are ``(*by, total)``; grouping in SQL by just what a table shows keeps
    a year of figures to a few hundred rows in Python.
    """
    columns = [_DIMS[name] for name in by]
    query = (
        select(*columns, func.sum(DailyFigure.value))
        .where(
            DailyFigure.metric == metric,
            DailyFigure.day >= f.start,
            DailyFigure.day <= f.end,
            *conditions,
        )
        .group_by(*columns)
    )
    return db.session.execute(query).all()


def _bucket(day: date, granularity: str) -> str:
    if granularity == "week":
        monday = day - timedelta(days=day.weekday())
        return monday.isoformat()
    if granularity == "month":
        return day.strftime("%Y-%m")
    return day.isoformat()


def _category_name(slug: str) -> str:
    category = categories.get(slug)
    return str(category.name) if category else (slug or "—")


def activity_over_time(f: Filters) -> Table:
    """Offers posted, searches, offer views and registrations per day, week or month."""
    metrics = ("offers_posted", "searches", "offer_views", "registrations")
    conditions: dict[str, list] = {
        "offers_posted": [],
        "searches": [],
        "offer_views": [],
        "registrations": [],
    }
    if f.category:
        conditions["offers_posted"].append(DailyFigure.dim1 == f.category)
        conditions["offer_views"].append(DailyFigure.dim3 == f.category)
    if f.country:
        conditions["offers_posted"].append(DailyFigure.dim3 == f.country)
        for m in ("searches", "offer_views", "registrations"):
            conditions[m].append(DailyFigure.dim1 == f.country)
    if f.member_type:
        for m in ("searches", "offer_views", "registrations"):
            conditions[m].append(DailyFigure.dim2 == f.member_type)
    buckets: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(metrics, 0))
    day = f.start
    while day <= f.end:  # every bucket appears, even when nothing happened
        buckets[_bucket(day, f.granularity)]
        day += timedelta(days=1)
    for metric in metrics:
        query = (
            select(DailyFigure.day, func.sum(DailyFigure.value))
            .where(
                DailyFigure.metric == metric,
                DailyFigure.day >= f.start,
                DailyFigure.day <= f.end,
                *conditions[metric],
            )
            .group_by(DailyFigure.day)
        )
        for day, value in db.session.execute(query):
            buckets[_bucket(day, f.granularity)][metric] += int(value)
    rows = [[label, *(values[m] for m in metrics)] for label, values in sorted(buckets.items())]
    return Table(
        "activity",
        "Activity over time",
        [f.granularity, "offers posted", "searches", "offer views", "registrations"],
        rows,
        # Registrations (a few a day) would be slivers beside hundreds of views: they
        # have their own chart (registrations_over_time).
        chart_values=(1, 2, 3),
    )


def registrations_over_time(f: Filters) -> Table:
    """Members registered per day, week or month, exporters and buyers apart."""
    buckets: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(MEMBER_TYPES, 0))
    day = f.start
    while day <= f.end:
        buckets[_bucket(day, f.granularity)]
        day += timedelta(days=1)
    conds = [DailyFigure.dim1 == f.country] if f.country else []
    query = (
        select(DailyFigure.day, DailyFigure.dim2, func.sum(DailyFigure.value))
        .where(
            DailyFigure.metric == "registrations",
            DailyFigure.day >= f.start,
            DailyFigure.day <= f.end,
            *conds,
        )
        .group_by(DailyFigure.day, DailyFigure.dim2)
    )
    for day, role, value in db.session.execute(query):
        if role in MEMBER_TYPES:
            buckets[_bucket(day, f.granularity)][role] += int(value)
    rows = [[label, *(v[t] for t in MEMBER_TYPES)] for label, v in sorted(buckets.items())]
    return Table(
        "registrations",
        "Registrations over time",
        [f.granularity, "exporters", "buyers"],
        rows,
        chart_values=(1, 2),
    )


def offers_by_category(f: Filters) -> Table:
    """Offers posted in the period by category and type, with offers live now and expired."""
    posted: dict[str, dict[str, int]] = defaultdict(lambda: {"sell": 0, "buy": 0})
    conds = [DailyFigure.dim3 == f.country] if f.country else []
    for cat, offer_type, value in _figures("offers_posted", f, *conds, by=("dim1", "dim2")):
        posted[cat][offer_type or "sell"] += int(value)
    expired: dict[str, int] = defaultdict(int)
    for cat, value in _figures("offers_expired", f, *conds, by=("dim1",)):
        expired[cat] += int(value)
    live_query = select(Offer.category, func.count()).where(Offer.live()).group_by(Offer.category)
    if f.country:
        live_query = live_query.where(Offer.origin_country == f.country)
    live: dict[str, int] = {k: v for k, v in db.session.execute(live_query).all()}
    rows = []
    for category in categories.CATEGORIES:
        if f.category and category.slug != f.category:
            continue
        p = posted.get(category.slug, {"sell": 0, "buy": 0})
        rows.append(
            [
                str(category.name),
                p["sell"],
                p["buy"],
                p["sell"] + p["buy"],
                live.get(category.slug, 0),
                expired.get(category.slug, 0),
            ]
        )
    return Table(
        "offers-by-category",
        "Offers by category and type",
        ["category", "sell posted", "buy posted", "posted", "active now", "expired"],
        rows,
        chart_values=(1, 2),
    )


def offers_by_country(f: Filters) -> Table:
    """Offers posted in the period by origin country."""
    counts: dict[str, int] = defaultdict(int)
    conds = [DailyFigure.dim1 == f.category] if f.category else []
    for country, value in _figures("offers_posted", f, *conds, by=("dim3",)):
        counts[country or "not given"] += int(value)
    rows = [[c, v] for c, v in sorted(counts.items(), key=lambda cv: (-cv[1], cv[0]))]
    return Table(
        "offers-by-country", "Offers posted by origin country", ["country", "offers posted"], rows
    )


def utilisation(f: Filters) -> Table:
    """Share of SME (and large) member companies that posted, updated or answered in the period."""
    end = datetime.combine(f.end, time.max, tzinfo=UTC)
    registered: dict[str, int] = dict(
        db.session.execute(  # type: ignore[arg-type]
            select(Company.size_class, func.count())
            .where(Company.created_at <= end)
            .group_by(Company.size_class)
        ).all()
    )
    active: dict[str, set] = defaultdict(set)
    conds = [DailyFigure.dim3 == f.member_type] if f.member_type else []
    for company_id, size, _value in _figures("active_company", f, *conds, by=("dim1", "dim2")):
        active[size].add(company_id)
    rows = []
    for size, label in (("sme", "SME"), ("large", "large")):
        total, used = registered.get(size, 0), len(active.get(size, ()))
        rows.append([label, total, used, round(100 * used / total, 1) if total else 0.0])
    return Table(
        "utilisation",
        "E-trade utilisation by company size",
        ["size class", "member companies", "active in period", "share active (%)"],
        rows,
        chart_values=(3,),
        note="Active: posted or updated an offer, or answered an inquiry, in the period.",
    )


def buyer_activity(f: Filters) -> Table:
    """Foreign buyers' searches, offer views and inquiries by buyer country."""
    role = DailyFigure.dim2 == "buyer"
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for index, metric in enumerate(("searches", "offer_views", "inquiries")):
        conds = [role] + ([DailyFigure.dim1 == f.country] if f.country else [])
        for country, value in _figures(metric, f, *conds, by=("dim1",)):
            counts[country or "—"][index] += int(value)
    rows = [[c, *v] for c, v in sorted(counts.items(), key=lambda cv: (-sum(cv[1]), cv[0]))]
    return Table(
        "buyer-activity",
        "Foreign buyer activity by country",
        ["buyer country", "searches", "offer views", "inquiries"],
        rows,
        chart_values=(1, 2, 3),
    )


def _top_queries(metric: str, f: Filters, limit: int = 20) -> list[list]:
    conds = []
    if f.country:
        conds.append(DailyFigure.dim2 == f.country)
    if f.category:
        conds.append(DailyFigure.dim3 == f.category)
    counts: dict[str, int] = defaultdict(int)
    for query, value in _figures(metric, f, *conds, by=("dim1",)):
        counts[query or "(browse without words)"] += int(value)
    return [[q, v] for q, v in sorted(counts.items(), key=lambda qv: (-qv[1], qv[0]))[:limit]]


def top_searches(f: Filters) -> Table:
    """The most frequent searches."""
    return Table(
        "top-searches", "Top searches", ["query", "searches"], _top_queries("search_query", f)
    )


def unmet_demand(f: Filters) -> Table:
    """The most frequent searches that found nothing: demand no offer meets."""
    return Table(
        "unmet-demand",
        "Top zero-result searches (unmet demand)",
        ["query", "searches without results"],
        _top_queries("search_zero", f),
    )


def conversion(f: Filters) -> Table:
    """Search -> offer view -> inquiry -> answered inquiry."""

    def total(metric, *conds):
        return sum(int(r[0] or 0) for r in _figures(metric, f, *conds, by=()))

    country = [DailyFigure.dim1 == f.country] if f.country else []
    steps = [
        ("searches", total("searches", *country)),
        ("offer views", total("offer_views", *country)),
        ("inquiries", total("inquiries", *country)),
        ("answered inquiries", total("inquiries_answered")),
    ]
    first = steps[0][1] or 1
    rows = [[name, value, round(100 * value / first, 1)] for name, value in steps]
    return Table("conversion", "Conversion", ["step", "count", "% of searches"], rows)


def answer_times(f: Filters) -> Table:
    """Inquiries and how many were answered within 24 and 48 hours, by category."""
    received: dict[str, int] = defaultdict(int)
    for category, value in _figures("inquiries", f, by=("dim3",)):
        received[category] += int(value)
    within: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for category, hours, value in _figures("answered_within", f, by=("dim1", "dim2")):
        if hours == "24":
            within[category][0] += int(value)
        if hours in ("24", "48"):
            within[category][1] += int(value)
    rows = []
    for category in categories.CATEGORIES:
        n = received.get(category.slug, 0)
        a24, a48 = within.get(category.slug, [0, 0])
        if n or a24 or a48:
            rows.append([str(category.name), n, a24, a48, round(100 * a24 / n, 1) if n else 0.0])
    return Table(
        "answer-times",
        "Inquiries answered within 24 h and 48 h",
        ["category", "inquiries", "answered ≤ 24 h", "answered ≤ 48 h", "≤ 24 h (%)"],
        rows,
        chart_values=(1, 2, 3),
    )


def _pct(values: list[int], p: float) -> int | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def partner_sites(f: Filters) -> Table:
    """Meta-search latency and failures, and multi-posting success, per partner site."""
    start = datetime.combine(f.start, time.min, tzinfo=UTC)
    end = datetime.combine(f.end, time.max, tzinfo=UTC)
    calls = db.session.execute(
        select(
            PartnerCall.partner, PartnerCall.purpose, PartnerCall.outcome, PartnerCall.elapsed_ms
        ).where(PartnerCall.started_at >= start, PartnerCall.started_at <= end)
    ).all()
    by_partner: dict[str, dict] = defaultdict(lambda: {"search": [], "post": []})
    for partner, purpose, outcome, elapsed in calls:
        by_partner[partner][purpose].append((outcome, elapsed))
    posted = db.session.execute(
        select(Posting.partner, Posting.created_at, Posting.changed_at).where(
            Posting.state == "posted", Posting.changed_at >= start, Posting.changed_at <= end
        )
    ).all()
    to_posted: dict[str, list[int]] = defaultdict(list)
    for partner, created, changed in posted:
        to_posted[partner].append(int((changed - created).total_seconds() * 1000))
    suspended = {
        s.partner
        for s in db.session.scalars(select(PartnerState))
        if s.manually_suspended or s.suspended_until
    }
    rows = []
    for partner in sorted(set(by_partner) | set(to_posted)):
        search = [c for c in by_partner[partner]["search"] if c[0] != "suspended"]
        ok_times = [ms for outcome, ms in search if outcome == "ok"]
        n = len(search) or 1
        post = by_partner[partner]["post"]
        rows.append(
            [
                partner,
                len(search),
                _pct(ok_times, 0.5),
                _pct(ok_times, 0.95),
                round(100 * sum(1 for o, _ in search if o == "error") / n, 1),
                round(100 * sum(1 for o, _ in search if o == "timeout") / n, 1),
                sum(1 for o, _ in by_partner[partner]["search"] if o == "suspended"),
                "yes" if partner in suspended else "no",
                len(post),
                round(100 * sum(1 for o, _ in post if o == "ok") / (len(post) or 1), 1),
                _pct(to_posted.get(partner, []), 0.5),
            ]
        )
    return Table(
        "partner-sites",
        "Partner sites",
        [
            "partner",
            "searches",
            "p50 ms",
            "p95 ms",
            "errors %",
            "timeouts %",
            "calls while paused",
            "paused now",
            "posting attempts",
            "posting success %",
            "time to posted p50 ms",
        ],
        rows,
        chart_values=(2, 3),
    )


def members(f: Filters) -> Table:
    """Members registered in the period and active (logged in), by country and type."""
    counts: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for index, metric in enumerate(("registrations", "logins")):
        conds = []
        if f.country:
            conds.append(DailyFigure.dim1 == f.country)
        if f.member_type:
            conds.append(DailyFigure.dim2 == f.member_type)
        for country, role, value in _figures(metric, f, *conds, by=("dim1", "dim2")):
            if role in MEMBER_TYPES:
                counts[(country or "—", role)][index] += int(value)
    rows = sorted(([c, r, *v] for (c, r), v in counts.items()), key=lambda x: (-x[2], x[0]))
    return Table(
        "members",
        "Members registered and active",
        ["country", "member type", "registered", "log-ins"],
        rows,
        chart_label=(0, 1),
        chart_values=(2, 3),
    )


def quotations(f: Filters) -> Table:
    """Quotations received in the period, by the request's category: how many per request,
    how long the first one took, and how many the buyers accepted (of those decided).

    The country filter is the supplier's country."""
    start = datetime.combine(f.start, time.min, tzinfo=UTC)
    end = datetime.combine(f.end, time.max, tzinfo=UTC)
    query = (
        select(Quotation.offer_id, Quotation.status, Offer.category, Offer.created_at)
        .join(Offer, Offer.id == Quotation.offer_id)
        .join(Company, Company.id == Quotation.company_id)
        .where(Quotation.created_at >= start, Quotation.created_at <= end)
    )
    if f.category:
        query = query.where(Offer.category == f.category)
    if f.country:
        query = query.where(Company.country == f.country)
    found = db.session.execute(query).all()
    first: dict[int, datetime] = {
        offer_id: at
        for offer_id, at in db.session.execute(
            select(Quotation.offer_id, func.min(Quotation.created_at))
            .where(Quotation.offer_id.in_({r.offer_id for r in found}))
            .group_by(Quotation.offer_id)
        )
    }
    by_category: dict[str, dict] = defaultdict(
        lambda: {"requests": set(), "n": 0, "accepted": 0, "decided": 0, "hours": {}}
    )
    for row in found:
        entry = by_category[row.category]
        entry["requests"].add(row.offer_id)
        entry["n"] += 1
        entry["accepted"] += row.status == "accepted"
        entry["decided"] += row.status in ("accepted", "declined")
        posted = row.created_at
        entry["hours"][row.offer_id] = (first[row.offer_id] - posted).total_seconds() / 3600
    rows = []
    for category in categories.CATEGORIES:
        if category.slug not in by_category:
            continue
        entry = by_category[category.slug]
        requests = len(entry["requests"])
        median = _pct([round(h) for h in entry["hours"].values()], 0.5)
        rows.append(
            [
                str(category.name),
                requests,
                entry["n"],
                round(entry["n"] / requests, 1),
                median,
                entry["accepted"],
                round(100 * entry["accepted"] / entry["decided"], 1) if entry["decided"] else None,
            ]
        )
    return Table(
        "quotations",
        "Quotations on buying requests",
        [
            "category",
            "requests quoted",
            "quotations",
            "quotations per request",
            "median hours to first quotation",
            "accepted",
            "accepted of decided (%)",
        ],
        rows,
        chart_values=(1, 2, 5),
        note="The country filter is the supplier's country.",
    )


TABLES: dict[str, Callable[[Filters], Table]] = {
    "activity": activity_over_time,
    "registrations": registrations_over_time,
    "offers-by-category": offers_by_category,
    "offers-by-country": offers_by_country,
    "utilisation": utilisation,
    "buyer-activity": buyer_activity,
    "top-searches": top_searches,
    "unmet-demand": unmet_demand,
    "conversion": conversion,
    "answer-times": answer_times,
    "partner-sites": partner_sites,
    "members": members,
    "quotations": quotations,
}
