"""How each company answers inquiries: share answered and median time to a first answer.

Over the last 90 days, counting inquiry threads (not those a quotation opened) started by members here or relayed
from partner sites about the company's own offers. Refreshed by a periodic job
into the company's row, so profiles, offer pages, search ranking and matching
read it without an aggregate per page; a company whose figures change is
re-indexed (the change log follows the row).
"""

from __future__ import annotations

from datetime import timedelta
from statistics import median

from sqlalchemy import select

from marketplace.companies.models import Company
from marketplace.conversations.models import Inquiry
from marketplace.core.db import db, utcnow

WINDOW = timedelta(days=90)


def refresh_all() -> int:
    """Recompute every company's figures; how many companies changed."""
    since = utcnow() - WINDOW
    rows = db.session.execute(
        select(Inquiry.owner_company_id, Inquiry.created_at, Inquiry.first_answer_at).where(
            Inquiry.created_at >= since, Inquiry.kind == "inquiry"
        )
    )
    received: dict[int, int] = {}
    waits: dict[int, list[float]] = {}
    for company_id, created_at, answered_at in rows:
        received[company_id] = received.get(company_id, 0) + 1
        if answered_at is not None:
            hours = max(0.0, (answered_at - created_at).total_seconds() / 3600)
            waits.setdefault(company_id, []).append(hours)
    changed = 0
    for company in db.session.scalars(select(Company)):
        count = received.get(company.id, 0)
        answered = waits.get(company.id, [])
        rate = round(len(answered) / count, 3) if count else None
        hours = round(median(answered), 1) if answered else None
        if (company.inquiries_received, company.response_rate, company.response_hours) != (
            count,
            rate,
            hours,
        ):
            company.inquiries_received, company.response_rate = count, rate
            company.response_hours = hours
            changed += 1
    db.session.flush()
    return changed
