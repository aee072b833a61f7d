"""``Idempotency-Key`` support for the API's ``POST`` requests (offers, inquiries, messages).

The first answer to (member, key) is stored in the same transaction as what it
created, so a retry after a lost answer gets the same answer back and nothing
is created twice, even when two retries race each other.
"""

from __future__ import annotations

import hashlib
import json

from flask import jsonify, request, url_for
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from marketplace.accounts.models import User
from marketplace.api.auth import api_error
from marketplace.api.models import IdempotencyRecord
from marketplace.core.db import db

MAX_KEY_LENGTH = 200


def _digest(body: dict) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def _answer(record: IdempotencyRecord):
    response = jsonify(record.body)
    response.status_code = record.status_code
    if record.location:
        response.headers["Location"] = record.location
    elif record.offer_id is not None:
        response.headers["Location"] = url_for(
            "api.get_offer", offer_id=record.offer_id, _external=True
        )
    response.headers["Idempotent-Replayed"] = "true"
    return response


def _find(user: User, key: str) -> IdempotencyRecord | None:
    return db.session.scalar(
        select(IdempotencyRecord).where(
            IdempotencyRecord.user_id == user.id, IdempotencyRecord.key == key
        )
    )


def key_and_replay(user: User, body: dict):
    """The request's ``Idempotency-Key`` (or None) and, for a repeated key, the answer to give."""
    key = request.headers.get("Idempotency-Key")
    return key, (replay(user, key, body) if key is not None else None)


def replay(user: User, key: str, body: dict):
    """The stored answer for a repeated key, a refusal for a reused one, or None for a new key."""
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable() or not key.isascii():
        return jsonify(
            error="validation",
            fields={"Idempotency-Key": f"Use 1 to {MAX_KEY_LENGTH} printable ASCII characters."},
        ), 422
    record = _find(user, key)
    if record is None:
        return None
    if record.request_digest != _digest(body):
        return api_error(409, "This Idempotency-Key was already used with a different request.")
    return _answer(record)


def created(user: User, key: str | None, body: dict, payload: dict, location: str):
    """The 201 answer for something a POST created (a thread, a quotation), remembered
    under the request's key; a concurrent request with the same key that won gets its own."""
    if key is not None:
        stored = remember(user, key, body, None, payload, location)
        if stored is not None:
            return stored
    response = jsonify(payload)
    response.status_code, response.headers["Location"] = 201, location
    return response


def remember(user: User, key: str, body: dict, offer, payload: dict, location: str | None = None):
    """Store the answer with what it created and commit; on a lost race return the winner's answer.

    ``offer`` is the offer created (or None); ``location`` the Location header to replay.
    """
    db.session.add(
        IdempotencyRecord(
            user_id=user.id,
            key=key,
            request_digest=_digest(body),
            status_code=201,
            offer_id=offer.id if offer else None,
            body=payload,
            location=location,
        )
    )
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        record = _find(user, key)
        if record is None:
            raise
        if record.request_digest != _digest(body):
            return api_error(409, "This Idempotency-Key was already used with a different request.")
        return _answer(record)
    return None
