"""Tradewind's full-text search engine on Whoosh or tantivy.

The database is the source of truth; each node's index is a derived view that
the node's follower keeps in step with the ``change_log`` table from its own
position, and that can be rebuilt from the database at any time.
"""

from search_index import whoosh_fixes  # noqa: F401  - applied before any index is written
