"""The cluster as operators see it: nodes and their index lag, processes, periodic jobs, queues.

Everything here is read from the database, where every node and process reports
(``search_index.writer.report``, ``core.processes.beat``, ``core.jobs.claim``), so
any web node answers for the whole cluster.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from marketplace.conversations.models import Relay
from marketplace.core.db import db, utcnow
from marketplace.core.jobs import PeriodicJob
from marketplace.core.processes import RunningProcess
from marketplace.posting.models import Posting
from search_index.models import ChangeLogEntry, IndexNode
from search_index.writer import pruned_through

# A process or node silent for longer than this is shown as "not seen" (it beats every 5 s).
SILENT_AFTER = timedelta(seconds=30)


@dataclass
class NodeStatus:
    """One node's index: where it is in the change log and how far behind."""

    name: str
    engine: str
    position: int
    behind: int  # change-log rows it has not applied
    lag_seconds: float  # age of the oldest change it has not applied (0: up to date)
    waiting_for: list[int]  # ids of transactions not committed yet (gaps)
    seen_at: datetime
    alive: bool
    seen_seconds_ago: float


@dataclass
class ProcessStatus:
    """One Tradewind process and its last heartbeat."""

    name: str
    node: str
    roles: str
    started_at: datetime
    seen_at: datetime
    alive: bool
    seen_seconds_ago: float


@dataclass
class JobStatus:
    """A periodic job: when it last ran, where, how often so far."""

    name: str
    last_run_at: datetime
    ran_by: str
    runs: int
    ran_seconds_ago: float


@dataclass
class ClusterStatus:
    """What ``/operator/health`` and ``GET /api/v1/health`` show."""

    log_position: int
    pruned_through: int
    nodes: list[NodeStatus]
    processes: list[ProcessStatus]
    jobs: list[JobStatus]
    queues: dict[str, int]

    def as_json(self) -> dict:
        """Plain JSON values (times as ISO 8601)."""

        def plain(value):
            if isinstance(value, datetime):
                return value.isoformat()
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list):
                return [plain(v) for v in value]
            return value

        return plain(asdict(self))


def _node_status(row: IndexNode, newest: int, now: datetime) -> NodeStatus:
    behind = (
        db.session.scalar(
            select(func.count()).select_from(ChangeLogEntry).where(ChangeLogEntry.id > row.safe)
        )
        or 0
    )
    oldest = db.session.scalar(
        select(func.min(ChangeLogEntry.created_at)).where(ChangeLogEntry.id > row.high)
    )
    return NodeStatus(
        name=row.name,
        engine=row.engine,
        position=row.high,
        behind=behind if newest > row.safe else 0,
        lag_seconds=round((now - oldest).total_seconds(), 1) if oldest else 0.0,
        waiting_for=[int(i) for i in row.waiting_for.split()],
        seen_at=row.seen_at,
        alive=now - row.seen_at <= SILENT_AFTER,
        seen_seconds_ago=_ago(row.seen_at, now),
    )


def _ago(moment: datetime, now: datetime) -> float:
    return round(max(0.0, (now - moment).total_seconds()), 1)


def status() -> ClusterStatus:
    """The cluster's state now."""
    now = utcnow()
    pruned = pruned_through()
    # Pruning may have removed every row: the position is then where pruning stopped.
    newest = max(db.session.scalar(select(func.max(ChangeLogEntry.id))) or 0, pruned)
    nodes = [
        _node_status(row, newest, now)
        for row in db.session.scalars(select(IndexNode).order_by(IndexNode.name))
    ]
    processes = [
        ProcessStatus(
            p.name,
            p.node,
            p.roles,
            p.started_at,
            p.seen_at,
            now - p.seen_at <= SILENT_AFTER,
            _ago(p.seen_at, now),
        )
        for p in db.session.scalars(
            select(RunningProcess).order_by(RunningProcess.node, RunningProcess.name)
        )
    ]
    processes.sort(key=lambda p: not p.alive)  # the silent ones last
    jobs = [
        JobStatus(j.name, j.last_run_at, j.ran_by, j.runs, _ago(j.last_run_at, now))
        for j in db.session.scalars(select(PeriodicJob).order_by(PeriodicJob.name))
    ]
    queues = {
        "postings_due": _due(Posting, now),
        "leads_due": _due(Relay, now),
        "change_log_rows": db.session.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0,
    }
    return ClusterStatus(newest, pruned, nodes, processes, jobs, queues)


def _due(model, now: datetime) -> int:
    """Rows of an outbox waiting for delivery now (queued and due, or being sent)."""
    waiting = (model.state == "sending") | (
        (model.state == "queued") & (model.next_attempt_at <= now)
    )
    return db.session.scalar(select(func.count()).select_from(model).where(waiting)) or 0
