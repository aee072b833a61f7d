"""Checking a quotation as a supplier typed it (a form or a JSON body)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from flask_babel import lazy_gettext as _l

from marketplace.catalog import terms
from marketplace.core import documents, fields
from marketplace.core.errors import InvalidInput
from marketplace.core.fields import FieldError, is_blank
from marketplace.offers.models import Offer

FIELDS = (
    "unit_price",
    "currency",
    "quantity",
    "unit",
    "min_order",
    "incoterm",
    "place",
    "lead_time_days",
    "payment_terms",
    "valid_until",
    "message",
)
MAX_ATTACHMENTS = 5
MAX_VALIDITY_DAYS = 365
MAX_LEAD_TIME_DAYS = 730


def _lead_time(value: object) -> int:
    text = (
        str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    )
    if not text.isdigit():
        raise FieldError(_l("Enter the lead time as a whole number of days, such as 30."))
    days = int(text)
    if not 1 <= days <= MAX_LEAD_TIME_DAYS:
        raise FieldError(_l("Enter a lead time between 1 and %(n)d days.", n=MAX_LEAD_TIME_DAYS))
    return days


def _validity(value: object, today: date) -> date:
    valid_until = fields.iso_date(value)
    if valid_until < today:
        raise FieldError(
            _l("That date has passed. A quotation must be valid until today or later.")
        )
    if valid_until > today + timedelta(days=MAX_VALIDITY_DAYS):
        raise FieldError(_l("A quotation can be valid for at most one year."))
    return valid_until


def check(raw: Mapping[str, Any], request: Offer, today: date) -> dict:
    """The clean values of a quotation on ``request``, or InvalidInput with every problem.

    The unit is the request's when it names one, so quotations compare like with like.
    """
    errors: dict[str, object] = {}
    clean: dict[str, Any] = {}

    def take(name: str, parse, *, required: bool = True) -> None:
        value = raw.get(name)
        if is_blank(value) or value == []:
            if required:
                errors[name] = _l("Please fill this in.")
            else:
                clean[name] = None
            return
        try:
            clean[name] = parse(value)
        except FieldError as exc:
            errors[name] = exc.message

    take("unit_price", lambda v: fields.decimal(v, places=4))
    take("currency", lambda v: fields.choice(v, terms.currencies(), upper=True))
    take("quantity", lambda v: fields.decimal(v, places=3))
    if request.unit:
        clean["unit"] = request.unit
    else:
        take("unit", lambda v: fields.choice(v, terms.UNITS, upper=True))
    take("min_order", lambda v: fields.decimal(v, places=3), required=False)
    take("incoterm", lambda v: fields.choice(v, terms.INCOTERMS, upper=True))
    take("place", lambda v: fields.text(v, min_len=2, max_len=100))
    take("lead_time_days", _lead_time)
    take(
        "payment_terms",
        lambda v: fields.code_list(v, terms.PAYMENT_TERMS, max_items=len(terms.PAYMENT_TERMS)),
    )
    take("valid_until", lambda v: _validity(v, today))
    message = raw.get("message")
    try:
        clean["message"] = (
            "" if is_blank(message) else fields.text(message, max_len=5000, multiline=True)
        )
    except FieldError as exc:
        errors["message"] = exc.message
    quantity, min_order = clean.get("quantity"), clean.get("min_order")
    if isinstance(quantity, Decimal) and isinstance(min_order, Decimal) and min_order > quantity:
        errors["min_order"] = _l("The minimum order cannot be more than the quantity you offer.")
    if errors:
        raise InvalidInput(errors)
    return clean


def check_attachments(uploads) -> list[documents.Document]:
    """The chosen files, each checked as a document; InvalidInput naming the first bad one."""
    chosen = [u for u in uploads if getattr(u, "filename", "")]
    if len(chosen) > MAX_ATTACHMENTS:
        raise InvalidInput({"attachments": _l("Attach at most %(n)d files.", n=MAX_ATTACHMENTS)})
    checked = []
    for upload in chosen:
        try:
            document = documents.check(upload)
        except FieldError as exc:
            raise InvalidInput(
                {
                    "attachments": _l(
                        "“%(name)s”: %(problem)s", name=upload.filename, problem=exc.message
                    )
                }
            ) from None
        if document is not None:
            checked.append(document)
    return checked
