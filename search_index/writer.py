"""The single index writer: applies queued changes, rebuilds, and repairs drift.

Only the background worker and the CLI call these, through the application's
document source (``marketplace.search.indexing``). Whoosh allows one writer per
index; a second worker that finds the lock taken simply skips its turn.

Database changes made here (queue rows removed or added) join the caller's unit
of work: the worker job or command commits them once the index has committed.
"""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from whoosh.index import LockError

from marketplace.core.db import db
from search_index import store
from search_index.models import IndexQueueEntry, enqueue
from search_index.schema import COMPANIES, OFFERS
from search_index.source import DocumentSource

BATCH = 500
# Measured on 2 cores (docs/benchmarks.md): two analysing sub-processes fed by
# this one index about 1.5x faster than a single writer.
REBUILD_PROCS = 2


def _write(writer, documents: dict[int, dict], ids: set[int]) -> None:
    for entity_id in ids:
        document = documents.get(entity_id)
        if document is not None:
            writer.update_document(**document)
        else:
            writer.delete_by_term("id", str(entity_id))


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


def apply_pending(index_dir: str, source: DocumentSource, batch: int = BATCH) -> int:
    """Apply up to ``batch`` queued changes (see :func:`_apply_pending`) under the writer lock."""
    with writer_lock(index_dir, wait=False) as mine:
        if not mine:
            return 0
        return _apply_pending(index_dir, source, batch)


def _apply_pending(index_dir: str, source: DocumentSource, batch: int) -> int:
    """Apply up to ``batch`` queued changes to the index; return how many were applied.

    Rebuilds from the database first when the index is missing (deleted
    directory, first start). Queue rows are deleted only after the index
    commit (and gone once the caller commits), so a crash in between means they
    are applied again, which is harmless.
    """
    if not (store.exists(index_dir, OFFERS) and store.exists(index_dir, COMPANIES)):
        # In-process: sub-processes forked by a worker would inherit its database
        # connections and outlive it if it were killed.
        _rebuild(index_dir, source, lambda n: None, procs=1)
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
        _commit_changes(index_dir, OFFERS, source.offer_documents, offers)
        _commit_changes(index_dir, COMPANIES, source.company_documents, companies)
    except LockError:
        return 0  # another worker is writing; it will get there
    db.session.execute(
        delete(IndexQueueEntry).where(IndexQueueEntry.id.in_([e.id for e in entries]))
    )
    return len(entries)


def _commit_changes(
    index_dir: str, name: str, documents: Callable[[set[int]], dict[int, dict]], ids: set[int]
) -> None:
    if not ids:
        return
    found = documents(ids)
    writer = store.open_or_create(index_dir, name).writer()
    try:
        _write(writer, found, ids)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()


def _bulk_write(
    directory: Path,
    name: str,
    documents: Iterable[dict],
    progress: Callable[[int], None],
    procs: int = 1,
) -> int:
    ix = store.create_empty(directory, name)
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


def rebuild(
    index_dir: str, source: DocumentSource, progress: Callable[[int], None] = lambda n: None
) -> dict[str, int]:
    """Rebuild both indexes from the database into a fresh directory, then swap it in.

    Waits for the worker's writer to finish its batch first. Searches keep using
    the old index until the swap. Queue rows that existed when the rebuild
    started are covered by it and removed (when the caller commits); later ones stay.
    """
    with writer_lock(index_dir, wait=True):
        return _rebuild(index_dir, source, progress, procs=REBUILD_PROCS)


def _rebuild(
    index_dir: str, source: DocumentSource, progress: Callable[[int], None], procs: int
) -> dict[str, int]:
    high_water = db.session.scalar(select(func.max(IndexQueueEntry.id))) or 0
    target = Path(index_dir)
    fresh = target.with_name(target.name + ".rebuild")
    shutil.rmtree(fresh, ignore_errors=True)
    counts = {
        OFFERS: _bulk_write(fresh, OFFERS, source.all_offer_documents(), progress, procs=procs),
        COMPANIES: _bulk_write(fresh, COMPANIES, source.all_company_documents(), progress),
    }
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


def _indexed_stamps(index_dir: str, name: str) -> dict[int, int]:
    ix = store.open_or_create(index_dir, name)
    with ix.searcher() as searcher:
        return {int(fields["id"]): fields.get("stamp") for fields in searcher.all_stored_fields()}


def check(index_dir: str, source: DocumentSource, repair: bool = False) -> Drift:
    """Compare the index with the source; with ``repair``, queue every difference."""
    expected = {OFFERS: source.offer_stamps(), COMPANIES: source.company_stamps()}
    drift = Drift({}, {}, {})
    for name, rows in expected.items():
        indexed = _indexed_stamps(index_dir, name)
        drift.missing[name] = sorted(set(rows) - set(indexed))
        drift.extra[name] = sorted(set(indexed) - set(rows))
        drift.stale[name] = sorted(i for i in set(rows) & set(indexed) if rows[i] != indexed[i])
    if repair and not drift.clean:
        for name, kind in ((OFFERS, "offer"), (COMPANIES, "company")):
            enqueue(db.session, kind, drift.missing[name] + drift.extra[name] + drift.stale[name])
    return drift
