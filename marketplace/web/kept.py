"""Nothing typed is lost when a session ends or a form expires: the post is kept and
offered back (see :mod:`marketplace.core.kept_forms`).

``keep_this_post`` is called where a post cannot be taken (log-in needed, CSRF token
expired); ``/kept-form`` shows what was typed with one button that sends it again.
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from marketplace.core import kept_forms
from marketplace.core.db import db

bp = Blueprint("kept", __name__)

SESSION_KEY = "kept_form"
RESENT_FIELD = "_kept_form"  # carried by the re-sent post, so its kept copy is dropped
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
# Forms about passwords or the session itself: nothing in them is worth keeping.
NOT_KEPT = {
    "accounts.login",
    "accounts.logout",
    "accounts.register",
    "accounts.forgot_password",
    "accounts.reset_password",
    "accounts.change_password",
    "accounts.log_out_everywhere",
    "i18n.switch_language",
}


LAST_MEMBER = "last_member"  # kept in the signed session cookie past log-out


def remember_member(user_id: int) -> None:
    """At log-in: note who uses this browser, so a form kept after log-out is theirs alone."""
    session[LAST_MEMBER] = user_id


# Words for the fields members type most; any other field shows its own name.
LABELS = {
    "type": _l("Offer type"),
    "title": _l("Title"),
    "description": _l("Description"),
    "body": _l("Message"),
    "message": _l("Message"),
    "hs_code": _l("HS code"),
    "category": _l("Category"),
    "quantity": _l("Quantity"),
    "unit": _l("Unit"),
    "min_order": _l("Minimum order"),
    "price_amount": _l("Price"),
    "price_currency": _l("Currency"),
    "incoterm": _l("Incoterms 2020"),
    "port": _l("Port"),
    "origin_country": _l("Origin"),
    "target_countries": _l("Target markets"),
    "payment_terms": _l("Payment"),
    "valid_until": _l("Valid until"),
    "targets": _l("Partner sites"),
    "target_price": _l("Target price"),
    "name": _l("Name"),
    "note": _l("Note"),
    "reason": _l("Reason"),
}
PLUMBING = {"targets_shown", "next", "back", "offer_id"}  # sent again, never shown


def shown_fields(kept) -> list[tuple[str, str]]:
    """The kept fields a member would recognise, with their labels."""
    return [
        (str(LABELS.get(name) or name.replace("_", " ").capitalize()), value)
        for name, value in kept.typed
        if name not in PLUMBING
    ]


def _session_owner() -> int | None:
    if current_user.is_authenticated:
        return current_user.id
    last = session.get(LAST_MEMBER)
    return last if isinstance(last, int) else None


def viewer_id() -> int | None:
    """Who may see a kept form now: the member logged in, or None for a visitor."""
    return current_user.id if current_user.is_authenticated else None


def keep_this_post() -> int | None | bool:
    """Keep the current form post for after log-in.

    False when nothing was kept (not a page's form, or nothing typed); otherwise the
    id of the member it belongs to, or None when no member was named.
    """
    if (
        request.method != "POST"
        or request.mimetype not in FORM_TYPES
        or request.path.startswith("/api/")
        or request.endpoint in NOT_KEPT
    ):
        return False
    owner = _session_owner()
    fields = [(k, v) for k, v in request.form.items(multi=True) if k != RESENT_FIELD]
    had_files = any(f.filename for f in request.files.values())
    token = kept_forms.keep(request.path, fields, had_files, owner)
    if token is None:
        return False
    session[SESSION_KEY] = token
    db.session.commit()  # the refusal that follows commits nothing
    return owner


def after_refusal(owner: int | None, expired: bool):
    """Where to send a member whose post was kept: log in first if it was theirs."""
    if not current_user.is_authenticated and (owner is not None or not expired):
        flash(
            _("Your session had ended. Log in and what you typed will be waiting for you."), "info"
        )
        return redirect(url_for("accounts.login", next=url_for("kept.show")))
    if expired:
        flash(_("This form had expired. What you typed is kept below: send it again."), "info")
    return redirect(url_for("kept.show"))


def drop_resent_copy() -> None:
    """Before a request: a post re-sent from ``/kept-form`` no longer needs its copy."""
    # Only a page's form: an API body (JSON, perhaps too large) is never read here.
    if request.method != "POST" or request.mimetype not in FORM_TYPES:
        return
    token = request.form.get(RESENT_FIELD)
    if token and token == session.get(SESSION_KEY):
        kept_forms.discard(token)
        session.pop(SESSION_KEY, None)


@bp.get("/kept-form")
def show():
    """What the member typed before the session ended, with a button to send it again."""
    kept = kept_forms.get(session.get(SESSION_KEY), viewer_id())
    if kept is None:
        session.pop(SESSION_KEY, None)
        flash(_("Nothing is waiting to be sent."), "info")
        return redirect(url_for("home.index"))
    return render_template(
        "kept_form.html", kept=kept, shown=shown_fields(kept), resent_field=RESENT_FIELD
    )


@bp.post("/kept-form/discard")
def discard():
    """Throw the kept form away."""
    kept = kept_forms.get(session.get(SESSION_KEY), viewer_id())
    if kept is not None:
        kept_forms.discard(kept.token)
    session.pop(SESSION_KEY, None)
    flash(_("What you typed has been thrown away."), "info")
    return redirect(url_for("home.index"))


def init_app(app) -> None:
    """Register the blueprint and the hook that drops a re-sent form's copy."""
    app.register_blueprint(bp)
    app.before_request(drop_resent_copy)
