"""The trust package's answers to other packages' signals (connected by importing this)."""

from __future__ import annotations

from marketplace.conversations import signals
from marketplace.trust import payee


@signals.message_posted.connect
def _check_for_accounts(message, author=None, **_kwargs) -> None:
    # The payee lock reads every message a member writes here, in its transaction.
    payee.check_message(message, author)
