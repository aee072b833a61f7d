"""Daily rollups: recompute the figures of every day that received new events.

Incremental: only days touched since the last run are recomputed, from their
own events. Figures are stored, so pruning raw events later changes nothing.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import case, delete, func, insert, select

from marketplace.activity.models import Event
from marketplace.core.db import changed_rows, db, utcnow
from marketplace.core.watermark import Watermark, advance, oldest_running
from marketplace.indicators.models import DailyFigure, RollupState

# metric -> (event kinds, the three dimension columns, count distinct companies?)
METRICS: dict[str, tuple[tuple[str, ...], tuple, bool]] = {
    "offers_posted": (("offer_posted",), (Event.category, Event.offer_type, Event.country), False),
    "offers_expired": (
        ("offer_expired",),
        (Event.category, Event.offer_type, Event.country),
        False,
    ),
    "offers_withdrawn": (
        ("offer_withdrawn",),
        (Event.category, Event.offer_type, Event.country),
        False,
    ),
    "offer_views": (
        ("offer_viewed",),
        (Event.actor_country, Event.actor_role, Event.category),
        False,
    ),
    "searches": (("search",), (Event.actor_country, Event.actor_role, Event.scope), False),
    "search_query": (("search",), (Event.query, Event.actor_country, Event.category), False),
    "registrations": (
        ("member_registered",),
        (Event.actor_country, Event.actor_role, Event.actor_size),
        False,
    ),
    "logins": (("login",), (Event.actor_country, Event.actor_role, Event.actor_size), False),
    "inquiries": (
        ("inquiry_sent",),
        (Event.actor_country, Event.actor_role, Event.category),
        False,
    ),
    "inquiries_answered": (
        ("inquiry_answered",),
        (Event.category, Event.actor_role, Event.actor_country),
        False,
    ),
}
ZERO_RESULT_METRIC = "search_zero"
ACTIVE_KINDS = ("offer_posted", "offer_edited", "inquiry_answered")
MIN_INTERVAL_SECONDS = 10


def _state() -> RollupState:
    state = db.session.get(RollupState, 1)
    if state is None:
        state = RollupState(id=1, last_event_id=0, gaps="")
        db.session.add(state)
    return state


def _mark(state: RollupState) -> Watermark:
    return Watermark.from_json(state.gaps) if state.gaps else Watermark(state.last_event_id or 0)


def _rows_for(day: date) -> list[dict]:
    rows: list[dict] = []
    for metric, (kinds, dims, _) in METRICS.items():
        query = (
            select(*dims, func.count())
            .where(Event.day == day, Event.kind.in_(kinds))
            .group_by(*dims)
        )
        rows += [
            {
                "day": day,
                "metric": metric,
                "dim1": r[0] or "",
                "dim2": r[1] or "",
                "dim3": r[2] or "",
                "value": r[3],
            }
            for r in db.session.execute(query)
        ]
    zero = (
        select(Event.query, Event.actor_country, Event.category, func.count())
        .where(Event.day == day, Event.kind == "search", Event.count == 0)
        .group_by(Event.query, Event.actor_country, Event.category)
    )
    rows += [
        {
            "day": day,
            "metric": ZERO_RESULT_METRIC,
            "dim1": r[0] or "",
            "dim2": r[1] or "",
            "dim3": r[2] or "",
            "value": r[3],
        }
        for r in db.session.execute(zero)
    ]
    hours = case(
        (Event.value_ms <= 24 * 3600_000, "24"),
        (Event.value_ms <= 48 * 3600_000, "48"),
        else_="later",
    )
    answered = (
        select(Event.category, hours, func.count())
        .where(Event.day == day, Event.kind == "inquiry_answered")
        .group_by(Event.category, hours)
    )
    rows += [
        {
            "day": day,
            "metric": "answered_within",
            "dim1": r[0] or "",
            "dim2": r[1],
            "dim3": "",
            "value": r[2],
        }
        for r in db.session.execute(answered)
    ]
    # One row per company active that day (posted, edited or answered), so that a
    # period's distinct active companies can be counted from rollups alone.
    active = (
        select(Event.company_id, Event.actor_size, Event.actor_role)
        .where(Event.day == day, Event.kind.in_(ACTIVE_KINDS), Event.company_id.is_not(None))
        .distinct()
    )
    rows += [
        {
            "day": day,
            "metric": "active_company",
            "dim1": str(r[0]),
            "dim2": r[1] or "",
            "dim3": r[2] or "",
            "value": 1,
        }
        for r in db.session.execute(active)
    ]
    return rows


def recompute_day(day: date) -> int:
    """Replace one day's figures with ones computed from its events."""
    db.session.execute(delete(DailyFigure).where(DailyFigure.day == day))
    rows = _rows_for(day)
    if rows:
        db.session.execute(insert(DailyFigure), rows)
    return len(rows)


def rollup(full: bool = False) -> int:
    """Recompute every day that received events since the last run; return days recomputed.

    Event ids are handed out when a transaction inserts, not when it commits: on
    PostgreSQL a request that commits late leaves an id below one the last run
    already read. The rollup's position is a watermark (``core.watermark``): such
    an id stays a gap, is read again each run until it commits or is known to have
    rolled back, and its day is recomputed (from all its events) when it appears.
    """
    state = _state()
    if full:  # from the oldest event kept: pruned ids are not gaps to wait for
        mark = Watermark(high=(db.session.scalar(select(func.min(Event.id))) or 1) - 1)
    else:
        mark = _mark(state)
    running = oldest_running()
    read = list(db.session.execute(select(Event.id, Event.day).where(Event.id > mark.high)))
    if mark.gaps:
        waited = select(Event.id, Event.day).where(mark.gaps_between(Event.id))
        read += [row for row in db.session.execute(waited) if mark.is_gap(row[0])]
    days = {day for _, day in read}
    for day in sorted(days):
        recompute_day(day)
    moved = advance(mark, (event_id for event_id, _ in read), running)
    state.last_event_id, state.gaps = moved.high, moved.to_json()
    return len(days)


def prune(keep_days: int) -> int:
    """Delete raw events older than ``keep_days`` whose days are rolled up."""
    state = _state()
    cutoff = utcnow().date() - timedelta(days=keep_days)
    return changed_rows(delete(Event).where(Event.day < cutoff, Event.id <= _mark(state).safe))
