"""The company directory: companies by name, with their live offer counts."""

from __future__ import annotations

from sqlalchemy import exists, func, select

from marketplace.companies.models import Company
from marketplace.core.db import db
from marketplace.offers.models import Offer


def companies(
    *,
    country: str | None = None,
    business_type: str | None = None,
    category: str | None = None,
    page: int = 1,
    per_page: int = 30,
):
    """A page of companies by name, narrowed by country, business type or offer category.

    Each item is ``(company, live_offer_count)``.
    """
    live = (Offer.company_id == Company.id) & Offer.live()
    count = select(func.count(Offer.id)).where(live).correlate(Company).scalar_subquery()
    query = select(Company, count.label("offer_count")).order_by(Company.name, Company.id)
    if country:
        query = query.where(Company.country == country)
    if business_type:
        query = query.where(Company.business_type == business_type)
    if category:
        query = query.where(exists().where(live, Offer.category == category))
    total = db.session.scalar(select(func.count()).select_from(query.subquery()))
    rows = db.session.execute(query.limit(per_page).offset((page - 1) * per_page)).all()
    return rows, total


def countries() -> list[str]:
    """The countries that have at least one company, for the directory filter."""
    return list(db.session.scalars(select(Company.country).distinct().order_by(Company.country)))
