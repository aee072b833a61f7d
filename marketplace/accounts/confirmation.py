"""E-mail confirmation at registration: a signed link mailed to the new member.

Until the member opens it they may browse, but not post offers or send
inquiries, so an address typed wrong (or someone else's) cannot be used to
spam suppliers. The link is signed with the app's secret (itsdangerous, which
Flask uses for its own cookies) and names the address it was sent to: after
an address change an old link confirms nothing. It works for a week.
"""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from itsdangerous import BadSignature, URLSafeTimedSerializer

from marketplace.accounts.models import User
from marketplace.core.db import db, utcnow
from marketplace.core.mail import send_after_commit
from marketplace.core.urls import external_url

VALID_FOR = timedelta(days=7)
_SALT = "tradewind-confirm-email"


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_SALT)


def send_link(user: User) -> None:
    """Mail the member a link that confirms their address (after the commit)."""
    token = _serializer().dumps({"id": user.id, "email": user.email})
    link = external_url("accounts.confirm_email", token=token)
    with force_locale(user.locale or "en"):
        subject = _("Confirm your e-mail address for Tradewind")
        body = _(
            "Welcome to Tradewind!\n\nOpen this link to confirm your e-mail address "
            "(it works for 7 days):\n%(link)s\n\nUntil then you can look around, but not post "
            "offers or send inquiries. If you did not register, ignore this mail.",
            link=link,
        )
    send_after_commit(user.email, subject, body)


def confirm(token: str) -> User | None:
    """The member a valid link names, now confirmed; None for a bad or expired link."""
    try:
        data = _serializer().loads(token, max_age=int(VALID_FOR.total_seconds()))
    except BadSignature:  # also SignatureExpired
        return None
    user = db.session.get(User, data.get("id")) if isinstance(data, dict) else None
    if user is None or user.email != data.get("email"):
        return None
    if user.email_confirmed_at is None:
        user.email_confirmed_at = utcnow()
    return user
