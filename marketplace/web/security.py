"""Log-in wiring and the security headers every response carries."""

from __future__ import annotations

from flask import Flask, abort, flash, redirect, request, url_for
from flask_babel import lazy_gettext as _l

from marketplace.core.extensions import login_manager

# No inline script anywhere: every script is a file under /static.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


@login_manager.user_loader
def _load_user(cookie_id: str):
    from marketplace.accounts import sessions

    # Only while its server-side log-in session is open (ended at log-out, password
    # change or "log out everywhere"), and only for an active member.
    return sessions.resolve(cookie_id)


def _add_headers(response):
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response


def _refuse_nul_bytes():
    # No field anywhere may hold a NUL character (PostgreSQL cannot store it and no
    # person types it); refusing it up front spares every form and query a 500.
    values = list(request.args.values())
    if request.method == "POST" and request.mimetype in (
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ):
        values += list(request.form.values())
    if any("\x00" in value for value in values):
        abort(400)


def init_app(app: Flask) -> None:
    """Configure Flask-Login and add the headers."""
    login_manager.login_view = "accounts.login"
    login_manager.login_message = _l("Please log in to continue.")
    login_manager.login_message_category = "info"

    @login_manager.unauthorized_handler
    def _log_in_first():
        # A form posted by a member whose session had ended is kept, not lost.
        from marketplace.web import kept

        owner = kept.keep_this_post()
        if owner is not False:
            return kept.after_refusal(owner, expired=False)
        flash(login_manager.login_message, login_manager.login_message_category)
        return redirect(url_for("accounts.login", next=request.full_path.rstrip("?")))

    app.after_request(_add_headers)
    app.before_request(_refuse_nul_bytes)
