"""Another Tradewind, through ``POST/PATCH/DELETE /api/v1/offers`` with a bearer token."""

from __future__ import annotations

import json

from flask_babel import lazy_gettext as _l

from marketplace.partners.http import Request
from marketplace.posting.adapters.base import (
    Delivered,
    PermanentFailure,
    classify,
    shorten,
    title_note,
)


def payload(partner, offer: dict) -> dict:
    """The offer as the partner's API takes it (our API's input shape)."""
    body = {
        k: offer[k]
        for k in (
            "type",
            "description",
            "hs_code",
            "quantity",
            "unit",
            "min_order",
            "price",
            "incoterm",
            "port",
            "origin_country",
            "target_countries",
            "payment_terms",
            "valid_until",
        )
        if offer.get(k) not in (None, [])
    }
    if offer.get("origin"):
        body["origin"] = offer["origin"]
    body["title"] = shorten(offer["title"], partner.title_max)
    if offer.get("category") and not offer.get("hs_code"):
        body["category"] = partner.categories.get(offer["category"], offer["category"])
    return body


def preview(partner, offer: dict) -> list:
    """What the site will receive, in a sentence or two for the posting form."""
    notes = title_note(partner, offer)
    mapped = partner.categories.get(offer.get("category") or "")
    if mapped:
        notes.append(_l("category: %(name)s", name=mapped))
    notes.append(_l("photos stay on Tradewind"))
    return notes


def build(partner, posting, offer: dict, token: str | None, key: str) -> Request:
    """The request for the posting's pending action."""
    headers = {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "Idempotency-Key": key,
    }
    if token:
        headers["Authorization"] = f"Bearer {token}"
    base = f"{partner.url}/api/v1/offers"
    if posting.action in ("create",) or not posting.remote_id:
        if posting.action in ("withdraw",):
            raise PermanentFailure("nothing to withdraw: the offer never reached the site")
        return Request(
            base, method="POST", body=json.dumps(payload(partner, offer)).encode(), headers=headers
        )
    target = f"{base}/{posting.remote_id}"
    if posting.action == "update":
        return Request(
            target,
            method="PATCH",
            body=json.dumps(payload(partner, offer)).encode(),
            headers=headers,
        )
    if posting.action == "withdraw":
        return Request(target, method="DELETE", headers=headers)
    return Request(
        f"{target}/renew",
        method="POST",
        headers=headers,
        body=json.dumps({"valid_until": offer["valid_until"]}).encode(),
    )


def interpret(posting, status: int, headers: dict, body: bytes) -> Delivered:
    """The partner's offer id and page, from its answer."""
    if posting.action == "withdraw" and status == 404:
        return Delivered(posting.remote_id, posting.remote_url)  # already gone there
    classify(status, body, headers.get("retry-after"))
    try:
        data = json.loads(body)
    except ValueError:
        data = {}
    remote_id = data.get("id") if isinstance(data, dict) else None
    url = data.get("url") if isinstance(data, dict) else None
    return Delivered(
        str(remote_id) if remote_id is not None else posting.remote_id,
        url
        if isinstance(url, str) and url.startswith(("http://", "https://"))
        else posting.remote_url,
    )
