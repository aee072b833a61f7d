"""Turning database rows into index documents."""

from __future__ import annotations

from functools import cache

from marketplace.catalog import hs
from marketplace.companies.models import Company
from marketplace.offers.models import Offer
from search_index.analysis import cjk_runs


def stamp(updated_at) -> int:
    """A row version for drift checks: its last change in microseconds since the epoch."""
    return int(updated_at.timestamp() * 1_000_000)


def hs_prefixes(code: str | None) -> str:
    """``730640`` -> ``"73 7306 730640"``, so a chapter or heading finds the subheading."""
    if not code:
        return ""
    return " ".join(code[:n] for n in (2, 4, 6) if len(code) >= n)


@cache
def hs_words(code: str | None) -> str:
    """The nomenclature text of the code's heading and subheading (what customs calls it)."""
    if not code:
        return ""
    return " ".join(entry.description for entry in hs.lineage(code)[1:])


def offer_document(offer: Offer) -> dict:
    """The index document of a live offer."""
    company_name = offer.seller_name if offer.company else ""
    # Product names live in titles; only those feed typo tolerance ("words"),
    # which keeps the unstemmed copy small. CJK n-grams cover the whole text.
    headline = f"{offer.title} {company_name}"
    text = f"{offer.title} {offer.description} {company_name}"
    price_cents = int(offer.price_amount * 100) if offer.price_amount is not None else -1
    return {
        "id": str(offer.id),
        "stamp": stamp(offer.updated_at),
        "title": offer.title,
        "description": offer.description or "",
        "company": company_name,
        "hs_text": hs_words(offer.hs_code),
        "words": headline,
        "cjk": " ".join(cjk_runs(text)),
        "hs": hs_prefixes(offer.hs_code),
        "type": offer.type,
        "category": offer.category,
        "country": offer.origin_country or "",
        "incoterm": offer.incoterm or "",
        "targets": " ".join(offer.target_countries or []),
        "created": int(offer.created_at.timestamp() * 1000),
        "valid_until": offer.valid_until.toordinal(),
        "price_cents": price_cents,
    }


def company_document(company: Company) -> dict:
    """The index document of a company."""
    text = f"{company.name} {company.main_products} {company.description}"
    return {
        "id": str(company.id),
        "stamp": stamp(company.updated_at),
        "name": company.name,
        "products": company.main_products or "",
        "description": company.description or "",
        "words": text,
        "cjk": " ".join(cjk_runs(text)),
        "country": company.country,
        "business_type": company.business_type,
    }


def is_indexed(offer: Offer) -> bool:
    """Only active offers are in the index; expiry by date is filtered at query time too."""
    return offer.status == "active"
