"""Where the index lives and how it is opened or created."""

from __future__ import annotations

from pathlib import Path

from whoosh import index
from whoosh.filedb.filestore import FileStorage

from search_index.schema import COMPANIES, OFFERS, company_schema, offer_schema

SCHEMAS = {OFFERS: offer_schema, COMPANIES: company_schema}


def storage(directory: str | Path) -> FileStorage:
    """The file storage of an index directory, created if missing."""
    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    return FileStorage(str(path))


def exists(directory: str | Path, name: str) -> bool:
    """True when the named index exists in ``directory``."""
    return Path(directory).is_dir() and index.exists_in(str(directory), indexname=name)


def open_or_create(directory: str | Path, name: str):
    """Open the named index, creating an empty one when there is none."""
    store = storage(directory)
    if index.exists_in(str(directory), indexname=name):
        return store.open_index(indexname=name)
    return store.create_index(SCHEMAS[name](), indexname=name)


def create_empty(directory: str | Path, name: str):
    """Create (or wipe and recreate) the named index."""
    return storage(directory).create_index(SCHEMAS[name](), indexname=name)
