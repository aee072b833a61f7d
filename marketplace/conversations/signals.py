"""What happens in inquiry threads, announced for whoever cares (blinker).

- ``message_posted``: sender the new InquiryMessage (flushed, with its id),
  written by a member here (``author``). The payee lock subscribes
  (``marketplace.trust.receivers``), so ``conversations`` imports nothing of it.
  Receivers run inside the sender's transaction.
"""

from __future__ import annotations

from blinker import Namespace

_signals = Namespace()

message_posted = _signals.signal("message-posted")
