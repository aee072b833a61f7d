"""Bearer-token authentication and the request-size limit for the API."""

from __future__ import annotations

import re
from functools import wraps

from flask import current_app, g, jsonify, make_response, request

from marketplace.accounts.services import token_for_secret
from marketplace.api import bp
from marketplace.core.db import db
from marketplace.core.errors import (
    DomainError,
    EmailNotConfirmed,
    InvalidInput,
    NotFound,
    PermissionDenied,
)

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _unstorable(body) -> str | None:
    """The path of the first text in a JSON body no database can store (NUL, lone surrogate)."""
    pending = [("", body)]
    while pending:  # iteratively: a deeply nested body must not exhaust the stack here
        path, value = pending.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                child = f"{path}.{key}" if path else str(key)
                if "\x00" in key or _LONE_SURROGATE.search(key):
                    return child
                pending.append((child, item))
        elif isinstance(value, list):
            pending.extend((f"{path}[{n}]", item) for n, item in enumerate(value))
        elif isinstance(value, str) and ("\x00" in value or _LONE_SURROGATE.search(value)):
            return path or "body"
    return None


def _check_json_body():
    """400 for a body nested too deeply to read; 422 for text a database cannot store."""
    if request.method not in ("POST", "PATCH", "PUT") or not request.get_data(cache=True):
        return None
    try:
        body = request.get_json(force=True, silent=True)
    except RecursionError:
        return api_error(400, "The JSON body is nested too deeply to read.")
    field = _unstorable(body)
    if field:
        return jsonify(
            error="validation",
            fields={
                field: (
                    "This text holds an invalid character (a NUL or a lone surrogate). "
                    "Remove it and send again."
                )
            },
        ), 422
    return None


@bp.before_request
def _limit_body_and_authenticate():
    # JSON bodies are small; refuse anything larger before reading it (413).
    request.max_content_length = current_app.config["API_MAX_BODY_BYTES"]
    refused = _check_json_body()
    if refused is not None:
        return refused
    g.api_user = g.api_partner = None
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer ":
        token = token_for_secret(header[7:].strip())
        g.bad_token = token is None
        if token is not None:
            g.api_user, g.api_partner = token.user, token.partner
    else:
        g.bad_token = False


UNCONFIRMED = (
    "Confirm your e-mail address first: open the link we mailed when you registered "
    "(My page can send it again)."
)


def validation_error(fields: dict):
    """The 422 answer: ``{"error": "validation", "fields": {...}}``."""
    return jsonify(error="validation", fields={k: str(v) for k, v in fields.items()}), 422


def refused(exc: DomainError, *, not_found: str, forbidden: str):
    """The answer to a service's refusal, the transaction rolled back: 404, 403 (saying
    how to confirm the address when that is why) or 422 with the field messages."""
    db.session.rollback()
    if isinstance(exc, NotFound):
        return api_error(404, not_found)
    if isinstance(exc, EmailNotConfirmed):
        return api_error(403, UNCONFIRMED)
    if isinstance(exc, PermissionDenied):
        return api_error(403, forbidden)
    if isinstance(exc, InvalidInput):
        return validation_error(exc.messages())
    raise exc


def api_error(status: int, message: str, **extra):
    """A JSON error response ``{"error": message, ...}``."""
    response = make_response(jsonify(error=message, **extra), status)
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="tradewind"'
    return response


def token_required(view):
    """The request must carry a valid bearer token of a member or operator."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if g.api_user is None:
            message = (
                "The API token is invalid or revoked."
                if g.bad_token
                else "Send an API token in the header 'Authorization: Bearer TOKEN'."
            )
            return api_error(401, message)
        return view(*args, **kwargs)

    return wrapped
