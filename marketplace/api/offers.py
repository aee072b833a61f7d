"""``/api/v1/offers``: search, read, post (idempotent), edit and withdraw offers."""

from __future__ import annotations

import time
from dataclasses import replace

from flask import g, jsonify, request, url_for

from marketplace.api import bp, idempotency
from marketplace.api.auth import UNCONFIRMED, api_error, token_required, validation_error
from marketplace.api.serializers import offer_json
from marketplace.conversations import matching
from marketplace.core.db import db
from marketplace.core.errors import EmailNotConfirmed, InvalidInput, NotFound, PermissionDenied
from marketplace.offers import services
from marketplace.offers.origin import parse_origin
from marketplace.partners import registry
from marketplace.search.params import parse_search_args
from marketplace.search.services import find_offers, record_search

API_FACETS = ("type", "category", "country")  # what the API document promises


@bp.get("/offers")
def list_offers():
    """Search live offers with filters and facets (the full-text index when available)."""
    query, errors = parse_search_args(request.args)
    if errors:
        return validation_error(errors)
    query = replace(query, facets=API_FACETS)  # each facet costs the engine a pass
    started = time.perf_counter()
    result = find_offers(query)
    record_search(query, result, g.api_user, int((time.perf_counter() - started) * 1000))
    today = services.today()
    return jsonify(
        total=result.total,
        page=query.page,
        per_page=query.per_page,
        results=[offer_json(o, today) for o in result.offers],
        facets={k: result.facets.get(k, {}) for k in API_FACETS},
    )


@bp.get("/offers/<int:offer_id>")
def get_offer(offer_id: int):
    """One offer, if the caller may see it."""
    try:
        offer = services.get_offer(offer_id, g.api_user)
    except NotFound:
        return api_error(404, "No offer with this id.")
    return jsonify(offer_json(offer, services.today()))


def _json_body():
    body = request.get_json(force=True, silent=True)
    if body is None:
        return None, api_error(400, "The body must be a JSON object.")
    if not isinstance(body, dict):
        return None, validation_error({"body": "The body must be a JSON object."})
    return body, None


def flatten_price(body: dict) -> tuple[dict, dict]:
    """Turn the API's nested ``price`` into the flat fields the validator takes."""
    raw = {k: v for k, v in body.items() if k != "price"}
    errors: dict = {}
    if "price" in body:
        price = body["price"]
        if price is None:
            raw["price_amount"] = raw["price_currency"] = None
        elif isinstance(price, dict) and set(price) <= {"amount", "currency"}:
            raw["price_amount"] = price.get("amount")
            raw["price_currency"] = price.get("currency")
        else:
            errors["price"] = 'Send {"amount": "12.50", "currency": "USD"} or null (negotiable).'
    for name in ("quantity", "min_order"):
        if isinstance(raw.get(name), float):
            raw[name] = repr(raw[name])
    if isinstance(raw.get("price_amount"), float):
        raw["price_amount"] = repr(raw["price_amount"])
    return raw, errors


def _price_field(fields: dict) -> dict:
    """Report price sub-field errors under the names the API caller used."""
    out = {}
    for name, message in fields.items():
        out[
            {"price_amount": "price.amount", "price_currency": "price.currency"}.get(name, name)
        ] = message
    return out


@bp.post("/offers")
@token_required
def create_offer():
    """Post an offer; an ``Idempotency-Key`` makes retries safe."""
    body, error = _json_body()
    if error:
        return error
    key, replayed = idempotency.key_and_replay(g.api_user, body)
    if replayed is not None:
        return replayed
    raw, errors = flatten_price(body)
    if errors:
        return validation_error(errors)
    try:
        offer = services.create_offer(g.api_user, raw, origin=_origin(raw))
    except InvalidInput as exc:
        db.session.rollback()
        return validation_error(_price_field(exc.messages()))
    except EmailNotConfirmed:
        db.session.rollback()
        return api_error(403, UNCONFIRMED)
    except PermissionDenied:
        db.session.rollback()
        return api_error(403, "Only members with a company can post offers.")
    payload = offer_json(offer, services.today())
    if key is not None:
        stored = idempotency.remember(g.api_user, key, body, offer, payload)
        if stored is not None:  # a concurrent request with the same key won the race
            return stored
    response = jsonify(payload)
    response.status_code = 201
    response.headers["Location"] = url_for("api.get_offer", offer_id=offer.id, _external=True)
    return response


def _origin(raw: dict, offer=None) -> dict | None:
    """The ``origin`` a partner portal sent with a copy (taken out of ``raw``), validated."""
    if "origin" not in raw:
        return None
    values = parse_origin(raw.pop("origin"), g.api_partner)
    if offer is not None and (offer.origin is None or offer.origin.portal != g.api_partner):
        raise InvalidInput({"origin": "This offer is not a copy of this partner's offer."})
    partner = registry.get(g.api_partner)
    values["portal_title"] = partner.title if partner else g.api_partner
    return values


def _owned_offer(offer_id: int):
    try:
        return services.get_offer(offer_id, g.api_user, for_change=True), None
    except NotFound:
        return None, api_error(404, "No offer with this id.")
    except PermissionDenied:
        return None, api_error(403, "Only the company that posted this offer may change it.")


@bp.patch("/offers/<int:offer_id>")
@token_required
def update_offer(offer_id: int):
    """Change some fields of an offer the caller's company owns."""
    offer, error = _owned_offer(offer_id)
    if error:
        return error
    body, error = _json_body()
    if error:
        return error
    raw, errors = flatten_price(body)
    if errors:
        return validation_error(errors)
    try:
        services.update_offer(offer, g.api_user, raw, origin=_origin(raw, offer))
    except InvalidInput as exc:
        db.session.rollback()
        return validation_error(_price_field(exc.messages()))
    return jsonify(offer_json(offer, services.today()))


@bp.delete("/offers/<int:offer_id>")
@token_required
def withdraw_offer(offer_id: int):
    """Withdraw an offer (it stays readable to its owner)."""
    offer, error = _owned_offer(offer_id)
    if error:
        return error
    try:
        services.withdraw_offer(offer, g.api_user)
    except InvalidInput as exc:
        db.session.rollback()
        return validation_error(exc.messages())
    return jsonify(offer_json(offer, services.today()))


@bp.get("/offers/<int:offer_id>/matches")
@token_required
def offer_matches(offer_id: int):
    """The offer's live matches, best first, for the company that posted it:
    ``[{"offer": {...}, "score": 82.5, "reasons": ["same HS heading 7306", ...]}]``."""
    try:
        offer = services.get_offer(offer_id, g.api_user)
    except NotFound:
        return api_error(404, "No offer with this id.")
    if not services.is_owner(offer, g.api_user):
        return api_error(403, "Only the company that posted this offer sees its matches.")
    today = services.today()
    return jsonify(
        [
            {
                "offer": offer_json(other, today),
                "score": match.score,
                "reasons": [r for r in match.reason.split("; ") if r],
            }
            for match, other in matching.for_offer(offer)
        ]
    )


@bp.post("/offers/<int:offer_id>/renew")
@token_required
def renew_offer(offer_id: int):
    """Put an expired or withdrawn offer back on the market for another period."""
    offer, error = _owned_offer(offer_id)
    if error:
        return error
    try:
        services.renew_offer(offer, g.api_user)
    except InvalidInput as exc:
        db.session.rollback()
        return validation_error(exc.messages())
    return jsonify(offer_json(offer, services.today()))
