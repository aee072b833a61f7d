"""The engine interface: what ``search_index`` needs from a full-text library.

Two implementations: Whoosh (pure Python, the embedded default) and tantivy (a
compiled engine for portals that grow). ``TRADEWIND_SEARCH_ENGINE`` chooses one.
Both read the same engine-independent documents (``marketplace.search.indexing``)
and answer the same :mod:`search_index.contract` types, and the same contract
tests run against both.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date
from typing import Protocol

from search_index.contract import OfferHits, OfferQuery


class Unavailable(Exception):
    """The index cannot be read (missing, being replaced, damaged): use the database."""


class Busy(Exception):
    """Another process is writing the index; try again on the next round."""


class Reader(Protocol):
    """A web process's read access to both indexes (offers and companies)."""

    def generation(self) -> Hashable:
        """Which version of the index the next search reads; changes with every commit.

        Raises :class:`Unavailable` when there is no readable index.
        """
        ...

    def search_offers(self, request: OfferQuery, today: date, now: float) -> OfferHits:
        """A page of offers for ``request``, with facets, suggestion and highlight terms."""
        ...

    def search_companies(self, text: str, limit: int, country: str | None = None) -> list[int]:
        """Ids of the companies best matching ``text``, only in ``country`` when given."""
        ...

    def similar_offers(
        self, text: str, offer_type: str, hs_code: str | None, limit: int
    ) -> list[tuple[int, float]]:
        """Offers of ``offer_type`` resembling ``text`` (any word may match), best first."""
        ...

    def close(self) -> None:
        """Release files and memory."""
        ...


class Backend(Protocol):
    """One search library: its reader, and the writes the single index writer makes."""

    name: str
    # Bump when analysis or schema change: an index of another format is rebuilt.
    format: str

    def reader(self, directory: str) -> Reader:
        """A reader of the indexes in ``directory`` (opened lazily, kept current)."""
        ...

    def exists(self, directory: str) -> bool:
        """True when both indexes exist in ``directory``."""
        ...

    def write(self, directory: str, name: str, documents: dict[int, dict], ids: set[int]) -> None:
        """Replace the documents of ``ids`` in index ``name``; ids without a document go.

        Raises :class:`Busy` when another writer holds the index.
        """
        ...

    def bulk(
        self,
        directory: str,
        name: str,
        documents: Iterable[dict],
        progress: Callable[[int], None],
        procs: int,
    ) -> int:
        """Create index ``name`` afresh in ``directory`` from ``documents``; how many."""
        ...

    def stamps(self, directory: str, name: str) -> dict[int, int]:
        """id -> stamp of every document in index ``name`` (for drift checks)."""
        ...
