"""The search engine a web process holds: a reader of the configured engine and a result cache."""

from __future__ import annotations

import threading
import time
from datetime import date

from cachetools import TTLCache
from flask import Flask, current_app

from search_index import backends
from search_index.backends import Backend, Unavailable
from search_index.contract import OfferHits, OfferQuery

CACHE_ENTRIES = 2000
# Results are cached per index generation; "posted within" counts depend on the
# clock too, so a cached answer is also forgotten after this many seconds.
CACHE_SECONDS = 120


class SearchEngine:
    """Read-only access to the index for one process, whichever engine writes it."""

    def __init__(self, index_dir: str, backend: Backend):
        self.index_dir = index_dir
        self.backend = backend
        self.reader = backend.reader(index_dir)
        self._cache: TTLCache = TTLCache(CACHE_ENTRIES, ttl=CACHE_SECONDS)
        self._cache_lock = threading.Lock()

    def search_offers(self, request: OfferQuery, today: date) -> OfferHits | None:
        """Search offers; None when the index cannot be read (use the database instead)."""
        try:
            # The generation first: an answer computed from a newer index than its key
            # names is never read back, because the next search sees the newer generation.
            key = (request, today, self.reader.generation())
            with self._cache_lock:
                cached = self._cache.get(key)
            if cached is not None:
                return cached
            hits = self.reader.search_offers(request, today, time.time())
        except Unavailable:
            return None
        # Largest first, ties by name: the same order whichever engine counted.
        hits.facets = {
            name: dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
            for name, counts in hits.facets.items()
        }
        with self._cache_lock:
            self._cache[key] = hits
        return hits

    def search_companies(
        self, text: str, limit: int = 5, country: str | None = None
    ) -> list[int] | None:
        """Ids of companies matching ``text`` (in ``country`` when given); None when the
        index cannot be read."""
        try:
            return self.reader.search_companies(text, limit, country)
        except Unavailable:
            return None

    def similar_offers(
        self, text: str, offer_type: str, hs_code: str | None, limit: int = 50
    ) -> list[tuple[int, float]]:
        """Live offers of ``offer_type`` resembling ``text``, ``[(id, score)]`` best first.

        Empty when the index cannot be read: suggestions wait, nothing fails.
        """
        try:
            return self.reader.similar_offers(text, offer_type, hs_code, limit)
        except Unavailable:
            return []

    def readable(self) -> bool:
        """True when the index can be searched now (False: searches use the database)."""
        try:
            self.reader.generation()
        except Unavailable:
            return False
        return True

    def close(self) -> None:
        """Close the reader (tests and shutdown)."""
        self.reader.close()


def init_app(app: Flask) -> None:
    """Give the app its engine, as ``SEARCH_ENGINE`` names it."""
    backend = backends.get(app.config["SEARCH_ENGINE"])
    app.extensions["search"] = SearchEngine(app.config["SEARCH_INDEX_DIR"], backend)
    if not app.testing:
        app.before_request(_warm_hs_assistant_once)


_warming = threading.Lock()
_warm_started = False


def _warm_hs_assistant_once() -> None:
    # Every search with words asks the HS assistant which headings they name: a serving
    # process builds its small index (about 3 s) in the background on its first request
    # rather than during a buyer's first search. CLI commands never build it.
    global _warm_started
    with _warming:
        if _warm_started:
            return
        _warm_started = True
    from search_index import hs_assistant

    threading.Thread(target=hs_assistant.warm, name="hs-assistant", daemon=True).start()


def engine() -> SearchEngine:
    """The current app's engine."""
    return current_app.extensions["search"]
