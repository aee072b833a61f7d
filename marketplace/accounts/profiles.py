"""What members may do to a company's record: edit its profile (verification: ``marketplace.trust``).

These live with the accounts because each needs the acting member; the Company model
itself (``marketplace.companies``) knows nothing about members.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from marketplace.accounts.models import User
from marketplace.companies.models import Company
from marketplace.companies.validation import parse_company
from marketplace.core.db import db
from marketplace.core.errors import NotFound, PermissionDenied


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
