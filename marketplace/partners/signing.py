"""Signatures on webhook traffic, both ways: what we send, and leads partners send back.

``X-Tradewind-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>">``
with the partner's secret. The time is signed with the body, so a receiver
can refuse a captured delivery replayed later (we refuse after five minutes).
"""

from __future__ import annotations

import hashlib
import hmac
import time

HEADER = "X-Tradewind-Signature"
TOLERANCE_SECONDS = 300


def _mac(secret: str, timestamp: int, body: bytes) -> str:
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def sign(secret: str, body: bytes, now: float | None = None) -> str:
    """The signature header value for ``body`` at ``now`` (the current time by default)."""
    timestamp = int(time.time() if now is None else now)
    return f"t={timestamp},v1={_mac(secret, timestamp, body)}"


def verify(secret: str, header: str | None, body: bytes, now: float | None = None) -> str | None:
    """None when ``header`` signs ``body`` with ``secret`` within the tolerance, else why not."""
    if not header:
        return f"the {HEADER} header is missing"
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        timestamp = int(parts.get("t", ""))
    except ValueError:
        return "the signature has no time (t=…)"
    if abs((time.time() if now is None else now) - timestamp) > TOLERANCE_SECONDS:
        return "the signature is more than five minutes old (or in the future)"
    if not hmac.compare_digest(parts.get("v1", ""), _mac(secret, timestamp, body)):
        return "the signature does not match the body"
    return None
