"""Inquiries for the demo: buyers asking about sell offers, and the suppliers' answers.

So the demo exporter finds conversations in its inbox and inquiries on My page, and the
answer rates have something to count. Written as rows (as the quotations are), dated
over the last two months; nobody is notified or mailed about the demo's past.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import insert

from marketplace.activity.events import offer_fields
from marketplace.activity.models import Event
from marketplace.conversations.models import Inquiry, InquiryMessage
from marketplace.core.db import db, utcnow
from marketplace.offers.models import Offer

INQUIRIES = 48
DEMO_EXPORTER = "exporter@tradewind.demo"
UNIT_WORDS = {"TNE": "t", "KGM": "kg", "MTR": "m", "MTK": "m²", "PCE": "pieces", "SET": "sets"}
DESTINATIONS = [
    "Hamburg",
    "Rotterdam",
    "Jebel Ali",
    "Los Angeles",
    "Felixstowe",
    "Santos",
    "Haiphong",
    "Mundra",
]
ASKS = [
    (
        "We are looking for {title} for a customer project. Please send your best price for {qty}, "
        "{terms}, with lead time and payment terms. Mill test certificates are required."
    ),
    (
        "Could you quote {qty} of {title}? Delivery {terms}. Please also confirm packing and "
        "whether you can send samples before the order."
    ),
    (
        "We import {title} for distributors in our market. What is your MOQ and the price for "
        "{qty}, {terms}? We pay by L/C at sight."
    ),
    (
        "Please send your catalogue and price list for {title}. First order about {qty}, "
        "{terms}, then monthly if quality is right."
    ),
]
ANSWERS = [
    (
        "Thank you for your inquiry. For {qty} we can offer {price}, {terms}, lead time 25-30 days "
        "after deposit. Samples can go by courier this week."
    ),
    (
        "Dear buyer, we can supply this. Our price for {qty} is {price}, {terms}; validity 15 days. "
        "Payment 30% T/T in advance, balance against copy of B/L."
    ),
    (
        "Thanks for contacting us. Please find our quotation: {price} for {qty}, {terms}. We have "
        "exported this item to your market since 2016 and can share references."
    ),
]


def _quantity(offer: Offer, rng: random.Random) -> str:
    unit = UNIT_WORDS.get(offer.unit or "", "units")
    base = offer.min_order or offer.quantity
    amount = int(base * rng.choice((1, 2, 3, 5))) if base else rng.choice((20, 50, 100, 500))
    return f"{max(amount, 1):,} {unit}"


def _price(offer: Offer, rng: random.Random) -> str:
    if offer.price_amount is None or not offer.price_currency:
        return "USD " + f"{rng.randint(5, 900):,}.00 per unit"
    quoted = offer.price_amount * Decimal(str(round(rng.uniform(0.93, 1.0), 2)))
    per = {"t": "tonne", "pieces": "piece", "sets": "set"}.get(
        UNIT_WORDS.get(offer.unit or "", ""), "unit"
    )
    return f"{offer.price_currency} {quoted:,.2f} per {per}"


def load_inquiries(offers: list[Offer], users, seed: int, today: date) -> int:
    """Add demo inquiries (some answered) on live sell offers; return how many."""
    rng = random.Random(seed + 17)
    buyers = [u for u in users if u.role == "buyer" and u.company_id]
    exporter = next((u for u in users if u.email == DEMO_EXPORTER), None)
    live = [
        o for o in offers if o.type == "sell" and o.status == "active" and o.valid_until >= today
    ]
    featured = [o for o in live if exporter and o.company_id == exporter.company_id]
    if not buyers or not live:
        return 0
    now = utcnow()
    made = 0
    events: list[dict] = []  # what sending and answering would have recorded, at those times
    for _ in range(INQUIRIES):
        offer = rng.choice(featured if featured and rng.random() < 0.4 else live)
        buyer = rng.choice([b for b in buyers if b.company_id != offer.company_id] or buyers)
        sent = now - timedelta(days=rng.uniform(0.2, 60), minutes=rng.randint(0, 600))
        if sent < offer.created_at:
            sent = offer.created_at + (now - offer.created_at) * rng.uniform(0.1, 0.9)
        incoterm = rng.choice(("CIF", "CFR", "FOB", "DAP"))
        terms = f"{incoterm} {rng.choice(DESTINATIONS)}"
        words = {"title": offer.title.lower(), "qty": _quantity(offer, rng), "terms": terms}
        thread = Inquiry(
            offer_id=offer.id,
            sender_id=buyer.id,
            sender_company_id=buyer.company_id,
            owner_company_id=offer.company_id,
            created_at=sent,
            last_message_at=sent,
            unread_by_owner=1,
            kind="inquiry",
        )
        thread.messages.append(
            InquiryMessage(
                author_id=buyer.id,
                body=rng.choice(ASKS).format(**words),
                quantity=words["qty"],
                terms=terms,
                created_at=sent,
            )
        )
        answered = sent + timedelta(hours=rng.uniform(1.5, 40))
        if answered < now and rng.random() < 0.65:
            thread.messages.append(
                InquiryMessage(
                    author_id=offer.author_id,
                    body=rng.choice(ANSWERS).format(**words, price=_price(offer, rng)),
                    created_at=answered,
                )
            )
            thread.first_answer_at = thread.last_message_at = answered
            thread.unread_by_owner, thread.unread_by_sender = 0, 1
        db.session.add(thread)
        made += 1
        events.append(_event("inquiry_sent", sent, buyer, offer))
        if thread.first_answer_at is not None:
            waited = int((answered - sent).total_seconds() * 1000)
            events.append(_event("inquiry_answered", answered, offer.author, offer, waited))
    db.session.flush()
    if events:
        db.session.execute(insert(Event), events)
    return made


def _event(kind: str, at, actor, offer: Offer, value_ms: int | None = None) -> dict:
    company = actor.company
    return {
        "kind": kind,
        "occurred_at": at,
        "day": at.date(),
        "actor_role": actor.role,
        "actor_country": company.country if company else None,
        "actor_size": company.size_class if company else None,
        "company_id": actor.company_id,
        "value_ms": value_ms,
        **offer_fields(offer),
    }
