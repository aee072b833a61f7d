"""In-app notifications, with an e-mail copy when mail is configured."""

from __future__ import annotations

from sqlalchemy import event, func, select, update
from sqlalchemy.orm import Session

from marketplace.accounts.models import User
from marketplace.conversations.models import Notification
from marketplace.core.db import db, utcnow
from marketplace.core.mail import send_mail


def notify(users, kind: str, text: str, link: str = "", mail: bool = True) -> None:
    """Tell each user something; the mail goes out once the transaction commits."""
    for user in users:
        if user is None:
            continue
        db.session.add(Notification(user_id=user.id, kind=kind, text=text[:300], link=link[:300]))
        if mail:
            db.session.info.setdefault("mail_outbox", []).append(
                (user.email, f"Tradewind: {text[:80]}", f"{text}\n\n{link}")
            )


@event.listens_for(db.session, "after_commit")
def _send_mail_after_commit(session: Session) -> None:
    # A notification rolled back with its request must not have been mailed.
    for message in session.info.pop("mail_outbox", []):
        send_mail(*message)


@event.listens_for(db.session, "after_rollback")
def _drop_mail_after_rollback(session: Session) -> None:
    session.info.pop("mail_outbox", None)


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
