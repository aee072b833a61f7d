"""The main seaports by name, so a member may type "Busan" where a UN/LOCODE is asked.

``data/ports.csv`` lists about a hundred of the world's busiest container and bulk ports
with their UN/LOCODE and the other names traders write (Pusan, 부산, Antwerpen). Any
other place is entered by its code, as before. A name two ports share ("Cartagena") is
not guessed: the member is shown both codes.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "ports.csv"


@dataclass(frozen=True)
class Port:
    """A port: its UN/LOCODE and its usual English name."""

    code: str
    name: str

    @property
    def country(self) -> str:
        """The ISO 3166 country code the LOCODE begins with."""
        return self.code[:2]


def _key(name: str) -> str:
    # "Gdańsk", "Gdansk" and "GDANSK " are one name; CJK and Hangul names stay as written.
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())


@cache
def _ports() -> tuple[dict[str, list[Port]], dict[str, Port]]:
    by_name: dict[str, list[Port]] = {}
    by_code: dict[str, Port] = {}
    with DATA.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            port = Port(row["code"], row["name"])
            by_code[port.code] = port
            for name in [row["name"], *filter(None, row["also"].split("|"))]:
                bucket = by_name.setdefault(_key(name), [])
                if port not in bucket:
                    bucket.append(port)
    return by_name, by_code


def find(text: str) -> list[Port]:
    """The ports called ``text`` (in any case, with or without accents)."""
    return list(_ports()[0].get(_key(text), []))


def listed() -> list[Port]:
    """Every listed port, by name (the suggestions of the posting form's port field)."""
    return sorted(_ports()[1].values(), key=lambda port: port.name)


def get(code: str | None) -> Port | None:
    """The listed port with this LOCODE, or None (the code may still be a valid place)."""
    return _ports()[1].get(code or "")
