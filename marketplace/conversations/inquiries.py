"""Inquiries: a member asks about an offer; the thread goes on both ways."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import case, func, or_, select

from marketplace.accounts.models import User
from marketplace.activity import events
from marketplace.conversations import notifications, relay, signals
from marketplace.conversations.models import Inquiry, InquiryMessage, Match
from marketplace.core import fields, translatable
from marketplace.core.db import db, db_text, utcnow
from marketplace.core.errors import EmailNotConfirmed, InvalidInput, NotFound, PermissionDenied
from marketplace.core.fields import FieldError, is_blank
from marketplace.core.urls import external_url
from marketplace.offers.models import Offer


def _message_fields(raw: Mapping[str, Any]) -> dict:
    errors, clean = {}, {}
    try:
        clean["body"] = fields.text(raw.get("body"), min_len=10, max_len=5000, multiline=True)
    except FieldError as exc:
        errors["body"] = exc.message
    for name, limit in (("quantity", 60), ("target_price", 60), ("terms", 200)):
        value = raw.get(name)
        try:
            clean[name] = "" if is_blank(value) else fields.text(value, max_len=limit)
        except FieldError as exc:
            errors[name] = exc.message
    if errors:
        raise InvalidInput(errors)
    return clean


def send(sender: User, offer: Offer, raw: Mapping[str, Any]) -> Inquiry:
    """Start an inquiry about ``offer``; refuses spam (rate limit, repeated text)."""
    if sender.company_id is None:
        raise PermissionDenied()
    if not sender.email_confirmed:
        raise EmailNotConfirmed()
    if sender.company_id == offer.company_id:
        raise InvalidInput({"body": _l("This is your own company's offer.")})
    _check_open(offer)
    values = _message_fields(raw)
    hour_ago = utcnow() - timedelta(hours=1)
    recent = (
        db.session.scalar(
            select(func.count())
            .select_from(Inquiry)
            .where(Inquiry.sender_id == sender.id, Inquiry.created_at >= hour_ago)
        )
        or 0
    )
    if recent >= current_app.config["INQUIRIES_PER_HOUR"]:
        raise InvalidInput(
            {
                "body": _l(
                    "You have sent many inquiries in the last hour. "
                    "Please wait a while before sending more."
                )
            }
        )
    day_ago = utcnow() - timedelta(days=1)
    duplicate = db.session.scalar(
        select(InquiryMessage.id)
        .join(Inquiry)
        .where(
            Inquiry.sender_id == sender.id,
            InquiryMessage.author_id == sender.id,
            InquiryMessage.body == values["body"],
            InquiryMessage.created_at >= day_ago,
        )
        .limit(1)
    )
    if duplicate:
        raise InvalidInput(
            {
                "body": _l(
                    "You sent this same message in the last day. "
                    "Write to each supplier in your own words."
                )
            }
        )
    inquiry = open_thread(
        sender, offer, values, notice=_l("New inquiry about “%(title)s”", title=offer.title)
    )
    events.record("inquiry_sent", actor=sender, offer=offer)
    return inquiry


def open_thread(
    sender: User, offer: Offer, values: Mapping[str, Any], *, notice: object, kind: str = "inquiry"
) -> Inquiry:
    """Open a thread about ``offer`` from ``sender`` with its first message (checked
    ``values``), tell the offer's company (``notice``), or relay it when the offer is a
    partner's copy. Contacting a suggested partner accepts that match. Quotations open
    their thread through this too."""
    inquiry = Inquiry(
        offer_id=offer.id,
        sender_id=sender.id,
        sender_company_id=sender.company_id,
        owner_company_id=offer.company_id,
        unread_by_owner=1,
        kind=kind,
    )
    kept, params = translatable.capture(values["body"])
    first = {**values, "body": translatable.english(values["body"])}
    message = InquiryMessage(author_id=sender.id, message=kept, params=params or None, **first)
    inquiry.messages.append(message)
    db.session.add(inquiry)
    if offer.origin is not None:
        # A copy: the lead belongs to the exporter on the originating portal.
        inquiry.relay_partner, inquiry.unread_by_owner = offer.origin.portal, 0
        relay.queue(inquiry, message)
    db.session.flush()
    signals.message_posted.send(message, author=sender)
    _accept_match(offer, sender)
    if offer.origin is None:
        notifications.notify(
            notifications.company_members(offer.company_id),
            kind,
            notice,
            external_url("conversations.thread", inquiry_id=inquiry.id),
        )
    return inquiry


def _check_open(offer: Offer) -> None:
    # The page hides the form, but a direct POST or an API call must be refused too.
    if not offer.is_live():
        raise InvalidInput(
            {
                "body": _l(
                    "This offer is no longer open for inquiries: it has expired or was withdrawn."
                )
            }
        )


def receive_lead(
    offer: Offer,
    partner: str,
    partner_title: str,
    raw: Mapping[str, Any],
    *,
    remote_id: str,
    buyer: Mapping[str, Any],
) -> Inquiry:
    """A buyer on a partner site wrote about our ``offer``: open the thread in its owner's Inbox.

    ``remote_id`` is the thread's id on that site (replies travel back to it);
    ``buyer`` is how the site describes its buyer (name, company, country, e-mail).
    """
    _check_open(offer)
    values = _message_fields(raw)
    who = _buyer(buyer)
    inquiry = Inquiry(
        offer_id=offer.id,
        owner_company_id=offer.company_id,
        unread_by_owner=1,
        relay_partner=partner,
        remote_id=db_text(remote_id, 100),
        **who,
    )
    inquiry.messages.append(
        InquiryMessage(author_id=None, remote_author=who["counterpart_name"], **values)
    )
    db.session.add(inquiry)
    db.session.flush()
    notifications.notify(
        notifications.company_members(offer.company_id),
        "inquiry",
        _l("New inquiry about “%(title)s” via %(portal)s", title=offer.title, portal=partner_title),
        external_url("conversations.thread", inquiry_id=inquiry.id),
    )
    events.record("inquiry_sent", offer=offer)
    return inquiry


def find_relayed(partner: str, remote_id: str) -> Inquiry | None:
    """The thread a partner site opened earlier under its own id ``remote_id``, if any."""
    return db.session.scalar(
        select(Inquiry).where(
            Inquiry.relay_partner == partner,
            Inquiry.remote_id == remote_id,
            Inquiry.sender_id.is_(None),
        )
    )


def _buyer(raw: Mapping[str, Any]) -> dict:
    errors: dict[str, object] = {}
    clean: dict[str, str | None] = {}
    try:
        company = raw.get("company") or raw.get("name")
        clean["counterpart_name"] = fields.text(company, min_len=2, max_len=200)
    except FieldError as exc:
        errors["buyer.company"] = exc.message
    try:
        clean["counterpart_country"] = fields.optional_country(raw.get("country"))
    except FieldError as exc:
        errors["buyer.country"] = exc.message
    email = raw.get("email")
    clean["counterpart_email"] = ""
    if not is_blank(email):
        try:
            clean["counterpart_email"] = fields.text(email, max_len=254)
        except FieldError as exc:
            errors["buyer.email"] = exc.message
    if errors:
        raise InvalidInput(errors)
    return clean


def receive_message(inquiry: Inquiry, partner: str, raw: Mapping[str, Any]) -> InquiryMessage:
    """A message written at the thread's other end, on ``partner``'s site, arrives here."""
    if inquiry.relay_partner != partner:
        raise PermissionDenied()
    values = _message_fields({"body": raw.get("body")})
    ours = inquiry.sender_id is not None  # our member asked; the exporter there answers
    author = inquiry.offer.seller_name if ours else inquiry.counterpart_name
    message = InquiryMessage(author_id=None, remote_author=author, **values)
    inquiry.messages.append(message)
    now = utcnow()
    inquiry.last_message_at = now
    if ours:
        inquiry.unread_by_sender += 1
        inquiry.first_answer_at = inquiry.first_answer_at or now
        recipients: Sequence[User | None] = [inquiry.sender]
    else:
        inquiry.unread_by_owner += 1
        recipients = notifications.company_members(inquiry.owner_company_id)
    db.session.flush()
    notifications.notify(
        recipients,
        "reply",
        _l("New reply about “%(title)s”", title=inquiry.offer.title),
        external_url("conversations.thread", inquiry_id=inquiry.id),
    )
    return message


def _accept_match(offer: Offer, sender: User) -> None:
    """Contacting a suggested partner counts as accepting that match."""
    for match in db.session.scalars(
        select(Match).where(
            or_(Match.buy_offer_id == offer.id, Match.sell_offer_id == offer.id),
            Match.status == "proposed",
        )
    ):
        other = match.sell_offer if match.buy_offer_id == offer.id else match.buy_offer
        if other.company_id == sender.company_id:
            match.status = "accepted"
            events.record("match_accepted", actor=sender, offer=offer)


def is_party(inquiry: Inquiry, user: User) -> bool:
    """The sender's company or the offer's company."""
    return user.company_id is not None and user.company_id in (
        inquiry.sender_company_id,
        inquiry.owner_company_id,
    )


def get(inquiry_id: int, user: User) -> Inquiry:
    """An inquiry the user takes part in (operators may read reported ones)."""
    inquiry = db.session.get(Inquiry, inquiry_id)
    if inquiry is None:
        raise NotFound()
    if not (is_party(inquiry, user) or (user.is_operator and inquiry.spam_reported_at)):
        raise PermissionDenied()
    return inquiry


def reply(
    inquiry: Inquiry,
    author: User,
    raw: Mapping[str, Any],
    *,
    notice: object = None,
    notice_kind: str = "reply",
) -> InquiryMessage:
    """Add a message to the thread; the owner's first answer is timed for the indicators.

    ``notice`` and ``notice_kind`` replace the notification's "New reply" (a quotation's
    decision, a consultation booked)."""
    if not is_party(inquiry, author):
        raise PermissionDenied()
    body = raw.get("body")
    kept, params = translatable.capture(body)
    values = _message_fields({"body": translatable.english(body) if kept else body})
    message = InquiryMessage(author_id=author.id, message=kept, params=params or None, **values)
    inquiry.messages.append(message)
    now = utcnow()
    inquiry.last_message_at = now
    if inquiry.relay_partner and relay.relays_to(inquiry.relay_partner):
        relay.queue(inquiry, message)  # the other party reads the thread on that site
    if author.company_id == inquiry.owner_company_id:
        inquiry.unread_by_sender += 1
        recipients = [inquiry.sender] if inquiry.sender else []
        if inquiry.first_answer_at is None:
            inquiry.first_answer_at = now
            waited = int((now - inquiry.created_at).total_seconds() * 1000)
            events.record("inquiry_answered", actor=author, offer=inquiry.offer, value_ms=waited)
    else:
        inquiry.unread_by_owner += 1
        recipients = (
            [] if inquiry.offer.origin else notifications.company_members(inquiry.owner_company_id)
        )
    db.session.flush()
    signals.message_posted.send(message, author=author)
    notifications.notify(
        recipients,
        notice_kind,
        notice or _l("New reply about “%(title)s”", title=inquiry.offer.title),
        external_url("conversations.thread", inquiry_id=inquiry.id),
    )
    return message


def mark_read(inquiry: Inquiry, user: User) -> None:
    """The user has seen the thread."""
    if user.company_id == inquiry.owner_company_id:
        inquiry.unread_by_owner = 0
    if user.company_id is not None and user.company_id == inquiry.sender_company_id:
        inquiry.unread_by_sender = 0


def inbox(user: User) -> list[Inquiry]:
    """The member's threads, received and sent, most recent first."""
    return list(
        db.session.scalars(
            select(Inquiry)
            .where(
                or_(
                    Inquiry.owner_company_id == user.company_id,
                    Inquiry.sender_company_id == user.company_id,
                )
            )
            .order_by(Inquiry.last_message_at.desc())
            .limit(200)
        )
    )


def unread_count(user: User) -> int:
    """Unread messages across the member's threads."""
    if user.company_id is None:
        return 0
    # One statement for both sides of the member's threads: it runs on every page.
    mine = user.company_id
    total = db.session.scalar(
        select(
            func.sum(
                case((Inquiry.owner_company_id == mine, Inquiry.unread_by_owner), else_=0)
                + case((Inquiry.sender_company_id == mine, Inquiry.unread_by_sender), else_=0)
            )
        ).where(or_(Inquiry.owner_company_id == mine, Inquiry.sender_company_id == mine))
    )
    return int(total or 0)


def report_spam(inquiry: Inquiry, user: User) -> None:
    """The receiving company flags a thread as spam for operators to review."""
    if user.company_id != inquiry.owner_company_id:
        raise PermissionDenied()
    inquiry.spam_reported_at = utcnow()
    inquiry.spam_reviewed = False


def spam_reports() -> list[Inquiry]:
    """Threads reported as spam and not yet reviewed, oldest first."""
    return list(
        db.session.scalars(
            select(Inquiry)
            .where(Inquiry.spam_reported_at.is_not(None), Inquiry.spam_reviewed.is_(False))
            .order_by(Inquiry.spam_reported_at)
        )
    )


def review_spam(inquiry: Inquiry, operator: User, block_sender: bool) -> None:
    """An operator closes a report, optionally blocking the sender's account."""
    if not operator.is_operator:
        raise PermissionDenied()
    inquiry.spam_reviewed = True
    if block_sender and inquiry.sender is not None:  # a partner site's buyer has no account here
        inquiry.sender.active = False
