"""Matchmaking benchmark: quality on a labelled set, and speed against 100,000 offers.

    .venv/bin/python -m bench.matching_bench --timing-offers 100000

Labelled set: 150 product families (real HS subheadings), 20 sell offers each
from different countries, and 120 buy requests. A sell offer is an acceptable
match for a request when it is the same product (same HS subheading) and the
countries allow the trade (the buyer takes offers from that origin, and the
seller ships to the buyer's country). Reports precision@5 and recall@20.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

COUNTRIES = ["KR", "CN", "JP", "US", "DE", "VN", "IN", "TR", "BR", "MX", "GB", "FR", "IT", "TH"]
BUYER_WORDS = ["Looking for", "We need", "Sourcing", "Wanted:", "RFQ:"]
SELL_WORDS = ["Export quality", "Factory direct", "High grade", "Premium", "Competitive"]


def pct(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _words(text):
    return [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]


def build_labelled(db, rng):
    """Insert the labelled corpus; return {buy_offer_id: set(acceptable sell ids)}."""
    from marketplace.accounts.models import User
    from marketplace.catalog import categories, hs
    from marketplace.companies.models import Company
    from marketplace.offers.models import Offer

    now = datetime.now(UTC)
    companies = [
        {
            "id": i + 1,
            "name": f"Company {i + 1}",
            "country": COUNTRIES[i % len(COUNTRIES)],
            "city": "",
            "business_type": "manufacturer",
            "size_class": "sme",
            "website": "",
            "main_products": "",
            "description": "",
            "verified": False,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(len(COUNTRIES) * 3)
    ]
    db.session.execute(insert(Company), companies)
    db.session.execute(
        insert(User),
        [
            {
                "id": c["id"],
                "email": f"m{c['id']}@x.example",
                "password_hash": "!",
                "role": "exporter",
                "name": "",
                "company_id": c["id"],
                "active": True,
                "created_at": now,
            }
            for c in companies
        ],
    )
    codes = [c for c in hs.subheadings() if categories.category_for_hs(c.code)]
    families = rng.sample(codes, 150)
    sells, next_id = [], 1
    by_family = {}
    for family in families:
        words = _words(family.description) or ["goods"]
        ids = []
        for n in range(20):
            company = rng.choice(companies)
            targets = rng.sample(COUNTRIES, rng.randint(0, 3)) if rng.random() < 0.5 else []
            title = f"{rng.choice(SELL_WORDS)} " + " ".join(rng.sample(words, min(len(words), 4)))
            sells.append(
                _row(
                    next_id,
                    "sell",
                    title,
                    " ".join(rng.choices(words, k=30)),
                    family.code,
                    company,
                    targets,
                    now,
                )
            )
            ids.append((next_id, company["country"], set(targets)))
            next_id += 1
        by_family[family.code] = ids
    db.session.execute(insert(Offer), sells)
    labels, buys = {}, []
    for family in rng.sample(families, 120):
        words = _words(family.description) or ["goods"]
        company = rng.choice(companies)
        wanted_from = rng.sample(COUNTRIES, 5) if rng.random() < 0.4 else []
        title = f"{rng.choice(BUYER_WORDS)} " + " ".join(rng.sample(words, min(len(words), 3)))
        buys.append(
            _row(
                next_id,
                "buy",
                title,
                " ".join(rng.choices(words, k=15)),
                family.code,
                company,
                wanted_from,
                now,
            )
        )
        labels[next_id] = {
            sid
            for sid, origin, ships_to in by_family[family.code]
            if (not wanted_from or origin in wanted_from)
            and (not ships_to or company["country"] in ships_to)
        }
        next_id += 1
    db.session.execute(insert(Offer), buys)
    db.session.commit()
    return labels


def _row(offer_id, offer_type, title, description, code, company, targets, now):
    from marketplace.catalog import categories

    return {
        "id": offer_id,
        "type": offer_type,
        "title": title[:200],
        "description": description,
        "category": categories.category_for_hs(code).slug,
        "hs_code": code,
        "quantity": Decimal(10),
        "unit": "TNE",
        "min_order": None,
        "price_amount": None,
        "price_currency": None,
        "incoterm": "FOB",
        "port": None,
        "origin_country": company["country"],
        "target_countries": targets,
        "payment_terms": [],
        "valid_until": (now + timedelta(days=60)).date(),
        "status": "active",
        "views": 0,
        "company_id": company["id"],
        "author_id": company["id"],
        "status_changed_at": now,
        "created_at": now,
        "updated_at": now,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timing-offers", type=int, default=100_000)
    args = parser.parse_args()

    from app import create_app
    from marketplace.conversations.matching import candidates
    from marketplace.core.db import db
    from marketplace.offers.models import Offer
    from marketplace.search.indexing import rebuild

    rng = random.Random(7)
    app = create_app(
        {
            "DATA_DIR": tempfile.mkdtemp(prefix="tradewind-match-"),
            "SECRET_KEY": "b",
            "DEMO": False,
            "SERVER_NAME": "bench.local",
        }
    )
    with app.test_request_context():
        db.create_all()
        labels = build_labelled(db, rng)
        rebuild(app.config["SEARCH_INDEX_DIR"])
        precisions, recalls = [], []
        for buy_id, acceptable in labels.items():
            ranked = [c.offer.id for c in candidates(db.session.get(Offer, buy_id))]
            precisions.append(sum(1 for i in ranked[:5] if i in acceptable) / 5)
            recalls.append(sum(1 for i in ranked[:20] if i in acceptable) / (len(acceptable) or 1))
        print(f"labelled set: {len(labels)} buy requests, 3000 sell offers in 150 product families")
        print(
            f"precision@5 {statistics.mean(precisions):.2f}   recall@20 {statistics.mean(recalls):.2f}"
        )

    from bench.corpus import generate

    app = create_app(
        {
            "DATA_DIR": tempfile.mkdtemp(prefix="tradewind-match-"),
            "SECRET_KEY": "b",
            "DEMO": False,
            "SERVER_NAME": "bench.local",
        }
    )
    with app.test_request_context():
        db.create_all()
        generate(args.timing_offers)
        rebuild(app.config["SEARCH_INDEX_DIR"])
        buys = db.session.query(Offer).filter(Offer.type == "buy").limit(60).all()
        candidates(buys[0])  # open the searcher, as a running server has
        times = []
        for offer in buys[1:]:
            started = time.perf_counter()
            candidates(offer)
            times.append((time.perf_counter() - started) * 1000)
        print(
            f"matches for one new offer against {args.timing_offers} offers: "
            f"p50 {statistics.median(times):.0f} ms   p95 {pct(times, 95):.0f} ms"
        )


if __name__ == "__main__":
    main()
