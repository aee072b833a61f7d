"""The single index writer: applies queued changes, rebuilds, and repairs drift.

Only the background worker and the CLI call these, through the application's
document source (``marketplace.search.indexing``) and the configured engine
(``search_index.backends``). One writer at a time (a lock file beside the
index); a second worker that finds it taken simply skips its turn.

Database changes made here (queue rows removed or added) join the caller's unit
of work: the worker job or command commits them once the index has committed.
"""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select

from marketplace.core.db import db
from search_index.backends import Backend, Busy
from search_index.models import IndexQueueEntry, enqueue
from search_index.schema import COMPANIES, OFFERS
from search_index.source import DocumentSource

BATCH = 500
# Measured on 2 cores (docs/benchmarks.md): two analysing sub-processes fed by
# this one index about 1.5x faster than a single writer.
REBUILD_PROCS = 2
# Which engine and format wrote an index directory: another one means "rebuild".
FORMAT_FILE = "FORMAT"


def _format(backend: Backend) -> str:
    return f"{backend.name} {backend.format}\n"


def is_ready(index_dir: str, backend: Backend) -> bool:
    """True when ``index_dir`` holds both indexes, written by this engine in its format."""
    marker = Path(index_dir) / FORMAT_FILE
    try:
        written = marker.read_text()
    except OSError:
        return False
    return written == _format(backend) and backend.exists(index_dir)


@contextmanager
def writer_lock(index_dir: str, wait: bool):
    """One index writer at a time across processes (apply, rebuild, repair).

    Yields False without waiting when ``wait`` is False and another process
    holds the lock: that worker simply skips its turn.
    """
    path = Path(index_dir).with_name(Path(index_dir).name + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def apply_pending(
    index_dir: str, source: DocumentSource, backend: Backend, batch: int = BATCH
) -> int:
    """Apply up to ``batch`` queued changes (see :func:`_apply_pending`) under the writer lock."""
    with writer_lock(index_dir, wait=False) as mine:
        if not mine:
            return 0
        return _apply_pending(index_dir, source, backend, batch)


def _apply_pending(index_dir: str, source: DocumentSource, backend: Backend, batch: int) -> int:
    """Apply up to ``batch`` queued changes to the index; return how many were applied.

    Rebuilds from the database first when the index is missing (deleted
    directory, first start) or was written by another engine or format. Queue
    rows are deleted only after the index commit (and gone once the caller
    commits), so a crash in between means they are applied again, which is harmless.
    """
    if not is_ready(index_dir, backend):
        # In-process: sub-processes forked by a worker would inherit its database
        # connections and outlive it if it were killed.
        _rebuild(index_dir, source, backend, lambda n: None, procs=1)
    entries = list(
        db.session.scalars(select(IndexQueueEntry).order_by(IndexQueueEntry.id).limit(batch))
    )
    if not entries:
        return 0
    offers = {e.entity_id for e in entries if e.kind == "offer"}
    companies = {e.entity_id for e in entries if e.kind == "company"}
    if companies:
        offers |= source.offers_of_companies(companies)
    try:
        if offers:
            backend.write(index_dir, OFFERS, source.offer_documents(offers), offers)
        if companies:
            backend.write(index_dir, COMPANIES, source.company_documents(companies), companies)
    except Busy:
        return 0  # another worker is writing; it will get there
    db.session.execute(
        delete(IndexQueueEntry).where(IndexQueueEntry.id.in_([e.id for e in entries]))
    )
    return len(entries)


def rebuild(
    index_dir: str,
    source: DocumentSource,
    backend: Backend,
    progress: Callable[[int], None] = lambda n: None,
) -> dict[str, int]:
    """Rebuild both indexes from the source into a fresh directory, then swap it in.

    Waits for the worker's writer to finish its batch first. Searches keep using
    the old index until the swap. Queue rows that existed when the rebuild
    started are covered by it and removed (when the caller commits); later ones stay.
    """
    with writer_lock(index_dir, wait=True):
        return _rebuild(index_dir, source, backend, progress, procs=REBUILD_PROCS)


def _rebuild(
    index_dir: str,
    source: DocumentSource,
    backend: Backend,
    progress: Callable[[int], None],
    procs: int,
) -> dict[str, int]:
    high_water = db.session.scalar(select(func.max(IndexQueueEntry.id))) or 0
    target = Path(index_dir)
    fresh = target.with_name(target.name + ".rebuild")
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir(parents=True)
    counts = {
        OFFERS: backend.bulk(str(fresh), OFFERS, source.all_offer_documents(), progress, procs),
        COMPANIES: backend.bulk(str(fresh), COMPANIES, source.all_company_documents(), progress, 1),
    }
    (fresh / FORMAT_FILE).write_text(_format(backend))
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    db.session.execute(delete(IndexQueueEntry).where(IndexQueueEntry.id <= high_water))
    return counts


@dataclass
class Drift:
    """What ``check`` found: documents missing, extra or stale, per index."""

    missing: dict[str, list[int]]
    extra: dict[str, list[int]]
    stale: dict[str, list[int]]

    @property
    def clean(self) -> bool:
        return not any((*self.missing.values(), *self.extra.values(), *self.stale.values()))


def check(index_dir: str, source: DocumentSource, backend: Backend, repair: bool = False) -> Drift:
    """Compare the index with the source; with ``repair``, queue every difference."""
    expected = {OFFERS: source.offer_stamps(), COMPANIES: source.company_stamps()}
    ready = is_ready(index_dir, backend)
    drift = Drift({}, {}, {})
    for name, rows in expected.items():
        indexed = backend.stamps(index_dir, name) if ready else {}
        drift.missing[name] = sorted(set(rows) - set(indexed))
        drift.extra[name] = sorted(set(indexed) - set(rows))
        drift.stale[name] = sorted(i for i in set(rows) & set(indexed) if rows[i] != indexed[i])
    if repair and not drift.clean:
        for name, kind in ((OFFERS, "offer"), (COMPANIES, "company")):
            enqueue(db.session, kind, drift.missing[name] + drift.extra[name] + drift.stale[name])
    return drift
