"""Tradewind's full-text search engine on Whoosh.

The database is the source of truth; the index is a derived view that a single
writer (the background worker) keeps in step through the ``index_queue`` table,
and that can be rebuilt from the database at any time.
"""

from search_index import whoosh_fixes  # noqa: F401  - applied before any index is written
