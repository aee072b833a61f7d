"""In-app notifications, with an e-mail copy when mail is configured.

A notification made from a translatable message (``lazy_gettext`` / ``lazy_ngettext``
with its values) keeps the message and the values, not a sentence in one language: each
member reads it, and gets its mail, in their own language. ``text`` keeps the English
rendering for the API and for notifications made before.
"""

from __future__ import annotations

from flask import current_app
from flask_babel import force_locale, gettext, ngettext
from flask_babel.speaklater import LazyString
from sqlalchemy import func, select, update

from marketplace.accounts.models import User
from marketplace.conversations.models import Notification
from marketplace.core.db import db, utcnow
from marketplace.core.mail import send_after_commit


def _message_of(text) -> tuple[list[str] | None, dict]:
    # (msgid or [singular, plural], values) of a lazy message; (None, {}) for plain text.
    if not isinstance(text, LazyString) or not text._args:
        return None, {}
    args, values = list(text._args), dict(text._kwargs)
    if len(args) == 3:  # lazy_ngettext(singular, plural, num)
        values["num"] = args[2]
        return [str(args[0]), str(args[1])], _plain(values)
    return [str(args[0])], _plain(values)


def _plain(values: dict) -> dict:
    # Values are kept as JSON; a nested lazy label is kept in English.
    with force_locale("en"):
        return {k: v if isinstance(v, (int, float)) else str(v) for k, v in values.items()}


def render(message: list[str] | None, values: dict, fallback: str) -> str:
    """A stored notification in the current language (its English text when it has none)."""
    if not message:
        return fallback
    try:
        if len(message) == 2:
            return ngettext(message[0], message[1], int(values.get("num", 1)), **values)
        return gettext(message[0], **values)
    except (KeyError, ValueError, TypeError):
        return fallback  # a message whose placeholders changed since it was stored


def _locale_of(user: User) -> str:
    return user.locale or current_app.config.get("BABEL_DEFAULT_LOCALE", "en")


def notify(users, kind: str, text, link: str = "", mail: bool = True) -> None:
    """Tell each user something (plain text, or a lazy message rendered for each reader);
    the mail goes out once the transaction commits."""
    message, values = _message_of(text)
    with force_locale("en"):
        english = str(text)
    for user in users:
        if user is None:
            continue
        db.session.add(
            Notification(
                user_id=user.id,
                kind=kind,
                text=english[:300],
                message=message,
                params=values,
                link=link[:300],
            )
        )
        if mail:  # a notification rolled back with its request is never mailed
            with force_locale(_locale_of(user)):
                said = render(message, values, english)
            send_after_commit(user.email, f"Tradewind: {said[:80]}", f"{said}\n\n{link}")


def company_members(company_id: int) -> list[User]:
    """Everyone who acts for a company."""
    return list(
        db.session.scalars(select(User).where(User.company_id == company_id, User.active.is_(True)))
    )


def for_user(user: User, limit: int = 100) -> list[Notification]:
    """A member's notifications, newest first."""
    return list(
        db.session.scalars(
            select(Notification)
            .where(Notification.user_id == user.id)
            .order_by(Notification.id.desc())
            .limit(limit)
        )
    )


def unread_count(user: User) -> int:
    """How many notifications the member has not read."""
    return (
        db.session.scalar(
            select(func.count())
            .select_from(Notification)
            .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        )
        or 0
    )


def mark_all_read(user: User) -> None:
    """Mark every notification of the member as read."""
    db.session.execute(
        update(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
    )
