"""Shapes shared by adapters and the runner."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from marketplace.partners.http import Request, Response  # noqa: F401  - adapters build and read these

MAX_TITLE = 200
MAX_SNIPPET = 400
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


class PartnerError(Exception):
    """A partner answered with something we cannot use.

    ``message`` is for traders ("sent a reply we could not read"); ``detail``
    is for engineers (the parser's complaint, the first bytes).
    """

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.message = message
        self.detail = detail


@dataclass
class Result:
    """One offer from any site, in our terms. Text fields are plain text."""

    title: str
    url: str
    source: str
    snippet: str = ""
    type: str | None = None
    category: str | None = None
    country: str | None = None
    company: str | None = None
    posted: datetime | None = None
    origin_url: str | None = None  # for a copy of another portal's offer: the original's page
    also_on: list[str] = field(default_factory=list)
    score: float = 0.0


def plain_text(value: object, limit: int) -> str:
    """Partner text made safe and tidy: tags removed, entities decoded, spaces folded."""
    if value is None:
        return ""
    text = str(value)
    # Decode entities, then drop tags, until nothing changes: "&lt;img onerror=…&gt;"
    # must not come out of the decoding as a live tag.
    for _ in range(4):
        cleaned = _TAG.sub(" ", html.unescape(text))
        if cleaned == text:
            break
        text = cleaned
    text = _SPACE.sub(" ", text).strip()
    return text[:limit]


def safe_url(value: object) -> str | None:
    """An http(s) address, or None (never javascript: or data:)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or len(value) > 2000:
        return None
    return value


def offer_type(value: object) -> str | None:
    """Map a partner's wording of buy/sell onto ours."""
    text = str(value or "").strip().lower()
    if text in ("sell", "sale", "offer to sell", "selling", "supply"):
        return "sell"
    if text in ("buy", "purchase", "rfq", "buying", "demand", "wanted"):
        return "buy"
    return None
