"""Ending a consultation and writing its record into the thread."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from marketplace.consultations import room
from marketplace.consultations.models import Consultation
from marketplace.conversations import inquiries
from marketplace.core.db import db, utcnow
from marketplace.core.errors import InvalidInput, PermissionDenied
from marketplace.core.urls import external_url


def summary(consultation: Consultation) -> str:
    """The record as a thread message: who joined, when, for how long, chat and notes."""
    assert consultation.starts_at is not None
    when = consultation.starts_at.strftime("%a %d %b %Y %H:%M UTC")
    joined = [p for p in consultation.participants if p.first_joined_at]
    if not joined:
        return f"The video consultation booked for {when} did not take place: nobody joined."
    lines = [f"Record of the video consultation of {when}:"]
    for person in consultation.participants:
        if person.first_joined_at is None:
            lines.append(f"- {person.name}: did not join")
            continue
        minutes = max(1, round(person.seconds_present / 60))
        guest = " (guest)" if person.kind == "guest" else ""
        lines.append(
            f"- {person.name}{guest}: joined at {person.first_joined_at.strftime('%H:%M UTC')}, "
            f"present about {minutes} min"
        )
    lines.append(
        f"Chat: {len(consultation.chat)} messages. Notes: {len(consultation.notes)} characters."
    )
    lines.append(
        f"Transcript and notes: {external_url('consultations.record_page', consultation_id=consultation.id)}"
    )
    return "\n".join(lines)


def end(consultation: Consultation, user=None) -> Consultation:
    """Close the room and put the record in the thread (by a member, or when time is up)."""
    if user is not None and not any(p.user_id == user.id for p in consultation.participants):
        raise PermissionDenied()
    if consultation.status != "booked":
        raise InvalidInput({"consultation": "This consultation is not running."})
    consultation.status, consultation.ended_at = "ended", utcnow()
    room.clear(consultation)
    author = user or consultation.booked_by or consultation.proposed_by
    inquiries.reply(
        consultation.inquiry,
        author,
        {"body": summary(consultation)},
        notice=_l(
            "Record of the video consultation about “%(title)s”",
            title=consultation.inquiry.offer.title,
        ),
        notice_kind="consultation",
    )
    return consultation


def close_due() -> int:
    """End every booked consultation whose room has closed (the worker runs this)."""
    now = utcnow()
    due = [
        c
        for c in db.session.scalars(
            select(Consultation).where(
                Consultation.status == "booked", Consultation.starts_at < now
            )
        )
        if c.ends_at is not None and c.ends_at + room.LATE < now
    ]
    for consultation in due:
        end(consultation)
    return len(due)
