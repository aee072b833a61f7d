"""The search engines Tradewind can run on, by the name ``TRADEWIND_SEARCH_ENGINE`` gives."""

from __future__ import annotations

from search_index.backends.base import Backend, Busy, Reader, Unavailable

NAMES = ("whoosh", "tantivy")

__all__ = ["NAMES", "Backend", "Busy", "Reader", "Unavailable", "get"]


def get(name: str) -> Backend:
    """The engine called ``name`` (one of :data:`NAMES`)."""
    if name == "whoosh":
        from search_index.backends.whoosh_engine import WhooshBackend

        return WhooshBackend()
    if name == "tantivy":
        from search_index.backends.tantivy_engine import TantivyBackend

        return TantivyBackend()
    raise ValueError(f"unknown search engine {name!r}: choose one of {', '.join(NAMES)}")
