"""A history of activity for the demo: so the indicators have something to show.

Events for every demo offer posted and every member registered, at the dates
the demo data says, plus a few months of searches, offer views and log-ins by
buyers from many countries (including searches nothing matches).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import insert

from marketplace.activity.events import normalise_query, offer_fields
from marketplace.activity.models import Event
from marketplace.core.db import db

SEARCHES = [
    "stainless steel pipes",
    "led lights",
    "green tea",
    "cotton t-shirts",
    "solar panels",
    "frozen shrimp",
    "car tyres",
    "office furniture",
    "ginseng",
    "kimchi",
    "7306",
    "강관",
    "laptop",
    "skin care",
    "copper wire",
    "titanium bolts",
    "graphene sheets",
    "organic quinoa",
    "drone batteries",
]
UNMET = {"titanium bolts", "graphene sheets", "organic quinoa", "drone batteries"}
BUYER_COUNTRIES = ["DE", "US", "JP", "VN", "GB", "FR", "AE", "IN", "BR", "AU", "NL", "MX"]
HISTORY_DAYS = 90


def _at(day, rng) -> datetime:
    return datetime.combine(day, time(rng.randint(0, 23), rng.randint(0, 59)), tzinfo=UTC)


def _offer_events(offers) -> list[dict]:
    """Each offer posted, and expired or withdrawn at the date the demo data says."""
    events = []
    for o in offers:
        events.append(
            {
                "kind": "offer_posted",
                "occurred_at": o.created_at,
                "day": o.created_at.date(),
                "actor_role": o.author.role,
                "actor_country": o.company.country,
                "actor_size": o.company.size_class,
                "company_id": o.company_id,
                **offer_fields(o),
            }
        )
        ended = {"expired": "offer_expired", "withdrawn": "offer_withdrawn"}.get(o.status)
        if ended:
            events.append(
                {
                    "kind": ended,
                    "occurred_at": o.status_changed_at,
                    "day": o.status_changed_at.date(),
                    "actor_role": o.author.role if ended == "offer_withdrawn" else "system",
                    "actor_size": o.company.size_class,
                    "company_id": o.company_id,
                    **offer_fields(o),
                }
            )
    return events


def _member_events(users) -> list[dict]:
    return [
        {
            "kind": "member_registered",
            "occurred_at": u.created_at,
            "day": u.created_at.date(),
            "actor_role": u.role,
            "actor_country": u.company.country if u.company else None,
            "actor_size": u.company.size_class if u.company else None,
            "company_id": u.company_id,
        }
        for u in users
    ]


def _buyer_events(offers, rng: random.Random, today, featured_companies=()) -> list[dict]:
    events = []
    live = [o for o in offers if o.status == "active"]
    featured = [o for o in live if o.company_id in set(featured_companies)] or live
    for back in range(HISTORY_DAYS, 0, -1):
        day = today - timedelta(days=back)
        for _ in range(rng.randint(8, 30)):
            country = rng.choice(BUYER_COUNTRIES)
            query = rng.choice(SEARCHES)
            found = 0 if query in UNMET else rng.randint(1, 40)
            events.append(
                {
                    "kind": "search",
                    "occurred_at": _at(day, rng),
                    "day": day,
                    "actor_role": "buyer",
                    "actor_country": country,
                    "query": normalise_query(query),
                    "count": found,
                    "scope": "local",
                    "value_ms": rng.randint(8, 60),
                }
            )
            if found and rng.random() < 0.6:
                # Only offers already posted that day; the demo exporters' own offers
                # draw more buyers, so their My page shows what a busy month looks like.
                seen = [
                    o
                    for o in (featured if rng.random() < 0.3 else live)
                    if o.created_at.date() <= day
                ]
                if not seen:
                    continue
                offer = rng.choice(seen)
                events.append(
                    {
                        "kind": "offer_viewed",
                        "occurred_at": _at(day, rng),
                        "day": day,
                        "actor_role": "buyer",
                        "actor_country": country,
                        **offer_fields(offer),
                    }
                )
        for _ in range(rng.randint(2, 8)):
            events.append(
                {
                    "kind": "login",
                    "occurred_at": _at(day, rng),
                    "day": day,
                    "actor_role": rng.choice(("exporter", "buyer")),
                    "actor_country": rng.choice(BUYER_COUNTRIES + ["KR", "KR", "CN"]),
                }
            )
    return events


def load_activity(offers, users, seed: int, today) -> int:
    """Insert the demo history of events; return how many.

    The companies of the demo accounts (exporter@, buyer@) get a larger share of the
    views, so that logging in as them shows figures and trends on My page.
    """
    rng = random.Random(seed)
    featured = {u.company_id for u in users if u.email.endswith("@tradewind.demo") and u.company_id}
    rows = (
        _offer_events(offers) + _member_events(users) + _buyer_events(offers, rng, today, featured)
    )
    db.session.execute(insert(Event), rows)
    return len(rows)
