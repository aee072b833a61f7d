"""Multi-posting adapters, one per partner kind that receives postings.

Each only translates: ``build(...)`` turns an offer and an action into a
:class:`~marketplace.partners.http.Request`; ``interpret(...)`` turns the partner's answer into a
:class:`Delivered` or raises a failure. The deliverer does the I/O.
"""

from __future__ import annotations

from marketplace.posting.adapters import portal, webhook

ADAPTERS = {"portal": portal, "webhook": webhook}
