"""Multi-posting follows the offer: its signals become postings and queued changes."""

from __future__ import annotations

from marketplace.offers.signals import offer_changed, offer_posted
from marketplace.posting import services

# What each change of an offer means for its copies on partner sites.
_CHANGES = {
    "update": "update",
    "withdraw": "withdraw",
    "renew": "renew",
    "hide": "withdraw",  # what an operator hides, partners should not show
    "show": "renew",
    "expire": "withdraw",
}


@offer_posted.connect
def plan_postings(offer, actor, targets, **_):
    """One queued posting per chosen site (the company's defaults unless chosen)."""
    chosen = services.default_targets(actor.company_id) if targets is None else targets
    services.plan(offer, chosen)


@offer_changed.connect
def follow_change(offer, change, **_):
    """Carry the change to every site the offer is on."""
    services.offer_changed(offer, _CHANGES[change])
