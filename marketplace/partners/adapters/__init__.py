"""One module per partner kind. Adapters only translate: our query into a request,
the partner's answer into normalised results. The runner does all I/O.

``ADAPTERS`` maps a kind to its module; each module provides
``search_request(partner, query, step_data) -> Request`` and
``parse_search(partner, response) -> list[Result]``, and may provide
``discovery_request`` / ``parse_discovery`` for a first step (OpenSearch).
"""

from __future__ import annotations

from marketplace.partners.adapters import jsonapi, opensearch, portal

ADAPTERS = {"portal": portal, "opensearch": opensearch, "json": jsonapi}
