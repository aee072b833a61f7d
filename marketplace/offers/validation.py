"""Validation of offer input, shared by the posting form and the JSON API.

:func:`parse_offer` takes flat raw values (``price_amount`` and ``price_currency``
rather than a nested ``price``) and returns clean ones, or raises
:class:`InvalidInput` with a message for every field that failed, so that
nothing is saved unless everything is right.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from flask_babel import lazy_gettext as _l

from marketplace.catalog import categories, hs, ports, terms
from marketplace.core import fields
from marketplace.core.errors import InvalidInput
from marketplace.core.fields import FieldError, is_blank
from marketplace.offers.models import OFFER_TYPES

TITLE_MAX = 200
DESCRIPTION_MAX = 5000
MAX_VALIDITY_DAYS = 365

# Every field the offer form and API accept.
OFFER_FIELDS = (
    "type",
    "title",
    "description",
    "category",
    "hs_code",
    "quantity",
    "unit",
    "min_order",
    "price_amount",
    "price_currency",
    "incoterm",
    "port",
    "origin_country",
    "target_countries",
    "payment_terms",
    "valid_until",
)
REQUIRED = ("type", "title")
# Fields that may be cleared (sent empty) on an edit.
_LIST_FIELDS = ("target_countries", "payment_terms")


def _hs_code(value: object) -> str:
    if not isinstance(value, str):
        raise FieldError(_l("Enter a 6-digit HS code such as 730640."))
    digits = "".join(ch for ch in value if ch not in " .-")
    if not (len(digits) in (6, 8, 10) and digits.isascii() and digits.isdigit()):
        raise FieldError(_l("Enter a 6-digit HS code such as 730640."))
    # A national tariff code (HSK 7306401000, CN 73064020) starts with its HS subheading.
    digits = digits[:6]
    if hs.lookup(digits) is None:
        raise FieldError(
            _l("%(code)s is not an HS code. Use the suggestions to find yours.", code=digits)
        )
    return digits


def _port(value: object) -> str:
    if not isinstance(value, str):
        raise FieldError(_l("Enter a port code such as KRPUS (Busan)."))
    code = value.replace(" ", "").upper()
    if terms.LOCODE_RE.match(code) and code[:2] in terms.countries():
        return code
    named = ports.find(value)
    if len(named) == 1:
        return named[0].code  # "Busan" is KRPUS
    if named:
        raise FieldError(
            _l(
                "Several ports are called %(name)s: %(codes)s. Enter the code of yours.",
                name=value.strip()[:40],
                codes=", ".join(f"{p.code} ({terms.country_name(p.country)})" for p in named),
            )
        )
    raise FieldError(_l("Enter a port's name, such as Busan, or its UN/LOCODE, such as KRPUS."))


def _country(value: object) -> str:
    return fields.choice(value, terms.countries(), upper=True)


def _valid_until(value: object, today: date) -> date:
    day = fields.iso_date(value)
    if day < today:
        raise FieldError(_l("Choose a date from today on."))
    if day > today + timedelta(days=MAX_VALIDITY_DAYS):
        raise FieldError(_l("An offer can be valid for at most one year."))
    return day


def _same_date(value: object, current: date | None) -> bool:
    try:
        return current is not None and fields.iso_date(value) == current
    except FieldError:
        return False


_PARSERS = {
    "type": lambda v, t: fields.choice(v, OFFER_TYPES),
    "title": lambda v, t: fields.text(v, min_len=5, max_len=TITLE_MAX),
    "description": lambda v, t: fields.text(v, max_len=DESCRIPTION_MAX, multiline=True),
    "category": lambda v, t: fields.choice(v, categories.BY_SLUG),
    "hs_code": lambda v, t: _hs_code(v),
    "quantity": lambda v, t: fields.decimal(v, places=3),
    "unit": lambda v, t: fields.choice(v, terms.UNITS, upper=True),
    "min_order": lambda v, t: fields.decimal(v, places=3),
    "price_amount": lambda v, t: fields.decimal(v, places=2),
    "price_currency": lambda v, t: fields.choice(v, terms.currencies(), upper=True),
    "incoterm": lambda v, t: fields.choice(v, terms.INCOTERMS, upper=True),
    "port": lambda v, t: _port(v),
    "origin_country": lambda v, t: _country(v),
    "target_countries": lambda v, t: fields.country_list(v, max_items=60),
    "payment_terms": lambda v, t: fields.code_list(v, terms.PAYMENT_TERMS, max_items=5),
    "valid_until": _valid_until,
}


def parse_offer(
    raw: Mapping[str, Any],
    *,
    today: date,
    current: Mapping[str, Any] | None = None,
    default_validity_days: int = 90,
) -> dict[str, Any]:
    """Validate ``raw`` and return the clean values.

    For a new offer ``current`` is None: required fields must be present and the
    validity date defaults to ``today + default_validity_days``. For an edit,
    ``current`` holds the offer's present values and only the fields in ``raw``
    change; the cross-field rules are checked on the merged result.
    Raises :class:`InvalidInput` naming every failing field.
    """
    errors: dict[str, object] = {}
    unknown = [k for k in raw if k not in OFFER_FIELDS]
    for name in unknown[:10]:
        errors[name] = _l("This field is not part of an offer.")

    clean: dict[str, Any] = {}
    for name in OFFER_FIELDS:
        if name not in raw:
            continue
        value = raw[name]
        if is_blank(value) or value == []:
            if name == "valid_until":
                continue  # left empty: a new offer gets the default period, an edit keeps its date
            if name in REQUIRED:
                errors[name] = _l("This field is required.")
            else:
                clean[name] = [] if name in _LIST_FIELDS else "" if name == "description" else None
            continue
        try:
            if name == "valid_until" and current and _same_date(value, current.get(name)):
                continue  # an edit that leaves the date alone keeps it, even if past
            clean[name] = _PARSERS[name](value, today)
        except FieldError as exc:
            errors[name] = exc.message

    merged = dict(current or {})
    merged.update(clean)
    if current is None:
        for name in REQUIRED:
            if name not in raw:
                errors.setdefault(name, _l("This field is required."))
        if merged.get("valid_until") is None:
            clean["valid_until"] = merged["valid_until"] = today + timedelta(
                days=default_validity_days
            )
    _check_together(merged, clean, errors)
    if errors:
        raise InvalidInput(errors)
    return clean


def _check_together(merged: dict, clean: dict, errors: dict) -> None:
    """Rules that involve more than one field: HS code vs category, amounts vs units."""
    code = merged.get("hs_code")
    implied = categories.category_for_hs(code) if code and "hs_code" not in errors else None
    if implied is not None:
        if "category" in clean and clean["category"] not in (None, implied.slug):
            errors.setdefault(
                "category",
                _l(
                    "HS code %(code)s belongs to the category %(name)s.",
                    code=code,
                    name=implied.name,
                ),
            )
        elif "category" not in errors:
            clean["category"] = merged["category"] = implied.slug
    if not merged.get("category") and "category" not in errors and "hs_code" not in errors:
        errors["category"] = _l("Choose a category, or enter an HS code.")

    for amount, unit_field in (("quantity", "unit"), ("min_order", "unit")):
        if merged.get(amount) is not None and not merged.get(unit_field):
            errors.setdefault("unit", _l("Choose the unit of the quantity."))
    if merged.get("price_amount") is not None and not merged.get("price_currency"):
        errors.setdefault("price_currency", _l("Choose the currency of the price."))
    if (
        merged.get("quantity") is not None
        and merged.get("min_order") is not None
        and merged["min_order"] > merged["quantity"]
    ):
        errors.setdefault("min_order", _l("The minimum order cannot exceed the quantity."))
