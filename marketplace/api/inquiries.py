"""Leads in the API: inquiries on offers, the member's threads, replies, and partners' relays.

A partner portal's token may add ``relay`` to carry a message written on its
site (see :mod:`marketplace.conversations.relay`); a webhook partner hands its
buyers' leads back through the signed ``reply_url`` each offer payload gives it.
"""

from __future__ import annotations

from flask import g, jsonify, request, url_for

from marketplace.api import bp, idempotency
from marketplace.api.auth import api_error, refused, token_required, validation_error
from marketplace.api.serializers import iso
from marketplace.conversations import inquiries, relay
from marketplace.conversations.models import Inquiry
from marketplace.core.db import db
from marketplace.core.errors import DomainError, InvalidInput, NotFound, PermissionDenied
from marketplace.offers import services as offers
from marketplace.partners import registry, signing

MESSAGE_FIELDS = {
    "message": "body",
    "quantity": "quantity",
    "target_price": "target_price",
    "terms": "terms",
}


def thread_json(inquiry: Inquiry, viewer) -> dict:
    """A thread as the API returns it, from the point of view of ``viewer``'s company."""
    partner = registry.get(inquiry.relay_partner) if inquiry.relay_partner else None
    mine_owner = viewer is not None and viewer.company_id == inquiry.owner_company_id
    return {
        "id": inquiry.id,
        "offer": {
            "id": inquiry.offer_id,
            "title": inquiry.offer.title,
            "url": url_for("offers.show", offer_id=inquiry.offer_id, _external=True),
        },
        "with": {
            "name": inquiry.sender_display if mine_owner else inquiry.owner_display,
            "country": (
                inquiry.counterpart_country
                if inquiry.sender is None
                else inquiry.sender.company.country
                if inquiry.sender.company
                else None
            )
            if mine_owner
            else inquiry.offer.seller_country,
        },
        "via": {"name": partner.name, "title": partner.title} if partner else None,
        "url": url_for("conversations.thread", inquiry_id=inquiry.id, _external=True),
        "created_at": iso(inquiry.created_at),
        "last_message_at": iso(inquiry.last_message_at),
        "messages": [
            {
                "id": m.id,
                "author": m.author_display,
                "mine": m.author is not None
                and viewer is not None
                and m.author.company_id == viewer.company_id,
                "message": m.body,
                "quantity": m.quantity or None,
                "target_price": m.target_price or None,
                "terms": m.terms or None,
                "delivery": relay.state_of(m),
                "created_at": iso(m.created_at),
            }
            for m in inquiry.messages
        ],
    }


def _body() -> tuple[dict, None] | tuple[None, object]:
    body = request.get_json(force=True, silent=True)
    if not isinstance(body, dict):
        return None, validation_error({"body": "The body must be a JSON object."})
    unknown = [k for k in body if k not in (*MESSAGE_FIELDS, "relay")]
    if unknown:
        return None, validation_error({k: "This field is not part of a message." for k in unknown})
    return body, None


def _read_post() -> tuple[dict, str | None, object]:
    """The body and Idempotency-Key of a POST, or the answer to give at once (an error, a replay)."""
    body, error = _body()
    if body is None:
        return {}, None, error
    key, replayed = idempotency.key_and_replay(g.api_user, body)
    return body, key, replayed


def _fields(body: dict) -> dict:
    return {ours: body[theirs] for theirs, ours in MESSAGE_FIELDS.items() if theirs in body}


def _api_fields(exc: InvalidInput) -> dict:
    return {{"body": "message"}.get(k, k): v for k, v in exc.messages().items()}


def _relay_of(body: dict) -> dict | None:
    if "relay" not in body:
        return None
    if g.api_partner is None:
        raise InvalidInput({"relay": "Only a partner portal's token may relay a message."})
    if not isinstance(body["relay"], dict):
        raise InvalidInput({"relay": "Send an object."})
    return body["relay"]


def _created(inquiry: Inquiry, body: dict, key: str | None):
    payload = thread_json(inquiry, g.api_user)
    location = url_for("api.get_inquiry", inquiry_id=inquiry.id, _external=True)
    return idempotency.created(g.api_user, key, body, payload, location)


@bp.post("/offers/<int:offer_id>/inquiries")
@token_required
def send_inquiry(offer_id: int):
    """Ask about an offer (a member), or relay a partner site's buyer (a partner portal)."""
    body, key, answer = _read_post()
    if answer is not None:
        return answer
    try:
        offer = offers.get_offer(offer_id, g.api_user)
        relayed = _relay_of(body)
        if relayed is None:
            inquiry = inquiries.send(g.api_user, offer, _fields(body))
        else:
            thread_id, buyer = relayed.get("thread_id"), relayed.get("buyer")
            if (
                not isinstance(thread_id, (str, int))
                or isinstance(thread_id, bool)
                or not isinstance(buyer, dict)
            ):
                raise InvalidInput({"relay": "Send thread_id and buyer {name, company, country}."})
            partner = registry.get(g.api_partner)
            inquiry = inquiries.receive_lead(
                offer,
                g.api_partner,
                partner.title if partner else g.api_partner,
                _fields(body),
                remote_id=str(thread_id),
                buyer=buyer,
            )
    except InvalidInput as exc:
        db.session.rollback()
        return validation_error(_api_fields(exc))
    except DomainError as exc:
        return refused(
            exc,
            not_found="No offer with this id.",
            forbidden="Only members with a company can send inquiries.",
        )
    return _created(inquiry, body, key)


@bp.get("/inquiries")
@token_required
def list_inquiries():
    """The member's threads, received and sent, newest first, with their messages."""
    return jsonify([thread_json(i, g.api_user) for i in inquiries.inbox(g.api_user)])


@bp.get("/inquiries/<int:inquiry_id>")
@token_required
def get_inquiry(inquiry_id: int):
    """One thread the member takes part in."""
    try:
        inquiry = inquiries.get(inquiry_id, g.api_user)
    except (NotFound, PermissionDenied):
        return api_error(404, "No inquiry with this id.")
    return jsonify(thread_json(inquiry, g.api_user))


@bp.post("/inquiries/<int:inquiry_id>/messages")
@token_required
def reply(inquiry_id: int):
    """Reply in a thread (a member), or carry a reply written on a partner's site."""
    body, key, answer = _read_post()
    if answer is not None:
        return answer
    try:
        relayed = _relay_of(body)
        inquiry = db.session.get(Inquiry, inquiry_id)
        if relayed is None:
            inquiry = inquiries.get(inquiry_id, g.api_user)
            inquiries.reply(inquiry, g.api_user, _fields(body))
        elif inquiry is None:
            raise NotFound()
        else:
            inquiries.receive_message(inquiry, g.api_partner, _fields(body))
    except (NotFound, PermissionDenied):
        db.session.rollback()
        return api_error(404, "No inquiry with this id.")
    except InvalidInput as exc:
        db.session.rollback()
        return validation_error(_api_fields(exc))
    return _created(inquiry, body, key)


@bp.post("/partners/<partner>/offers/<int:offer_id>/leads")
def partner_lead(partner: str, offer_id: int):
    """A webhook partner's buyer writes about one of our offers (the offer's ``reply_url``).

    The body is signed like our deliveries (``X-Tradewind-Signature``) with that
    partner's secret; ``lead_id`` (the partner's own id) makes retries safe.
    """
    import json
    import os

    site = registry.get(partner)
    if site is None or site.kind != "webhook":
        return api_error(404, "No webhook partner of this name.")
    raw = request.get_data()
    problem = signing.verify(
        os.environ.get(site.token_env or "", ""), request.headers.get(signing.HEADER), raw
    )
    if problem:
        return api_error(401, f"Signature refused: {problem}.")
    try:
        body = json.loads(raw)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return validation_error({"body": "The body must be a JSON object."})
    lead_id, buyer = body.get("lead_id"), body.get("buyer")
    if (
        not isinstance(lead_id, (str, int))
        or isinstance(lead_id, bool)
        or not str(lead_id)
        or not isinstance(buyer, dict)
    ):
        return validation_error(
            {"lead_id": "Send your lead's id and buyer {company, country, email}."}
        )
    existing = inquiries.find_relayed(partner, str(lead_id))
    if existing is not None:
        return jsonify(id=existing.id, replayed=True), 200
    try:
        offer = offers.get_offer(offer_id)
        inquiry = inquiries.receive_lead(
            offer, partner, site.title, _fields(body), remote_id=str(lead_id), buyer=buyer
        )
    except NotFound:
        db.session.rollback()
        return api_error(404, "No offer with this id.")
    except InvalidInput as exc:
        db.session.rollback()
        return validation_error(_api_fields(exc))
    return jsonify(id=inquiry.id), 201
