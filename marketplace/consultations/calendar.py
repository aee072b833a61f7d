"""The ``.ics`` invitation both sides (and guests) receive for a booked consultation."""

from __future__ import annotations

from icalendar import Calendar, Event, vCalAddress, vText

from marketplace.consultations.models import Consultation
from marketplace.core.urls import external_url

PRODUCT_ID = "-//Tradewind//Video consultations//EN"


def invitation(consultation: Consultation, *, method: str = "REQUEST") -> bytes:
    """An iCalendar (RFC 5545) event for the booked time, with the room's link.

    ``method`` is REQUEST for a booking and CANCEL when it is called off; the UID stays
    the same, so a calendar replaces or removes the event it already has.
    """
    assert consultation.starts_at is not None and consultation.ends_at is not None
    room = external_url("consultations.room_page", consultation_id=consultation.id)
    thread = consultation.inquiry
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    event = Event()
    event.add("uid", f"consultation-{consultation.id}@tradewind")
    event.add("dtstamp", consultation.created_at)
    event.add("dtstart", consultation.starts_at)
    event.add("dtend", consultation.ends_at)
    event.add("summary", f"Video consultation: {thread.offer.title}"[:200])
    event.add(
        "description",
        f"{thread.sender_display} and {thread.owner_display} on Tradewind.\n"
        f"Join the video room in your browser: {room}",
    )
    event.add("location", vText(room))
    event.add("url", room)
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    event.add("sequence", 1 if method == "CANCEL" else 0)
    for person in consultation.participants:
        attendee = vCalAddress(f"mailto:{person.email}")
        attendee.params["cn"] = vText(person.name)
        event.add("attendee", attendee, encode=False)
    calendar.add_component(event)
    return calendar.to_ical()
