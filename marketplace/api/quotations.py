"""Quotations in the API: a supplier quotes on a buying request; its buyer reads them all.

Attachments are sent through the web form only; the API lists their names and links.
"""

from __future__ import annotations

from flask import g, jsonify, request, url_for

from marketplace.api import bp, idempotency
from marketplace.api.auth import api_error, refused, token_required, validation_error
from marketplace.api.serializers import iso
from marketplace.core.errors import DomainError, NotFound
from marketplace.core.fields import decimal_str
from marketplace.deals import quotations
from marketplace.deals.models import Quotation
from marketplace.deals.validation import FIELDS
from marketplace.offers import services as offers


def quotation_json(q: Quotation) -> dict:
    """A quotation as the API returns it (to the buyer's and the supplier's companies)."""
    return {
        "id": q.id,
        "offer_id": q.offer_id,
        "supplier": {
            "name": q.company.name,
            "country": q.company.country,
            "verified": q.company.verified,
        },
        "unit_price": {"amount": decimal_str(q.unit_price), "currency": q.currency},
        "quantity": decimal_str(q.quantity),
        "unit": q.unit,
        "min_order": decimal_str(q.min_order),
        "incoterm": q.incoterm,
        "place": q.place,
        "lead_time_days": q.lead_time_days,
        "payment_terms": list(q.payment_terms or []),
        "valid_until": q.valid_until.isoformat(),
        "message": q.message,
        "status": q.status,
        "shortlisted": q.shortlisted,
        "decline_reason": q.decline_reason or None,
        "decision_note": q.decision_note or None,
        "decided_at": iso(q.decided_at),
        "created_at": iso(q.created_at),
        "thread_url": url_for("api.get_inquiry", inquiry_id=q.inquiry_id, _external=True),
        "attachments": [
            {
                "filename": a.filename,
                "content_type": a.content_type,
                "size": a.size,
                "url": url_for("deals.attachment", attachment_id=a.id, _external=True),
            }
            for a in q.attachments
        ],
    }


@bp.post("/offers/<int:offer_id>/quotations")
@token_required
def send_quotation(offer_id: int):
    """Quote on a buying request (a supplier's company, once per request)."""
    body = request.get_json(force=True, silent=True)
    if not isinstance(body, dict):
        return validation_error({"body": "The body must be a JSON object."})
    unknown = [k for k in body if k not in FIELDS]
    if unknown:
        return validation_error({k: "This field is not part of a quotation." for k in unknown})
    key, replayed = idempotency.key_and_replay(g.api_user, body)
    if replayed is not None:
        return replayed
    try:
        offer = offers.get_offer(offer_id, g.api_user)
        quotation = quotations.submit(g.api_user, offer, body)
    except DomainError as exc:
        return refused(
            exc,
            not_found="No offer with this id.",
            forbidden="Only members with a company can send quotations.",
        )
    payload = quotation_json(quotation)
    location = url_for("api.list_quotations", offer_id=offer_id, _external=True)
    return idempotency.created(g.api_user, key, body, payload, location)


@bp.get("/offers/<int:offer_id>/quotations")
@token_required
def list_quotations(offer_id: int):
    """Every quotation on the buyer's own request (oldest first); a supplier sees its own."""
    try:
        offer = offers.get_offer(offer_id, g.api_user)
        if offer.type != "buy":
            raise NotFound()
    except NotFound:
        return api_error(404, "No buying request with this id.")
    if offers.is_owner(offer, g.api_user):
        found = quotations.for_request(offer, g.api_user)
    else:
        own = quotations.existing(offer, g.api_user)
        if own is None:
            return api_error(403, "Only the company that posted this request sees its quotations.")
        found = [own]
    return jsonify([quotation_json(q) for q in found])
