"""Shapes shared by posting adapters and the deliverer."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l


@dataclass
class Delivered:
    """What the partner said it did."""

    remote_id: str | None = None
    remote_url: str | None = None


class DeliveryFailure(Exception):
    """Base of delivery failures; ``message`` is for traders, ``detail`` for engineers."""

    def __init__(self, message: str, detail: str = "", retry_after: float | None = None):
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.retry_after = retry_after


class PermanentFailure(DeliveryFailure):
    """The partner refused the offer (validation and the like): retrying will not help."""


class TransientFailure(DeliveryFailure):
    """Worth trying again later (site down, overloaded, timed out before sending)."""


class UnknownOutcome(DeliveryFailure):
    """The request may or may not have been acted on (timed out after sending)."""


def shorten(title: str, limit: int | None) -> str:
    """A title cut at a word boundary to ``limit`` characters, with an ellipsis."""
    if not limit or len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0] or title[: limit - 1]
    return cut + "…"


def title_note(partner, offer: dict) -> list:
    """The posting form's note when the site takes shorter titles than the offer's."""
    if partner.title_max and len(offer.get("title", "")) > partner.title_max:
        return [_l("title shortened to %(n)d characters", n=partner.title_max)]
    return []


def classify(status: int, body: bytes, retry_after: str | None) -> None:
    """Raise the failure an HTTP status means; return for 2xx."""
    if 200 <= status < 300:
        return
    text = body[:500].decode("utf-8", "replace")
    if status == 429 or status >= 500:
        delay = None
        if retry_after and retry_after.strip().isdigit():
            delay = float(retry_after.strip())
        raise TransientFailure(
            "the site is busy or has a problem; we will try again",
            f"HTTP {status}: {text}",
            retry_after=delay,
        )
    raise PermanentFailure(_partner_message(status, text), f"HTTP {status}: {text}")


def _partner_message(status: int, text: str) -> str:
    """The partner's own explanation when it gives one (422 field messages), else a plain one."""
    import json

    if status in (401, 403):
        return "the site did not accept our credentials"
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict):
        fields = data.get("fields")
        if isinstance(fields, dict) and fields:
            return "the site refused the offer: " + "; ".join(
                f"{k}: {v}" for k, v in list(fields.items())[:5]
            )
        if isinstance(data.get("error"), str):
            return f"the site refused the offer: {data['error'][:200]}"
    return f"the site refused the offer (HTTP {status})"
