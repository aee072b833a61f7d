"""In-app notifications, with an e-mail copy when mail is configured.

A notification made from a translatable message keeps the message and its values
(:mod:`marketplace.core.translatable`), not a sentence in one language: each member
reads it, and gets its mail, in their own language. ``text`` keeps the English.
"""

from __future__ import annotations

from flask import current_app
from flask_babel import force_locale
from sqlalchemy import func, select, update

from marketplace.accounts.models import User
from marketplace.conversations.models import Notification
from marketplace.core import translatable
from marketplace.core.db import db, utcnow
from marketplace.core.mail import send_after_commit


def _locale_of(user: User) -> str:
    return user.locale or current_app.config.get("BABEL_DEFAULT_LOCALE", "en")


def notify(users, kind: str, text, link: str = "", mail: bool = True) -> None:
    """Tell each user something (plain text, or a lazy message rendered for each reader);
    the mail goes out once the transaction commits."""
    message, values = translatable.capture(text)
    english = translatable.english(text)
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
                said = translatable.render(message, values, english)
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
