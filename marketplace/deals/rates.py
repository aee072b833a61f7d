"""Operators set and remove the reference exchange rates (:mod:`marketplace.catalog.exchange_rates`)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from flask_babel import lazy_gettext as _l

from marketplace.accounts.models import User
from marketplace.catalog import terms
from marketplace.catalog.exchange_rates import BASE, ExchangeRate
from marketplace.core import fields
from marketplace.core.db import db, utcnow
from marketplace.core.errors import InvalidInput, PermissionDenied


def set_rate(operator: User, raw: Mapping[str, Any]) -> ExchangeRate:
    """Add or change one rate (``currency``, ``per_usd``, ``as_of``); operators only."""
    if not operator.is_operator:
        raise PermissionDenied()
    errors: dict[str, object] = {}
    currency = as_of = per_usd = None
    try:
        currency = fields.choice(raw.get("currency"), terms.currencies(), upper=True)
        if currency == BASE:
            raise fields.FieldError(_l("Rates are per US dollar, so USD itself is always 1."))
    except fields.FieldError as exc:
        errors["currency"] = exc.message
    try:
        per_usd = fields.decimal(raw.get("per_usd"), places=8, maximum=Decimal("1e12"))
    except fields.FieldError as exc:
        errors["per_usd"] = exc.message
    try:
        as_of = fields.iso_date(raw.get("as_of"))
        if as_of > utcnow().date():
            raise fields.FieldError(_l("A rate cannot be dated in the future."))
    except fields.FieldError as exc:
        errors["as_of"] = exc.message
    if errors:
        raise InvalidInput(errors)
    assert currency is not None and per_usd is not None and as_of is not None
    rate = db.session.get(ExchangeRate, currency) or ExchangeRate(currency=currency)
    rate.per_usd, rate.as_of = per_usd, as_of
    rate.updated_by_id, rate.updated_at = operator.id, utcnow()
    db.session.add(rate)
    db.session.flush()
    return rate


def remove_rate(operator: User, currency: str) -> None:
    """Drop a rate (its currency is then compared only in its own terms)."""
    if not operator.is_operator:
        raise PermissionDenied()
    rate = db.session.get(ExchangeRate, currency)
    if rate is not None:
        db.session.delete(rate)
        db.session.flush()
