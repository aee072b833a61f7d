"""Stored files (photos, documents): one interface, kept on local disk or in the database.

``FILE_STORAGE = "local"`` (the embedded default) keeps files in a folder of the
data directory; ``"database"`` keeps them in the ``stored_file`` table, so that
every web node of a cluster serves every file whichever node received it.

Files follow the transaction of the request that made or removed them:

- a file saved in a transaction that rolls back is removed again (local) or was
  never there (database: the row rolls back with it);
- a file deleted is removed only once the transaction commits (local), or with
  it (database), so a failed request never loses a file it still refers to.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from typing import Protocol

from flask import Response, current_app, request, send_from_directory
from sqlalchemy import LargeBinary, String, delete, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from marketplace.core.db import Base, UTCDateTime, db, utcnow

_WRITTEN = "storage_written"  # session.info keys: files to undo on rollback...
_DOOMED = "storage_doomed"  # ...and files to remove on commit


class StoredFile(Base):
    """A file kept in the database (``FILE_STORAGE = "database"``)."""

    __tablename__ = "stored_file"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    content_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class FileStore(Protocol):
    """Where the files live; names are unique and a name's content never changes."""

    def save(self, name: str, data: bytes, content_type: str) -> None:
        """Store a new file as part of the current transaction."""
        ...

    def delete(self, names: list[str]) -> None:
        """Remove files once the current transaction commits."""
        ...

    def read(self, name: str) -> bytes | None:
        """The file's content, or None when there is no such file."""
        ...

    def response(self, name: str, content_type: str, max_age: int) -> Response:
        """An HTTP response serving the file (conditional: ETag, Last-Modified)."""
        ...


class LocalStore:
    """Files in one folder of the data directory (one machine)."""

    def __init__(self, directory: str):
        self.directory = Path(directory)

    def _path(self, name: str) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        return self.directory / Path(name).name

    def save(self, name: str, data: bytes, content_type: str) -> None:
        db.session.connection()  # a transaction to follow, even before any SQL
        self._path(name).write_bytes(data)
        db.session.info.setdefault(_WRITTEN, []).append(self._path(name))

    def delete(self, names: list[str]) -> None:
        db.session.info.setdefault(_DOOMED, []).extend(self._path(n) for n in names)

    def read(self, name: str) -> bytes | None:
        try:
            return self._path(name).read_bytes()
        except OSError:
            return None

    def response(self, name: str, content_type: str, max_age: int) -> Response:
        return send_from_directory(self.directory, name, mimetype=content_type, max_age=max_age)


class DatabaseStore:
    """Files in the ``stored_file`` table (several web nodes on one database)."""

    def save(self, name: str, data: bytes, content_type: str) -> None:
        db.session.add(StoredFile(name=name, data=data, content_type=content_type))

    def delete(self, names: list[str]) -> None:
        if names:
            db.session.execute(delete(StoredFile).where(StoredFile.name.in_(names)))

    def read(self, name: str) -> bytes | None:
        found = db.session.get(StoredFile, name)
        return found.data if found else None

    def response(self, name: str, content_type: str, max_age: int) -> Response:
        found = db.session.get(StoredFile, name)
        if found is None:
            return Response(status=404)
        response = Response(found.data, mimetype=content_type)
        response.set_etag(hashlib.sha256(found.data).hexdigest()[:32])
        response.last_modified = found.created_at
        response.cache_control.max_age = max_age
        response.cache_control.public = max_age > 0
        response.make_conditional(request)
        return response


def store(kind: str = "photos") -> FileStore:
    """The configured store for files of ``kind`` (a folder name under local storage)."""
    if current_app.config["FILE_STORAGE"] == "database":
        return DatabaseStore()
    base = current_app.config["PHOTO_DIR"] if kind == "photos" else None
    return LocalStore(base or str(Path(current_app.config["DATA_DIR"]) / kind))


def private_response(name: str, content_type: str) -> Response:
    """A private document (evidence, a quotation's attachment) for a reader already checked:
    never kept by a shared cache, shown inline, and sandboxed so a crafted file runs nothing."""
    response = store("documents").response(name, content_type, max_age=0)
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["Content-Disposition"] = "inline"
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response


@event.listens_for(db.session, "after_commit")
def _remove_doomed_files(session: Session) -> None:
    session.info.pop(_WRITTEN, None)
    for path in session.info.pop(_DOOMED, []):
        path.unlink(missing_ok=True)


@event.listens_for(db.session, "after_soft_rollback")
def _undo_written_files(session: Session, previous_transaction) -> None:
    # Soft: also when the transaction had not reached the database yet. A savepoint
    # rolled back leaves the outer transaction (and its files) alive.
    if previous_transaction.nested:
        return
    session.info.pop(_DOOMED, None)
    for path in session.info.pop(_WRITTEN, []):
        path.unlink(missing_ok=True)
