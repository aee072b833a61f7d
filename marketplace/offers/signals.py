"""What happens to offers, announced for whoever cares (blinker, as Indico does).

The offers package sends; multi-posting, matchmaking and the indicators subscribe
(``marketplace/subscriptions.py`` connects them), so ``offers`` imports none of them.
Receivers run inside the sender's transaction: what they add is committed, or
rolled back, with the offer itself.

- ``offer_posted``: sender the new offer; ``actor`` (the author) and ``targets``
  (partner site names, None for the company's defaults).
- ``offer_changed``: sender the offer; ``change`` is ``update``, ``withdraw``,
  ``renew``, ``hide``, ``show`` or ``expire``; ``actor`` (None for expiry).
- ``offer_viewed``: sender the offer; ``viewer`` (None for a visitor).
"""

from __future__ import annotations

from blinker import Namespace

_signals = Namespace()

offer_posted = _signals.signal("offer-posted")
offer_changed = _signals.signal("offer-changed")
offer_viewed = _signals.signal("offer-viewed")
