"""Searchers for web processes: one per index per process, refreshed when the index changes.

A Whoosh searcher must not be used by two threads at once, and each open
searcher costs memory, so a process keeps one and takes turns on it under a lock.
Web processes only ever read; when the index is missing or unreadable they get
None and fall back to the database, so a visitor never sees an index error.

Why not ``Searcher.refresh()``: in whoosh-reloaded 2.7.5 it re-uses a segment's
old reader even when that segment has gained deletions since (segments compare
by id only), so edited and withdrawn offers would stay findable under their old
text; it also re-adds segments that a merge removed. We re-use a segment reader
only when the segment is unchanged: same id and same number of deletions.
"""

from __future__ import annotations

import logging
import os
import threading
from contextlib import contextmanager

from whoosh import index
from whoosh.reading import MultiReader, SegmentReader
from whoosh.searching import Searcher

log = logging.getLogger(__name__)


def _segment_key(segment) -> tuple[str, int]:
    return segment.segment_id(), segment.deleted_count()


def open_reader(ix, previous=None):
    """A reader for the index's latest generation, re-using unchanged segment readers.

    Returns ``(reader, generation, unused)``: ``unused`` are readers of
    ``previous`` that the new one does not need, for the caller to close once
    nothing uses ``previous`` any more.
    """
    toc = ix._read_toc()
    old = {}
    if previous is not None:
        old = {
            _segment_key(r.segment()): r
            for r, _ in previous.leaf_readers()
            if r.segment() is not None
        }
    readers = []
    for segment in toc.segments:
        reader = old.pop(_segment_key(segment), None)
        if reader is None:
            reader = SegmentReader(ix.storage, toc.schema, segment, generation=toc.generation)
        readers.append(reader)
    if not readers:
        from whoosh.reading import EmptyReader

        combined = EmptyReader(toc.schema)
    elif len(readers) == 1:
        combined = readers[0]
    else:
        combined = MultiReader(readers, generation=toc.generation)
    return combined, toc.generation, list(old.values())


class SearcherPool:
    """A lazily opened, always current searcher for one named index."""

    def __init__(self, directory: str, name: str):
        self.directory = directory
        self.name = name
        self._lock = threading.Lock()
        self._ix = None
        self._searcher: Searcher | None = None
        self._generation: int | None = None
        self._inode: int | None = None

    def _directory_inode(self) -> int | None:
        try:
            return os.stat(self.directory).st_ino
        except FileNotFoundError:
            return None

    def _fresh(self) -> Searcher | None:
        # A rebuild swaps in a new directory whose generations restart from
        # zero, so a changed directory means "reopen", whatever the generation.
        if self._searcher is not None and self._directory_inode() != self._inode:
            self.close_unlocked()
        if self._searcher is None:
            inode = self._directory_inode()
            if inode is None or not index.exists_in(self.directory, indexname=self.name):
                return None
            self._ix = index.open_dir(self.directory, indexname=self.name)
            reader, self._generation, _ = open_reader(self._ix)
            self._searcher = Searcher(reader, fromindex=self._ix)
            self._inode = inode
        elif self._ix is not None and self._ix.latest_generation() != self._generation:
            # A directory listing: well under a millisecond, so every search sees
            # the latest commit.
            reader, self._generation, unused = open_reader(self._ix, self._searcher.reader())
            self._searcher = Searcher(reader, fromindex=self._ix)
            for stale in unused:
                stale.close()
        return self._searcher

    @contextmanager
    def searcher(self):
        """Yield the current searcher (or None when there is no usable index)."""
        with self._lock:
            try:
                searcher = self._fresh()
            except Exception:
                log.warning(
                    "search index %s unavailable; falling back to the database",
                    self.name,
                    exc_info=True,
                )
                self.close_unlocked()
                searcher = None
            yield searcher

    def identity(self) -> tuple[int | None, int | None]:
        """Which index the current searcher reads: (directory inode, generation).

        Call it while holding the searcher; it keys caches that must not outlive a change.
        """
        return self._inode, self._generation

    def close_unlocked(self) -> None:
        if self._searcher is not None:
            try:
                self._searcher.close()
            finally:
                self._searcher = None
                self._ix = None

    def close(self) -> None:
        """Close the searcher (tests and shutdown)."""
        with self._lock:
            self.close_unlocked()
