"""Bearer-token authentication and the request-size limit for the API."""
from __future__ import annotations

from functools import wraps

from flask import current_app, g, jsonify, make_response, request

from marketplace.accounts.services import token_for_secret
from marketplace.api import bp


@bp.before_request
def _limit_body_and_authenticate():
    # JSON bodies are small; refuse anything larger before reading it (413).
    request.max_content_length = current_app.config["API_MAX_BODY_BYTES"]
    g.api_user = g.api_partner = None
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer ":
        token = token_for_secret(header[7:].strip())
        g.bad_token = token is None
        if token is not None:
            g.api_user, g.api_partner = token.user, token.partner
    else:
        g.bad_token = False


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
            message = ("The API token is invalid or revoked." if g.bad_token
                       else "Send an API token in the header 'Authorization: Bearer TOKEN'.")
            return api_error(401, message)
        return view(*args, **kwargs)
    return wrapped
