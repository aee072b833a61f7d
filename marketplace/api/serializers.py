"""Offer and category shapes as the API and feeds return them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from flask import g, url_for

from marketplace.catalog import categories
from marketplace.core.fields import decimal_str
from marketplace.offers.models import Offer
from marketplace.offers.origin import origin_json

SNIPPET_LENGTH = 300


def iso(value: datetime | None) -> str | None:
    """An aware datetime as ISO 8601 in UTC with a ``Z``."""
    if value is None:
        return None
    return value.isoformat().replace("+00:00", "Z")


def _category_name(slug: str | None) -> str | None:
    """A category's name in the reader's language, translated once per request
    (an answer of 20 offers would otherwise look up the same few names 20 times)."""
    names = g.setdefault("category_names", {})
    if slug not in names:
        category = categories.get(slug) if slug else None
        names[slug] = str(category.name) if category else None
    return names[slug]


def offer_json(offer: Offer, today) -> dict:
    """The public JSON shape of an offer (PRODUCT.md)."""
    price = None
    if offer.price_amount is not None:
        amount = offer.price_amount.quantize(Decimal("0.01"))  # always with cents, as stored
        price = {"amount": format(amount, "f"), "currency": offer.price_currency}
    company = offer.company
    shown = {
        "id": company.id,
        "name": company.name,
        "country": company.country,
        "verified": company.verified,
    }
    if offer.origin is not None:
        # A copy is shown under the company that posted the original; its
        # verification is the origin's claim, so it is given in ``origin`` only.
        shown.update(
            name=offer.origin.company_name, country=offer.origin.company_country, verified=False
        )
    data = {
        "id": offer.id,
        "type": offer.type,
        "title": offer.title,
        "description": offer.description,
        "category": {"slug": offer.category, "name": _category_name(offer.category)},
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
        "company": shown,
        "status": offer.public_status(today),
        "url": url_for("offers.show", offer_id=offer.id, _external=True),
        "photos": [
            url_for("offers.photo", filename=p.filename, _external=True) for p in offer.photos
        ],
        "created_at": iso(offer.created_at),
        "updated_at": iso(offer.updated_at),
        "valid_until": offer.valid_until.isoformat(),
        "snippet": snippet(offer.description),
    }
    if offer.origin is not None:
        data["origin"] = origin_json(offer)
    return data


def snippet(text: str | None, limit: int = SNIPPET_LENGTH) -> str:
    """Plain text of at most ``limit`` characters, cut at a word where possible."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut + "…"


def category_json(category: categories.Category, count: int) -> dict:
    """A category with its HS chapters and live offer count."""
    return {
        "slug": category.slug,
        "name": str(category.name),
        "hs_chapters": category.hs_chapters,
        "offer_count": count,
    }
