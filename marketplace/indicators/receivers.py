"""Offer activity for the indicators, recorded from the offers package's signals."""

from __future__ import annotations

from marketplace.activity import events
from marketplace.offers.signals import offer_changed, offer_posted, offer_viewed

_EVENTS = {"update": "offer_edited", "withdraw": "offer_withdrawn", "renew": "offer_renewed"}


@offer_posted.connect
def record_posted(offer, actor, **_):
    events.record("offer_posted", actor=actor, offer=offer)


@offer_changed.connect
def record_change(offer, change, actor, **_):
    if change == "expire":  # no actor: the company's own figures
        events.record(
            "offer_expired",
            offer=offer,
            company_id=offer.company_id,
            actor_size=offer.company.size_class,
        )
    elif change in _EVENTS:
        events.record(_EVENTS[change], actor=actor, offer=offer)


@offer_viewed.connect
def record_view(offer, viewer, **_):
    events.record("offer_viewed", actor=viewer, offer=offer)
