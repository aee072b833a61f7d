"""A company's booth: its live offers grouped by category, as the booth page and PDF show them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from marketplace.catalog import categories
from marketplace.companies.models import Company
from marketplace.core.db import db
from marketplace.offers.models import Offer, today

# A catalogue is a brochure, not an archive: beyond this many offers it shows the newest.
MAX_OFFERS = 300


@dataclass
class Section:
    """The offers of one category (sell offers first, then buying requests)."""

    category: categories.Category | None
    slug: str
    offers: list[Offer] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        """The id the contents link to."""
        return f"section-{self.slug}"


@dataclass
class Booth:
    """What a company shows: its live sell offers by category and its buying requests."""

    company: Company
    sections: list[Section]
    requests: list[Offer]
    day: date

    @property
    def offers(self) -> list[Offer]:
        """Every offer shown, in the order shown."""
        return [offer for section in self.sections for offer in section.offers] + self.requests

    @property
    def photos(self) -> int:
        """How many offers shown have a photo."""
        return sum(1 for offer in self.offers if offer.photos)


def _category_order(slug: str) -> tuple[int, str]:
    known = [category.slug for category in categories.CATEGORIES]
    return (known.index(slug), slug) if slug in known else (len(known), slug)


def booth(company: Company) -> Booth:
    """The company's live offers (its own, never partners' copies), grouped by category.

    Categories follow the portal's order; within one the newest offer comes first.
    """
    day = today()
    offers = list(
        db.session.scalars(
            select(Offer)
            .where(Offer.company_id == company.id, Offer.live(day), ~Offer.origin.has())
            .options(selectinload(Offer.photos))
            .order_by(Offer.created_at.desc(), Offer.id.desc())
            .limit(MAX_OFFERS)
        )
    )
    grouped: dict[str, Section] = {}
    for offer in offers:
        if offer.type == "sell":
            section = grouped.setdefault(
                offer.category, Section(categories.get(offer.category), offer.category)
            )
            section.offers.append(offer)
    sections = [grouped[slug] for slug in sorted(grouped, key=_category_order)]
    requests = [offer for offer in offers if offer.type == "buy"]
    return Booth(company=company, sections=sections, requests=requests, day=day)


def fingerprint(shown: Booth, language: str) -> str:
    """A digest of everything the catalogue prints: another value means a new PDF is due.

    The day counts too, because an offer past its date leaves the catalogue without
    any row changing.
    """
    company = shown.company
    parts = [
        language,
        shown.day.isoformat(),
        str(company.updated_at),
        repr(company.verifications),
        str(company.verified),
    ]
    for offer in shown.offers:
        photos = ",".join(photo.thumb_filename for photo in offer.photos[:1])
        parts.append(f"{offer.id}:{offer.updated_at}:{photos}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()
