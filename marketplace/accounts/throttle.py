"""Log-in throttling: after repeated failures an address or account must wait a little."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, func, select

from marketplace.accounts.models import LoginFailure
from marketplace.core.db import db, utcnow

WINDOW = timedelta(minutes=15)
MAX_PER_ACCOUNT = 5  # failures per e-mail address within the window
MAX_PER_ADDRESS = 20  # per client address: an office behind one address has many people


def wait_minutes(email: str, remote_addr: str) -> int:
    """Minutes to wait before another attempt (0 when allowed)."""
    since = utcnow() - WINDOW
    limits = [(LoginFailure.email == email.strip().lower(), MAX_PER_ACCOUNT)]
    if remote_addr:
        limits.append((LoginFailure.remote_addr == remote_addr, MAX_PER_ADDRESS))
    for condition, limit in limits:
        count, oldest = db.session.execute(
            select(func.count(), func.min(LoginFailure.failed_at)).where(
                condition, LoginFailure.failed_at >= since
            )
        ).one()
        if count >= limit:
            remaining = (oldest + WINDOW) - utcnow()
            return max(1, int(remaining.total_seconds() // 60) + 1)
    return 0


def record_failure(email: str, remote_addr: str) -> None:
    """Remember a failed attempt; forget attempts older than the window."""
    db.session.execute(delete(LoginFailure).where(LoginFailure.failed_at < utcnow() - WINDOW))
    db.session.add(LoginFailure(email=email.strip().lower()[:254], remote_addr=remote_addr[:64]))


def clear(email: str) -> None:
    """A successful log-in wipes the account's failures."""
    db.session.execute(delete(LoginFailure).where(LoginFailure.email == email.strip().lower()))
