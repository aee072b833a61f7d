"""A deterministic synthetic offer corpus for benchmarks.

16 categories, 40 countries, titles and 40-120-word descriptions drawn from the
real HS wording, written straight into the database with bulk inserts.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert

from marketplace.accounts.models import User
from marketplace.catalog import categories, hs
from marketplace.companies.models import Company
from marketplace.core.db import db
from marketplace.offers.models import Offer

COUNTRIES = [
    "KR",
    "CN",
    "JP",
    "US",
    "DE",
    "VN",
    "IN",
    "TR",
    "BR",
    "MX",
    "GB",
    "FR",
    "IT",
    "ID",
    "TH",
    "AE",
    "AU",
    "CA",
    "NL",
    "ES",
    "PL",
    "MY",
    "SG",
    "PH",
    "PK",
    "BD",
    "SA",
    "EG",
    "ZA",
    "NG",
    "CL",
    "AR",
    "CO",
    "PE",
    "SE",
    "CH",
    "BE",
    "AT",
    "CZ",
    "HU",
]
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


def generate(count: int, seed: int = 100_000, companies: int = 400) -> dict:
    """Insert ``companies`` companies and ``count`` offers; return the numbers used."""
    rng = random.Random(seed)
    codes = [c for c in hs.subheadings() if categories.category_for_hs(c.code) is not None]
    vocab = {c.code: _words(" ".join(e.description for e in hs.lineage(c.code))) for c in codes}
    now = datetime.now(UTC)
    company_rows = [
        {
            "id": i,
            "name": f"{rng.choice(['Han', 'Sun', 'Star', 'Pacific', 'Golden', 'Nord'])}"
            f"{rng.choice(['tech', 'trade', 'steel', 'foods', 'tex', 'chem'])} {i}",
            "country": COUNTRIES[i % len(COUNTRIES)],
            "city": "",
            "business_type": "manufacturer",
            "size_class": "sme" if i % 5 else "large",
            "website": "",
            "main_products": "",
            "description": "",
            "verified": i % 3 == 0,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(1, companies + 1)
    ]
    db.session.execute(insert(Company), company_rows)
    db.session.execute(
        insert(User),
        [
            {
                "id": i,
                "email": f"member{i}@bench.example",
                "password_hash": "!",
                "role": "exporter",
                "name": "",
                "company_id": i,
                "active": True,
                "created_at": now,
            }
            for i in range(1, companies + 1)
        ],
    )
    batch = []
    for n in range(1, count + 1):
        code = rng.choice(codes).code
        words = vocab[code]
        company = rng.randint(1, companies)
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
                "category": categories.category_for_hs(code).slug,
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
                "origin_country": company_rows[company - 1]["country"],
                "target_countries": [],
                "payment_terms": ["TT"],
                "valid_until": (now + timedelta(days=rng.randint(5, 200))).date(),
                "status": "active",
                "views": 0,
                "company_id": company,
                "author_id": company,
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
    db.session.commit()
    return {"offers": count, "companies": companies}


QUERY_MIX = {
    # (kind, parameters) — a fixed mix of what buyers type
    "single-term": [
        {"q": w}
        for w in (
            "steel",
            "cotton",
            "frozen",
            "machines",
            "plastics",
            "vehicles",
            "rubber",
            "electric",
            "glass",
            "wood",
        )
    ],
    "multi-term": [
        {"q": q}
        for q in (
            "stainless steel tubes",
            "cotton knitted apparel",
            "frozen fish fillets",
            "electrical machinery parts",
            "wooden furniture office",
            "plastics plates sheets",
            "rubber tyres motor",
            "optical fibres cables",
            "fresh vegetables roots",
            "iron alloy bars",
        )
    ],
    "phrase": [
        {"q": q}
        for q in (
            '"stainless steel"',
            '"motor vehicles"',
            '"not knitted"',
            '"precious metal"',
            '"cotton yarn"',
        )
    ],
    "hs-prefix": [{"q": q} for q in ("7306", "8471", "0303", "6109", "9403", "730640")],
    "faceted": [
        {"q": q, "type": t, "category": c}
        for q, t, c in (
            ("steel", "sell", "minerals"),
            ("machines", "sell", "machinery-equipment"),
            ("frozen", "buy", "agricultural-food"),
            ("cotton", "sell", "textiles-leather"),
            ("electric", "buy", "electrical-electronics"),
        )
    ],
    "filtered": [
        {"q": q, "country": cc, "incoterm": inc}
        for q, cc, inc in (
            ("steel", "KR", "FOB"),
            ("plastics", "CN", "CIF"),
            ("wood", "VN", "EXW"),
            ("vehicles", "DE", "FOB"),
            ("cotton", "IN", "FOB"),
        )
    ],
}
