"""Delivering queued postings: claim, send, record — safe with any number of workers.

A posting is claimed by moving it from ``queued`` to ``sending`` with a lease,
in a statement that only one worker can win (``FOR UPDATE SKIP LOCKED`` on
PostgreSQL, a conditional UPDATE on SQLite). Each delivery carries an
``Idempotency-Key`` built from the posting and the version of the change, the
same on every retry, so a partner that honours it never stores two copies. A
worker that dies mid-delivery leaves a lapsed lease: idempotent kinds are
simply sent again; for the others the outcome is unknown and the posting is
marked unconfirmed rather than re-sent blindly.
"""
from __future__ import annotations

import hashlib
import logging
import os
import random
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import httpx
from flask import current_app
from sqlalchemy import select, update

from marketplace.core.db import db, utcnow
from marketplace.partners import health
from marketplace.posting.adapters import ADAPTERS
from marketplace.posting.adapters.base import (DeliveryFailure, PermanentFailure,
                                               TransientFailure, UnknownOutcome)
from marketplace.posting.document import offer_document
from marketplace.posting.models import Posting

log = logging.getLogger(__name__)

LEASE_SECONDS = 60  # how long a claimed delivery may take before another worker may retake it
MAX_ATTEMPTS = 8
BASE_BACKOFF = 2.0  # seconds; doubles per attempt, with jitter
MAX_BACKOFF = 3600.0
BATCH = 20
DELIVERY_THREADS = 4

_client = httpx.Client(limits=httpx.Limits(max_connections=32))
_pool = ThreadPoolExecutor(max_workers=DELIVERY_THREADS, thread_name_prefix="posting")


def instance_key() -> str:
    """A short id of this Tradewind, so two portals' postings never share a key."""
    return hashlib.sha256(current_app.config["SECRET_KEY"].encode()).hexdigest()[:10]


def idempotency_key(posting: Posting) -> str:
    """Stable across retries of one change, different for every change."""
    return f"tw-{instance_key()}-p{posting.id}-v{posting.version}-{posting.action}"


def _partners() -> dict:
    return {p.name: p for p in current_app.extensions["partners"] if p.post}


def _reclaim_lapsed(now) -> None:
    # Conditional updates: a worker that finishes just now keeps its result.
    portals = [name for name, p in _partners().items() if p.kind == "portal"]
    lapsed = (Posting.state == "sending", Posting.claimed_until < now)
    db.session.execute(update(Posting).where(*lapsed, Posting.partner.in_(portals))
                       .values(state="queued"))  # the Idempotency-Key makes sending again safe
    db.session.execute(update(Posting).where(*lapsed, Posting.partner.not_in(portals)).values(
        state="unconfirmed", changed_at=now,
        last_error="we could not confirm that the site received it; "
                   "check there, then retry if it is missing"))


def claim(limit: int = BATCH) -> list[int]:
    """Move up to ``limit`` due postings to ``sending`` for this worker; return their ids."""
    now = utcnow()
    _reclaim_lapsed(now)
    query = (select(Posting.id).where(Posting.state == "queued", Posting.next_attempt_at <= now)
             .order_by(Posting.next_attempt_at, Posting.id).limit(limit))
    if db.engine.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    candidates = list(db.session.scalars(query))
    claimed = []
    for posting_id in candidates:
        won = db.session.execute(
            update(Posting).where(Posting.id == posting_id, Posting.state == "queued")
            .values(state="sending", changed_at=now, claimed_until=now + timedelta(
                seconds=current_app.config.get("POSTING_LEASE_SECONDS", LEASE_SECONDS))))
        if won.rowcount == 1:
            claimed.append(posting_id)
    db.session.commit()
    return claimed


def _send(partner, delivery) -> tuple[int, dict, bytes]:
    try:
        answer = _client.request(delivery.method, delivery.url, content=delivery.body,
                                 headers=delivery.headers, timeout=httpx.Timeout(partner.timeout))
        return answer.status_code, {k.lower(): v for k, v in answer.headers.items()}, answer.content
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise TransientFailure("the site could not be reached; we will try again",
                               f"{type(exc).__name__}: {exc}") from None
    except httpx.HTTPError as exc:
        raise UnknownOutcome("the site did not confirm it received the offer",
                             f"{type(exc).__name__}: {exc}") from None


def _backoff(attempts: int, retry_after: float | None) -> float:
    delay = min(MAX_BACKOFF, BASE_BACKOFF * (2 ** (attempts - 1)))
    delay *= random.uniform(0.8, 1.2)  # jitter: retries from many postings do not align
    return min(MAX_BACKOFF, max(delay, retry_after or 0.0))


def deliver(posting_id: int) -> str:
    """Send one claimed posting and record the outcome; returns the new state."""
    posting = db.session.get(Posting, posting_id)
    partner = _partners().get(posting.partner)
    if partner is None:
        posting.state, posting.last_error = "failed", "this site is no longer configured"
        db.session.commit()
        return posting.state
    adapter = ADAPTERS[partner.kind]
    sent_version, action = posting.version, posting.action
    if action == "withdraw" and not posting.remote_id and posting.delivered_version == 0:
        # Withdrawn before it ever reached the site: nothing to send.
        posting.state, posting.action, posting.changed_at = "withdrawn", None, utcnow()
        db.session.commit()
        return posting.state
    secret = os.environ.get(partner.token_env) if partner.token_env else None
    started = time.monotonic()
    outcome, status, detail = "ok", None, ""
    try:
        delivery = adapter.build(partner, posting, offer_document(posting.offer), secret,
                                 idempotency_key(posting))
        status, headers, body = _send(partner, delivery)
        result = adapter.interpret(posting, status, headers, body)
    except DeliveryFailure as failure:
        if isinstance(failure, UnknownOutcome) and (partner.kind == "portal"):
            failure = TransientFailure(failure.message, failure.detail)  # safe to repeat
        outcome, detail = "error", failure.detail or failure.message
        _failed(posting, failure)
    else:
        _succeeded(posting, sent_version, action, result)
    health.record(partner.name, health.states([partner.name])[partner.name], outcome=outcome,
                  elapsed_ms=int((time.monotonic() - started) * 1000), http_status=status,
                  detail=detail, purpose="post")
    db.session.commit()
    return posting.state


def _succeeded(posting: Posting, sent_version: int, action: str, result) -> None:
    now = utcnow()
    posting.remote_id = result.remote_id or posting.remote_id
    posting.remote_url = result.remote_url or posting.remote_url
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
    posting.last_error, posting.last_detail = failure.message, failure.detail[:2000]
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
        posting.next_attempt_at = now + timedelta(seconds=_backoff(posting.attempts,
                                                                   failure.retry_after))


def _deliver_in_context(app, posting_id: int) -> None:
    with app.app_context():
        try:
            deliver(posting_id)
        except Exception as exc:  # noqa: BLE001 - one broken posting must not stop the others
            db.session.rollback()
            log.exception("delivering posting %s failed", posting_id)
            # Marked failed, with the detail for engineers: never re-sent in a loop.
            db.session.execute(update(Posting).where(Posting.id == posting_id).values(
                state="failed", claimed_until=None, changed_at=utcnow(),
                last_error="an internal error stopped this delivery; an operator can retry it",
                last_detail=f"{type(exc).__name__}: {exc}"[:2000]))
            db.session.commit()
        finally:
            db.session.remove()


def deliver_due(limit: int = BATCH) -> int:
    """Claim due postings and deliver them a few at a time; return how many were attempted.

    Partners answer at their own pace, so deliveries overlap (each in its own
    database session); a slow site delays only its own postings.
    """
    claimed = claim(limit)
    app = current_app._get_current_object()
    list(_pool.map(lambda posting_id: _deliver_in_context(app, posting_id), claimed))
    return len(claimed)
