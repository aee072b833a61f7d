"""Pieces every index document is made of: row versions and HS code text."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from marketplace.catalog import hs


def stamp(updated_at: datetime) -> int:
    """A row version for drift checks: its last change in microseconds since the epoch."""
    return int(updated_at.timestamp() * 1_000_000)


def hs_prefixes(code: str | None) -> str:
    """``730640`` -> ``"73 7306 730640"``, so a chapter or heading finds the subheading."""
    if not code:
        return ""
    return " ".join(code[:n] for n in (2, 4, 6) if len(code) >= n)


@cache
def hs_words(code: str | None) -> str:
    """The nomenclature text of the code's heading and subheading (what customs calls it)."""
    if not code:
        return ""
    return " ".join(entry.description for entry in hs.lineage(code)[1:])
