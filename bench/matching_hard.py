"""Matchmaking on a harder labelled set: requests in buyers' words, a third without HS code.

    .venv/bin/python -m bench.matching_hard            # figures; checks the labels file
    .venv/bin/python -m bench.matching_hard --write    # (re)write bench/data/ labels

24 product families (``bench/matching_families.py``), several sharing an HS heading or
subheading; 10 suppliers' offers each (one company posts four of them), 1,500 unrelated
offers around them, and 216 buying requests, every third without an HS code, titled in
buyers' words. Whether a supplier's offer is acceptable for a request is judged per pair
the way a trader would, from what each side says it needs, never from the matcher's
features (see ``judge``), and written down with its reason in
``bench/data/matching_hard_labels.csv``. The matcher runs as the portal runs it
(``conversations.matching.candidates`` over the search index).

Reports precision@5 and recall@20 (over the acceptable offers a request has, at most
20), and the largest share one company takes of a request's ten first suggestions.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.matching_families import FAMILIES

LABELS = REPO / "bench" / "data" / "matching_hard_labels.csv"
SUPPLIER_COUNTRIES = ["KR", "CN", "JP", "VN", "IN", "TR", "DE", "IT", "US", "TH", "MY", "ID"]
BUYER_COUNTRIES = ["DE", "US", "GB", "FR", "NL", "AE", "BR", "MX", "AU", "JP", "KR", "SA"]
PORTS = {
    "DE": "DEHAM", "US": "USLAX", "GB": "GBFXT", "FR": "FRLEH", "NL": "NLRTM", "AE": "AEJEA",
    "BR": "BRSSZ", "MX": "MXZLO", "AU": "AUSYD", "JP": "JPTYO", "KR": "KRPUS", "SA": "SAJED",
    "CN": "CNSHA", "VN": "VNSGN", "IN": "INNSA", "TR": "TRMER", "IT": "ITGOA", "TH": "THLCH",
    "MY": "MYPKG", "ID": "IDTPP",
}  # fmt: skip
REQUESTS_PER_FAMILY = 9
OFFERS_PER_FAMILY = 10
NOISE_OFFERS = 1500
DELIVERED = {"CPT", "CIP", "DAP", "DPU", "DDP", "CFR", "CIF"}


def judge(request: dict, offer: dict) -> tuple[bool, str]:
    """A trader's verdict on one pair, from what each side says: the same product, an origin
    the buyer takes, a destination the supplier serves, a minimum order the buyer's
    quantity reaches, and delivery the supplier arranges when the buyer wants it delivered."""
    if request["family"] != offer["family"]:
        return False, "another product"
    if request["origins"] and offer["origin"] not in request["origins"]:
        return False, f"the buyer does not buy from {offer['origin']}"
    if offer["ships_to"] and request["country"] not in offer["ships_to"]:
        return False, f"the supplier does not ship to {request['country']}"
    if offer["moq"] > request["quantity"]:
        return False, f"minimum order {offer['moq']} above the {request['quantity']} wanted"
    if request["incoterm"] in DELIVERED and offer["incoterm"] == "EXW":
        return (
            False,
            f"the buyer wants {request['incoterm']} delivery; the supplier sells ex works only",
        )
    return True, "same product, countries, quantity and delivery fit"


def plan(rng: random.Random) -> tuple[list[dict], list[dict], list[dict]]:
    """Companies, suppliers' offers and requests as plain dicts (ids fixed by the seed)."""
    companies = [
        {"id": i + 1, "country": SUPPLIER_COUNTRIES[i % len(SUPPLIER_COUNTRIES)], "buyer": False}
        for i in range(60)
    ] + [
        {"id": 61 + i, "country": BUYER_COUNTRIES[i % len(BUYER_COUNTRIES)], "buyer": True}
        for i in range(40)
    ]
    suppliers = [c for c in companies if not c["buyer"]]
    buyers = [c for c in companies if c["buyer"]]
    offers, requests, next_id = [], [], 1
    for family in FAMILIES:
        posting = rng.sample(suppliers, OFFERS_PER_FAMILY - 3)
        posting = [posting[0]] * 3 + posting  # one company posts four of the ten
        for n, company in enumerate(posting):
            roll = rng.random()
            incoterm, port = (
                ("FOB", PORTS[company["country"]])
                if roll < 0.5
                else ("EXW", None)
                if roll < 0.62
                else ("CIF", PORTS[rng.choice(BUYER_COUNTRIES)])
                if roll < 0.77
                else (None, None)
            )
            offers.append(
                {
                    "id": next_id,
                    "family": family.key,
                    "company": company["id"],
                    "origin": company["country"],
                    "title": _title(rng, family.seller[n % len(family.seller)]),
                    "hs": family.hs,
                    "unit": family.unit,
                    "moq": rng.randint(*family.moq),
                    "ships_to": rng.sample(BUYER_COUNTRIES, 3) if rng.random() < 0.35 else [],
                    "incoterm": incoterm,
                    "port": port,
                }
            )
            next_id += 1
    for family in FAMILIES:
        for n in range(REQUESTS_PER_FAMILY):
            company = rng.choice(buyers)
            roll = rng.random()
            incoterm = "CIF" if roll < 0.4 else "FOB" if roll < 0.65 else None
            requests.append(
                {
                    "id": next_id,
                    "family": family.key,
                    "company": company["id"],
                    "country": company["country"],
                    "title": _title(rng, family.buyer[n % len(family.buyer)]),
                    "hs": None if n % 3 == 0 else family.hs,  # a third name no HS code
                    "unit": family.unit,
                    "quantity": rng.randint(*family.wanted),
                    "origins": rng.sample(SUPPLIER_COUNTRIES, rng.randint(3, 6))
                    if rng.random() < 0.3
                    else [],
                    "incoterm": incoterm,
                    "port": PORTS[company["country"]] if incoterm == "CIF" else None,
                }
            )
            next_id += 1
    return companies, offers, requests


def _title(rng: random.Random, base: str) -> str:
    extras = [
        "",
        "",
        " – export quality",
        " (OEM welcome)",
        ", prompt shipment",
        ", long-term supply",
    ]
    return base + rng.choice(extras)


def labels(offers: list[dict], requests: list[dict]) -> list[dict]:
    """Every same-product pair with its verdict (other pairs are another product: never)."""
    rows = []
    by_family: dict[str, list[dict]] = {}
    for offer in offers:
        by_family.setdefault(offer["family"], []).append(offer)
    for request in requests:
        for offer in by_family[request["family"]]:
            ok, reason = judge(request, offer)
            rows.append(
                {
                    "request_id": request["id"],
                    "request_title": request["title"],
                    "offer_id": offer["id"],
                    "offer_title": offer["title"],
                    "acceptable": "yes" if ok else "no",
                    "reason": reason,
                }
            )
    return rows


def _insert(db, companies, offers, requests, rng) -> None:
    from marketplace.accounts.models import User
    from marketplace.catalog import categories, hs
    from marketplace.companies.models import Company
    from marketplace.offers.models import Offer

    now = datetime.now(UTC)
    db.session.execute(
        insert(Company),
        [
            {
                "id": c["id"], "name": f"{'Buyer' if c['buyer'] else 'Supplier'} {c['id']}",
                "country": c["country"], "city": "", "business_type": "buyer" if c["buyer"] else "manufacturer",
                "size_class": "sme", "website": "", "main_products": "", "description": "",
                "verified": False, "created_at": now, "updated_at": now,
            }
            for c in companies
        ],
    )  # fmt: skip
    db.session.execute(
        insert(User),
        [
            {
                "id": c["id"], "email": f"m{c['id']}@x.example", "password_hash": "!",
                "role": "buyer" if c["buyer"] else "exporter", "name": "", "company_id": c["id"],
                "active": True, "created_at": now,
            }
            for c in companies
        ],
    )  # fmt: skip

    def row(offer_id, kind, title, code, company, **terms):
        return {
            "id": offer_id, "type": kind, "title": title[:200], "description": "",
            "category": categories.category_for_hs(code).slug if code else "others",
            "hs_code": code, "quantity": terms.get("quantity"), "unit": terms.get("unit"),
            "min_order": terms.get("moq"), "price_amount": None, "price_currency": None,
            "incoterm": terms.get("incoterm"), "port": terms.get("port"),
            "origin_country": terms.get("origin"), "target_countries": terms.get("targets", []),
            "payment_terms": [], "valid_until": (now + timedelta(days=60)).date(), "status": "active",
            "views": 0, "company_id": company, "author_id": company, "status_changed_at": now,
            "created_at": now, "updated_at": now,
        }  # fmt: skip

    rows = [
        row(o["id"], "sell", o["title"], o["hs"], o["company"], unit=o["unit"], moq=Decimal(o["moq"]),
            incoterm=o["incoterm"], port=o["port"], origin=o["origin"], targets=o["ships_to"])
        for o in offers
    ] + [
        row(r["id"], "buy", r["title"], r["hs"], r["company"], unit=r["unit"],
            quantity=Decimal(r["quantity"]), incoterm=r["incoterm"], port=r["port"], targets=r["origins"])
        for r in requests
    ]  # fmt: skip
    taken = {f.hs for f in FAMILIES}
    codes = [
        c for c in hs.subheadings() if c.code not in taken and categories.category_for_hs(c.code)
    ]
    next_id = max(r["id"] for r in requests) + 1
    for n in range(NOISE_OFFERS):
        code = rng.choice(codes)
        words = " ".join(code.description.replace(";", " ").split()[:6])
        company = rng.randint(1, 60) if n % 4 else rng.randint(61, 100)
        rows.append(row(next_id + n, "sell" if n % 4 else "buy", words, code.code, company,
                        origin=SUPPLIER_COUNTRIES[company % 12]))  # fmt: skip
    db.session.execute(insert(Offer), rows)
    db.session.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the labels file")
    args = parser.parse_args()
    rng = random.Random(13)
    companies, offers, requests = plan(rng)
    judged = labels(offers, requests)
    if args.write:
        LABELS.parent.mkdir(exist_ok=True)
        with LABELS.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(judged[0]))
            writer.writeheader()
            writer.writerows(judged)
        print(f"wrote {len(judged)} judged pairs to {LABELS.relative_to(REPO)}")
    with LABELS.open(encoding="utf-8") as handle:
        written = list(csv.DictReader(handle))
    assert [(r["request_id"], r["offer_id"], r["acceptable"]) for r in written] == [
        (str(r["request_id"]), str(r["offer_id"]), r["acceptable"]) for r in judged
    ], "the labels file does not describe this set: run with --write after changing it"
    acceptable: dict[int, set[int]] = {r["id"]: set() for r in requests}
    for r in written:
        if r["acceptable"] == "yes":
            acceptable[int(r["request_id"])].add(int(r["offer_id"]))

    from app import create_app
    from marketplace.conversations.matching import candidates
    from marketplace.core.db import db
    from marketplace.offers.models import Offer
    from marketplace.search.indexing import rebuild

    app = create_app(
        {"DATA_DIR": tempfile.mkdtemp(prefix="tradewind-hard-"), "SECRET_KEY": "b", "DEMO": False, "SERVER_NAME": "bench.local"}
    )  # fmt: skip
    with app.test_request_context():
        db.create_all()
        _insert(db, companies, offers, requests, rng)
        rebuild(app.config["SEARCH_INDEX_DIR"])
        from search_index.engine import engine

        def text_only(request):
            # Baseline, same run: the search index's text and HS similarity alone.
            found = engine().similar_offers(request["title"], "sell", request["hs"], limit=60)
            rows = {
                o.id: o for o in db.session.query(Offer).filter(Offer.id.in_([i for i, _ in found]))
            }
            return [rows[i] for i, _ in found if i in rows]

        def matcher(request):
            return [c.offer for c in candidates(db.session.get(Offer, request["id"]))]

        without = sum(1 for r in requests if not r["hs"])
        print(
            f"harder set: {len(requests)} requests ({without} without HS code), "
            f"{len(offers)} suppliers' offers in {len(FAMILIES)} families + {NOISE_OFFERS} others; "
            f"{sum(len(v) for v in acceptable.values())} acceptable pairs of {len(written)} judged"
        )
        print(f"load average {os.getloadavg()[0]:.1f}")
        for name, rank in (("index similarity alone (baseline)", text_only), ("matcher", matcher)):
            _report(name, rank, requests, acceptable)


def _report(name: str, rank, requests: list[dict], acceptable: dict[int, set[int]]) -> None:
    precision, recall, share, by_kind = [], [], [], {"with HS": [], "without HS": []}
    for request in requests:
        wanted = acceptable[request["id"]]
        ranked = rank(request)
        ids = [o.id for o in ranked]
        top10 = Counter(o.company_id for o in ranked[:10])
        share.append(max(top10.values(), default=0) / 10)
        if not wanted:
            continue
        p = sum(1 for i in ids[:5] if i in wanted) / min(5, len(wanted))
        precision.append(p)
        recall.append(sum(1 for i in ids[:20] if i in wanted) / min(20, len(wanted)))
        by_kind["with HS" if request["hs"] else "without HS"].append(p)
    print(
        f"{name}: precision@5 {statistics.mean(precision):.2f}   recall@20 {statistics.mean(recall):.2f}"
    )
    for kind, values in by_kind.items():
        print(f"  precision@5 {kind}: {statistics.mean(values):.2f} ({len(values)} requests)")
    print(
        f"  largest share of one company in a top 10: {max(share):.0%} "
        f"(mean of the largest shares {statistics.mean(share):.0%})"
    )


if __name__ == "__main__":
    main()
