"""What the index writer needs from the application: documents, never models.

``search_index`` knows its schemas and how to keep an index in step with a queue
of changes; which rows become which documents is the application's business
(``marketplace.search.indexing`` implements this protocol). Documents are plain
dicts with the fields of ``search_index.schema``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol


class DocumentSource(Protocol):
    """The documents of offers and companies, read from the source of truth."""

    def offer_documents(self, ids: Iterable[int]) -> dict[int, dict]:
        """The documents of those offers among ``ids`` that belong in the index.

        An id missing from the answer (deleted, withdrawn, expired) is removed from it.
        """
        ...

    def company_documents(self, ids: Iterable[int]) -> dict[int, dict]:
        """The documents of the companies among ``ids`` that still exist."""
        ...

    def offers_of_companies(self, company_ids: Iterable[int]) -> set[int]:
        """Offers whose documents carry something of these companies (their name)."""
        ...

    def all_offer_documents(self) -> Iterator[dict]:
        """Every indexable offer's document, for a rebuild (memory stays flat)."""
        ...

    def all_company_documents(self) -> Iterator[dict]:
        """Every company's document, for a rebuild."""
        ...

    def offer_stamps(self) -> dict[int, int]:
        """id -> version stamp of every indexable offer (see ``documents.stamp``)."""
        ...

    def company_stamps(self) -> dict[int, int]:
        """id -> version stamp of every company."""
        ...
