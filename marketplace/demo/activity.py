"""A history of activity for the demo: so the indicators have something to show.

Events for every demo offer posted and every member registered, at the dates
the demo data says, plus a few months of searches, offer views and log-ins by
buyers from many countries (including searches nothing matches).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import insert

from marketplace.activity.events import normalise_query
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
    return [
        {
            "kind": "offer_posted",
            "occurred_at": o.created_at,
            "day": o.created_at.date(),
            "actor_role": o.author.role,
            "actor_country": o.company.country,
            "actor_size": o.company.size_class,
            "company_id": o.company_id,
            "offer_type": o.type,
            "category": o.category,
            "hs_chapter": o.hs_code[:2] if o.hs_code else None,
            "country": o.origin_country,
        }
        for o in offers
    ]


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


def _buyer_events(offers, rng: random.Random, today) -> list[dict]:
    events = []
    live = [o for o in offers if o.status == "active"]
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
                offer = rng.choice(live)
                events.append(
                    {
                        "kind": "offer_viewed",
                        "occurred_at": _at(day, rng),
                        "day": day,
                        "actor_role": "buyer",
                        "actor_country": country,
                        "offer_type": offer.type,
                        "category": offer.category,
                        "country": offer.origin_country,
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
    """Insert the demo history of events; return how many."""
    rng = random.Random(seed)
    rows = _offer_events(offers) + _member_events(users) + _buyer_events(offers, rng, today)
    db.session.execute(insert(Event), rows)
    return len(rows)
