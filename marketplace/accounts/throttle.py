"""Log-in throttling: after repeated failures an address or account must wait a little.

Atomic under concurrency: an attempt is written (and committed) *before* its
password is checked, and then counted with every attempt committed before it. Of
thirty simultaneous guesses the k-th to commit sees at least k attempts, so only
the first :data:`MAX_PER_ACCOUNT` get their password checked; the rest are refused
without one. A successful log-in removes the account's attempts.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, func, select

from marketplace.accounts.models import LoginFailure
from marketplace.core.db import db, utcnow

WINDOW = timedelta(minutes=15)
MAX_PER_ACCOUNT = 5  # attempts per e-mail address within the window
MAX_PER_ADDRESS = 20  # per client address: an office behind one address has many people


def _normal(email: str) -> str:
    return email.strip().lower()[:254]


def claim_attempt(email: str, remote_addr: str) -> int:
    """Record an attempt and commit it; minutes to wait when it is over the limit (else 0).

    Commits on purpose, like the outbox's claims: the attempt must be visible to every
    concurrent attempt before any password is checked. Attempts stay as failures
    unless :func:`clear` removes them after a successful log-in.
    """
    now = utcnow()
    db.session.execute(delete(LoginFailure).where(LoginFailure.failed_at < now - WINDOW))
    db.session.add(LoginFailure(email=_normal(email), remote_addr=remote_addr[:64], failed_at=now))
    db.session.commit()
    since = now - WINDOW
    limits = [(LoginFailure.email == _normal(email), MAX_PER_ACCOUNT)]
    if remote_addr:
        limits.append((LoginFailure.remote_addr == remote_addr[:64], MAX_PER_ADDRESS))
    for condition, limit in limits:
        count, oldest = db.session.execute(
            select(func.count(), func.min(LoginFailure.failed_at)).where(
                condition, LoginFailure.failed_at >= since
            )
        ).one()
        if count > limit:
            remaining = (oldest + WINDOW) - utcnow()
            return max(1, int(remaining.total_seconds() // 60) + 1)
    return 0


def clear(email: str) -> None:
    """A successful log-in wipes the account's attempts."""
    db.session.execute(delete(LoginFailure).where(LoginFailure.email == _normal(email)))
