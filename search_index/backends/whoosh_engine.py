"""The Whoosh engine (pure Python, needs nothing else installed): the embedded default.

Indexes live as Whoosh files in the index directory itself; searching is in
``search_index.search``, searchers in ``search_index.reader``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date
from pathlib import Path

from whoosh.index import LockError

from search_index import search, store
from search_index.backends.base import Busy, Unavailable
from search_index.contract import OfferHits, OfferQuery
from search_index.reader import SearcherPool
from search_index.schema import COMPANIES, OFFERS


class WhooshReader:
    """Searchers of both indexes, each refreshed when the index changes.

    Its methods are those of :class:`search_index.backends.base.Reader`.
    """

    def __init__(self, directory: str):
        self.offers = SearcherPool(directory, OFFERS)
        self.companies = SearcherPool(directory, COMPANIES)

    def generation(self) -> Hashable:
        with self.offers.searcher() as searcher:
            if searcher is None:
                raise Unavailable("no offer index")
            return self.offers.identity()

    def search_offers(self, request: OfferQuery, today: date, now: float) -> OfferHits:
        with self.offers.searcher() as searcher:
            if searcher is None:
                raise Unavailable("no offer index")
            return search.search_offers(searcher, request, today, now)

    def search_companies(self, text: str, limit: int, country: str | None = None) -> list[int]:
        with self.companies.searcher() as searcher:
            if searcher is None:
                raise Unavailable("no company index")
            return search.search_companies(searcher, text, limit, country)

    def similar_offers(
        self, text: str, offer_type: str, hs_code: str | None, limit: int
    ) -> list[tuple[int, float]]:
        with self.offers.searcher() as searcher:
            if searcher is None:
                raise Unavailable("no offer index")
            return search.similar_offers(searcher, text, offer_type, hs_code, limit=limit)

    def close(self) -> None:
        self.offers.close()
        self.companies.close()


class WhooshBackend:
    """whoosh-reloaded: the engine this portal was specified with."""

    name = "whoosh"
    # 2: Snowball (Porter2) stems, as tantivy; 3: the "trust" field;
    # 4: prices in US cents and minimum orders. Another format is rebuilt.
    format = "4"

    def reader(self, directory: str) -> WhooshReader:
        return WhooshReader(directory)

    def exists(self, directory: str) -> bool:
        return store.exists(directory, OFFERS) and store.exists(directory, COMPANIES)

    def write(self, directory: str, name: str, documents: dict[int, dict], ids: set[int]) -> None:
        try:
            writer = store.open_or_create(directory, name).writer()
        except LockError as exc:
            raise Busy(str(exc)) from exc
        try:
            for entity_id in ids:
                document = documents.get(entity_id)
                if document is not None:
                    writer.update_document(**document)
                else:
                    writer.delete_by_term("id", str(entity_id))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def bulk(
        self,
        directory: str,
        name: str,
        documents: Iterable[dict],
        progress: Callable[[int], None],
        procs: int,
    ) -> int:
        ix = store.create_empty(Path(directory), name)
        # With procs > 1 Whoosh analyses documents in sub-processes and keeps one
        # segment per process (multisegment): no final merge, nearly twice as fast.
        writer = (
            ix.writer(procs=procs, multisegment=True, batchsize=1000, limitmb=128)
            if procs > 1
            else ix.writer(limitmb=256)
        )
        count = 0
        try:
            for document in documents:
                writer.add_document(**document)
                count += 1
                if count % 200 == 0:
                    progress(200)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        progress(count % 200)
        return count

    def stamps(self, directory: str, name: str) -> dict[int, int]:
        ix = store.open_or_create(directory, name)
        with ix.searcher() as searcher:
            return {
                int(fields["id"]): fields.get("stamp") for fields in searcher.all_stored_fields()
            }
