"""Declarative base, naming convention and time helpers shared by every model."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import DateTime, MetaData, event
from sqlalchemy.engine import CursorResult, Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# A naming convention gives every constraint a stable name, so Alembic migrations
# are the same on SQLite and PostgreSQL and can drop what they created.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now, timezone-aware, in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Base of every Tradewind model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator):
    """A timestamp stored in UTC that always comes back timezone-aware.

    SQLite keeps no time zone, so values read back from it are naive; this type
    attaches UTC again so that comparisons never mix naive and aware datetimes.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is not None:
            return value.astimezone(UTC)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Timestamped:
    """Mixin adding ``created_at`` and ``updated_at`` columns."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


db = SQLAlchemy(model_class=Base)


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record):
    """SQLite for several threads and processes: WAL lets readers work while one
    writes, and a busy timeout makes a writer wait its turn instead of failing."""
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


@contextmanager
def unit_of_work() -> Iterator[None]:
    """One job's transaction: committed when the block ends, rolled back if it raises.

    Worker jobs and CLI commands run inside one (a request has its own, see
    ``marketplace.web.handling``); the domain code they call only adds and flushes.
    """
    try:
        yield
        db.session.commit()
    except BaseException:
        db.session.rollback()
        raise


def changed_rows(statement) -> int:
    """Run an UPDATE or DELETE in the current session; how many rows it changed."""
    result: CursorResult = db.session.execute(statement)  # type: ignore[assignment]
    return result.rowcount or 0


def db_text(value: object, limit: int | None = None) -> str:
    """Text any database can store: NUL and lone surrogates replaced, cut to ``limit``.

    For text that comes from outside (partner answers, error details):
    PostgreSQL refuses NUL, and a lone surrogate fails in every driver.
    """
    text = "" if value is None else str(value)
    text = text.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")
    return text if limit is None else text[:limit]
