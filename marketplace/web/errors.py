"""Error pages and JSON errors: every failure gets a plain message, never a stack trace."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, make_response, render_template, request
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError

from marketplace.core.db import db

log = logging.getLogger(__name__)

MESSAGES = {
    400: _l("The request could not be understood. Please go back and try again."),
    403: _l("You do not have permission to do that."),
    404: _l("We could not find that page. It may have been withdrawn or moved."),
    405: _l("That action is not available here."),
    413: _l("That upload is too large. Photos may be at most 5 MB each."),
    429: _l("Too many attempts. Please wait a minute and try again."),
    500: _l("Something went wrong on our side. Please try again in a moment."),
    503: _l("The portal cannot reach its database just now. Please try again in a minute."),
}


def wants_json() -> bool:
    """API callers get JSON errors; browsers get pages."""
    return request.path.startswith("/api/")


def render_error(code: int, message=None):
    """Render an error as a page or as ``{"error": message}`` for API paths."""
    if code == 413 and wants_json():
        message = "The request body is larger than the API accepts (1 MB)."
    message = str(message or MESSAGES.get(code, MESSAGES[500]))
    if wants_json():
        return make_response(jsonify(error=message), code)
    return make_response(render_template("error.html", code=code, message=message), code)


def init_app(app: Flask) -> None:
    """Install the handlers."""

    @app.errorhandler(CSRFError)
    def _csrf(error):
        from marketplace.web import kept

        # What was typed into the expired form is kept and offered back.
        owner = kept.keep_this_post()
        if owner is not False:
            return kept.after_refusal(owner, expired=True)
        return render_error(400, _l("This form has expired. Please reload the page and try again."))

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException):
        if error.code is None or error.code < 400:
            return error
        response = render_error(error.code, MESSAGES.get(error.code, error.description))
        allowed = getattr(error, "valid_methods", None)  # MethodNotAllowed carries them
        if error.code == 405 and allowed:
            response.headers["Allow"] = ", ".join(allowed)
        return response

    @app.errorhandler(OperationalError)
    def _database_unreachable(error):
        # The database is down or unreachable: 503 tells a load balancer to try another
        # node and a visitor that it is temporary. Nothing here may need the database.
        log.warning("the database does not answer: %s", error.orig)
        db.session.rollback()
        try:
            response = render_error(503)
        except Exception:  # noqa: BLE001 - the page itself needed the database
            response = make_response(str(MESSAGES[503]), 503)
        response.headers["Retry-After"] = "30"
        return response

    @app.errorhandler(InternalServerError)
    def _internal(error):
        db.session.rollback()
        return render_error(500)
