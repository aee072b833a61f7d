"""The offer as it travels to partner sites (no request context needed)."""
from __future__ import annotations

from decimal import Decimal

from marketplace.core.fields import decimal_str
from marketplace.offers.models import Offer


def offer_document(offer: Offer) -> dict:
    """Our offer in the API's shape, for portal and webhook deliveries."""
    price = None
    if offer.price_amount is not None:
        price = {"amount": format(offer.price_amount.quantize(Decimal("0.01")), "f"),
                 "currency": offer.price_currency}
    return {
        "id": offer.id, "type": offer.type, "title": offer.title,
        "description": offer.description or "", "category": offer.category,
        "hs_code": offer.hs_code, "quantity": decimal_str(offer.quantity), "unit": offer.unit,
        "min_order": decimal_str(offer.min_order), "price": price, "incoterm": offer.incoterm,
        "port": offer.port, "origin_country": offer.origin_country,
        "target_countries": list(offer.target_countries or []),
        "payment_terms": list(offer.payment_terms or []),
        "valid_until": offer.valid_until.isoformat(),
        "company": {"name": offer.company.name, "country": offer.company.country},
    }
