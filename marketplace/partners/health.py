"""Recording partner calls and suspending partners that keep failing.

State lives in the database: every web and worker process sees the same
suspensions, and a restart forgets nothing.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from marketplace.core.db import db, db_text, utcnow
from marketplace.core.upsert import insert_ignore
from marketplace.partners.models import PartnerCall, PartnerState

FAILURES_BEFORE_SUSPENSION = 3
BASE_SUSPENSION = timedelta(seconds=30)
MAX_SUSPENSION = timedelta(minutes=30)
STATS_WINDOW = 500  # most recent calls per partner used for the health figures


PURPOSES = ("search", "post", "lead")


def _default(name: str, purpose: str) -> PartnerState:
    return PartnerState(
        partner=name,
        purpose=purpose,
        consecutive_failures=0,
        manually_suspended=False,
        last_error="",
    )


def states(names, purpose: str = "search") -> dict[str, PartnerState]:
    """The stored state of each named partner for one purpose.

    Read only: a partner never recorded gets a fresh, unsaved state, so asking
    writes nothing (a meta-search must not hold a write lock while it waits
    for partners).
    """
    names = list(names)
    found = {
        s.partner: s
        for s in db.session.scalars(
            select(PartnerState).where(
                PartnerState.partner.in_(names), PartnerState.purpose == purpose
            )
        )
    }
    return {n: found.get(n) or _default(n, purpose) for n in names}


def _stored_state(name: str, purpose: str) -> PartnerState:
    # Two first calls at once may both insert: the second insert is a no-op.
    insert_ignore(
        PartnerState,
        [
            {
                "partner": name,
                "purpose": purpose,
                "consecutive_failures": 0,
                "manually_suspended": False,
                "last_error": "",
                "updated_at": utcnow(),
            }
        ],
    )
    state = db.session.get(PartnerState, (name, purpose))
    assert state is not None  # inserted just above, or already there
    return state


def is_suspended(state: PartnerState, now: datetime) -> bool:
    """Manually suspended, or inside an automatic back-off period."""
    return bool(state.manually_suspended) or bool(
        state.suspended_until and state.suspended_until > now
    )


def record(
    name: str,
    *,
    purpose: str,
    outcome: str,
    elapsed_ms: int,
    count: int = 0,
    http_status: int | None = None,
    detail: str = "",
) -> None:
    """Store one call and update the partner's failure streak for that purpose.

    Health is kept per (partner, purpose): postings a site refuses never pause
    its search, and a failing search never holds back postings. ``refused``
    (the site answered and said no) is not a failure of the site.
    """
    now = utcnow()
    detail = db_text(detail, 2000)
    db.session.add(
        PartnerCall(
            partner=name,
            purpose=purpose,
            started_at=now,
            outcome=outcome,
            elapsed_ms=elapsed_ms,
            result_count=count,
            http_status=http_status,
            detail=detail,
        )
    )
    if outcome in ("suspended", "refused"):
        return
    state = _stored_state(name, purpose)
    if outcome in ("ok", "partial"):
        state.consecutive_failures = 0
        state.suspended_until = None
    elif outcome in ("timeout", "error"):
        state.consecutive_failures += 1
        state.last_error = detail
        over = state.consecutive_failures - FAILURES_BEFORE_SUSPENSION
        if over >= 0:
            # Back off longer each time it fails again after a trial call.
            # The exponent is capped: a site down for days must not overflow the delay.
            state.suspended_until = now + min(
                BASE_SUSPENSION * (2 ** min(over, 16)), MAX_SUSPENSION
            )


def set_manual(name: str, suspended: bool, purpose: str = "search") -> None:
    """An operator suspends or resumes a partner by hand."""
    state = _stored_state(name, purpose)
    state.manually_suspended = suspended
    if not suspended:
        state.suspended_until = None
        state.consecutive_failures = 0


@dataclass
class Health:
    """Figures for the operators' partner page."""

    calls: int
    ok: int
    errors: int
    timeouts: int
    p50_ms: float | None
    p95_ms: float | None

    @property
    def error_rate(self) -> float:
        return (self.errors + self.timeouts) / self.calls if self.calls else 0.0


def health(name: str, purpose: str = "search") -> Health:
    """Response times and failure rates over a partner's recent calls."""
    rows = db.session.execute(
        select(PartnerCall.outcome, PartnerCall.elapsed_ms)
        .where(
            PartnerCall.partner == name,
            PartnerCall.purpose == purpose,
            PartnerCall.outcome != "suspended",
        )
        .order_by(PartnerCall.id.desc())
        .limit(STATS_WINDOW)
    ).all()
    times = sorted(ms for outcome, ms in rows if outcome == "ok")

    def pct(p: float) -> float | None:
        if not times:
            return None
        return float(times[min(len(times) - 1, round(p * (len(times) - 1)))])

    return Health(
        calls=len(rows),
        ok=len(times),
        errors=sum(1 for o, _ in rows if o == "error"),
        timeouts=sum(1 for o, _ in rows if o == "timeout"),
        p50_ms=statistics.median(times) if times else None,
        p95_ms=pct(0.95),
    )


def troubled(now: datetime) -> list[PartnerState]:
    """Partner states that are paused or have failed lately, for the operators' console."""
    return [
        state
        for state in db.session.scalars(select(PartnerState))
        if is_suspended(state, now) or state.consecutive_failures > 0
    ]
