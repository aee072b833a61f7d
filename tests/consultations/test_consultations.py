"""Video consultations: proposing and booking times across time zones, the .ics invitation,
who may enter the room and when, signalling and chat between two browsers, the record."""

import logging
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import select

from marketplace.consultations import record
from marketplace.consultations.models import Consultation, Participant
from marketplace.conversations import inquiries
from marketplace.core.db import db, utcnow
from tests.conftest import PASSWORD

SEOUL, BERLIN = ZoneInfo("Asia/Seoul"), ZoneInfo("Europe/Berlin")


def login(app, user):
    client = app.test_client()
    client.post("/login", data={"email": user.email, "password": PASSWORD})
    return client


def local(moment, zone) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def thread(app, member_factory, offer_factory):
    """A Korean supplier's offer and a German buyer's inquiry about it."""
    supplier = member_factory("exporter", name="Hanbit Steel", country="KR")
    buyer = member_factory("buyer", name="Nordrohr GmbH", country="DE")
    outsider = member_factory("exporter", name="Jeju Tea", country="KR")
    offer = offer_factory(supplier)
    inquiry = inquiries.send(buyer, offer, {"body": "Could we talk about 316L pipe by video?"})
    db.session.commit()
    return {"supplier": supplier, "buyer": buyer, "outsider": outsider, "inquiry": inquiry}


def _propose(client, inquiry_id, *moments, zone=BERLIN, duration="30"):
    return client.post(
        f"/inbox/{inquiry_id}/consultations",
        data={
            "slots": [local(m, zone) for m in moments],
            "duration": duration,
            "timezone": str(zone),
        },
    )


def _book(app, thread, starts_in=timedelta(minutes=5)) -> Consultation:
    buyer, supplier = login(app, thread["buyer"]), login(app, thread["supplier"])
    at = utcnow() + starts_in
    assert _propose(buyer, thread["inquiry"].id, at).status_code == 302
    consultation = db.session.scalar(select(Consultation).order_by(Consultation.id.desc()))
    slot = consultation.slots[0]
    answer = supplier.post(
        f"/consultations/{consultation.id}/accept", data={"slot": slot.id, "timezone": "Asia/Seoul"}
    )
    assert answer.status_code == 302
    db.session.expire_all()
    return db.session.get(Consultation, consultation.id)


def test_times_proposed_in_berlin_are_shown_to_seoul_in_both_zones_and_booked(app, thread, caplog):
    caplog.set_level(logging.INFO, logger="marketplace")
    buyer = login(app, thread["buyer"])
    first = (utcnow() + timedelta(days=2)).replace(hour=8, minute=0, second=0, microsecond=0)
    second = first + timedelta(days=1)
    assert _propose(buyer, thread["inquiry"].id, first, second).status_code == 302
    supplier = login(app, thread["supplier"])
    page = supplier.get(f"/inbox/{thread['inquiry'].id}").text.replace("\u202f", " ")
    # 08:00 UTC is 17:00 in Seoul (the reader) and 09:00 in Berlin (the proposer, who said so).
    assert "5:00 PM" in page and "9:00 AM" in page
    assert "South Korea Time" in page and "Germany (Berlin) Time" in page
    consultation = db.session.scalar(select(Consultation))
    supplier.post(
        f"/consultations/{consultation.id}/accept",
        data={"slot": consultation.slots[1].id, "timezone": "Asia/Seoul"},
    )
    db.session.expire_all()
    booked = db.session.get(Consultation, consultation.id)
    assert booked.status == "booked" and booked.starts_at == second
    assert {p.email for p in booked.participants} == {
        thread["buyer"].email,
        thread["supplier"].email,
    }
    mails = [r.getMessage() for r in caplog.records if "video consultation" in r.getMessage()]
    assert len([m for m in mails if "[attached: consultation.ics (text/calendar" in m]) == 2
    ics = Calendar.from_ical(buyer.get(f"/consultations/{consultation.id}/invite.ics").data)
    event = ics.walk("VEVENT")[0]
    assert event["DTSTART"].dt == second
    assert event["DTEND"].dt == second + timedelta(minutes=30)
    assert f"/consultations/{consultation.id}/room" in str(event["LOCATION"])
    assert "Video consultation booked" in buyer.get(f"/inbox/{thread['inquiry'].id}").text


def test_a_time_in_the_past_or_an_overlap_is_refused_and_the_form_keeps_the_times(app, thread):
    buyer = login(app, thread["buyer"])
    past = utcnow() - timedelta(hours=3)
    future = utcnow() + timedelta(days=3)
    answer = _propose(buyer, thread["inquiry"].id, future, past)
    assert answer.status_code == 422 and "has passed" in answer.text
    assert local(future, BERLIN) in answer.text  # what was typed is still in the form
    assert db.session.scalar(select(Consultation)) is None
    # Booked at one time, the buyer cannot propose the same time in another conversation.
    _book(app, thread, starts_in=timedelta(days=1))
    booked = db.session.scalar(select(Consultation))
    other = inquiries.send(
        thread["buyer"],
        thread["inquiry"].offer,
        {"body": "A second conversation about the same pipes."},
    )
    db.session.commit()
    clash = _propose(buyer, other.id, booked.starts_at + timedelta(minutes=10))
    assert clash.status_code == 422 and "already have a consultation booked" in clash.text


def test_only_invited_people_enter_and_only_around_the_booked_time(app, thread):
    consultation = _book(app, thread)
    room = f"/consultations/{consultation.id}/room"
    assert login(app, thread["buyer"]).get(room).status_code == 200
    refused = login(app, thread["outsider"]).get(room)
    assert refused.status_code == 403 and "invited participants only" in refused.text
    assert app.test_client().get(room).status_code == 302  # visitors log in first
    later = _book_again_later(app, thread, consultation)
    early = login(app, thread["buyer"]).get(f"/consultations/{later.id}/room")
    assert early.status_code == 403 and "opens ten minutes before" in early.text


def _book_again_later(app, thread, consultation):
    login(app, thread["buyer"]).post(f"/consultations/{consultation.id}/cancel")
    return _book(app, thread, starts_in=timedelta(days=1))


def test_a_guest_link_works_in_one_browser_only_and_four_is_the_limit(app, thread):
    consultation = _book(app, thread)
    buyer = login(app, thread["buyer"])
    answer = buyer.post(
        f"/consultations/{consultation.id}/invite",
        data={"name": "Anna Kim", "email": "anna@interpreters.example"},
    )
    assert answer.status_code == 302
    token = db.session.scalar(select(Participant.invite_token).where(Participant.kind == "guest"))
    guest = app.test_client()
    assert guest.get(f"/consultations/guest/{token}").status_code == 302
    assert guest.get(f"/consultations/{consultation.id}/room").status_code == 200
    stranger = app.test_client()
    stranger.get(f"/consultations/guest/{token}")
    refused = stranger.get(f"/consultations/{consultation.id}/room")
    assert refused.status_code == 403 and "already used in another browser" in refused.text
    buyer.post(
        f"/consultations/{consultation.id}/invite",
        data={"name": "Dr. Weber", "email": "weber@kotra.example"},
    )
    full = buyer.post(
        f"/consultations/{consultation.id}/invite",
        data={"name": "One More", "email": "more@example.com"},
    )
    assert full.status_code == 422 and "at most 4 participants" in full.text
    bad = buyer.post(
        f"/consultations/{consultation.id}/invite", data={"name": "", "email": "not-an-address"}
    )
    assert bad.status_code == 422


def test_two_browsers_exchange_signals_and_chat_and_the_record_lands_on_the_thread(app, thread):
    consultation = _book(app, thread)
    base = f"/consultations/{consultation.id}/room"
    buyer, supplier = login(app, thread["buyer"]), login(app, thread["supplier"])
    csrf_free = {}  # CSRF is off in these tests; the browser journey sends the header
    a = buyer.post(f"{base}/join", json=csrf_free).get_json()
    b = supplier.post(f"{base}/join", json=csrf_free).get_json()
    assert [p["name"] for p in b["peers"]] == [a["name"]]
    sent = supplier.post(
        f"{base}/signal",
        json={"peer": b["peer"], "to": a["peer"], "kind": "offer", "payload": '{"sdp": "v=0"}'},
    )
    assert sent.status_code == 200
    polled = buyer.get(f"{base}/poll?peer={a['peer']}&after_signal=0&after_chat=0").get_json()
    assert [(s["from"], s["kind"]) for s in polled["signals"]] == [(b["peer"], "offer")]
    # Someone else's peer id is not a way in.
    assert buyer.get(f"{base}/poll?peer={b['peer']}").status_code == 404
    buyer.post(f"{base}/chat", json={"peer": a["peer"], "body": "Can you do 12.10 for 5,000 m?"})
    supplier.post(f"{base}/chat", json={"peer": b["peer"], "body": "Yes, with L/C at sight."})
    chat = supplier.get(f"{base}/poll?peer={b['peer']}&after_chat=0").get_json()["chat"]
    assert [c["body"] for c in chat] == ["Can you do 12.10 for 5,000 m?", "Yes, with L/C at sight."]
    saved = supplier.post(
        f"{base}/notes",
        json={"peer": b["peer"], "notes": "Price 12.10 USD/m, L/C at sight.", "base": ""},
    )
    assert saved.get_json() == {"notes": "Price 12.10 USD/m, L/C at sight.", "merged": False}
    # The buyer, still on the empty notes, saves a line too: the supplier's line is kept.
    both = buyer.post(
        f"{base}/notes", json={"peer": a["peer"], "notes": "Samples by 15 January.", "base": ""}
    ).get_json()
    assert both["merged"] and "Price 12.10 USD/m" in both["notes"]
    assert "Samples by 15 January." in both["notes"]
    assert supplier.post(f"{base}/chat", json={"peer": b["peer"], "body": ""}).status_code == 422
    buyer.post(f"/consultations/{consultation.id}/end")
    thread_page = supplier.get(f"/inbox/{thread['inquiry'].id}").text
    assert "Record of the video consultation" in thread_page
    assert "present about 1 min" in thread_page
    record_page = supplier.get(f"/consultations/{consultation.id}/record").text
    assert "Yes, with L/C at sight." in record_page and "Price 12.10 USD/m" in record_page
    gone = buyer.get(base)
    assert gone.status_code == 403 and "has ended" in gone.text


def test_a_consultation_nobody_joined_is_closed_with_that_on_the_thread(app, thread):
    consultation = _book(app, thread)
    consultation.starts_at = utcnow() - timedelta(hours=2)
    db.session.commit()
    assert record.close_due() == 1
    db.session.commit()
    text = login(app, thread["buyer"]).get(f"/inbox/{thread['inquiry'].id}").text
    assert "did not take place: nobody joined" in text


def test_from_an_offer_a_buyer_proposes_and_the_thread_opens_with_it(
    app, thread, offer_factory, member_factory
):
    buyer = member_factory("buyer", name="Osaka Kogyo", country="JP")
    client = login(app, buyer)
    offer_id = thread["inquiry"].offer_id
    assert "Propose a video consultation" in client.get(f"/offers/{offer_id}").text
    at = utcnow() + timedelta(days=4)
    short = client.post(
        f"/offers/{offer_id}/consultation",
        data={
            "body": "Hi",
            "slots": [local(at, ZoneInfo("Asia/Tokyo"))],
            "duration": "30",
            "timezone": "Asia/Tokyo",
        },
    )
    assert short.status_code == 422 and local(at, ZoneInfo("Asia/Tokyo")) in short.text
    answer = client.post(
        f"/offers/{offer_id}/consultation",
        data={
            "body": "We import pipe for shipyards and would like to meet by video.",
            "slots": [local(at, ZoneInfo("Asia/Tokyo"))],
            "duration": "45",
            "timezone": "Asia/Tokyo",
        },
    )
    assert answer.status_code == 302
    consultation = db.session.scalar(select(Consultation).order_by(Consultation.id.desc()))
    assert consultation.inquiry.sender_id == buyer.id and consultation.duration_minutes == 45
    db.session.refresh(buyer)
    assert buyer.timezone == "Asia/Tokyo"


def test_members_read_every_time_in_their_own_zone_and_visitors_in_utc(app, thread):
    thread["supplier"].timezone = "Asia/Seoul"
    db.session.commit()
    sent = thread["inquiry"].created_at.astimezone(SEOUL)
    inbox = login(app, thread["supplier"]).get("/inbox").text.replace("\u202f", " ")
    assert f"{sent.strftime('%-I:%M %p')} GMT+9" in inbox
    # The buyer set no zone: its company's country (Germany) decides.
    berlin = thread["inquiry"].created_at.astimezone(BERLIN)
    assert f"{berlin.strftime('%-I:%M %p')} GMT+1" in login(app, thread["buyer"]).get(
        "/inbox"
    ).text.replace("\u202f", " ")
