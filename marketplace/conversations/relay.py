"""Leads that cross portals: messages carried to the partner site at a thread's other end.

A buyer here writes about a copy of a partner portal's offer: the message is
queued here, in the same transaction, and the worker carries it to the origin
portal's ``POST /api/v1/offers/{id}/inquiries`` (the first message, which opens
the thread there) or ``POST /api/v1/inquiries/{id}/messages`` (every later one,
both ways). Every call carries an ``Idempotency-Key`` that stays the same across
retries, so a message reaches the other side exactly once however often the
network fails; the origin being down only delays it.
"""

from __future__ import annotations

import json
import logging
import os
import time
from datetime import timedelta

from flask import current_app
from sqlalchemy import update

from marketplace.conversations.models import Inquiry, InquiryMessage, Relay
from marketplace.core import outbox
from marketplace.core.db import db, db_text, utcnow
from marketplace.partners import health, registry
from marketplace.partners.http import CallFailed, Request, call

log = logging.getLogger(__name__)

LEASE_SECONDS = 60
MAX_ATTEMPTS = 30  # with back-off capped at an hour: about a day of trying
BATCH = 20
_dispatcher = outbox.Dispatcher(threads=4, per_partner=2, name="relay")


def relays_to(partner: str) -> bool:
    """True when messages of threads with ``partner`` are carried to it (another portal)."""
    known = registry.get(partner)
    return known is not None and known.kind == "portal"


def queue(inquiry: Inquiry, message: InquiryMessage) -> None:
    """Queue ``message`` for the partner at the other end of ``inquiry``."""
    db.session.add(
        Relay(
            message=message,
            inquiry=inquiry,
            partner=inquiry.relay_partner,
            state="queued",
            next_attempt_at=utcnow(),
        )
    )


def _key(relay: Relay) -> str:
    return f"tw-{outbox.instance_key()}-r{relay.id}"


def _request(partner, relay: Relay, token: str | None) -> Request | None:
    """The call that carries ``relay``; None while the thread's first message is still on its way."""
    inquiry, message = relay.inquiry, relay.message
    headers = {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "Idempotency-Key": _key(relay),
    }
    if token:
        headers["Authorization"] = f"Bearer {token}"
    body: dict[str, object] = {"message": message.body}
    if inquiry.remote_id is None:
        if inquiry.offer.origin is None or message.id != inquiry.messages[0].id:
            return None  # a reply waits for the thread to exist on the other side
        sender = inquiry.sender
        body |= {
            k: getattr(message, k)
            for k in ("quantity", "target_price", "terms")
            if getattr(message, k)
        }
        body["relay"] = {
            "thread_id": str(inquiry.id),
            "buyer": {
                "name": sender.name if sender else "",
                "company": inquiry.sender_display,
                "country": sender.company.country if sender and sender.company else None,
            },
        }
        url = f"{partner.url}/api/v1/offers/{inquiry.offer.origin.remote_offer_id}/inquiries"
    else:
        body["relay"] = {"author": message.author_display}
        url = f"{partner.url}/api/v1/inquiries/{inquiry.remote_id}/messages"
    return Request(url, method="POST", body=json.dumps(body).encode(), headers=headers)


def _partner_message(status: int, body: bytes) -> str:
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("fields"), dict) and data["fields"]:
        return "the site refused the message: " + "; ".join(
            f"{k}: {v}" for k, v in list(data["fields"].items())[:3]
        )
    if isinstance(data, dict) and isinstance(data.get("error"), str):
        return f"the site refused the message: {data['error'][:200]}"
    return f"the site refused the message (HTTP {status})"


def deliver(relay_id: int) -> str:
    """Carry one claimed relay to its partner and record the outcome; returns the new state."""
    relay = db.session.get(Relay, relay_id)
    if relay is None:
        return "gone"
    partner = registry.get(relay.partner)
    if partner is None or partner.kind != "portal":
        relay.state, relay.last_error = "failed", "this site is no longer configured"
        db.session.commit()
        return relay.state
    token = os.environ.get(partner.token_env) if partner.token_env else None
    request = _request(partner, relay, token)
    if request is None:  # the thread's first message has not arrived there yet
        relay.state, relay.claimed_until = "queued", None
        relay.next_attempt_at = utcnow() + timedelta(seconds=1)
        db.session.commit()
        return relay.state
    db.session.commit()  # nothing stays open while the partner is called
    started = time.monotonic()
    status, remote_id, error, detail, retry = None, None, "", "", False
    try:
        response = call(partner, request)
        status = response.status
        if 200 <= status < 300:
            try:
                remote_id = str(json.loads(response.body)["id"])
            except (ValueError, KeyError, TypeError):
                remote_id = None
        else:
            retry = status == 429 or status >= 500
            error = (
                "the site is busy or has a problem; we will try again"
                if retry
                else _partner_message(status, response.body)
            )
            detail = f"HTTP {status}: {response.body[:300]!r}"
    except CallFailed as exc:
        # Sent or not, trying again is safe: the Idempotency-Key makes it count once.
        retry, error, detail = True, f"{partner.title} {exc.message}; we will try again", exc.detail
    elapsed = int((time.monotonic() - started) * 1000)

    def write():
        row = db.session.get(Relay, relay_id)
        assert row is not None  # relays are never deleted
        row.claimed_until, row.changed_at = None, utcnow()
        if not error:
            row.state, row.last_error, row.last_detail = "sent", "", ""
            if row.inquiry.remote_id is None and remote_id:
                row.inquiry.remote_id = db_text(remote_id, 100)
        else:
            row.attempts += 1
            row.last_error, row.last_detail = db_text(error, 2000), db_text(detail, 2000)
            if retry and row.attempts < MAX_ATTEMPTS:
                row.state = "queued"
                row.next_attempt_at = utcnow() + timedelta(seconds=outbox.backoff(row.attempts))
            else:
                row.state = "failed"
        health.record(
            partner.name,
            purpose="lead",
            elapsed_ms=elapsed,
            http_status=status,
            outcome="ok" if not error else "error" if retry else "refused",
            detail=detail,
        )

    if not outbox.record_outcome(write):
        log.error(
            "relay %s: the answer could not be recorded; it is sent again when "
            "its lease lapses (the Idempotency-Key keeps it single)",
            relay_id,
        )
        return "sending"
    row = db.session.get(Relay, relay_id)
    return row.state if row is not None else "gone"


def _deliver_in_context(app, relay_id: int) -> None:
    with app.app_context():
        try:
            deliver(relay_id)
        except Exception:
            db.session.rollback()
            log.exception("relaying %s failed; it is retried when its lease lapses", relay_id)
        finally:
            db.session.remove()


def deliver_due(limit: int = BATCH, wait: bool = True) -> int:
    """Claim due relays partner by partner as delivery slots free up; how many were claimed.

    ``wait`` (tests, the CLI) returns only when this round's deliveries are done.
    """
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    now = utcnow()
    # A lapsed lease is simply retaken: every relay is idempotent on the other side.
    db.session.execute(
        update(Relay)
        .where(Relay.state == "sending", Relay.claimed_until < now)
        .values(state="queued")
    )
    db.session.commit()
    return _dispatcher.deliver_due(
        app,
        Relay,
        [p.name for p in registry.partners() if p.kind == "portal"],
        limit=limit,
        lease_seconds=LEASE_SECONDS,
        wait=wait,
        deliver=lambda relay_id: _deliver_in_context(app, relay_id),
    )


def state_of(message: InquiryMessage) -> str | None:
    """``queued`` (waiting for the site), ``sent`` or ``failed``; None for messages not relayed."""
    if message.relay is None:
        return None
    return {"sending": "queued"}.get(message.relay.state, message.relay.state)
