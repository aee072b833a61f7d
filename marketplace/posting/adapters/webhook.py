"""A site that receives offers as signed JSON POSTs.

The body carries the event (created / updated / withdrawn / renewed), our offer
id and the offer; ``X-Tradewind-Signature: sha256=<hex>`` is the HMAC-SHA256 of
the body with the partner's secret. Receivers may not de-duplicate, so a
delivery whose outcome is unknown is marked unconfirmed, never re-sent blindly.
"""
from __future__ import annotations

import hashlib
import hmac
import json

from marketplace.posting.adapters.base import Delivered, Delivery, classify, shorten

EVENTS = {"create": "created", "update": "updated", "withdraw": "withdrawn", "renew": "renewed"}


def sign(secret: str, body: bytes) -> str:
    """The signature header value for ``body``."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def preview(partner, offer: dict) -> list[str]:
    """What the site will receive."""
    notes = ["the full offer as signed JSON"]
    if partner.title_max and len(offer.get("title", "")) > partner.title_max:
        notes.append(f"title shortened to {partner.title_max} characters")
    return notes


def build(partner, posting, offer: dict, secret: str | None, key: str) -> Delivery:
    """A signed POST announcing the pending action."""
    document = dict(offer, title=shorten(offer["title"], partner.title_max))
    if offer.get("category"):
        document["category"] = partner.categories.get(offer["category"], offer["category"])
    body = json.dumps({"event": EVENTS[posting.action], "offer_id": offer["id"],
                       "offer": document}, sort_keys=True).encode()
    headers = {"Content-Type": "application/json", "Idempotency-Key": key,
               "X-Tradewind-Event": EVENTS[posting.action]}
    if secret:
        headers["X-Tradewind-Signature"] = sign(secret, body)
    return Delivery("POST", partner.url, body, headers, idempotent=False)


def interpret(posting, status: int, headers: dict, body: bytes) -> Delivered:
    """Any 2xx is success; a receiver may answer ``{"url": ...}`` to link the copy."""
    classify(status, body, headers.get("retry-after"))
    try:
        data = json.loads(body) if body else {}
    except ValueError:
        data = {}
    url = data.get("url") if isinstance(data, dict) else None
    return Delivered(posting.remote_id,
                     url if isinstance(url, str) and url.startswith(("http://", "https://"))
                     else posting.remote_url)
