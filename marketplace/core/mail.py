"""E-mail: through SMTP when configured, otherwise written to the log. Never blocks a request.

Mail about something a transaction does (a notification, a password-reset link) is
queued with :func:`send_after_commit` and goes out only if that transaction commits.
"""

from __future__ import annotations

import logging
import smtplib
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage

from flask import current_app
from sqlalchemy import event
from sqlalchemy.orm import Session

from marketplace.core.db import db

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


def send_mail(to: str, subject: str, body: str, attachments: tuple[Attachment, ...] = ()) -> None:
    """Send (in the background) or log an e-mail, with optional attachments."""
    config = current_app.config
    if not config.get("MAIL_SERVER"):
        named = "".join(f"\n[attached: {n} ({t}, {len(d)} bytes)]" for n, t, d in attachments)
        log.info("mail (no SMTP configured) to=%s subject=%r\n%s%s", to, subject, body, named)
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
