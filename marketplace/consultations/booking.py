"""Arranging a consultation in a thread: propose times, accept one, decline, cancel, invite.

Times are typed in the proposer's time zone and kept in UTC; each side reads them in its
own (see :mod:`zones`). Both members of a booking and every guest get the ``.ics`` by mail.
Thread messages are stored in English with UTC times, as other thread messages are; the
consultation card on the thread shows each reader their own times.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from marketplace.accounts.models import User
from marketplace.accounts.services import normalise_email
from marketplace.consultations import calendar
from marketplace.consultations.models import Consultation, ConsultationSlot, Participant
from marketplace.conversations import inquiries
from marketplace.conversations.models import Inquiry
from marketplace.core import fields, zones
from marketplace.core.db import db, utcnow
from marketplace.core.errors import InvalidInput, NotFound, PermissionDenied
from marketplace.core.mail import send_after_commit
from marketplace.core.urls import external_url

DURATIONS = (15, 30, 45, 60, 90)
MAX_SLOTS = 3
MAX_PARTICIPANTS = 4
MIN_NOTICE = timedelta(minutes=2)  # a time proposed or accepted must still be ahead
MAX_AHEAD = timedelta(days=90)
OPEN_STATES = ("proposed", "booked")


def _utc(moment: datetime) -> str:
    return moment.strftime("%a %d %b %Y %H:%M UTC")


def for_thread(inquiry_id: int) -> list[Consultation]:
    """The thread's consultations, newest first."""
    return list(
        db.session.scalars(
            select(Consultation)
            .where(Consultation.inquiry_id == inquiry_id)
            .order_by(Consultation.id.desc())
        )
    )


def get(consultation_id: int, user: User) -> Consultation:
    """A consultation seen by a party of its thread."""
    consultation = db.session.get(Consultation, consultation_id)
    if consultation is None:
        raise NotFound()
    if not inquiries.is_party(consultation.inquiry, user):
        raise PermissionDenied()
    return consultation


def _busy(user_id: int, start: datetime, minutes: int, exclude: int | None = None) -> bool:
    # Booked consultations the member takes part in that overlap [start, start + minutes).
    end = start + timedelta(minutes=minutes)
    booked = db.session.scalars(
        select(Consultation)
        .join(Participant, Participant.consultation_id == Consultation.id)
        .where(
            Participant.user_id == user_id,
            Consultation.status == "booked",
            Consultation.starts_at < end,
            Consultation.starts_at > start - timedelta(minutes=max(DURATIONS)),
        )
    )
    return any(c.id != exclude and c.ends_at is not None and c.ends_at > start for c in booked)


def _remember_zone(user: User, name: object) -> None:
    chosen = zones.valid(name)
    if chosen and user.timezone != chosen:
        user.timezone = chosen


def _slot_times(raw: Mapping[str, Any], zone, user: User, minutes: int) -> list[datetime]:
    values = raw.get("slots") or []
    if isinstance(values, str):
        values = [values]
    now = utcnow()
    times: list[datetime] = []
    for value in values:
        if fields.is_blank(value):
            continue
        try:
            moment = zones.local_to_utc(str(value), zone)
        except ValueError:
            raise InvalidInput({"slots": _l("Enter each time as a date and a time.")}) from None
        if moment < now + MIN_NOTICE:
            raise InvalidInput(
                {
                    "slots": _l(
                        "%(time)s has passed. Propose times that are still ahead.",
                        time=str(value).replace("T", " "),
                    )
                }
            )
        if moment > now + MAX_AHEAD:
            raise InvalidInput({"slots": _l("Propose times within the next 90 days.")})
        if _busy(user.id, moment, minutes):
            raise InvalidInput(
                {
                    "slots": _l(
                        "You already have a consultation booked at %(time)s.",
                        time=str(value).replace("T", " "),
                    )
                }
            )
        if moment not in times:
            times.append(moment)
    if not times:
        raise InvalidInput({"slots": _l("Propose at least one time.")})
    if len(times) > MAX_SLOTS:
        raise InvalidInput({"slots": _l("Propose at most %(n)d times.", n=MAX_SLOTS)})
    return sorted(times)


def propose(user: User, inquiry: Inquiry, raw: Mapping[str, Any]) -> Consultation:
    """Offer up to three times for a video consultation in ``inquiry``'s thread."""
    if not inquiries.is_party(inquiry, user):
        raise PermissionDenied()
    if inquiry.relay_partner:
        raise InvalidInput(
            {
                "slots": _l(
                    "The other side writes from a partner site, which has no video room. Agree on a call by message."
                )
            }
        )
    if any(c.status in OPEN_STATES and not _over(c) for c in for_thread(inquiry.id)):
        raise InvalidInput(
            {
                "slots": _l(
                    "A consultation is already proposed or booked in this conversation. Cancel it first to propose other times."
                )
            }
        )
    try:
        minutes = int(str(raw.get("duration") or ""))
    except ValueError:
        minutes = 0
    if minutes not in DURATIONS:
        raise InvalidInput({"duration": _l("Choose how long the consultation should last.")})
    zone = zones.ZoneInfo(zones.valid(raw.get("timezone")) or str(zones.of_user(user)))
    times = _slot_times(raw, zone, user, minutes)
    _remember_zone(user, raw.get("timezone"))
    consultation = Consultation(
        inquiry_id=inquiry.id,
        proposed_by_id=user.id,
        duration_minutes=minutes,
        slots=[ConsultationSlot(starts_at=t) for t in times],
    )
    db.session.add(consultation)
    db.session.flush()
    listed = "; ".join(_utc(t) for t in times)
    inquiries.reply(
        inquiry,
        user,
        {
            "body": _l(
                "Video consultation proposed (%(n)d minutes). Times: %(times)s.",
                n=minutes,
                times=listed,
            )
        },
        notice=_l(
            "Video consultation proposed about “%(title)s”: choose a time",
            title=inquiry.offer.title,
        ),
        notice_kind="consultation",
    )
    return consultation


def _over(consultation: Consultation) -> bool:
    if consultation.status == "proposed":
        return all(s.starts_at < utcnow() for s in consultation.slots)
    return consultation.ends_at is not None and consultation.ends_at < utcnow() - timedelta(hours=1)


def _other_side(consultation: Consultation, user: User) -> bool:
    return user.company_id != consultation.proposed_by.company_id


def _mail_invitation(consultation: Consultation, people, method: str = "REQUEST") -> None:
    ics = calendar.invitation(consultation, method=method)
    room = external_url("consultations.room_page", consultation_id=consultation.id)
    assert consultation.starts_at is not None
    title = consultation.inquiry.offer.title
    for person in people:
        link = (
            external_url("consultations.guest", token=person.invite_token)
            if person.invite_token
            else room
        )
        if method == "CANCEL":
            subject = f"Tradewind: video consultation cancelled ({title})"[:120]
            body = f"The video consultation of {_utc(consultation.starts_at)} is cancelled."
        else:
            subject = f"Tradewind: video consultation {_utc(consultation.starts_at)}"
            body = (
                f"A video consultation about “{title}” is booked for "
                f"{_utc(consultation.starts_at)} ({consultation.duration_minutes} minutes).\n\n"
                f"Join in your browser (camera and microphone): {link}\n"
                "The invitation is attached for your calendar."
            )
        send_after_commit(
            person.email, subject, body, (("consultation.ics", "text/calendar", ics),)
        )


def _participant(user: User) -> Participant:
    return Participant(user_id=user.id, name=user.name or user.email, email=user.email)


def accept(
    user: User, consultation: Consultation, slot_id: object, timezone: object = ""
) -> Consultation:
    """The other side chooses one of the proposed times: booked, both mailed the ``.ics``."""
    if not inquiries.is_party(consultation.inquiry, user):
        raise PermissionDenied()
    if not _other_side(consultation, user):
        raise InvalidInput({"slot": _l("The other side chooses one of the times you proposed.")})
    if consultation.status != "proposed":
        raise InvalidInput({"slot": _l("This consultation is no longer waiting for a time.")})
    slot = next((s for s in consultation.slots if str(s.id) == str(slot_id)), None)
    if slot is None:
        raise InvalidInput({"slot": _l("Choose one of the proposed times.")})
    if slot.starts_at < utcnow() + MIN_NOTICE:
        raise InvalidInput(
            {"slot": _l("That time has passed. Choose another or propose new times.")}
        )
    minutes = consultation.duration_minutes
    if _busy(user.id, slot.starts_at, minutes):
        raise InvalidInput({"slot": _l("You already have a consultation booked at that time.")})
    if _busy(consultation.proposed_by_id, slot.starts_at, minutes):
        raise InvalidInput(
            {
                "slot": _l(
                    "The other side has booked another consultation at that time since. Choose another time."
                )
            }
        )
    _remember_zone(user, timezone)
    consultation.status, consultation.starts_at = "booked", slot.starts_at
    consultation.booked_by_id = user.id
    consultation.participants = [_participant(consultation.proposed_by), _participant(user)]
    db.session.flush()
    _mail_invitation(consultation, consultation.participants)
    inquiries.reply(
        consultation.inquiry,
        user,
        {
            "body": _l(
                "Video consultation booked for %(time)s (%(n)d minutes).",
                time=_utc(slot.starts_at),
                n=minutes,
            )
        },
        notice=_l("Video consultation booked: %(time)s", time=_utc(slot.starts_at)),
        notice_kind="consultation",
    )
    return consultation


def decline(user: User, consultation: Consultation) -> Consultation:
    """The other side declines every proposed time."""
    if not inquiries.is_party(consultation.inquiry, user) or not _other_side(consultation, user):
        raise PermissionDenied()
    if consultation.status != "proposed":
        raise InvalidInput({"slot": _l("This consultation is no longer waiting for a time.")})
    consultation.status = "declined"
    inquiries.reply(
        consultation.inquiry,
        user,
        {
            "body": _l(
                "None of the proposed times suits us for a video consultation. Please propose others."
            )
        },
        notice=_l(
            "The proposed times for a video consultation about “%(title)s” do not suit: propose others",
            title=consultation.inquiry.offer.title,
        ),
        notice_kind="consultation",
    )
    return consultation


def cancel(user: User, consultation: Consultation) -> Consultation:
    """Either side calls a proposed or booked consultation off; a booking's guests are told."""
    if not inquiries.is_party(consultation.inquiry, user):
        raise PermissionDenied()
    if consultation.status not in OPEN_STATES:
        raise InvalidInput({"slot": _l("This consultation is not open any more.")})
    was_booked = consultation.status == "booked"
    consultation.status = "cancelled"
    if was_booked:
        _mail_invitation(consultation, consultation.participants, method="CANCEL")
    inquiries.reply(
        consultation.inquiry, user, {"body": _l("The video consultation is cancelled.")}
    )
    return consultation


def invite(user: User, consultation: Consultation, raw: Mapping[str, Any]) -> Participant:
    """A member of the booking invites a guest (an interpreter, an adviser): at most four
    people in all. The guest gets a personal link and the ``.ics`` by mail."""
    if not any(p.user_id == user.id for p in consultation.participants):
        raise PermissionDenied()
    if consultation.status != "booked":
        raise InvalidInput(
            {"consultation": _l("Guests can be invited to a booked consultation only.")}
        )
    if len(consultation.participants) >= MAX_PARTICIPANTS:
        raise InvalidInput(
            {
                "consultation": _l(
                    "A consultation has at most %(n)d participants.", n=MAX_PARTICIPANTS
                )
            }
        )
    errors: dict[str, object] = {}
    try:
        name = fields.text(raw.get("name"), min_len=2, max_len=120)
    except fields.FieldError as exc:
        errors["name"] = exc.message
    try:
        email = normalise_email(raw.get("email"))
    except InvalidInput as exc:
        errors.update(exc.fields)
    if errors:
        raise InvalidInput(errors)
    if any(p.email == email for p in consultation.participants):
        raise InvalidInput({"email": _l("This person is already invited.")})
    guest = Participant(
        name=name,
        email=email,
        kind="guest",
        invite_token=secrets.token_urlsafe(24),
        invited_by_id=user.id,
    )
    consultation.participants.append(guest)
    db.session.flush()
    _mail_invitation(consultation, [guest])
    inquiries.reply(
        consultation.inquiry,
        user,
        {"body": _l("%(name)s is invited to the video consultation as a guest.", name=name)},
    )
    return guest
