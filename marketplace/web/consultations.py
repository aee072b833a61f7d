"""Video consultation pages: propose and book on a thread, the room, its JSON signalling
endpoints, the ``.ics`` download and the record."""

from __future__ import annotations

import secrets

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from sqlalchemy import select

from marketplace.consultations import booking, calendar, record, room
from marketplace.consultations.models import Consultation, Participant
from marketplace.conversations import inquiries
from marketplace.core import zones
from marketplace.core.db import db, utcnow
from marketplace.core.errors import DomainError, InvalidInput, NotFound
from marketplace.offers import services as offers
from marketplace.web.conversations import thread_page
from marketplace.web.handling import (
    confirmed_email_required,
    domain_errors_as_http,
    form_values,
    role_required,
    submit,
)

bp = Blueprint("consultations", __name__)
PROPOSAL_FIELDS = ("duration", "timezone")
GUESTS_KEY = "consultation_guests"  # consultation id -> the guest link this browser used
BROWSER_KEY = "browser_key"


def _proposal() -> dict:
    values = form_values(PROPOSAL_FIELDS)
    values["slots"] = [s for s in request.form.getlist("slots")]
    return values


@bp.post("/inbox/<int:inquiry_id>/consultations")
@login_required
def propose(inquiry_id: int):
    """Propose up to three times for a video consultation in this thread."""
    with domain_errors_as_http():
        inquiry = inquiries.get(inquiry_id, current_user)
        values = _proposal()
        _consultation, errors = submit(booking.propose, current_user, inquiry, values)
        if errors:
            return thread_page(inquiry, {}, {}, proposal=(values, errors)), 422
    flash(
        _("Your proposed times were sent. You will be told when the other side chooses one."),
        "success",
    )
    return redirect(url_for("conversations.thread", inquiry_id=inquiry_id) + "#consultation")


# What each decision does, and what the member is told when it is done.
DECISIONS = {
    "accept": (
        lambda c: booking.accept(
            current_user, c, request.form.get("slot"), request.form.get("timezone", "")
        ),
        _l("Booked. Both of you have the calendar invitation by mail."),
    ),
    "decline": (lambda c: booking.decline(current_user, c), _l("You declined the proposed times.")),
    "cancel": (
        lambda c: booking.cancel(current_user, c),
        _l("The consultation is cancelled; everyone invited was told."),
    ),
    "end": (
        lambda c: record.end(c, current_user),
        _l("The consultation has ended. Its record is in the conversation."),
    ),
}


@bp.post("/consultations/<int:consultation_id>/<action>")
@login_required
def decide(consultation_id: int, action: str):
    """Book a proposed time, decline them all, cancel, or end the consultation."""
    if action not in DECISIONS:
        abort(404)
    run, done = DECISIONS[action]
    with domain_errors_as_http():
        consultation = booking.get(consultation_id, current_user)
        _result, errors = submit(run, consultation)
        if errors:
            return thread_page(consultation.inquiry, {}, {}, consultation_errors=errors), 422
    return _back(consultation, str(done))


def _back(consultation: Consultation, message: str):
    flash(message, "success")
    return redirect(
        url_for("conversations.thread", inquiry_id=consultation.inquiry_id) + "#consultation"
    )


@bp.post("/consultations/<int:consultation_id>/invite")
@login_required
def invite(consultation_id: int):
    """Invite a guest (an interpreter, an adviser) by e-mail."""
    values = form_values(("name", "email"))
    with domain_errors_as_http():
        consultation = booking.get(consultation_id, current_user)
        guest, errors = submit(booking.invite, current_user, consultation, values)
        if errors:
            fields = {k: v for k, v in errors.items() if k in ("name", "email")}
            others = {k: v for k, v in errors.items() if k not in fields}
            page = thread_page(
                consultation.inquiry,
                {},
                {},
                invitation=(values, fields),
                consultation_errors=others,
            )
            return page, 422
    return _back(
        consultation, _("%(name)s is invited; the link is on its way by mail.", name=guest.name)
    )


@bp.get("/consultations/<int:consultation_id>/invite.ics")
@login_required
def invitation(consultation_id: int):
    """The calendar invitation, for the thread's parties."""
    with domain_errors_as_http():
        consultation = booking.get(consultation_id, current_user)
    if consultation.starts_at is None:
        abort(404)
    method = "CANCEL" if consultation.status == "cancelled" else "REQUEST"
    response = Response(calendar.invitation(consultation, method=method), mimetype="text/calendar")
    response.headers["Content-Disposition"] = (
        f'attachment; filename="consultation-{consultation.id}.ics"'
    )
    return response


@bp.get("/consultations/<int:consultation_id>/record")
@login_required
def record_page(consultation_id: int):
    """Who joined, for how long, the chat transcript and the shared notes."""
    with domain_errors_as_http():
        consultation = booking.get(consultation_id, current_user)
    return render_template("consultations/record.html", consultation=consultation)


def _browser() -> str:
    # A random mark of this browser's session, to bind a guest's link to the first browser.
    if BROWSER_KEY not in session:
        session[BROWSER_KEY] = secrets.token_hex(16)
    return session[BROWSER_KEY]


def _consultation(consultation_id: int) -> Consultation:
    found = db.session.get(Consultation, consultation_id)
    if found is None:
        abort(404)
    return found


def _participant(consultation: Consultation):
    token = (session.get(GUESTS_KEY) or {}).get(str(consultation.id))
    user = current_user if current_user.is_authenticated else None
    return room.participant_for(consultation, user, token, _browser())


@bp.get("/consultations/guest/<token>")
def guest(token: str):
    """A guest's personal link: remembered in this browser, then on to the room."""
    found = db.session.scalar(
        select(Consultation)
        .join(Consultation.participants)
        .where(Participant.invite_token == token)
    )
    if found is None:
        return render_template(
            "consultations/refused.html", message=_("This invitation link is not valid.")
        ), 404
    guests = dict(session.get(GUESTS_KEY) or {})
    guests[str(found.id)] = token
    session[GUESTS_KEY] = guests
    return redirect(url_for("consultations.room_page", consultation_id=found.id))


@bp.get("/consultations/<int:consultation_id>/room")
def room_page(consultation_id: int):
    """The video room (the browser asks for camera and microphone)."""
    consultation = _consultation(consultation_id)
    if not current_user.is_authenticated and not (session.get(GUESTS_KEY) or {}).get(
        str(consultation_id)
    ):
        from marketplace.core.extensions import login_manager

        return login_manager.unauthorized()
    try:
        room.check_open(consultation)
        participant = _participant(consultation)
    except room.RoomRefused as refused:
        db.session.rollback()
        return render_template(
            "consultations/refused.html", message=refused.message, consultation=consultation
        ), 403
    return render_template(
        "consultations/room.html",
        consultation=consultation,
        participant=participant,
        ice_servers=current_app.config["WEBRTC_ICE_SERVERS"],
        my_zone=zones.of_user(current_user if current_user.is_authenticated else None),
    )


def _room_call(consultation_id: int, action):
    """Run a room action for this browser's participant and peer; JSON errors, never a page."""
    consultation = _consultation(consultation_id)
    try:
        participant = _participant(consultation)
        result = action(consultation, participant)
    except room.RoomRefused as refused:
        db.session.rollback()
        return jsonify(error=str(refused.message)), 403
    except NotFound:
        db.session.rollback()
        return jsonify(
            error="You are not in this room any more. Reload the page to join again."
        ), 404
    except InvalidInput as exc:
        db.session.rollback()
        return jsonify(error="validation", fields=exc.messages()), 422
    except DomainError:
        db.session.rollback()
        return jsonify(error="refused"), 403
    return jsonify(result)


def _my_peer(consultation, participant, peer_id):
    me = room.peer(consultation, peer_id)
    if me.participant_id != participant.id:
        raise NotFound()
    return me


def _json() -> dict:
    body = request.get_json(silent=True)
    return body if isinstance(body, dict) else {}


@bp.post("/consultations/<int:consultation_id>/room/join")
def room_join(consultation_id: int):
    """This browser enters the room: its peer id and who is already in."""

    def join(consultation, participant):
        me = room.enter(consultation, participant)
        state = room.poll(consultation, me, 0, 0)
        return {"peer": me.id, "name": participant.name, **state}

    return _room_call(consultation_id, join)


@bp.get("/consultations/<int:consultation_id>/room/poll")
def room_poll(consultation_id: int):
    """Signals for this browser, who is in, new chat lines, the notes."""

    def poll(consultation, participant):
        me = _my_peer(consultation, participant, request.args.get("peer"))
        return room.poll(
            consultation,
            me,
            request.args.get("after_signal", 0, type=int),
            request.args.get("after_chat", 0, type=int),
        )

    return _room_call(consultation_id, poll)


def _peer_call(consultation_id: int, action):
    """A room action of the browser whose peer id the JSON body names."""

    def run(consultation, participant):
        body = _json()
        return action(consultation, _my_peer(consultation, participant, body.get("peer")), body)

    return _room_call(consultation_id, run)


@bp.post("/consultations/<int:consultation_id>/room/signal")
def room_signal(consultation_id: int):
    """Pass an offer, answer or ICE candidate to another browser."""
    return _peer_call(consultation_id, lambda c, me, body: {"id": room.send_signal(c, me, body).id})


@bp.post("/consultations/<int:consultation_id>/room/chat")
def room_chat(consultation_id: int):
    """A chat line for everyone in the room."""
    return _peer_call(
        consultation_id, lambda c, me, body: {"id": room.say(c, me, body.get("body")).id}
    )


@bp.post("/consultations/<int:consultation_id>/room/notes")
def room_notes(consultation_id: int):
    """Save the shared notes."""
    return _peer_call(
        consultation_id,
        lambda c, me, body: room.save_notes(c, me, body.get("notes"), body.get("base")),
    )


@bp.post("/consultations/<int:consultation_id>/room/leave")
def room_leave(consultation_id: int):
    """This browser leaves the room."""

    def leave(_consultation, me, _body):
        room.leave(me)
        return {"left": True}

    return _peer_call(consultation_id, leave)


@bp.route("/offers/<int:offer_id>/consultation", methods=["GET", "POST"])
@role_required("exporter", "buyer")
@confirmed_email_required
def from_offer(offer_id: int):
    """Propose a video consultation straight from an offer: the thread opens with it."""
    with domain_errors_as_http():
        offer = offers.get_offer(offer_id, current_user)
    if request.method == "GET":
        return _offer_form(offer, {"duration": "30"}, {})
    values = _proposal()
    with domain_errors_as_http():
        result, errors = submit(
            _open_with_consultation, offer, values, request.form.get("body", "")
        )
    if errors:
        values["body"] = request.form.get("body", "")
        return _offer_form(offer, values, errors), 422
    flash(
        _("Your proposed times were sent. You will be told when the other side chooses one."),
        "success",
    )
    return redirect(url_for("conversations.thread", inquiry_id=result.inquiry_id) + "#consultation")


def _offer_form(offer, values: dict, errors: dict) -> str:
    return render_template(
        "consultations/from_offer.html",
        offer=offer,
        values=values,
        errors=errors,
        zone=zones.of_user(current_user),
        now=utcnow(),
        durations=booking.DURATIONS,
    )


def _open_with_consultation(offer, values: dict, body: str):
    inquiry = inquiries.send(current_user, offer, {"body": body})
    return booking.propose(current_user, inquiry, values)
