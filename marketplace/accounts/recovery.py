"""Password reset by a single-use link mailed to the member.

The request answers the same whether or not the address belongs to a member (no
one learns who is registered), a member gets at most :data:`MAX_PER_HOUR` links an
hour (no mail bombing), a link works once and for an hour, only its digest is
stored, and setting the new password ends every session of the member.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from flask_babel import force_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select, update

from marketplace.accounts import sessions
from marketplace.accounts.models import PasswordReset, User
from marketplace.accounts.services import check_new_password, find_user, secret_digest
from marketplace.core.db import changed_rows, db, utcnow
from marketplace.core.errors import InvalidInput
from marketplace.core.mail import send_after_commit
from marketplace.core.passwords import hash_password
from marketplace.core.urls import external_url

VALID_FOR = timedelta(hours=1)
MAX_PER_HOUR = 3


def request_reset(email: object) -> None:
    """Mail a reset link to the member with this address, if there is one (else nothing)."""
    user = find_user(email) if isinstance(email, str) else None
    if user is None or not user.active:
        return
    recent = (
        db.session.scalar(
            select(func.count()).where(
                PasswordReset.user_id == user.id, PasswordReset.created_at >= utcnow() - VALID_FOR
            )
        )
        or 0
    )
    if recent >= MAX_PER_HOUR:
        return  # the links already sent still work
    key = secrets.token_urlsafe(32)
    db.session.add(
        PasswordReset(digest=secret_digest(key), user_id=user.id, expires_at=utcnow() + VALID_FOR)
    )
    link = external_url("accounts.reset_password", key=key)
    with force_locale(user.locale or "en"):  # in the member's language, not the requester's
        subject = _("Reset your Tradewind password")
        body = _(
            "Someone (we hope you) asked to reset the password of your Tradewind account.\n\n"
            "Set a new password here (the link works once, within an hour):\n%(link)s\n\n"
            "If it was not you, ignore this mail: your password stays as it is.",
            link=link,
        )
    send_after_commit(user.email, subject, body)


def usable(key: str) -> PasswordReset | None:
    """The reset a link names, while it is unused and not expired."""
    reset = db.session.get(PasswordReset, secret_digest(key or ""))
    if reset is None or reset.used_at is not None or reset.expires_at <= utcnow():
        return None
    return reset


def reset_password(key: str, raw: dict) -> User:
    """Set the new password from a reset link; the link is spent, every session ends."""
    reset = usable(key)
    if reset is None:
        raise InvalidInput({"link": _l("This link has expired or was already used.")})
    try:
        new = check_new_password(raw.get("new"))
    except InvalidInput as exc:
        raise InvalidInput({"new": exc.fields["password"]}) from None
    if raw.get("confirm") != new:
        raise InvalidInput({"confirm": _l("The two new passwords are not the same.")})
    # Spent by a conditional UPDATE: of two submissions of one link at the same time,
    # only one changes the row (the other finds it used) and sets a password.
    now = utcnow()
    spent = changed_rows(
        update(PasswordReset)
        .where(
            PasswordReset.digest == reset.digest,
            PasswordReset.used_at.is_(None),
            PasswordReset.expires_at > now,
        )
        .values(used_at=now)
    )
    if spent != 1:
        raise InvalidInput({"link": _l("This link has expired or was already used.")})
    user = db.session.get(User, reset.user_id)
    assert user is not None  # the foreign key keeps it
    user.password_hash = hash_password(new)
    forget_links(user)
    sessions.end_all(user)
    return user


def forget_links(user: User) -> None:
    """Spend every unused reset link of ``user`` (after a reset or a password change)."""
    db.session.execute(
        update(PasswordReset)
        .where(PasswordReset.user_id == user.id, PasswordReset.used_at.is_(None))
        .values(used_at=utcnow())
    )
