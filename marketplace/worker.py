"""What runs beside the web pages: the index follower and the background worker.

Every Tradewind process follows the change log into its node's search index. The
worker (deliveries, lead relay, expiry, rollups, alerts, pruning) runs as threads
inside the web process (``make run``; off with ``TRADEWIND_WORKER=0``) or alone
with ``flask --app app worker``. Everything is driven by database state, so any
process can be killed at any moment and picks up where it left off. Any number
of workers may run: postings and leads are claimed row by row, periodic jobs by
their row in ``periodic_job``, so each is done once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import timedelta

from flask import Flask

from marketplace.core import jobs, processes
from marketplace.core.db import db, unit_of_work, utcnow
from marketplace.core.listen import Listener
from search_index.models import CHANNEL

log = logging.getLogger(__name__)

POLL_SECONDS = 0.1
HEARTBEAT = timedelta(seconds=5)
# name -> (how often, at most once across all workers)
PERIODIC: dict[str, timedelta] = {
    "expire_offers": timedelta(seconds=60),
    "rollup": timedelta(seconds=10),
    "alerts": timedelta(seconds=10),  # alerts within a minute of an offer
    "prune_change_log": timedelta(minutes=10),
    "lapse_verifications": timedelta(minutes=10),  # a certificate stops counting on its date
    "response_figures": timedelta(hours=1),  # answer rates and times, last 90 days
    # Checked every minute; each offer's digest still goes out at most once a day.
    "match_digests": timedelta(minutes=1),
    # A booked video consultation whose room has closed gets its record on the thread.
    "close_consultations": timedelta(minutes=1),
    # Photos and forms kept for a member fixing a form (a day), mails of the demo's log (a week).
    "prune_kept": timedelta(minutes=30),
}


class Loop:
    """One job run over and over in its own thread until stopped.

    Each job is a unit of work: what it changes is committed when it returns and
    rolled back when it raises. The delivery jobs are the exception by design: they
    commit their claim before calling a partner, so no transaction stays open
    across the network (see ``marketplace.core.outbox``). ``wait`` is how an idle
    round waits for the next (a short poll, or a database notification).
    """

    def __init__(
        self,
        app: Flask,
        name: str,
        job: Callable[[], int],
        wait: Callable[[threading.Event], object] | None = None,
    ):
        self.app, self.name, self.job = app, name, job
        self.stop_event = threading.Event()
        self.wait = wait or (lambda stop: stop.wait(POLL_SECONDS))

    def run_once(self) -> int:
        """One round of the job in a fresh app context (its own database session)."""
        with self.app.app_context():
            try:
                return self.job()
            finally:
                db.session.remove()

    def run_forever(self) -> None:
        """Work until :meth:`stop`; errors are logged and retried, never fatal."""
        while not self.stop_event.is_set():
            try:
                done = self.run_once()
            except Exception:
                log.exception("%s round failed; retrying", self.name)
                done = 0
                self.stop_event.wait(2)
            if not done and not self.stop_event.is_set():
                self.wait(self.stop_event)

    def stop(self) -> None:
        self.stop_event.set()


class Node:
    """What runs in a Tradewind process besides serving pages.

    Every process follows the change log into its node's search index (the
    ``index`` loop, woken by PostgreSQL notifications). With ``worker`` it also runs
    the worker's loops: posting deliveries, lead relay, and the periodic jobs,
    each claimed in the database so that it runs once across all workers.
    """

    def __init__(self, app: Flask, worker: bool = True):
        self.app = app
        self.worker = worker
        self.roles = "index+worker" if worker else "index"
        self.started_at = utcnow()
        self._last_beat = 0.0
        with app.app_context():
            self.listener = Listener(db.engine, CHANNEL)
        self.loops = [Loop(app, "index", self._index_round, self.listener.wait)]
        if worker:
            self.loops += [
                Loop(app, "postings", _deliver_round),
                Loop(app, "leads", _relay_round),
                Loop(app, "periodic", self._periodic_round, lambda stop: stop.wait(1)),
            ]

    def _index_round(self) -> int:
        from marketplace.search.indexing import apply_pending

        now = time.monotonic()
        if now - self._last_beat >= HEARTBEAT.total_seconds():
            self._last_beat = now
            with unit_of_work():
                processes.beat(self.app.config["NODE_NAME"], self.roles, self.started_at)
        with unit_of_work():
            return apply_pending(self.app.config["SEARCH_INDEX_DIR"])

    def _periodic_round(self) -> int:
        """Each periodic job that is due and that this worker claims; 0 (they are timed)."""
        for name, every in PERIODIC.items():
            try:
                with unit_of_work():
                    if jobs.claim(name, every, processes.this_process()):
                        PERIODIC_JOBS[name](self.app)
            except Exception:
                log.exception("%s failed; retrying in a few seconds", name)
        return 0

    def run_once(self) -> int:
        """One round of every loop (tests and the CLI use this)."""
        return sum(loop.run_once() for loop in self.loops)

    def start(self) -> list[threading.Thread]:
        """Run every loop in a daemon thread of this process."""
        threads = [
            threading.Thread(target=loop.run_forever, name=f"tradewind-{loop.name}", daemon=True)
            for loop in self.loops
        ]
        for thread in threads:
            thread.start()
        return threads

    def run_forever(self) -> None:
        """Run the loops until interrupted (``flask worker``)."""
        threads = self.start()
        try:
            while any(t.is_alive() for t in threads):
                time.sleep(0.5)
        finally:
            self.stop()

    def stop(self) -> None:
        """Stop the loops and take this process off the operators' list."""
        for loop in self.loops:
            loop.stop()
        self.listener.close()
        try:
            with self.app.app_context(), unit_of_work():
                processes.forget()
        except Exception:
            log.warning("could not remove this process from running_process", exc_info=True)


def _expire(app: Flask) -> None:
    from marketplace.offers.services import expire_due_offers

    expire_due_offers()


def _rollup(app: Flask) -> None:
    from marketplace.indicators.rollup import rollup

    rollup()


def _alerts(app: Flask) -> None:
    from marketplace.conversations.alerts import check_all

    check_all()


def _prune(app: Flask) -> None:
    from search_index.writer import prune

    prune(timedelta(days=app.config["CHANGE_LOG_RETENTION_DAYS"]))


def _lapse(app: Flask) -> None:
    from marketplace.trust.verification import lapse_due

    lapse_due()


def _response_figures(app: Flask) -> None:
    from marketplace.conversations.responsiveness import refresh_all

    refresh_all()


def _match_digests(app: Flask) -> None:
    from marketplace.conversations.matching import digests

    digests()


def _close_consultations(app: Flask) -> None:
    from marketplace.consultations.record import close_due

    close_due()


def _prune_kept(app: Flask) -> None:
    from marketplace.core import kept_forms, mail
    from marketplace.offers import pending

    pending.prune()
    kept_forms.prune()
    mail.prune_logged()


PERIODIC_JOBS: dict[str, Callable[[Flask], None]] = {
    "expire_offers": _expire,
    "rollup": _rollup,
    "alerts": _alerts,
    "prune_change_log": _prune,
    "lapse_verifications": _lapse,
    "response_figures": _response_figures,
    "match_digests": _match_digests,
    "close_consultations": _close_consultations,
    "prune_kept": _prune_kept,
}


def _deliver_round() -> int:
    from marketplace.posting.deliverer import deliver_due

    # Not waiting for the round: a slow site holds only its own delivery slots.
    return deliver_due(wait=False)


def _relay_round() -> int:
    from marketplace.conversations.relay import deliver_due

    return deliver_due(wait=False)


def start_in_thread(app: Flask, worker: bool = True) -> Node:
    """Start this process's loops as daemon threads (the embedded default: all of them)."""
    node = Node(app, worker=worker)
    node.start()
    return node
