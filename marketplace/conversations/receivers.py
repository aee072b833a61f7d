"""Matchmaking looks again whenever an offer is posted or edited."""

from __future__ import annotations

from marketplace.conversations import matching
from marketplace.offers.signals import offer_changed, offer_posted


@offer_posted.connect
def match_new(offer, **_):
    matching.refresh(offer)


@offer_changed.connect
def match_edited(offer, change, **_):
    if change == "update":
        matching.refresh(offer)
