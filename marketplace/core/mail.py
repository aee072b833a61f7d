"""E-mail: through SMTP when configured, otherwise written to the log. Never blocks a request."""

from __future__ import annotations

import logging
import smtplib
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage

from flask import current_app

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


def send_mail(to: str, subject: str, body: str) -> None:
    """Send (in the background) or log an e-mail."""
    config = current_app.config
    if not config.get("MAIL_SERVER"):
        log.info("mail (no SMTP configured) to=%s subject=%r\n%s", to, subject, body)
        return
    message = EmailMessage()
    message["From"] = config.get("MAIL_FROM", "Tradewind <no-reply@tradewind.example>")
    message["To"], message["Subject"] = to, subject
    message.set_content(body)
    settings = {
        k: config.get(k)
        for k in ("MAIL_SERVER", "MAIL_PORT", "MAIL_USE_TLS", "MAIL_USERNAME", "MAIL_PASSWORD")
    }
    _sender.submit(_deliver, settings, message)
