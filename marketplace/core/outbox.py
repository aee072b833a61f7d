"""What every durable outbox (postings, lead relays) shares: claiming, back-off, dispatch.

A row is claimed by moving it from ``queued`` to ``sending`` with a lease, in a
statement only one worker can win (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, a
conditional UPDATE on SQLite). Deliveries then run in a small thread pool with
a cap per partner, so a slow site only ever occupies its own slots and the
others' deliveries go on.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import select, update

from marketplace.core.db import changed_rows, db, utcnow

log = logging.getLogger(__name__)

BASE_BACKOFF = 2.0  # seconds; doubles per attempt, with jitter
MAX_BACKOFF = 3600.0


def instance_key() -> str:
    """A short id of this Tradewind, so two portals' Idempotency-Keys never clash."""
    return hashlib.sha256(current_app.config["SECRET_KEY"].encode()).hexdigest()[:10]


def backoff(attempts: int, retry_after: float | None = None) -> float:
    """Seconds to wait before attempt ``attempts + 1``: exponential, jittered, capped."""
    delay = min(MAX_BACKOFF, BASE_BACKOFF * (2 ** (attempts - 1)))
    delay *= random.uniform(0.8, 1.2)  # jitter: retries from many rows do not align
    return min(MAX_BACKOFF, max(delay, retry_after or 0.0))


def claim(model, *conditions, limit: int, lease_seconds: float, now: datetime) -> list[int]:
    """Move up to ``limit`` due rows of ``model`` to ``sending`` for this worker; their ids.

    ``model`` has ``state``, ``next_attempt_at``, ``claimed_until`` and
    ``changed_at``; ``conditions`` narrow the rows (one partner, say). Commits.
    """
    if limit <= 0:
        return []
    query = (
        select(model.id)
        .where(model.state == "queued", model.next_attempt_at <= now, *conditions)
        .order_by(model.next_attempt_at, model.id)
        .limit(limit)
    )
    if db.engine.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    claimed = []
    for row_id in list(db.session.scalars(query)):
        won = changed_rows(
            update(model)
            .where(model.id == row_id, model.state == "queued")
            .values(
                state="sending",
                changed_at=now,
                claimed_until=now + timedelta(seconds=lease_seconds),
            )
        )
        if won == 1:
            claimed.append(row_id)
    db.session.commit()
    return claimed


def claim_one(app, model, *conditions, lease_seconds: float) -> int | None:
    """Claim the next due row of ``model`` in a session of its own (for delivery slots)."""
    with app.app_context():
        try:
            claimed = claim(model, *conditions, limit=1, lease_seconds=lease_seconds, now=utcnow())
        finally:
            db.session.remove()
    return claimed[0] if claimed else None


def record_outcome(write: Callable[[], None], tries: int = 5) -> bool:
    """Run ``write`` and commit, retrying when the database is busy; False if it never took.

    Used after a partner has answered: losing a database race must not turn a
    delivered message into a failed one (the caller leaves the lease to lapse
    instead, and the idempotent re-send returns the partner's first answer).
    """
    for attempt in range(tries):
        try:
            write()
            db.session.commit()
            return True
        except Exception:
            db.session.rollback()
            log.warning(
                "recording an outcome failed (try %d of %d)",
                attempt + 1,
                tries,
                exc_info=attempt == tries - 1,
            )
            time.sleep(min(2.0, 0.1 * 2**attempt))
    return False


class Dispatcher:
    """A thread pool that runs at most ``per_partner`` deliveries of any one partner at once."""

    def __init__(self, threads: int, per_partner: int, name: str):
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=name)
        self._per_partner = per_partner
        self._busy: Counter[str] = Counter()
        self._lock = threading.Lock()

    def free(self, partner: str) -> int:
        """How many more deliveries to ``partner`` may start now."""
        with self._lock:
            return max(0, self._per_partner - self._busy[partner])

    def deliver_due(
        self,
        app,
        model,
        partners: list[str],
        *,
        limit: int,
        lease_seconds: float,
        deliver: Callable[[int], object],
        wait: bool,
    ) -> int:
        """Claim due rows of ``model`` partner by partner, as far as each one's slots allow.

        A slot that finishes a delivery takes its partner's next due row at once
        instead of waiting for the worker's next round, so a site's deliveries
        flow at its own pace, whatever other sites do. ``wait`` returns only
        when the deliveries started here are done. Returns how many were claimed.
        """
        futures = []
        for partner in partners:
            first = claim(
                model,
                model.partner == partner,
                now=utcnow(),
                lease_seconds=lease_seconds,
                limit=min(limit, self.free(partner)),
            )

            def drain(row_id: int | None, partner: str = partner) -> None:
                while row_id is not None:
                    deliver(row_id)
                    row_id = claim_one(
                        app, model, model.partner == partner, lease_seconds=lease_seconds
                    )

            futures += [self.submit(partner, functools.partial(drain, row_id)) for row_id in first]
        if wait:
            for future in futures:
                future.result()
        return len(futures)

    def submit(self, partner: str, job: Callable[[], object]) -> Future:
        """Run ``job`` in the pool, counted against ``partner``'s slots until it ends."""
        with self._lock:
            self._busy[partner] += 1

        def run():
            try:
                return job()
            finally:
                with self._lock:
                    self._busy[partner] -= 1

        return self._pool.submit(run)
