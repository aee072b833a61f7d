"""A site that receives offers as signed JSON POSTs.

The body carries the event (created / updated / withdrawn / renewed), our offer
id and the offer, with its ``url`` and the ``reply_url`` through which the
site sends its buyers' leads back to the exporter. ``X-Tradewind-Signature:
t=<unix>,v1=<hex>`` signs the time and the body with the partner's secret
(:mod:`marketplace.partners.signing`). Receivers may not de-duplicate, so a
delivery whose outcome is unknown is marked unconfirmed, never re-sent blindly.
"""

from __future__ import annotations

import json

from flask_babel import lazy_gettext as _l

from marketplace.partners import signing
from marketplace.partners.http import Request
from marketplace.posting.adapters.base import (
    Delivered,
    PermanentFailure,
    classify,
    shorten,
    title_note,
)

EVENTS = {"create": "created", "update": "updated", "withdraw": "withdrawn", "renew": "renewed"}


def preview(partner, offer: dict) -> list:
    """What the site will receive."""
    return [_l("the full offer as signed JSON"), *title_note(partner, offer)]


def build(partner, posting, offer: dict, secret: str | None, key: str) -> Request:
    """A signed POST announcing the pending action."""
    document = dict(offer, title=shorten(offer["title"], partner.title_max))
    if offer.get("category"):
        document["category"] = partner.categories.get(offer["category"], offer["category"])
    body = json.dumps(
        {"event": EVENTS[posting.action], "offer_id": offer["id"], "offer": document},
        sort_keys=True,
    ).encode()
    headers = {
        "Content-Type": "application/json",
        "Idempotency-Key": key,
        "X-Tradewind-Event": EVENTS[posting.action],
    }
    if not secret:  # start-up refuses such a partner; never send unsigned if it changed since
        raise PermanentFailure(
            "this site has no shared secret configured",
            f"environment variable {partner.token_env} is empty",
        )
    headers[signing.HEADER] = signing.sign(secret, body)
    return Request(partner.url, method="POST", body=body, headers=headers)


def interpret(posting, status: int, headers: dict, body: bytes) -> Delivered:
    """Any 2xx is success; a receiver may answer ``{"url": ...}`` to link the copy."""
    classify(status, body, headers.get("retry-after"))
    try:
        data = json.loads(body) if body else {}
    except ValueError:
        data = {}
    url = data.get("url") if isinstance(data, dict) else None
    return Delivered(
        posting.remote_id,
        url
        if isinstance(url, str) and url.startswith(("http://", "https://"))
        else posting.remote_url,
    )
