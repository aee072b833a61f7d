"""The processes of a cluster, as they last reported: which node, which roles, when.

Every process that runs the index follower or the worker's loops beats here every
few seconds; operators read it on the health page. A process that stops cleanly
removes its row; rows of processes silent for ten minutes (killed) are removed.
"""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta

from sqlalchemy import Integer, String, delete
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.core.db import Base, UTCDateTime, db, utcnow
from marketplace.core.upsert import upsert

FORGET_AFTER = timedelta(minutes=10)


class RunningProcess(Base):
    """A Tradewind process (a web worker of gunicorn, or ``flask worker``)."""

    __tablename__ = "running_process"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)  # host:pid
    node: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(50))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime())


def this_process() -> str:
    """This process's name: host and process id."""
    return f"{socket.gethostname()}:{os.getpid()}"


def beat(node: str, roles: str, started_at: datetime) -> None:
    """Record that this process is alive (inside the caller's unit of work)."""
    now = utcnow()
    values = {"node": node[:200], "roles": roles, "pid": os.getpid(), "seen_at": now}
    name = this_process()
    upsert(RunningProcess, {"name": name}, values, on_insert={"started_at": started_at})
    db.session.execute(delete(RunningProcess).where(RunningProcess.seen_at < now - FORGET_AFTER))


def forget() -> None:
    """Remove this process's row (a clean stop; inside the caller's unit of work)."""
    db.session.execute(delete(RunningProcess).where(RunningProcess.name == this_process()))
