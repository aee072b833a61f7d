"""Connect the receivers of the offers package's signals and the index queue's session hook
(importing them connects them).

Each receiver stands alone (postings, indicator events, matches), so the order
blinker calls them in does not matter.
"""

from marketplace.conversations import receivers as matching_receivers  # noqa: F401
from marketplace.indicators import receivers as indicator_receivers  # noqa: F401
from marketplace.posting import receivers as posting_receivers  # noqa: F401
from marketplace.search import indexing  # noqa: F401  - queues changed offers and companies
from marketplace.trust import receivers as trust_receivers  # noqa: F401  - the payee lock
