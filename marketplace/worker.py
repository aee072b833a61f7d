"""The background worker: keeps the search index in step and expires offers.

Runs as a thread inside the web process (``make run``) or alone with
``flask --app app worker`` for deployments with separate web and worker
processes. Everything it does is driven by database state, so it can be
killed at any moment and picks up where it left off.
"""
from __future__ import annotations

import logging
import threading
import time

from flask import Flask

from marketplace.core.db import db

log = logging.getLogger(__name__)

POLL_SECONDS = 0.1
EXPIRY_EVERY_SECONDS = 60


class Worker:
    """One loop over the jobs the worker owns."""

    def __init__(self, app: Flask):
        self.app = app
        self.stop_event = threading.Event()
        self._last_expiry = 0.0

    def run_once(self) -> int:
        """Do one round of work; return how many index changes were applied."""
        from marketplace.offers.services import expire_due_offers
        from search_index.writer import apply_pending

        with self.app.app_context():
            try:
                now = time.monotonic()
                if now - self._last_expiry >= EXPIRY_EVERY_SECONDS:
                    if expire_due_offers():
                        db.session.commit()
                    self._last_expiry = now
                return apply_pending(self.app.config["SEARCH_INDEX_DIR"])
            finally:
                db.session.remove()

    def run_forever(self) -> None:
        """Work until :meth:`stop`; errors are logged and retried, never fatal."""
        while not self.stop_event.is_set():
            try:
                applied = self.run_once()
            except Exception:  # noqa: BLE001 - the worker must outlive any single failure
                log.exception("worker round failed; retrying")
                applied = 0
                self.stop_event.wait(2)
            if not applied:
                self.stop_event.wait(POLL_SECONDS)

    def stop(self) -> None:
        """Ask the loop to finish its current round and exit."""
        self.stop_event.set()


def start_in_thread(app: Flask) -> Worker:
    """Start a worker as a daemon thread of this process (the embedded default)."""
    worker = Worker(app)
    thread = threading.Thread(target=worker.run_forever, name="tradewind-worker", daemon=True)
    thread.start()
    return worker
