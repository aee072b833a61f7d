"""Offer operations: post, edit, withdraw, renew, hide, and who may see what.

Services only ``add`` and ``flush``; the web layer or CLI command commits, so a
request is one unit of work and a failure leaves nothing half-saved.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from cachetools import TTLCache
from flask import current_app
from sqlalchemy import func, select, update
from sqlalchemy.orm import joinedload, selectinload

from marketplace.accounts.models import User
from marketplace.core.db import db, utcnow
from marketplace.core.errors import EmailNotConfirmed, InvalidInput, NotFound, PermissionDenied
from marketplace.offers import models as offer_models
from marketplace.offers import origin as origin_of
from marketplace.offers import photos as photo_store
from marketplace.offers import signals
from marketplace.offers.models import Offer
from marketplace.offers.validation import parse_offer
from search_index.models import enqueue

today = offer_models.today  # kept here for the callers that import it from the services


def is_owner(offer: Offer, user: User | None) -> bool:
    """True when ``user`` belongs to the company that posted ``offer`` (see the model)."""
    return offer.is_owned_by(user)


def can_view(offer: Offer, user: User | None) -> bool:
    """Anyone sees active and expired offers; withdrawn and hidden ones only the owner and operators."""
    if offer.status in ("active", "expired"):
        return True
    return is_owner(offer, user) or bool(user and user.is_authenticated and user.is_operator)


def get_offer(offer_id: int, viewer: User | None = None, *, for_change: bool = False) -> Offer:
    """Fetch an offer the viewer may see (or, with ``for_change``, may change), else raise."""
    offer = db.session.get(Offer, offer_id)
    if offer is None or not can_view(offer, viewer):
        raise NotFound()
    if for_change and not is_owner(offer, viewer):
        raise PermissionDenied()
    return offer


def _default_validity() -> int:
    return current_app.config["OFFER_DEFAULT_VALIDITY_DAYS"]


def _apply(offer: Offer, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        setattr(offer, name, value)
    if offer.price_amount is None:
        offer.price_currency = None


def create_offer(
    author: User,
    raw: Mapping[str, Any],
    photos: Sequence = (),
    targets: Sequence[str] | None = None,
    origin: Mapping[str, Any] | None = None,
    pending: Sequence = (),
) -> Offer:
    """Post a new offer for the author's company, and queue it for partner sites.

    ``targets`` names the partner sites to post to; None means the company's
    default set. ``origin`` (see :mod:`marketplace.offers.origin`) makes it a
    copy of a partner portal's offer, which is never posted on from here: the
    originating portal does its own multi-posting. ``pending`` are photos kept from
    an earlier try (:mod:`marketplace.offers.pending`). Raises InvalidInput or
    PermissionDenied.
    """
    if author.company_id is None:
        raise PermissionDenied()
    if not author.email_confirmed:
        raise EmailNotConfirmed()
    values = parse_offer(raw, today=today(), default_validity_days=_default_validity())
    prepared = photo_store.prepare_photos(photos, existing=len(pending))
    offer = Offer(
        company_id=author.company_id,
        author_id=author.id,
        status="active",
        target_countries=[],
        payment_terms=[],
    )
    _apply(offer, values)
    if offer.origin_country is None and offer.type == "sell":
        offer.origin_country = author.company.country if author.company else None  # unless said
    db.session.add(offer)
    db.session.flush()
    photo_store.attach_photos(offer, prepared, pending)
    if origin is not None:
        origin_of.attach(offer, origin)
        targets = []
    signals.offer_posted.send(offer, actor=author, targets=targets)
    return offer


def offer_values(offer: Offer) -> dict[str, Any]:
    """The offer's current field values, as :func:`parse_offer` returns them."""
    from marketplace.offers.validation import OFFER_FIELDS

    return {name: getattr(offer, name) for name in OFFER_FIELDS}


def update_offer(
    offer: Offer,
    actor: User,
    raw: Mapping[str, Any],
    photos: Sequence = (),
    remove_photo_ids: Sequence[int] = (),
    origin: Mapping[str, Any] | None = None,
    pending: Sequence = (),
) -> Offer:
    """Change the given fields of an offer the actor owns (``origin``: a copy's, updated)."""
    if not is_owner(offer, actor):
        raise PermissionDenied()
    if offer.status in ("withdrawn", "hidden"):
        raise InvalidInput({"status": _status_message(offer.status)})
    values = parse_offer(raw, today=today(), current=offer_values(offer))
    keep = [p for p in offer.photos if p.id not in set(remove_photo_ids)]
    prepared = photo_store.prepare_photos(photos, existing=len(keep) + len(pending))
    _apply(offer, values)
    photo_store.remove_photos(offer, [p for p in offer.photos if p not in keep])
    photo_store.attach_photos(offer, prepared, pending)
    if origin is not None:
        origin_of.attach(offer, origin)
    offer.updated_at = utcnow()
    db.session.flush()
    signals.offer_changed.send(offer, change="update", actor=actor)
    return offer


def _status_message(status: str):
    from flask_babel import lazy_gettext as _l

    if status == "withdrawn":
        return _l("This offer was withdrawn. Renew it to change it.")
    return _l("An operator has hidden this offer; it cannot be changed.")


def _set_status(offer: Offer, status: str) -> None:
    offer.status = status
    offer.status_changed_at = utcnow()


def withdraw_offer(offer: Offer, actor: User) -> Offer:
    """Take an offer off the market (the owner's 'delete')."""
    if not is_owner(offer, actor):
        raise PermissionDenied()
    if offer.status == "hidden":
        # Withdrawing and renewing would otherwise undo an operator's decision.
        raise InvalidInput({"status": _status_message("hidden")})
    if offer.status != "withdrawn":
        _set_status(offer, "withdrawn")
        signals.offer_changed.send(offer, change="withdraw", actor=actor)
    db.session.flush()
    return offer


def renew_offer(offer: Offer, actor: User, days: int | None = None) -> Offer:
    """Put an expired or withdrawn offer back on the market for another period."""
    if not is_owner(offer, actor):
        raise PermissionDenied()
    if offer.status == "hidden":
        raise InvalidInput({"status": _status_message("hidden")})
    offer.valid_until = today() + timedelta(days=days or _default_validity())
    _set_status(offer, "active")
    db.session.flush()
    signals.offer_changed.send(offer, change="renew", actor=actor)
    return offer


def set_hidden(offer: Offer, operator: User, hidden: bool, reason: str = "") -> Offer:
    """An operator hides an offer from everyone but its owner (saying why), or shows it again."""
    if not operator.is_operator:
        raise PermissionDenied()
    if hidden and offer.status != "hidden":
        _set_status(offer, "hidden")
        offer.hidden_reason = reason
        signals.offer_changed.send(offer, change="hide", actor=operator)
    elif not hidden and offer.status == "hidden":
        _set_status(offer, "active")
        offer.hidden_reason = ""
        signals.offer_changed.send(offer, change="show", actor=operator)
    db.session.flush()
    return offer


def record_view(offer: Offer, viewer: User | None) -> None:
    """Count a view by anyone but the owner, atomically so concurrent views all count."""
    if is_owner(offer, viewer):
        return
    signals.offer_viewed.send(offer, viewer=viewer)
    # updated_at is kept: being read is not a change to the offer.
    db.session.execute(
        update(Offer)
        .where(Offer.id == offer.id)
        .values(views=Offer.views + 1, updated_at=Offer.updated_at)
    )


def expire_due_offers() -> int:
    """Mark active offers whose validity date has passed as expired; return how many."""
    due = list(
        db.session.scalars(
            select(Offer.id).where(Offer.status == "active", Offer.valid_until < today())
        )
    )
    if due:
        db.session.execute(
            update(Offer)
            .where(Offer.id.in_(due), Offer.status == "active")
            .values(status="expired", status_changed_at=utcnow())
        )
        enqueue(db.session, "offer", due)  # a bulk update bypasses the session hook
        for offer in db.session.scalars(select(Offer).where(Offer.id.in_(due))):
            signals.offer_changed.send(offer, change="expire", actor=None)
    return len(due)


# ---- listings ---------------------------------------------------------------


def live_offers():
    """A select of the offers the public sees in listings: active and not past their date."""
    return select(Offer).where(Offer.live())


# The home page's counts scan every live offer: kept per app for a few seconds, and
# forgotten at once when an offer changes in this process (other processes of a
# node or other nodes show the new count within COUNTS_SECONDS).
COUNTS_SECONDS = 10


def _counts_cache() -> TTLCache:
    return current_app.extensions.setdefault(
        "tradewind_category_counts", TTLCache(maxsize=4, ttl=COUNTS_SECONDS)
    )


_COUNTS_LOCK = threading.Lock()  # a TTLCache is not safe across a process's threads


def category_counts() -> dict[str, int]:
    """Live offers per category slug (at most :data:`COUNTS_SECONDS` old)."""
    cache, day = _counts_cache(), today()
    with _COUNTS_LOCK:
        counts = cache.get(day)
    if counts is None:
        rows = db.session.execute(
            select(Offer.category, func.count()).where(Offer.live()).group_by(Offer.category)
        )
        counts = {slug: count for slug, count in rows}
        with _COUNTS_LOCK:
            cache[day] = counts
    return dict(counts)


@signals.offer_posted.connect
@signals.offer_changed.connect
def _forget_counts(offer, **change) -> None:
    with _COUNTS_LOCK:
        _counts_cache().clear()


def list_offers(
    *,
    category: str | None = None,
    type_: str | None = None,
    company_id: int | None = None,
    page: int = 1,
    per_page: int = 20,
):
    """A page of live offers, newest first, optionally narrowed."""
    # The company in the same statement (one per card, never lazily), photos in one more.
    query = live_offers().options(joinedload(Offer.company), selectinload(Offer.photos))
    if category:
        query = query.where(Offer.category == category)
    if type_:
        query = query.where(Offer.type == type_)
    if company_id:
        query = query.where(Offer.company_id == company_id)
    query = query.order_by(Offer.created_at.desc(), Offer.id.desc())
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def company_offers(company_id: int, *, page: int = 1, per_page: int = 50):
    """Every offer of a company, whatever its status, newest first (for its members)."""
    query = (
        select(Offer)
        .where(Offer.company_id == company_id)
        .options(selectinload(Offer.photos))
        .order_by(Offer.created_at.desc(), Offer.id.desc())
    )
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def recent_offers(limit: int = 8) -> list[Offer]:
    """The newest live offers, for the home page."""
    query = (
        live_offers()
        .options(selectinload(Offer.company), selectinload(Offer.photos))
        .order_by(Offer.created_at.desc(), Offer.id.desc())
        .limit(limit)
    )
    return list(db.session.scalars(query))


def hidden_offers(limit: int = 200) -> list[Offer]:
    """Offers an operator hid, the most recently hidden first."""
    return list(
        db.session.scalars(
            select(Offer)
            .where(Offer.status == "hidden")
            .order_by(Offer.status_changed_at.desc())
            .limit(limit)
        )
    )


def hidden_count() -> int:
    """How many offers are hidden."""
    return (
        db.session.scalar(select(func.count()).select_from(Offer).where(Offer.status == "hidden"))
        or 0
    )
