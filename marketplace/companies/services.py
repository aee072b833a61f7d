"""Company operations: profile edits, verification, and the directory."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import exists, func, select

from marketplace.accounts.models import User
from marketplace.companies.models import Company
from marketplace.companies.validation import parse_company
from marketplace.core.db import db
from marketplace.core.errors import NotFound, PermissionDenied
from marketplace.offers.models import Offer


def get_company(company_id: int) -> Company:
    """The company with this id, or NotFound."""
    company = db.session.get(Company, company_id)
    if company is None:
        raise NotFound()
    return company


def update_profile(company: Company, actor: User, raw: Mapping[str, Any]) -> Company:
    """A member edits its own company's profile."""
    if actor.company_id != company.id:
        raise PermissionDenied()
    for name, value in parse_company(raw).items():
        setattr(company, name, value)
    db.session.flush()
    return company


def set_verified(company: Company, operator: User, verified: bool) -> Company:
    """An operator marks a company as verified (or not)."""
    if not operator.is_operator:
        raise PermissionDenied()
    company.verified = verified
    db.session.flush()
    return company


def directory(
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


def directory_countries() -> list[str]:
    """The countries that have at least one company, for the directory filter."""
    return list(db.session.scalars(select(Company.country).distinct().order_by(Company.country)))
