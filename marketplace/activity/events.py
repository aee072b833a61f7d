"""Recording activity. Domain code calls :func:`record`; it never raises.

Events join the caller's transaction: an offer's "posted" event exists exactly
when the offer does. Building an event from odd input is guarded, so recording
can never fail the request it belongs to.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from marketplace.activity.models import Event
from marketplace.core.db import db, utcnow

log = logging.getLogger(__name__)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def normalise_query(text: str | None) -> str:
    """Lower-case, folded white space, no control characters, at most 200 characters."""
    text = unicodedata.normalize("NFKC", _CONTROL.sub(" ", text or "")).casefold()
    return " ".join(text.split())[:200]


def actor_fields(user) -> dict:
    """The acting member's role, country, size class and company id (no personal data)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return {"actor_role": "anonymous"}
    company = user.company
    return {
        "actor_role": user.role,
        "actor_country": company.country if company else None,
        "actor_size": company.size_class if company else None,
        "company_id": user.company_id,
    }


def offer_fields(offer) -> dict:
    """An offer's dimensions."""
    return {
        "offer_id": offer.id,
        "offer_type": offer.type,
        "category": offer.category,
        "hs_chapter": offer.hs_code[:2] if offer.hs_code else None,
        "country": offer.origin_country,
    }


def record(kind: str, *, actor=None, offer=None, **fields) -> None:
    """Add an event to the current transaction; problems are logged, never raised."""
    try:
        now = utcnow()
        values = {"kind": kind, "occurred_at": now, "day": now.date(), **actor_fields(actor)}
        if offer is not None:
            values.update(offer_fields(offer))
        # PostgreSQL refuses NUL in text: an odd byte from a visitor must not fail the commit.
        values.update(
            {
                k: _CONTROL.sub(" ", v) if isinstance(v, str) else v
                for k, v in fields.items()
                if v is not None
            }
        )
        if "query" in values:
            values["query"] = normalise_query(values["query"])
        db.session.add(Event(**values))
    except Exception:
        log.warning("could not record %s event", kind, exc_info=True)
