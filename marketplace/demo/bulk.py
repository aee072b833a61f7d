"""Many offers at once, deterministic: the demo's large sets and the benchmarks' corpus.

Titles and descriptions are drawn from the HS nomenclature's own wording, so every
offer has a real code, category and vocabulary; rows go in with bulk inserts (no
session objects), hence about 20,000 offers a second.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select

from marketplace.accounts.models import User
from marketplace.catalog import categories, hs
from marketplace.companies.models import Company
from marketplace.core.db import db
from marketplace.offers.models import Offer

INCOTERMS = ("FOB", "CIF", "EXW", "CFR", "DAP", "FCA")
FILLER = [
    "quality",
    "export",
    "grade",
    "certified",
    "factory",
    "direct",
    "supply",
    "stock",
    "available",
    "OEM",
    "ODM",
    "packing",
    "carton",
    "pallet",
    "container",
    "lead",
    "time",
    "days",
    "sample",
    "free",
    "inspection",
    "ISO",
    "CE",
    "standard",
    "premium",
    "competitive",
    "price",
    "monthly",
    "capacity",
    "tons",
    "warranty",
    "delivery",
    "worldwide",
    "customized",
    "specification",
    "durable",
    "new",
    "brand",
    "original",
    "manufacturer",
    "trading",
]


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 2]


def insert_offers(count: int, sellers: list[tuple[int, int, str]], rng: random.Random) -> int:
    """Insert ``count`` offers by ``sellers`` (company id, author id, country); how many.

    Ids follow the highest one in the table; the caller commits.
    """
    slugs = {
        c.code: category.slug
        for c in hs.subheadings()
        if (category := categories.category_for_hs(c.code)) is not None
    }
    codes = [c for c in hs.subheadings() if c.code in slugs]
    vocab = {c.code: _words(" ".join(e.description for e in hs.lineage(c.code))) for c in codes}
    now = datetime.now(UTC)
    first_id = (db.session.scalar(select(func.max(Offer.id))) or 0) + 1
    batch = []
    for n in range(first_id, first_id + count):
        code = rng.choice(codes).code
        words = vocab[code]
        # randint, as the corpus always drew: the same seed gives the same offers.
        company, author, country = sellers[rng.randint(1, len(sellers)) - 1]
        title_words = rng.sample(words, min(len(words), rng.randint(3, 7)))
        description = " ".join(
            rng.choice(words) if rng.random() < 0.45 else rng.choice(FILLER)
            for _ in range(rng.randint(40, 120))
        )
        created = now - timedelta(days=rng.uniform(0, 120))
        batch.append(
            {
                "id": n,
                "type": "sell" if rng.random() < 0.7 else "buy",
                "title": " ".join(title_words).capitalize()[:200],
                "description": description,
                "category": slugs[code],
                "hs_code": code,
                "quantity": Decimal(rng.randint(1, 500)),
                "unit": "TNE",
                "min_order": None,
                "price_amount": Decimal(rng.randint(100, 100000)) / 100
                if rng.random() < 0.75
                else None,
                "price_currency": "USD",
                "incoterm": rng.choice(INCOTERMS),
                "port": None,
                "origin_country": country,
                "target_countries": [],
                "payment_terms": ["TT"],
                "valid_until": (now + timedelta(days=rng.randint(5, 200))).date(),
                "status": "active",
                "views": 0,
                "company_id": company,
                "author_id": author,
                "status_changed_at": created,
                "created_at": created,
                "updated_at": created,
            }
        )
        if len(batch) == 5000:
            db.session.execute(insert(Offer), batch)
            batch = []
    if batch:
        db.session.execute(insert(Offer), batch)
    return count


def add_to_demo(count: int, seed: int = 100_000) -> int:
    """``count`` more offers spread over the exporters already in the database (the demo's).

    For trying the portal, and the search engines, at scale: ``flask demo load --offers N``.
    """
    rows = db.session.execute(
        select(Company.id, func.min(User.id), Company.country)
        .join(User, User.company_id == Company.id)
        .where(User.role == "exporter")
        .group_by(Company.id, Company.country)
        .order_by(Company.id)
    ).all()
    sellers = [(company_id, author_id, country) for company_id, author_id, country in rows]
    if not sellers:
        return 0
    return insert_offers(count, sellers, random.Random(seed))
