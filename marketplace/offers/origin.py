"""Copies of other portals' offers: who posted the original, and where it is.

A partner portal posting to us sends ``origin`` with the offer; only a token an
operator marked as that partner's (``tokens create EMAIL --partner NAME``) may
do so, and only in its own name. The copy is then shown under the originating
company, "posted via" that portal, with a link to the original.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import lazy_gettext as _l

from marketplace.core import fields
from marketplace.core.errors import InvalidInput
from marketplace.core.fields import FieldError
from marketplace.offers.models import Offer, OfferOrigin


def _url(value: object, field: str, errors: dict) -> str:
    if (
        not isinstance(value, str)
        or not value.startswith(("http://", "https://"))
        or len(value) > 500
        or any(c.isspace() for c in value)
    ):
        errors[field] = _l("Give an http:// or https:// address of at most 500 characters.")
        return ""
    return value


def _table(raw: Mapping, key: str, errors: dict, prefix: str) -> Mapping:
    value = raw.get(key)
    if not isinstance(value, dict):
        errors[f"{prefix}{key}"] = _l("Send an object here.")
        return {}
    return value


def parse_origin(raw: object, token_partner: str | None) -> dict[str, Any]:
    """The fields of an :class:`OfferOrigin` from an API ``origin`` object, or InvalidInput.

    ``token_partner`` is the partner the caller's token belongs to (None for a
    member's own token, which may not send ``origin`` at all).
    """
    if token_partner is None:
        raise InvalidInput({"origin": _l("Only a partner portal's token may send 'origin'.")})
    if not isinstance(raw, dict):
        raise InvalidInput({"origin": _l("Send an object with portal, offer_id, url and company.")})
    errors: dict[str, object] = {}
    portal = _table(raw, "portal", errors, "origin.")
    company = _table(raw, "company", errors, "origin.")
    if portal and portal.get("name") != token_partner:
        errors["origin.portal.name"] = _l(
            "This token belongs to the partner portal %(name)s and can only post its offers.",
            name=token_partner,
        )
    values: dict[str, Any] = {"portal": token_partner}
    if portal:
        values["portal_url"] = _url(portal.get("url"), "origin.portal.url", errors)
    values["url"] = _url(raw.get("url"), "origin.url", errors)
    offer_id = raw.get("offer_id")
    if (
        isinstance(offer_id, bool)
        or not isinstance(offer_id, (int, str))
        or not 1 <= len(str(offer_id)) <= 100
    ):
        errors["origin.offer_id"] = _l("Give the original offer's id.")
    else:
        values["remote_offer_id"] = str(offer_id)
    if company:
        try:
            values["company_name"] = fields.text(company.get("name"), min_len=2, max_len=200)
        except FieldError as exc:
            errors["origin.company.name"] = exc.message
        try:
            values["company_country"] = fields.optional_country(company.get("country"))
        except FieldError as exc:
            errors["origin.company.country"] = exc.message
        verified = company.get("verified", False)
        if not isinstance(verified, bool):
            errors["origin.company.verified"] = _l("Send true or false.")
        values["company_verified"] = verified is True
    if errors:
        raise InvalidInput(errors)
    return values


def attach(offer: Offer, values: Mapping[str, Any]) -> None:
    """Record (or bring up to date) where ``offer`` was copied from.

    ``values`` are :func:`parse_origin`'s, plus ``portal_title``: the
    partner's title from our own partner file.
    """
    if offer.origin is None:
        offer.origin = OfferOrigin(**values)
        return
    for name, value in values.items():
        setattr(offer.origin, name, value)


def origin_json(offer: Offer) -> dict | None:
    """The ``origin`` object of a copy's JSON, or None for our own offers."""
    origin = offer.origin
    if origin is None:
        return None
    return {
        "portal": {"name": origin.portal, "title": origin.portal_title, "url": origin.portal_url},
        "offer_id": origin.remote_offer_id,
        "url": origin.url,
        "company": {
            "name": origin.company_name,
            "country": origin.company_country,
            "verified": origin.company_verified,
        },
    }
