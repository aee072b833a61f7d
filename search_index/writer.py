"""A node's index writer: follows the change log, rebuilds, and repairs drift.

Every node (a data directory with its own index) follows the one change log in
the database from its own position, so any number of nodes converge. The
follower loop and the CLI call these, through the application's document source
(``marketplace.search.indexing``) and the configured engine
(``search_index.backends``). One writer per index at a time (a lock file beside
it); another process of the same node that finds it taken skips its turn.

Database changes made here (the node's report, repairs logged, pruning) join the
caller's unit of work: the loop or command commits them.
"""

from __future__ import annotations

import fcntl
import shutil
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, func, select

from marketplace.core.db import changed_rows, db, utcnow
from marketplace.core.upsert import upsert
from marketplace.core.watermark import Watermark, advance, oldest_running
from search_index.backends import Backend, Busy
from search_index.models import ChangeLogEntry, ChangeLogState, IndexNode, enqueue
from search_index.schema import COMPANIES, OFFERS
from search_index.source import DocumentSource

BATCH = 500
# Measured on 2 cores (docs/benchmarks.md): two analysing sub-processes fed by
# this one index about 1.5x faster than a single writer.
REBUILD_PROCS = 2
# Which engine and format wrote an index directory: another one means "rebuild".
FORMAT_FILE = "FORMAT"
# How far the index has read the change log (a Watermark as JSON), beside the index.
POSITION_FILE = "POSITION"
REPORT_EVERY_SECONDS = 5.0


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


def position(index_dir: str) -> Watermark | None:
    """How far this node's index has read the change log (None: no index yet)."""
    try:
        return Watermark.from_json((Path(index_dir) / POSITION_FILE).read_text())
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _save_position(index_dir: str, mark: Watermark) -> None:
    # Written after the index commit, atomically: a crash in between re-applies a
    # batch, which is harmless; a torn file would mean a needless rebuild.
    path = Path(index_dir) / POSITION_FILE
    partial = path.with_name(POSITION_FILE + ".partial")
    partial.write_text(mark.to_json())
    partial.replace(path)


def pruned_through() -> int:
    """The highest change-log id that may have been pruned."""
    state = db.session.get(ChangeLogState, 1)
    return state.pruned_through if state else 0


def apply_pending(
    index_dir: str, node: str, source: DocumentSource, backend: Backend, batch: int = BATCH
) -> int:
    """Apply up to ``batch`` logged changes (see :func:`_apply_pending`) under the writer lock."""
    with writer_lock(index_dir, wait=False) as mine:
        if not mine:
            return 0
        return _apply_pending(index_dir, node, source, backend, batch)


def _apply_pending(
    index_dir: str, node: str, source: DocumentSource, backend: Backend, batch: int
) -> int:
    """Apply the changes logged after this node's position; return how many were read.

    Rebuilds from the database first when the index is missing (empty data
    directory, deleted index), was written by another engine or format, or is
    so far behind that the log rows it needs were pruned.
    """
    mark = position(index_dir)
    if mark is None or not is_ready(index_dir, backend) or mark.safe < pruned_through():
        # In-process: sub-processes forked by a worker would inherit its database
        # connections and outlive it if it were killed.
        _rebuild(index_dir, node, source, backend, lambda n: None, procs=1)
        mark = position(index_dir) or Watermark()
    running = oldest_running()
    later = select(ChangeLogEntry).where(ChangeLogEntry.id > mark.high)
    entries = list(db.session.scalars(later.order_by(ChangeLogEntry.id).limit(batch)))
    if mark.gaps:
        waited = select(ChangeLogEntry).where(mark.gaps_between(ChangeLogEntry.id))
        entries += [e for e in db.session.scalars(waited) if mark.is_gap(e.id)]
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
        return 0  # another process of this node is writing; it will get there
    moved = advance(mark, (e.id for e in entries), running)
    given_up = set(mark.gaps) - set(moved.gaps) - {e.id for e in entries}
    if given_up and min(given_up) <= pruned_through():
        # A gap given up at or below what was pruned may have been a committed change
        # pruned meanwhile, not a rollback: rebuild rather than risk missing it.
        (Path(index_dir) / POSITION_FILE).unlink(missing_ok=True)
        return len(entries)
    if moved != mark:
        _save_position(index_dir, moved)
    report(node, backend, moved, force=moved != mark)
    return len(entries)


_last_report: dict[str, float] = {}


def report(node: str, backend: Backend, mark: Watermark, force: bool = False) -> None:
    """Tell the database where this node's index stands (for pruning and operators).

    At least every :data:`REPORT_EVERY_SECONDS` while idle, and whenever it moved.
    """
    now = time.monotonic()
    if not force and now - _last_report.get(node, -REPORT_EVERY_SECONDS) < REPORT_EVERY_SECONDS:
        return
    _last_report[node] = now
    values = {
        "engine": backend.name,
        "high": mark.high,
        "safe": mark.safe,
        "waiting_for": " ".join(map(str, sorted(mark.gaps)))[:2000],
        "seen_at": utcnow(),
    }
    upsert(IndexNode, {"name": node}, values)


def prune(retention: timedelta) -> int:
    """Delete log rows every live node has passed, and any older than ``retention``.

    A node that has not reported within ``retention`` does not hold rows back: it
    rebuilds when it comes back (its position is then below ``pruned_through``).
    """
    cutoff = utcnow() - retention
    live = select(func.min(IndexNode.safe)).where(IndexNode.seen_at >= cutoff)
    passed = db.session.scalar(live)
    if passed is None:
        passed = 0
    old = db.session.scalar(
        select(func.max(ChangeLogEntry.id)).where(ChangeLogEntry.created_at < cutoff)
    )
    through = max(passed, old or 0)
    if through <= pruned_through():
        return 0
    removed = changed_rows(delete(ChangeLogEntry).where(ChangeLogEntry.id <= through))
    state = db.session.get(ChangeLogState, 1)
    if state is None:
        db.session.add(ChangeLogState(id=1, pruned_through=through))
    else:
        state.pruned_through = max(state.pruned_through, through)
    db.session.execute(delete(IndexNode).where(IndexNode.seen_at < cutoff))
    return removed


def rebuild(
    index_dir: str,
    node: str,
    source: DocumentSource,
    backend: Backend,
    progress: Callable[[int], None] = lambda n: None,
) -> dict[str, int]:
    """Rebuild both indexes from the source into a fresh directory, then swap it in.

    Waits for this node's writer to finish its batch first. Searches keep using
    the old index until the swap. The new index resumes from the log position of
    its snapshot.
    """
    with writer_lock(index_dir, wait=True):
        return _rebuild(index_dir, node, source, backend, progress, procs=REBUILD_PROCS)


def _snapshot_position() -> Watermark:
    """The log position of what the database shows now, taken *before* reading documents.

    Changes committed after it are applied again on top of the snapshot (harmless);
    ids not yet committed become gaps, read when they commit.
    """
    running = oldest_running()
    start = Watermark(high=pruned_through())
    ids = db.session.scalars(select(ChangeLogEntry.id).where(ChangeLogEntry.id > start.high))
    return advance(start, ids, running)


def _rebuild(
    index_dir: str,
    node: str,
    source: DocumentSource,
    backend: Backend,
    progress: Callable[[int], None],
    procs: int,
) -> dict[str, int]:
    snapshot = _snapshot_position()
    target = Path(index_dir)
    fresh = target.with_name(target.name + ".rebuild")
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir(parents=True)
    counts = {
        OFFERS: backend.bulk(str(fresh), OFFERS, source.all_offer_documents(), progress, procs),
        COMPANIES: backend.bulk(str(fresh), COMPANIES, source.all_company_documents(), progress, 1),
    }
    (fresh / FORMAT_FILE).write_text(_format(backend))
    _save_position(str(fresh), snapshot)
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    report(node, backend, snapshot, force=True)
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
