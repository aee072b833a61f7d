"""Quotations: a supplier prices a buying request; the buyer compares, shortlists and decides.

Each quotation opens an inquiry thread (``conversations.inquiries.open_thread``),
so what follows is written where every other conversation is. Decisions are
told to the supplier in that thread and as a notification.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from marketplace.accounts.models import User
from marketplace.activity import events
from marketplace.catalog import exchange_rates as rates
from marketplace.catalog import terms
from marketplace.conversations import inquiries
from marketplace.core import documents, fields, translatable
from marketplace.core.db import db, utcnow
from marketplace.core.errors import EmailNotConfirmed, InvalidInput, NotFound, PermissionDenied
from marketplace.deals import validation
from marketplace.deals.models import Quotation, QuotationAttachment
from marketplace.offers import services as offers
from marketplace.offers.models import Offer, today

DECLINE_REASONS: dict[str, object] = {
    "price": _l("The price is too high"),
    "lead_time": _l("The lead time is too long"),
    "min_order": _l("The minimum order is too large"),
    "terms": _l("The delivery or payment terms do not suit us"),
    "specification": _l("The product does not meet our specification"),
    "other_supplier": _l("We chose another supplier"),
    "other": _l("Another reason (written below)"),
}
SORTS = ("price", "total", "lead_time", "min_order", "valid_until", "received")


def _refuse(message) -> InvalidInput:
    return InvalidInput({"offer": message})


def existing(offer: Offer, user: User | None) -> Quotation | None:
    """The quotation ``user``'s company sent on ``offer``, if any."""
    if user is None or not getattr(user, "company_id", None):
        return None
    return db.session.scalar(
        select(Quotation).where(
            Quotation.offer_id == offer.id, Quotation.company_id == user.company_id
        )
    )


def refusal(offer: Offer, user: User) -> object | None:
    """Why ``user`` may not quote on ``offer`` (a message), or None when they may."""
    if offer.type != "buy":
        return _l("Quotations answer buying requests; this is a sell offer.")
    if user.company_id == offer.company_id:
        return _l("This is your own company's request.")
    if offer.origin is not None:
        return _l(
            "This request was posted on %(portal)s. Send an inquiry: it reaches the buyer there.",
            portal=offer.origin.portal_title,
        )
    if not offer.is_live():
        return _l("This request is closed: it has expired or the buyer has closed it.")
    if existing(offer, user) is not None:
        return _l(
            "Your company already sent a quotation on this request. "
            "Write in its conversation to change it."
        )
    return None


def can_quote(offer: Offer, user) -> bool:
    """True when the page should offer ``user`` the quotation form for ``offer``."""
    return (
        user is not None
        and getattr(user, "is_authenticated", False)
        and user.company_id is not None
        and not user.is_operator
        and refusal(offer, user) is None
    )


def summary(values: Mapping[str, Any]):
    """The thread's first message: the terms in the words of any quotation (read in each
    side's language), then the supplier's own message as written."""
    terms_line = _l(
        "Quotation: %(price)s per %(unit)s, %(quantity)s %(units)s, %(terms)s, "
        "lead time %(days)d days, valid until %(date)s.",
        price=f"{values['currency']} {values['unit_price']:,.2f}",
        unit=terms.UNIT_SINGULAR.get(values["unit"], values["unit"]),
        quantity=f"{values['quantity'].normalize():,f}",
        units=terms.UNITS.get(values["unit"], values["unit"]),
        terms=f"{values['incoterm']} {values['place']}",
        days=values["lead_time_days"],
        date=values["valid_until"].isoformat(),
    )
    return translatable.followed_by(terms_line, values["message"])


def submit(
    supplier: User, offer: Offer, raw: Mapping[str, Any], uploads: Iterable = ()
) -> Quotation:
    """Send a quotation on the buying request ``offer``, with its thread and attachments."""
    if supplier.company_id is None or supplier.is_operator:
        raise PermissionDenied()
    if not supplier.email_confirmed:
        raise EmailNotConfirmed()
    problem = refusal(offer, supplier)
    if problem is not None:
        raise _refuse(problem)
    errors: dict[str, object] = {}
    try:
        values = validation.check(raw, offer, today())
    except InvalidInput as exc:
        errors.update(exc.fields)
    try:
        checked = validation.check_attachments(uploads)
    except InvalidInput as exc:
        errors.update(exc.fields)
    if errors:  # every problem at once, the file's among them
        raise InvalidInput(errors)
    thread = inquiries.open_thread(
        supplier,
        offer,
        {
            "body": summary(values),
            "quantity": f"{fields.decimal_str(values['quantity'])} {values['unit']}",
            "terms": f"{values['incoterm']} {values['place']}"[:200],
        },
        notice=_l("New quotation on your request “%(title)s”", title=offer.title),
        kind="quotation",
    )
    quotation = Quotation(
        offer_id=offer.id,
        company_id=supplier.company_id,
        author_id=supplier.id,
        inquiry_id=thread.id,
        **values,
    )
    for document in checked:
        quotation.attachments.append(
            QuotationAttachment(
                stored_name=documents.save(document),
                filename=document.filename,
                content_type=document.content_type,
                size=len(document.data),
            )
        )
    db.session.add(quotation)
    db.session.flush()
    events.record("quotation_sent", actor=supplier, offer=offer)
    return quotation


def _is_buyer(quotation: Quotation, user: User) -> bool:
    return user.company_id is not None and user.company_id == quotation.offer.company_id


def get(quotation_id: int, user: User) -> Quotation:
    """A quotation seen by the buyer's or the supplier's company."""
    quotation = db.session.get(Quotation, quotation_id)
    if quotation is None:
        raise NotFound()
    if user.company_id is None or user.company_id not in (
        quotation.company_id,
        quotation.offer.company_id,
    ):
        raise PermissionDenied()
    return quotation


def for_request(offer: Offer, user: User) -> list[Quotation]:
    """Every quotation on the buyer's own request, oldest first; others are refused."""
    if offer.type != "buy":
        raise NotFound()
    if not offers.is_owner(offer, user):
        raise PermissionDenied()
    return list(
        db.session.scalars(
            select(Quotation).where(Quotation.offer_id == offer.id).order_by(Quotation.id)
        )
    )


def for_thread(inquiry_id: int) -> Quotation | None:
    """The quotation a thread was opened by, if it was."""
    return db.session.scalar(select(Quotation).where(Quotation.inquiry_id == inquiry_id))


def states_by_thread(inquiry_ids: Iterable[int]) -> dict[int, str]:
    """The status of the quotation each of these threads was opened by."""
    ids = list(inquiry_ids)
    if not ids:
        return {}
    rows = db.session.execute(
        select(Quotation.inquiry_id, Quotation.status).where(Quotation.inquiry_id.in_(ids))
    )
    return {inquiry_id: status for inquiry_id, status in rows}


def counts_by_request(offer_ids: Iterable[int]) -> dict[int, int]:
    """How many quotations each of these requests received."""
    ids = list(offer_ids)
    if not ids:
        return {}
    rows = db.session.execute(
        select(Quotation.offer_id, func.count())
        .where(Quotation.offer_id.in_(ids))
        .group_by(Quotation.offer_id)
    )
    return {offer_id: n for offer_id, n in rows}


def _decidable(quotation: Quotation, user: User) -> None:
    if not _is_buyer(quotation, user):
        raise PermissionDenied()
    if quotation.status != "open":
        raise InvalidInput({"decision": _l("This quotation was already decided on.")})


def set_shortlisted(quotation: Quotation, user: User, shortlisted: bool) -> Quotation:
    """The buyer marks (or unmarks) a quotation for a closer look; the supplier is not told."""
    _decidable(quotation, user)
    quotation.shortlisted = shortlisted
    db.session.flush()
    return quotation


def _tell_supplier(quotation: Quotation, user: User, body: object, notice: object) -> None:
    inquiries.reply(quotation.inquiry, user, {"body": body}, notice=notice, notice_kind="quotation")


def _decided(quotation: Quotation, user: User, status: str) -> None:
    quotation.status, quotation.decided_at, quotation.decided_by_id = status, utcnow(), user.id


def accept(quotation: Quotation, user: User, note: object = "") -> Quotation:
    """The buyer accepts a quotation (more than one may be, for a split order)."""
    _decidable(quotation, user)
    if quotation.is_expired(today()):
        raise InvalidInput(
            {
                "decision": _l(
                    "This quotation was valid until %(date)s. Ask the supplier in the "
                    "conversation to confirm or renew it first.",
                    date=quotation.valid_until.isoformat(),
                )
            }
        )
    text = _note(note)
    _decided(quotation, user, "accepted")
    quotation.decision_note = text
    body = translatable.followed_by(_l("Quotation accepted."), text)
    _tell_supplier(
        quotation,
        user,
        body,
        _l("Your quotation on “%(title)s” was accepted", title=quotation.offer.title),
    )
    events.record("quotation_accepted", actor=user, offer=quotation.offer)
    return quotation


def _note(note: object, *, required: bool = False) -> str:
    try:
        if fields.is_blank(note) and not required:
            return ""
        return fields.text(note, min_len=3 if required else 0, max_len=1000, multiline=True)
    except fields.FieldError as exc:
        raise InvalidInput({"note": exc.message}) from None


def decline(quotation: Quotation, user: User, raw: Mapping[str, Any]) -> Quotation:
    """The buyer declines with a reason the supplier reads (``reason``, and ``note``)."""
    _decidable(quotation, user)
    try:
        reason = fields.choice(raw.get("reason"), DECLINE_REASONS)
    except fields.FieldError:
        raise InvalidInput(
            {"reason": _l("Choose why you decline, so the supplier can learn from it.")}
        ) from None
    text = _note(raw.get("note"), required=reason == "other")
    _decided(quotation, user, "declined")
    quotation.decline_reason, quotation.decision_note = reason, text
    # The reason itself is on the quotation's card, in each reader's language.
    body = translatable.followed_by(_l("Quotation declined."), text)
    _tell_supplier(
        quotation,
        user,
        body,
        _l("Your quotation on “%(title)s” was declined", title=quotation.offer.title),
    )
    events.record("quotation_declined", actor=user, offer=quotation.offer)
    return quotation


def close_request(offer: Offer, user: User) -> int:
    """The buyer closes the request: it leaves the market and every undecided quotation is
    closed, each supplier told. Returns how many were closed."""
    if offer.type != "buy":
        raise NotFound()
    if not offers.is_owner(offer, user):
        raise PermissionDenied()
    closed = 0
    for quotation in for_request(offer, user):
        if quotation.status != "open":
            continue
        _decided(quotation, user, "closed")
        _tell_supplier(
            quotation,
            user,
            _l("The buyer closed this request without choosing this quotation."),
            _l("The request “%(title)s” was closed", title=offer.title),
        )
        closed += 1
    if offer.status == "active":
        offers.withdraw_offer(offer, user)
    db.session.flush()
    return closed


def attachment(attachment_id: int, user: User) -> QuotationAttachment:
    """An attachment, for the members of the two companies only."""
    found = db.session.get(QuotationAttachment, attachment_id)
    if found is None:
        raise NotFound()
    get(found.quotation_id, user)
    return found


@dataclass(frozen=True)
class Row:
    """One quotation in the buyer's comparison: its prices also in the chosen currency."""

    quotation: Quotation
    unit_price: rates.Converted | None
    total: rates.Converted | None
    expired: bool


def comparison(
    quotations: list[Quotation], currency: str, sort: str = "price", descending: bool = False
) -> list[Row]:
    """The quotations as table rows, prices shown in ``currency`` (indicative), sorted.

    A quotation whose currency has no rate keeps its own price and sorts last on price.
    """
    table = rates.table()
    day = today()
    rows = [
        Row(
            q,
            rates.convert(q.unit_price, q.currency, currency, table),
            rates.convert(q.total, q.currency, currency, table),
            q.is_expired(day),
        )
        for q in quotations
    ]
    missing = Decimal("Infinity")
    keys = {
        "price": lambda r: r.unit_price.amount if r.unit_price else missing,
        "total": lambda r: r.total.amount if r.total else missing,
        "lead_time": lambda r: r.quotation.lead_time_days,
        "min_order": lambda r: r.quotation.min_order or Decimal(0),
        "valid_until": lambda r: r.quotation.valid_until,
        "received": lambda r: r.quotation.created_at,
    }
    key = keys.get(sort, keys["price"])
    return sorted(rows, key=key, reverse=descending)


def display_currency(offer: Offer, asked: str | None) -> str:
    """The currency the comparison shows: the one asked for, else the request's, else USD."""
    choices = comparison_currencies()
    if asked and asked.upper() in choices:
        return asked.upper()
    if offer.price_currency and offer.price_currency in choices:
        return offer.price_currency
    return rates.BASE


def comparison_currencies() -> list[str]:
    """USD and every currency with a rate."""
    return [rates.BASE, *sorted(c for c in rates.table() if c != rates.BASE)]


def rates_as_of(rows: list[Row]) -> date | None:
    """The oldest rate date behind the converted prices shown, if any were converted."""
    dates = [r.unit_price.as_of for r in rows if r.unit_price and r.unit_price.as_of]
    return min(dates) if dates else None
