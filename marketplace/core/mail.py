"""E-mail: through SMTP when configured, otherwise written to the log. Never blocks a request.

Mail about something a transaction does (a notification, a password-reset link) is
queued with :func:`send_after_commit` and goes out only if that transaction commits.
"""

from __future__ import annotations

import logging
import smtplib
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from email.message import EmailMessage

from flask import current_app
from sqlalchemy import Text, delete, event, insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, Session, mapped_column

from marketplace.core.db import Base, UTCDateTime, changed_rows, db, utcnow

log = logging.getLogger(__name__)
_sender = ThreadPoolExecutor(max_workers=2, thread_name_prefix="mail")


def _deliver(settings: dict, message: EmailMessage) -> None:
    try:
        with smtplib.SMTP(settings["MAIL_SERVER"], settings["MAIL_PORT"], timeout=10) as smtp:
            if settings.get("MAIL_USE_TLS"):
                smtp.starttls()
            if settings.get("MAIL_USERNAME"):
                smtp.login(settings["MAIL_USERNAME"], settings.get("MAIL_PASSWORD") or "")
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException):
        log.warning("mail to %s not sent", message["To"], exc_info=True)


Attachment = tuple[str, str, bytes]  # file name, content type, content

LOGGED_MAIL_DAYS = 7


class LoggedMail(Base):
    """A mail written to the log (no SMTP server), kept for the operators' mail view.

    Only where :func:`mail_view_enabled`: the demo, or a test set-up. Password-reset
    links are in them, so a portal with members never keeps any.
    """

    __tablename__ = "logged_mail"

    id: Mapped[int] = mapped_column(primary_key=True)
    to: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


def mail_view_enabled() -> bool:
    """Whether mails written to the log are also kept for /operator/mail (demo portals)."""
    config = current_app.config
    return not config.get("MAIL_SERVER") and bool(config.get("MAIL_VIEW", config.get("DEMO")))


def _keep_logged(to: str, subject: str, body: str) -> None:
    # Called after a commit, where the session can run no more SQL: a connection of its own.
    # The log already holds the mail: a database that cannot keep it changes nothing else.
    try:
        with db.engine.begin() as connection:
            connection.execute(
                insert(LoggedMail).values(to=to, subject=subject, body=body, created_at=utcnow())
            )
    except SQLAlchemyError:
        log.warning("mail to %s not kept for the operators' mail view", to, exc_info=True)


def prune_logged(now: datetime | None = None) -> int:
    """Forget logged mails older than :data:`LOGGED_MAIL_DAYS` days; how many."""
    cutoff = (now or utcnow()) - timedelta(days=LOGGED_MAIL_DAYS)
    return changed_rows(delete(LoggedMail).where(LoggedMail.created_at < cutoff))


def send_mail(to: str, subject: str, body: str, attachments: tuple[Attachment, ...] = ()) -> None:
    """Send (in the background) or log an e-mail, with optional attachments."""
    config = current_app.config
    if not config.get("MAIL_SERVER"):
        named = "".join(f"\n[attached: {n} ({t}, {len(d)} bytes)]" for n, t, d in attachments)
        log.info("mail (no SMTP configured) to=%s subject=%r\n%s%s", to, subject, body, named)
        if mail_view_enabled():
            _keep_logged(to, subject, body + named)
        return
    message = EmailMessage()
    message["From"] = config.get("MAIL_FROM", "Tradewind <no-reply@tradewind.example>")
    message["To"], message["Subject"] = to, subject
    message.set_content(body)
    for filename, content_type, data in attachments:
        maintype, subtype = content_type.split("/", 1)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    settings = {
        k: config.get(k)
        for k in ("MAIL_SERVER", "MAIL_PORT", "MAIL_USE_TLS", "MAIL_USERNAME", "MAIL_PASSWORD")
    }
    _sender.submit(_deliver, settings, message)


_OUTBOX = "mail_outbox"


def send_after_commit(
    to: str, subject: str, body: str, attachments: tuple[Attachment, ...] = ()
) -> None:
    """Send a mail once the current transaction commits (never if it rolls back)."""
    db.session.info.setdefault(_OUTBOX, []).append((to, subject, body, attachments))


@event.listens_for(db.session, "after_commit")
def _send_queued_mail(session: Session) -> None:
    for message in session.info.pop(_OUTBOX, []):
        send_mail(*message)


@event.listens_for(db.session, "after_rollback")
def _drop_queued_mail(session: Session) -> None:
    session.info.pop(_OUTBOX, None)
