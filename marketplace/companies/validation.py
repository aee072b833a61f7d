"""Validation of company profile input, shared by registration, profile edit and the CLI."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from flask_babel import lazy_gettext as _l

from marketplace.catalog import terms
from marketplace.companies.models import BUSINESS_TYPES, SIZE_CLASSES
from marketplace.core import fields
from marketplace.core.errors import InvalidInput
from marketplace.core.fields import FieldError, is_blank

COMPANY_FIELDS = (
    "name",
    "country",
    "city",
    "business_type",
    "size_class",
    "year_established",
    "website",
    "main_products",
    "description",
)
REQUIRED = ("name", "country", "business_type")


def _year(value: object) -> int:
    try:
        year = int(str(value).strip()) if not isinstance(value, bool) else None
    except ValueError:
        year = None
    if year is None or not 1800 <= year <= date.today().year:
        raise FieldError(_l("Enter a year such as 1998."))
    return year


def _website(value: object) -> str:
    url = fields.text(value, max_len=200)
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[oops" and the like
        raise FieldError(_l("Enter a web address such as www.example.com.")) from None
    if parts.scheme not in ("http", "https") or "." not in parts.netloc or " " in url:
        raise FieldError(_l("Enter a web address such as www.example.com."))
    return url


_PARSERS = {
    "name": lambda v: fields.text(v, min_len=2, max_len=120),
    "country": lambda v: fields.choice(v, terms.countries(), upper=True),
    "city": lambda v: fields.text(v, max_len=80),
    "business_type": lambda v: fields.choice(v, BUSINESS_TYPES),
    "size_class": lambda v: fields.choice(v, SIZE_CLASSES),
    "year_established": _year,
    "website": _website,
    "main_products": lambda v: fields.text(v, max_len=300),
    "description": lambda v: fields.text(v, max_len=3000, multiline=True),
}


def parse_company(raw: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Validate company fields; raise InvalidInput naming each failing field."""
    errors: dict[str, object] = {}
    clean: dict[str, Any] = {}
    for name in COMPANY_FIELDS:
        if name not in raw:
            if name in REQUIRED and not partial:
                errors[name] = _l("This field is required.")
            continue
        value = raw[name]
        if is_blank(value):
            if name in REQUIRED:
                errors[name] = _l("This field is required.")
            else:
                clean[name] = None if name == "year_established" else ""
            continue
        try:
            clean[name] = _PARSERS[name](value)
        except FieldError as exc:
            errors[name] = exc.message
    if errors:
        raise InvalidInput(errors)
    return clean
