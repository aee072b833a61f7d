"""How far a reader has read an append-only table, without skipping late commits.

Ids of an append-only log (the search change log, the activity events) are handed
out when a transaction inserts, not when it commits. On PostgreSQL a transaction
that took id 41 may commit after one that took id 42: a reader that saw 42 and
moved its mark past 41 would never read 41. So a :class:`Watermark` is the highest
id read *and* the ids below it that were not there yet (gaps). Each round re-reads
the gaps; a gap is given up only when the database shows that every transaction
that could still hold it has ended (then it was rolled back):

- PostgreSQL: when a gap is first seen, the current snapshot's ``xmax`` (the first
  transaction id not yet started) is noted. Once the oldest running transaction
  (``pg_snapshot_xmin``) is at or past it, every transaction that was running then
  has committed or rolled back; if the row is still not visible, it never will be.
- SQLite: one writer at a time and ids that a rollback gives back, so a gap is
  never an uncommitted row; gaps are dropped at once.

No timeout decides anything: a slow transaction holds the gap as long as it runs.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import text

from marketplace.core.db import db

# A gap is kept at least this long even once the database says it may go: the id of
# an INSERT is drawn a moment before its transaction id is (within one statement).
MIN_GAP_SECONDS = 2.0


@dataclass
class Watermark:
    """Every id up to ``high`` has been read, except those in ``gaps``.

    ``gaps`` maps a missing id to the PostgreSQL transaction horizon noted when it
    was first missed (0 on SQLite) and the time it was first missed.
    """

    high: int = 0
    gaps: dict[int, tuple[int, float]] = field(default_factory=dict)

    def gaps_between(self, column):
        """A condition on ``column`` covering every gap, as one range (never a list of ids:
        a rolled-back bulk import can leave more gaps than a statement may bind). Rows in
        the range that are not gaps are filtered out with :meth:`is_gap`."""
        return column.between(min(self.gaps), max(self.gaps))

    def is_gap(self, row_id: int) -> bool:
        """True for an id still waited for."""
        return row_id in self.gaps

    @property
    def safe(self) -> int:
        """The highest id below which nothing is missing (what may be pruned)."""
        return min(self.gaps) - 1 if self.gaps else self.high

    def to_json(self) -> str:
        """The watermark as text (kept in a file beside an index, or in a row)."""
        return json.dumps(
            {"high": self.high, "gaps": [[i, h, t] for i, (h, t) in sorted(self.gaps.items())]}
        )

    @classmethod
    def from_json(cls, value: str | None) -> Watermark:
        """Read back :meth:`to_json`; an empty value is the start of the log."""
        if not value:
            return cls()
        data = json.loads(value)
        return cls(int(data["high"]), {int(i): (int(h), float(t)) for i, h, t in data["gaps"]})


def _is_postgres() -> bool:
    return db.session.get_bind().dialect.name == "postgresql"


def oldest_running() -> int:
    """PostgreSQL's oldest running transaction id (0 elsewhere): taken before reading."""
    if not _is_postgres():
        return 0
    return int(db.session.scalar(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")))


def _horizon() -> int:
    """The first transaction id not yet started (PostgreSQL; 0 elsewhere): taken after reading."""
    if not _is_postgres():
        return 0
    return int(db.session.scalar(text("SELECT pg_snapshot_xmax(pg_current_snapshot())::text")))


def advance(mark: Watermark, read: Iterable[int], running: int) -> Watermark:
    """The watermark after a round that read the ids ``read``.

    ``read`` holds the ids found above ``mark.high`` and those of ``mark.gaps``
    that have appeared. ``running`` is :func:`oldest_running` taken *before* those
    reads, so that a gap still missing once it is past its horizon is known to be
    a rollback.
    """
    found = set(read)
    gaps = {i: g for i, g in mark.gaps.items() if i not in found}
    above = [i for i in found if i > mark.high]
    high = max(above, default=mark.high)
    new_missing = set(range(mark.high + 1, high)) - found
    if new_missing:
        horizon, now = _horizon(), time.time()
        gaps.update({i: (horizon, now) for i in new_missing})
    postgres = _is_postgres()
    now = time.time()
    gaps = {
        i: (horizon, seen)
        for i, (horizon, seen) in gaps.items()
        if postgres and (running < horizon or now - seen < MIN_GAP_SECONDS)
    }
    return Watermark(high, gaps)
