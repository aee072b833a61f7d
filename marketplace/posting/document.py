"""The offer as it travels to partner sites (no request context needed)."""

from __future__ import annotations

from decimal import Decimal

from flask import current_app, url_for

from marketplace.core.fields import decimal_str
from marketplace.core.urls import public_base
from marketplace.offers.models import Offer


def offer_document(offer: Offer) -> dict:
    """Our offer in the API's shape, for portal and webhook deliveries."""
    price = None
    if offer.price_amount is not None:
        price = {
            "amount": format(offer.price_amount.quantize(Decimal("0.01")), "f"),
            "currency": offer.price_currency,
        }
    return {
        "id": offer.id,
        "type": offer.type,
        "title": offer.title,
        "description": offer.description or "",
        "category": offer.category,
        "hs_code": offer.hs_code,
        "quantity": decimal_str(offer.quantity),
        "unit": offer.unit,
        "min_order": decimal_str(offer.min_order),
        "price": price,
        "incoterm": offer.incoterm,
        "port": offer.port,
        "origin_country": offer.origin_country,
        "target_countries": list(offer.target_countries or []),
        "payment_terms": list(offer.payment_terms or []),
        "valid_until": offer.valid_until.isoformat(),
        "company": {"name": offer.company.name, "country": offer.company.country},
        "url": url_for("offers.show", offer_id=offer.id, _external=True),
    }


def origin_document(offer: Offer) -> dict:
    """Who posted ``offer`` and where it is, as a partner portal records it with its copy."""
    return {
        "portal": {"name": current_app.config["PORTAL_NAME"], "url": public_base()},
        "offer_id": str(offer.id),
        "url": url_for("offers.show", offer_id=offer.id, _external=True),
        "company": {
            "name": offer.company.name,
            "country": offer.company.country,
            "verified": bool(offer.company.verified),
        },
    }
