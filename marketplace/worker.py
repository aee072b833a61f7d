"""The background worker: keeps the search index in step, delivers postings and leads,
expires offers.

Runs as threads inside the web process (``make run``) or alone with
``flask --app app worker`` for deployments with separate web and worker
processes. Everything it does is driven by database state, so it can be
killed at any moment and picks up where it left off. Several workers may run:
postings and alerts are claimed so that each is handled once, and the index
has one writer at a time (an index lock file).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from flask import Flask

from marketplace.core.db import db, unit_of_work

log = logging.getLogger(__name__)

POLL_SECONDS = 0.1
EXPIRY_EVERY_SECONDS = 60
ROLLUP_EVERY_SECONDS = 10


class Loop:
    """One job run over and over in its own thread until stopped.

    Each job is a unit of work: what it changes is committed when it returns and
    rolled back when it raises. The delivery jobs are the exception by design: they
    commit their claim before calling a partner, so no transaction stays open
    across the network (see ``marketplace.core.outbox``).
    """

    def __init__(self, app: Flask, name: str, job: Callable[[], int]):
        self.app, self.name, self.job = app, name, job
        self.stop_event = threading.Event()

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
            if not done:
                self.stop_event.wait(POLL_SECONDS)

    def stop(self) -> None:
        self.stop_event.set()


class Worker:
    """The worker's loops: the search index (with offer expiry) and posting delivery."""

    def __init__(self, app: Flask):
        self.app = app
        self._last_expiry = 0.0
        self._last_rollup = 0.0
        self.loops = [
            Loop(app, "index", self._index_round),
            Loop(app, "postings", _deliver_round),
            Loop(app, "leads", _relay_round),
        ]

    def _index_round(self) -> int:
        from marketplace.offers.services import expire_due_offers
        from marketplace.search.indexing import apply_pending

        now = time.monotonic()
        if now - self._last_expiry >= EXPIRY_EVERY_SECONDS:
            with unit_of_work():
                expire_due_offers()
            self._last_expiry = now
        if now - self._last_rollup >= ROLLUP_EVERY_SECONDS:
            from marketplace.conversations.alerts import check_all
            from marketplace.indicators.rollup import rollup

            self._last_rollup = now
            for job in (rollup, check_all):  # check_all: alerts within a minute of an offer
                try:
                    with unit_of_work():
                        job()
                except Exception:
                    log.exception("%s failed; retrying in a few seconds", job.__name__)
        with unit_of_work():
            return apply_pending(self.app.config["SEARCH_INDEX_DIR"])

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
        for loop in self.loops:
            loop.stop()


def _deliver_round() -> int:
    from marketplace.posting.deliverer import deliver_due

    # Not waiting for the round: a slow site holds only its own delivery slots.
    return deliver_due(wait=False)


def _relay_round() -> int:
    from marketplace.conversations.relay import deliver_due

    return deliver_due(wait=False)


def start_in_thread(app: Flask) -> Worker:
    """Start a worker's loops as daemon threads of this process (the embedded default)."""
    worker = Worker(app)
    worker.start()
    return worker
