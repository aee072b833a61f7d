"""Indicators benchmark: one million events over a year, then the dashboard and the JSON API.

    .venv/bin/python -m bench.indicators_bench --events 1000000

Reports event load time, the full rollup time, an incremental rollup of one new
day, and p50/p95 of the dashboard page and of every JSON indicator for a
30-day and a 365-day range.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.corpus import COUNTRIES as CORPUS_COUNTRIES

KINDS = [
    ("search", 40),
    ("offer_viewed", 30),
    ("login", 10),
    ("offer_posted", 8),
    ("offer_edited", 5),
    ("inquiry_sent", 3),
    ("inquiry_answered", 2),
    ("member_registered", 1),
    ("offer_expired", 1),
]
COUNTRIES = CORPUS_COUNTRIES[:20]  # the corpus's first twenty trading countries
QUERIES = [
    "steel pipes",
    "led lights",
    "green tea",
    "cotton t-shirts",
    "solar panels",
    "frozen shrimp",
    "car tyres",
    "office furniture",
    "ginseng",
    "titanium bolts",
]


def pct(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def load_events(db, count: int) -> None:
    from marketplace.activity.models import Event
    from marketplace.catalog.categories import CATEGORIES

    rng = random.Random(6)
    kinds = [k for k, w in KINDS for _ in range(w)]
    slugs = [c.slug for c in CATEGORIES]
    now = datetime.now(UTC)
    batch = []
    for n in range(count):
        kind = rng.choice(kinds)
        at = now - timedelta(seconds=rng.uniform(0, 365 * 86400))
        role = "buyer" if kind in ("search", "offer_viewed", "inquiry_sent") else "exporter"
        batch.append(
            {
                "kind": kind,
                "occurred_at": at,
                "day": at.date(),
                "actor_role": role,
                "actor_country": rng.choice(COUNTRIES),
                "actor_size": "sme" if rng.random() < 0.8 else "large",
                "company_id": rng.randint(1, 5000),
                "offer_type": rng.choice(("sell", "buy")),
                "category": rng.choice(slugs),
                "hs_chapter": f"{rng.randint(1, 97):02d}",
                "country": rng.choice(COUNTRIES),
                "query": rng.choice(QUERIES) if kind == "search" else None,
                "count": rng.choice((0, 3, 12, 40)) if kind == "search" else None,
                "scope": "local" if kind == "search" else None,
                "value_ms": rng.randint(60_000, 72 * 3600_000)
                if kind == "inquiry_answered"
                else None,
            }
        )
        if len(batch) == 20_000:
            db.session.execute(insert(Event), batch)
            batch = []
    if batch:
        db.session.execute(insert(Event), batch)
    db.session.commit()


def timed(client, url, headers=None, repeats=15) -> list[float]:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        response = client.get(url, headers=headers or {})
        assert response.status_code == 200, (url, response.status_code)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()

    from app import create_app
    from marketplace.accounts.services import create_token, create_user
    from marketplace.activity.models import Event
    from marketplace.core.db import db
    from marketplace.indicators.figures import TABLES
    from marketplace.indicators.rollup import rollup

    data_dir = tempfile.mkdtemp(prefix="tradewind-indicators-")
    app = create_app(
        {
            "DATA_DIR": data_dir,
            "SECRET_KEY": "bench",
            "DEMO": False,
            "PASSWORD_TIME_COST": 1,
            "PASSWORD_MEMORY_COST": 1024,
            "WTF_CSRF_ENABLED": False,
        }
    )
    with app.app_context():
        db.create_all()
        operator, _ = create_user("ops@bench.example", "operator", "operator-password")
        _, token = create_token(operator)
        db.session.commit()
        started = time.perf_counter()
        load_events(db, args.events)
        print(f"loaded {args.events} events over 365 days in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        days = rollup(full=True)
        db.session.commit()
        print(f"full rollup: {days} days in {time.perf_counter() - started:.1f} s")
        now = datetime.now(UTC)
        db.session.execute(
            insert(Event),
            [
                {
                    "kind": "search",
                    "occurred_at": now,
                    "day": now.date(),
                    "actor_role": "buyer",
                    "query": "steel",
                    "count": 1,
                }
                for _ in range(3000)
            ],
        )
        db.session.commit()
        started = time.perf_counter()
        rollup()
        db.session.commit()
        print(
            f"incremental rollup of today (+3000 events): {(time.perf_counter() - started) * 1000:.0f} ms"
        )
        db.session.remove()
    client = app.test_client()
    client.post("/login", data={"email": "ops@bench.example", "password": "operator-password"})
    headers = {"Authorization": f"Bearer {token}"}
    today = datetime.now(UTC).date()
    for label, days in (("30 days", 29), ("365 days", 364)):
        span = f"from={(today - timedelta(days=days)).isoformat()}&to={today.isoformat()}"
        page = timed(client, f"/operator/indicators?{span}")
        api = []
        for table_id in TABLES:
            api += timed(client, f"/api/v1/indicators/{table_id}?{span}", headers, repeats=5)
        print(
            f"{label:8s}: dashboard p50 {statistics.median(page):.0f} ms  p95 {pct(page, 95):.0f} ms"
            f"   |   JSON (all {len(TABLES)} indicators) p50 {statistics.median(api):.0f} ms"
            f"  p95 {pct(api, 95):.0f} ms"
        )


if __name__ == "__main__":
    main()
