"""Quotations for the demo: exchange rates, and suppliers' quotations on live buying requests.

Suppliers quote on requests in the HS chapters they sell, at prices near the request's
target (or their own offer's price), so the demo buyer has a comparison to read and the
quotations indicator has figures. Older requests have some quotations decided.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from marketplace.catalog.exchange_rates import ExchangeRate
from marketplace.catalog.terms import DESTINATION_INCOTERMS
from marketplace.conversations.models import Inquiry, InquiryMessage
from marketplace.core import translatable
from marketplace.core.db import db, utcnow
from marketplace.deals.models import Quotation
from marketplace.deals.quotations import summary
from marketplace.offers.models import Offer

# Units per US dollar, as an operator might have set them (indicative).
RATES = {
    "EUR": "0.92",
    "GBP": "0.79",
    "KRW": "1385",
    "CNY": "7.21",
    "JPY": "151.4",
    "VND": "25390",
    "INR": "83.3",
    "BRL": "5.06",
    "AUD": "1.52",
    "CAD": "1.36",
    "TRY": "32.6",
    "AED": "3.6725",
}
QUOTED_REQUESTS = 60
DEMO_BUYER = "buyer@tradewind.demo"
MESSAGES = [
    "Mill test certificates EN 10204 3.1 with every lot. Samples can be sent by courier.",
    "Export packing on pallets, shrink-wrapped. We have supplied this grade to EU buyers since 2015.",
    "Price based on the current raw material cost; we can hold it for the validity shown.",
    "Third-party inspection (SGS or BV) welcome at the buyer's cost.",
    "",
]


def _rates(today: date) -> None:
    for currency, per_usd in RATES.items():
        db.session.add(ExchangeRate(currency=currency, per_usd=Decimal(per_usd), as_of=today))


def _reference(request: Offer, sellers: list[Offer], rng: random.Random) -> tuple[Decimal, str]:
    if request.price_amount and request.price_currency:
        return request.price_amount, request.price_currency
    priced = [s for s in sellers if s.price_amount and s.price_currency]
    if priced:
        chosen = rng.choice(priced)
        return chosen.price_amount, chosen.price_currency  # type: ignore[return-value]
    return Decimal(rng.randint(5, 400)), "USD"


def load_quotations(offers: list[Offer], users, seed: int, today: date) -> int:
    """Add exchange rates and demo quotations with their threads; return how many quotations."""
    rng = random.Random(seed + 13)
    _rates(today)
    author_of = {u.company_id: u for u in users if u.role == "exporter" and u.company_id}
    sellers_by: dict[str, list[Offer]] = {}  # by HS heading and by chapter
    for offer in offers:
        if offer.type == "sell" and offer.hs_code and offer.company_id in author_of:
            sellers_by.setdefault(offer.hs_code[:4], []).append(offer)
            sellers_by.setdefault(offer.hs_code[:2], []).append(offer)
    requests = [
        o
        for o in offers
        if o.type == "buy" and o.status == "active" and o.valid_until >= today and o.hs_code
    ]
    # The demo buyer's own requests first (its comparison is what a visitor tries), then the newest.
    demo_buyer = next((u.company_id for u in users if u.email == DEMO_BUYER), None)
    requests.sort(key=lambda o: (o.company_id != demo_buyer, -o.created_at.timestamp()))
    now = utcnow()
    made = 0
    for request in requests[:QUOTED_REQUESTS]:
        code = request.hs_code or ""
        sellers = [
            s
            for s in sellers_by.get(code[:4]) or sellers_by.get(code[:2], [])
            if s.company_id != request.company_id
        ]
        companies = list(dict.fromkeys(s.company_id for s in sellers))
        rng.shuffle(companies)
        base, base_currency = _reference(request, sellers, rng)
        age_days = (now - request.created_at).days
        for n, company_id in enumerate(companies[: rng.randint(1, 4)]):
            made += _quote(
                request, author_of[company_id], base, base_currency, n, age_days, rng, now
            )
    return made


def _quote(request, supplier, base, currency, n, age_days, rng, now: datetime) -> int:
    quantity = request.quantity or Decimal(rng.choice([500, 1000, 2000, 5000]))
    unit = request.unit or "C62"
    if currency in RATES and rng.random() < 0.5:  # many exporters quote in US dollars
        base, currency = base / Decimal(RATES[currency]), "USD"
    values = {
        "unit_price": (base * Decimal(rng.uniform(0.85, 1.15))).quantize(Decimal("0.01")),
        "currency": currency,
        "quantity": quantity,
        "unit": unit,
        "min_order": (quantity / rng.choice([2, 4, 5, 10])).quantize(Decimal(1)) or None,
        "incoterm": request.incoterm or rng.choice(["FOB", "CIF", "EXW"]),
        "place": "",
        "lead_time_days": rng.choice([15, 21, 30, 35, 45, 60]),
        "payment_terms": rng.choice([["TT"], ["TT", "LC"], ["LC"]]),
        "valid_until": now.date() + timedelta(days=rng.randint(7, 45)),
        "message": rng.choice(MESSAGES),
    }
    # The C and D rules name the buyer's end; the E and F rules the supplier's.
    if values["incoterm"] in DESTINATION_INCOTERMS:
        values["place"] = request.port or request.company.city or request.company.country
    else:
        values["place"] = supplier.company.city or supplier.company.country
    sent = min(
        request.created_at + timedelta(hours=rng.randint(2, 24 * 4)), now - timedelta(minutes=5)
    )
    said = summary(values)
    kept, params = translatable.capture(said)
    thread = Inquiry(
        offer_id=request.id,
        sender_id=supplier.id,
        sender_company_id=supplier.company_id,
        owner_company_id=request.company_id,
        created_at=sent,
        last_message_at=sent,
        unread_by_owner=1,
        kind="quotation",
    )
    thread.messages.append(
        InquiryMessage(
            author_id=supplier.id,
            body=translatable.english(said),
            message=kept,
            params=params or None,
            quantity=f"{quantity} {unit}",
            terms=f"{values['incoterm']} {values['place']}",
            created_at=sent,
        )
    )
    db.session.add(thread)
    db.session.flush()
    quotation = Quotation(
        offer_id=request.id,
        company_id=supplier.company_id,
        author_id=supplier.id,
        inquiry_id=thread.id,
        created_at=sent,
        **values,
    )
    if age_days >= 2 and n < 2 and rng.random() < 0.5:  # the buyer has decided on some
        quotation.status = "accepted" if n == 0 else "declined"
        quotation.decline_reason = "" if n == 0 else rng.choice(["price", "lead_time", "min_order"])
        quotation.decided_at = min(sent + timedelta(days=3), now)
        quotation.decided_by_id = request.author_id
    db.session.add(quotation)
    return 1
