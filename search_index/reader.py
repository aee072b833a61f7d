"""Searchers for web processes: one per index per process, refreshed when the index changes.

A Whoosh searcher must not be used by two threads at once, and each open
searcher costs memory, so a process keeps one and takes turns on it under a lock.
Web processes only ever read; when the index is missing or unreadable they get
None and fall back to the database, so a visitor never sees an index error.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from contextlib import contextmanager

from whoosh import index

log = logging.getLogger(__name__)

# How often a searcher looks for a newer index generation (seconds). Small
# against the 1-second freshness target, large against a search's cost.
REFRESH_INTERVAL = 0.05


class SearcherPool:
    """A lazily opened, periodically refreshed searcher for one named index."""

    def __init__(self, directory: str, name: str):
        self.directory = directory
        self.name = name
        self._lock = threading.Lock()
        self._searcher = None
        self._checked_at = 0.0
        self._inode = None

    def _directory_inode(self) -> int | None:
        try:
            return os.stat(self.directory).st_ino
        except FileNotFoundError:
            return None

    def _fresh(self):
        now = time.monotonic()
        if self._searcher is not None and now - self._checked_at >= REFRESH_INTERVAL:
            self._checked_at = now
            # A rebuild swaps in a new directory whose generations restart from
            # zero, so a changed directory means "reopen", whatever the generation.
            if self._directory_inode() != self._inode:
                self.close_unlocked()
            else:
                # refresh() reuses unchanged segments and releases the rest itself.
                self._searcher = self._searcher.refresh()
        if self._searcher is None:
            inode = self._directory_inode()
            if inode is None or not index.exists_in(self.directory, indexname=self.name):
                return None
            self._searcher = index.open_dir(self.directory, indexname=self.name).searcher()
            self._inode = inode
            self._checked_at = now
        return self._searcher

    @contextmanager
    def searcher(self):
        """Yield the current searcher (or None when there is no usable index)."""
        with self._lock:
            try:
                searcher = self._fresh()
            except Exception:  # noqa: BLE001 - a damaged or vanished index must not break a page
                log.warning("search index %s unavailable; falling back to the database",
                            self.name, exc_info=True)
                self.close_unlocked()
                searcher = None
            yield searcher

    def identity(self) -> tuple[int | None, int | None]:
        """Which index the current searcher reads: (directory inode, generation).

        Call it while holding the searcher; it keys caches that must not outlive a change.
        """
        searcher = self._searcher
        return self._inode, None if searcher is None else searcher.reader().generation()

    def close_unlocked(self) -> None:
        if self._searcher is not None:
            try:
                self._searcher.close()
            finally:
                self._searcher = None

    def close(self) -> None:
        """Close the searcher (tests and shutdown)."""
        with self._lock:
            self.close_unlocked()
