"""Delivering queued postings: claim, send, record — safe with any number of workers.

Postings are claimed from the durable outbox (:mod:`marketplace.core.outbox`).
Each delivery carries an ``Idempotency-Key`` built from the posting and the
version of the change, the same on every retry, so a partner that honours it
never stores two copies. A worker that dies mid-delivery leaves a lapsed
lease: idempotent kinds (portal) are simply sent again; for the others the
outcome is unknown and the posting is marked unconfirmed rather than re-sent
blindly.

No database transaction is open while a partner is being called, and once a
partner has answered, failing to record the answer never marks the posting
failed: the lease lapses and the rules above apply.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import timedelta
from types import SimpleNamespace

from flask import current_app, url_for
from sqlalchemy import update

from marketplace.core import outbox
from marketplace.core.db import db, db_text, utcnow
from marketplace.partners import health, registry
from marketplace.partners.http import CallFailed, call
from marketplace.posting.adapters import ADAPTERS
from marketplace.posting.adapters.base import (
    DeliveryFailure,
    PermanentFailure,
    TransientFailure,
    UnknownOutcome,
)
from marketplace.posting.document import offer_document, origin_document
from marketplace.posting.models import Posting

log = logging.getLogger(__name__)

LEASE_SECONDS = 60  # how long a claimed delivery may take before another worker may retake it
MAX_ATTEMPTS = 8
BATCH = 20
DELIVERY_THREADS = 8
PER_PARTNER = 2  # deliveries in flight to one site: a slow site holds only these

_dispatcher = outbox.Dispatcher(DELIVERY_THREADS, PER_PARTNER, "posting")


def idempotency_key(posting: Posting) -> str:
    """Stable across retries of one change, different for every change."""
    return f"tw-{outbox.instance_key()}-p{posting.id}-v{posting.version}-{posting.action}"


def _reclaim_lapsed(now) -> None:
    # Conditional updates: a worker that finishes just now keeps its result.
    portals = [p.name for p in registry.posting() if p.kind == "portal"]
    lapsed = (Posting.state == "sending", Posting.claimed_until < now)
    db.session.execute(
        update(Posting).where(*lapsed, Posting.partner.in_(portals)).values(state="queued")
    )  # the Idempotency-Key makes sending again safe
    db.session.execute(
        update(Posting)
        .where(*lapsed, Posting.partner.not_in(portals))
        .values(
            state="unconfirmed",
            changed_at=now,
            last_error="we could not confirm that the site received it; "
            "check there, then retry if it is missing",
        )
    )


def _lease() -> float:
    return current_app.config.get("POSTING_LEASE_SECONDS", LEASE_SECONDS)


def claim(limit: int = BATCH, partner: str | None = None) -> list[int]:
    """Move up to ``limit`` due postings (of one partner, if named) to ``sending``; their ids."""
    now = utcnow()
    _reclaim_lapsed(now)
    conditions = [Posting.partner == partner] if partner else []
    return outbox.claim(Posting, *conditions, limit=limit, lease_seconds=_lease(), now=now)


def _document(partner, posting: Posting) -> dict:
    document = offer_document(posting.offer)
    if partner.kind == "portal":
        document["origin"] = origin_document(posting.offer)
    else:  # a webhook site hands its buyers' leads back through this address
        document["reply_url"] = url_for(
            "api.partner_lead", partner=partner.name, offer_id=posting.offer_id, _external=True
        )
    return document


def _interpret(partner, adapter, posting, request):
    """Send and read the answer; returns the adapter's Delivered or raises DeliveryFailure."""
    try:
        response = call(partner, request)
    except CallFailed as exc:
        if not exc.sent:
            raise TransientFailure(
                "the site could not be reached; we will try again", exc.detail
            ) from None
        if partner.kind == "portal":  # the Idempotency-Key makes repeating it safe
            raise TransientFailure(
                "the site did not answer in time; we will try again", exc.detail
            ) from None
        raise UnknownOutcome("the site did not confirm it received the offer", exc.detail) from None
    return response.status, adapter.interpret(
        posting, response.status, response.headers, response.body
    )


def deliver(posting_id: int) -> str:
    """Send one claimed posting and record the outcome; returns the new state."""
    posting = db.session.get(Posting, posting_id)
    if posting is None:  # its offer is gone: nothing to deliver
        return "gone"
    partner = registry.get(posting.partner)
    if partner is None or not partner.post:
        posting.state, posting.last_error = "failed", "this site is no longer configured"
        db.session.commit()
        return posting.state
    sent_version, action = posting.version, posting.action
    if action == "withdraw" and not posting.remote_id and posting.delivered_version == 0:
        # Withdrawn before it ever reached the site: nothing to send.
        posting.state, posting.action, posting.changed_at = "withdrawn", None, utcnow()
        db.session.commit()
        return posting.state
    adapter = ADAPTERS[partner.kind]
    secret = os.environ.get(partner.token_env) if partner.token_env else None
    request = adapter.build(
        partner, posting, _document(partner, posting), secret, idempotency_key(posting)
    )
    sent = SimpleNamespace(
        action=action, remote_id=posting.remote_id, remote_url=posting.remote_url
    )
    db.session.commit()  # no transaction stays open while the partner is called
    started = time.monotonic()
    status, result, failure = None, None, None
    try:
        status, result = _interpret(partner, adapter, sent, request)
    except DeliveryFailure as exc:
        failure = exc
    elapsed = int((time.monotonic() - started) * 1000)

    def write():
        row = db.session.get(Posting, posting_id)
        assert row is not None  # postings are never deleted while claimed
        if failure is None:
            _succeeded(row, sent_version, action, result)
        else:
            _failed(row, failure)
        outcome = (
            "ok"
            if failure is None
            else "refused"
            if isinstance(failure, PermanentFailure)
            else "error"
        )
        health.record(
            partner.name,
            purpose="post",
            outcome=outcome,
            elapsed_ms=elapsed,
            http_status=status,
            detail="" if failure is None else failure.detail or failure.message,
        )

    if not outbox.record_outcome(write):
        log.error(
            "posting %s: the partner answered but the outcome could not be recorded; "
            "its lease will lapse and the rules for lapsed leases apply",
            posting_id,
        )
        return "sending"
    return _state_of(posting_id)


def _state_of(posting_id: int) -> str:
    row = db.session.get(Posting, posting_id)
    return row.state if row is not None else "gone"


def _succeeded(posting: Posting, sent_version: int, action: str, result) -> None:
    now = utcnow()
    posting.remote_id = db_text(result.remote_id, 100) if result.remote_id else posting.remote_id
    posting.remote_url = (
        db_text(result.remote_url, 500) if result.remote_url else posting.remote_url
    )
    posting.attempts, posting.last_error, posting.last_detail = 0, "", ""
    posting.claimed_until, posting.changed_at = None, now
    db.session.flush()
    # The offer may have changed while we were sending: then the newer change
    # is still to be delivered, and the posting stays queued for it.
    db.session.refresh(posting, attribute_names=["version", "action"])
    if posting.version != sent_version:
        posting.state = "queued"
        if posting.action == "create":
            posting.action = "update"
        return
    posting.delivered_version = sent_version
    posting.state = "withdrawn" if action == "withdraw" else "posted"
    posting.action = None


def _failed(posting: Posting, failure: DeliveryFailure) -> None:
    now = utcnow()
    posting.attempts += 1
    # Partner text is stored NUL-safe: PostgreSQL refuses NUL, and the partner's
    # own message ("the site refused the offer: title: …") must reach the member.
    posting.last_error = db_text(failure.message, 2000)
    posting.last_detail = db_text(failure.detail, 2000)
    posting.claimed_until, posting.changed_at = None, now
    if isinstance(failure, PermanentFailure):
        posting.state = "failed"
    elif isinstance(failure, UnknownOutcome):
        posting.state = "unconfirmed"
    elif posting.attempts >= MAX_ATTEMPTS:
        posting.state = "failed"
        posting.last_error = f"the site could not be reached after {posting.attempts} tries"
    else:
        posting.state = "queued"
        posting.next_attempt_at = now + timedelta(
            seconds=outbox.backoff(posting.attempts, failure.retry_after)
        )


def _deliver_in_context(app, posting_id: int) -> None:
    with app.app_context():
        try:
            deliver(posting_id)
        except Exception as exc:
            # Only reached before anything was sent (after sending, deliver() records
            # or leaves the lease): mark it failed so it is never re-sent in a loop.
            db.session.rollback()
            log.exception("delivering posting %s failed", posting_id)
            db.session.execute(
                update(Posting)
                .where(Posting.id == posting_id)
                .values(
                    state="failed",
                    claimed_until=None,
                    changed_at=utcnow(),
                    last_error="an internal error stopped this delivery; an operator can retry it",
                    last_detail=db_text(f"{type(exc).__name__}: {exc}", 2000),
                )
            )
            db.session.commit()
        finally:
            db.session.remove()


def deliver_due(limit: int = BATCH, wait: bool = True) -> int:
    """Claim due postings, partner by partner as slots free up; return how many were claimed.

    Each partner has its own few delivery slots, and a slot goes on with that
    partner's next due posting as soon as it is free, so a slow site delays
    only its own postings. ``wait`` (tests, the CLI) returns only when the
    deliveries started here are done; the worker does not wait.
    """
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    now = utcnow()
    _reclaim_lapsed(now)
    db.session.commit()
    return _dispatcher.deliver_due(
        app,
        Posting,
        [p.name for p in registry.posting()],
        limit=limit,
        lease_seconds=_lease(),
        wait=wait,
        deliver=lambda posting_id: _deliver_in_context(app, posting_id),
    )
