"""Waiting for the database to say something changed: LISTEN/NOTIFY, or polling.

On PostgreSQL a :class:`Listener` holds one connection that LISTENs on a channel;
writers ``pg_notify`` it in their transaction, so a node wakes as soon as the
change commits. SQLite has no such thing: the listener just sleeps a short poll
interval. Either way a notification only shortens the wait; the reader always
looks at the database itself, so a lost notification costs at most ``timeout``.
"""

from __future__ import annotations

import contextlib
import logging
import threading

from sqlalchemy import Engine

log = logging.getLogger(__name__)

POLL_SECONDS = 0.1  # SQLite, and after a lost connection
LISTEN_TIMEOUT_SECONDS = 2.0  # PostgreSQL: look anyway this often


class Listener:
    """Wakes a loop when ``channel`` is notified (PostgreSQL) or after a short poll."""

    def __init__(self, engine: Engine, channel: str):
        self.engine, self.channel = engine, channel
        self.postgres = engine.dialect.name == "postgresql"
        self._connection = None

    def _connect(self):
        connection = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            driver = connection.connection.driver_connection
            driver.execute(f'LISTEN "{self.channel}"')
        except BaseException:
            connection.invalidate()  # never back to the pool half set up
            connection.close()
            raise
        self._connection = connection
        return driver

    def wait(self, stop: threading.Event, timeout: float = LISTEN_TIMEOUT_SECONDS) -> bool:
        """Block until a notification, ``timeout`` or ``stop``; True when notified."""
        if not self.postgres:
            stop.wait(POLL_SECONDS)
            return False
        try:
            driver = self._connect() if self._connection is None else self._driver()
            for _ in driver.notifies(timeout=timeout, stop_after=1):
                return True
            return False
        except Exception:  # noqa: BLE001 - any failure of the connection: poll, reconnect later
            log.warning("lost the LISTEN connection on %s; polling until it is back", self.channel)
            self.close()
            stop.wait(POLL_SECONDS)
            return False

    def _driver(self):
        assert self._connection is not None
        return self._connection.connection.driver_connection

    def close(self) -> None:
        """Release the listening connection."""
        if self._connection is not None:
            with contextlib.suppress(Exception):  # already broken: nothing to release
                # Invalidated, not returned: a pooled connection must not keep LISTENing.
                self._connection.invalidate()
                self._connection.close()
            self._connection = None
