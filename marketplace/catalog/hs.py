"""The Harmonized System nomenclature (2022), loaded once from the copy in ``data/hs``."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "hs" / "harmonized-system.csv"


@dataclass(frozen=True)
class HSCode:
    """One HS code: a chapter (2 digits), heading (4) or subheading (6)."""

    code: str
    description: str
    parent: str | None
    section: str

    @property
    def level(self) -> int:
        return len(self.code)


@cache
def nomenclature() -> dict[str, HSCode]:
    """Every HS code by its digits."""
    codes: dict[str, HSCode] = {}
    with DATA_FILE.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if row["section"] == "TOTAL":
                # Chapter 99 ("commodities not specified according to kind") is a
                # statistical code of the trade data, not a heading of the HS.
                continue
            parent = row["parent"] if row["parent"] != "TOTAL" else None
            codes[row["hscode"]] = HSCode(row["hscode"], row["description"], parent, row["section"])
    return codes


def entry(code: str) -> HSCode:
    """The HS entry for a code known to exist (KeyError otherwise)."""
    return nomenclature()[code]


def lookup(code: str) -> HSCode | None:
    """The HS entry for ``code`` (2, 4 or 6 digits), or None if it does not exist."""
    return nomenclature().get(code)


def subheadings() -> list[HSCode]:
    """All 6-digit subheadings, in code order."""
    return [c for c in nomenclature().values() if c.level == 6]


def lineage(code: str) -> list[HSCode]:
    """The chapter, heading and subheading of ``code``, broadest first."""
    out: list[HSCode] = []
    entry = lookup(code)
    while entry is not None:
        out.append(entry)
        entry = lookup(entry.parent) if entry.parent else None
    return list(reversed(out))
