"""The search engine a web process holds: searchers for both indexes and a result cache."""

from __future__ import annotations

import threading
import time
from datetime import date

from cachetools import TTLCache
from flask import Flask, current_app

from search_index import search
from search_index.reader import SearcherPool
from search_index.schema import COMPANIES, OFFERS

CACHE_ENTRIES = 2000
# Results are cached per index generation; "posted within" counts depend on the
# clock too, so a cached answer is also forgotten after this many seconds.
CACHE_SECONDS = 120


class SearchEngine:
    """Read-only access to the index for one process."""

    def __init__(self, index_dir: str):
        self.index_dir = index_dir
        self.offers = SearcherPool(index_dir, OFFERS)
        self.companies = SearcherPool(index_dir, COMPANIES)
        self._cache: TTLCache = TTLCache(CACHE_ENTRIES, ttl=CACHE_SECONDS)
        self._cache_lock = threading.Lock()

    def search_offers(self, request: search.OfferQuery, today: date) -> search.OfferHits | None:
        """Search offers; None when the index cannot be read (use the database instead)."""
        now = time.time()
        with self.offers.searcher() as searcher:
            if searcher is None:
                return None
            key = (request, today, self.offers.identity())
            with self._cache_lock:
                cached = self._cache.get(key)
            if cached is not None:
                return cached
            hits = search.search_offers(searcher, request, today, now)
        with self._cache_lock:
            self._cache[key] = hits
        return hits

    def search_companies(self, text: str, limit: int = 5) -> list[int] | None:
        """Ids of companies matching ``text``; None when the index cannot be read."""
        with self.companies.searcher() as searcher:
            if searcher is None:
                return None
            return search.search_companies(searcher, text, limit)

    def close(self) -> None:
        """Close both searchers."""
        self.offers.close()
        self.companies.close()


def init_app(app: Flask) -> None:
    """Give the app its engine."""
    app.extensions["search"] = SearchEngine(app.config["SEARCH_INDEX_DIR"])


def engine() -> SearchEngine:
    """The current app's engine."""
    return current_app.extensions["search"]
