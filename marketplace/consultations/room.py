"""The video room: who may enter and when, presence, signalling between browsers, chat, notes.

Browsers connect to each other directly (WebRTC, a full mesh of at most four); Tradewind
only passes their offers, answers and ICE candidates on. Messages wait in the database
until the addressed browser polls, so any process or node of the portal can serve any
request of the room. Presence is counted from the polls (a browser polls about once a
second); time present is what the record reports.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, select

from marketplace.consultations.booking import MAX_PARTICIPANTS
from marketplace.consultations.models import (
    ChatLine,
    Consultation,
    Participant,
    RoomPeer,
    RoomSignal,
)
from marketplace.core import fields
from marketplace.core.db import db, utcnow
from marketplace.core.errors import DomainError, InvalidInput, NotFound

EARLY = timedelta(minutes=10)  # the room opens this long before the booked time
LATE = timedelta(minutes=30)  # and stays open this long after its end
PRESENT = timedelta(seconds=12)  # a peer that has not polled for longer has gone
SIGNAL_KINDS = ("offer", "answer", "candidate")
MAX_SIGNAL = 20_000
MAX_NOTES = 20_000


class RoomRefused(DomainError):
    """Someone may not enter the room now; ``message`` says why in plain words."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def check_open(consultation: Consultation) -> None:
    """Refuse (RoomRefused) unless the room is open now: booked, from ten minutes before
    the time until half an hour after its end."""
    if consultation.status == "ended":
        raise RoomRefused(_l("This consultation has ended. Its record is in the conversation."))
    if consultation.status != "booked" or consultation.starts_at is None:
        raise RoomRefused(
            _l("This consultation is not booked (it was cancelled or is still waiting for a time).")
        )
    now = utcnow()
    if now < consultation.starts_at - EARLY:
        raise RoomRefused(_l("The room opens ten minutes before the booked time."))
    assert consultation.ends_at is not None
    if now > consultation.ends_at + LATE:
        raise RoomRefused(_l("The booked time is over. Its record is in the conversation."))


def participant_for(
    consultation: Consultation, user, guest_token: str | None, browser: str
) -> Participant:
    """Who is entering: a member of the booking, or a guest with their own link (bound to the
    first browser that used it). Anyone else is refused with a message."""
    if guest_token:
        guest = next(
            (
                p
                for p in consultation.participants
                if p.invite_token and secrets.compare_digest(p.invite_token, guest_token)
            ),
            None,
        )
        if guest is not None:
            if guest.claimed_by is None:
                guest.claimed_by = browser
            elif not secrets.compare_digest(guest.claimed_by, browser):
                raise RoomRefused(
                    _l(
                        "This invitation link was already used in another browser. Ask the person who invited you for a new one."
                    )
                )
            return guest
    if user is not None and getattr(user, "is_authenticated", False):
        member = next((p for p in consultation.participants if p.user_id == user.id), None)
        if member is not None:
            return member
    raise RoomRefused(_l("This video consultation is for its invited participants only."))


def enter(consultation: Consultation, participant: Participant) -> RoomPeer:
    """A browser joins the room: refused outside the booked time or when four are in."""
    check_open(consultation)
    present = {p.participant_id for p in _present(consultation)}
    if participant.id not in present and len(present) >= MAX_PARTICIPANTS:
        raise RoomRefused(_l("The room is full (at most four participants)."))
    now = utcnow()
    peer = RoomPeer(
        id=secrets.token_hex(16), consultation_id=consultation.id, participant_id=participant.id
    )
    participant.first_joined_at = participant.first_joined_at or now
    participant.last_seen_at = now
    db.session.add(peer)
    db.session.flush()
    return peer


def _present(consultation: Consultation) -> list[RoomPeer]:
    since = utcnow() - PRESENT
    return list(
        db.session.scalars(
            select(RoomPeer)
            .where(
                RoomPeer.consultation_id == consultation.id,
                RoomPeer.left_at.is_(None),
                RoomPeer.last_seen_at >= since,
            )
            .order_by(RoomPeer.joined_at)
        )
    )


def peer(consultation: Consultation, peer_id: object) -> RoomPeer:
    """A peer of this room that has not left."""
    found = db.session.get(RoomPeer, str(peer_id)) if isinstance(peer_id, str) else None
    if found is None or found.consultation_id != consultation.id or found.left_at is not None:
        raise NotFound()
    return found


def _seen(me: RoomPeer) -> None:
    now = utcnow()
    gap = now - me.last_seen_at
    person = me.participant
    if gap <= PRESENT:  # counted only while polling; a tab asleep for minutes is not present
        person.seconds_present += max(0, round(gap.total_seconds()))
    me.last_seen_at = person.last_seen_at = now


def poll(consultation: Consultation, me: RoomPeer, after_signal: int, after_chat: int) -> dict:
    """What this browser should know: who else is in, signals addressed to it, new chat."""
    _seen(me)
    signals = list(
        db.session.scalars(
            select(RoomSignal)
            .where(RoomSignal.to_peer == me.id, RoomSignal.id > after_signal)
            .order_by(RoomSignal.id)
            .limit(200)
        )
    )
    chat = list(
        db.session.scalars(
            select(ChatLine)
            .where(ChatLine.consultation_id == consultation.id, ChatLine.id > after_chat)
            .order_by(ChatLine.id)
            .limit(200)
        )
    )
    return {
        "status": consultation.status,
        "peers": [
            {"id": p.id, "name": p.participant.name, "joined_at": p.joined_at.isoformat()}
            for p in _present(consultation)
            if p.id != me.id
        ],
        "signals": [
            {"id": s.id, "from": s.from_peer, "kind": s.kind, "payload": s.payload} for s in signals
        ],
        "chat": [
            {"id": c.id, "name": c.participant.name, "body": c.body, "at": c.created_at.isoformat()}
            for c in chat
        ],
        "notes": consultation.notes,
    }


def send_signal(consultation: Consultation, me: RoomPeer, raw: dict) -> RoomSignal:
    """Pass an offer, answer or ICE candidate to another browser in the room."""
    kind, to, payload = raw.get("kind"), raw.get("to"), raw.get("payload")
    if kind not in SIGNAL_KINDS or not isinstance(payload, str) or len(payload) > MAX_SIGNAL:
        raise InvalidInput({"signal": "Send kind (offer, answer or candidate), to and payload."})
    target = peer(consultation, to)
    signal = RoomSignal(
        consultation_id=consultation.id,
        from_peer=me.id,
        to_peer=target.id,
        kind=kind,
        payload=payload,
    )
    db.session.add(signal)
    db.session.flush()
    return signal


def say(consultation: Consultation, me: RoomPeer, body: object) -> ChatLine:
    """A chat message for everyone in the room (kept for the record)."""
    check_open(consultation)
    try:
        text = fields.text(body, min_len=1, max_len=2000, multiline=True)
    except fields.FieldError as exc:
        raise InvalidInput({"body": exc.message}) from None
    line = ChatLine(consultation_id=consultation.id, participant_id=me.participant_id, body=text)
    db.session.add(line)
    db.session.flush()
    return line


def save_notes(consultation: Consultation, me: RoomPeer, text: object, base: object) -> dict:
    """Save the shared notes as this browser changed them from ``base`` (the text it had).

    When someone else saved meanwhile, nothing of theirs is lost: text only added to
    ``base`` is added to theirs; other changes come after theirs, to be checked.
    Returns the notes now and whether they were merged."""
    too_long = InvalidInput({"notes": _l("Notes can be at most %(n)d characters.", n=MAX_NOTES)})
    if not isinstance(text, str) or len(text) > MAX_NOTES:
        raise too_long
    mine = fields.text(text, max_len=MAX_NOTES, multiline=True) if text.strip() else ""
    current = consultation.notes
    merged = isinstance(base, str) and base != current and mine != current
    if not merged:
        result = mine
    elif mine.startswith(str(base)):
        result = (current + mine[len(str(base)) :]).strip()
    else:
        result = f"{current}\n\n{mine}".strip()
    if len(result) > MAX_NOTES:
        raise too_long
    consultation.notes = result
    return {"notes": result, "merged": merged}


def leave(me: RoomPeer) -> None:
    """The browser left (closed the tab or pressed Leave)."""
    _seen(me)
    me.left_at = utcnow()


def clear(consultation: Consultation) -> None:
    """Forget the room's signals and peers once the consultation is over."""
    db.session.execute(delete(RoomSignal).where(RoomSignal.consultation_id == consultation.id))
    db.session.execute(delete(RoomPeer).where(RoomPeer.consultation_id == consultation.id))
