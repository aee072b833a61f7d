"""A deterministic synthetic offer corpus for benchmarks.

400 companies in 40 countries; offers from ``marketplace.demo.bulk`` (the same
generator as ``flask demo load --offers N``): 16 categories, titles and
40-120-word descriptions drawn from the real HS wording, bulk inserts.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

from sqlalchemy import insert

from marketplace.accounts.models import User
from marketplace.companies.models import Company
from marketplace.core.db import db
from marketplace.demo.bulk import insert_offers

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


def generate(count: int, seed: int = 100_000, companies: int = 400) -> dict:
    """Insert ``companies`` companies and ``count`` offers; return the numbers used."""
    rng = random.Random(seed)
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
    sellers = [(i, i, company_rows[i - 1]["country"]) for i in range(1, companies + 1)]
    insert_offers(count, sellers, rng)
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
