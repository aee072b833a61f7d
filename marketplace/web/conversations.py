"""Inbox, threads, notifications, match dismissal, alerts and the spam review page."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from marketplace.consultations import booking, room
from marketplace.conversations import alerts, inquiries, matching, notifications
from marketplace.core import zones
from marketplace.core.db import utcnow
from marketplace.deals import quotations
from marketplace.offers import services as offers
from marketplace.trust import payee
from marketplace.web.handling import (
    confirmed_email_required,
    domain_errors_as_http,
    form_values,
    role_required,
    submit,
)

bp = Blueprint("conversations", __name__)
INQUIRY_FIELDS = ("body", "quantity", "target_price", "terms")
DRAFT_KEY = "inquiry_draft"


def pop_inquiry_draft(offer_id: int) -> tuple[dict, dict]:
    """The values and errors of an inquiry about ``offer_id`` that was just refused, if any."""
    draft = session.pop(DRAFT_KEY, None)
    if not isinstance(draft, dict) or draft.get("offer_id") != offer_id:
        return {}, {}
    return draft.get("values") or {}, draft.get("errors") or {}


@bp.post("/offers/<int:offer_id>/inquiries")
@role_required("exporter", "buyer")
@confirmed_email_required
def send_inquiry(offer_id: int):
    """Send an inquiry from the offer page."""
    with domain_errors_as_http():
        offer = offers.get_offer(offer_id, current_user)
        inquiry, errors = submit(inquiries.send, current_user, offer, form_values(INQUIRY_FIELDS))
    if errors:
        # Shown again on the offer page, beside the form, with everything typed.
        session[DRAFT_KEY] = {
            "offer_id": offer_id,
            "values": form_values(INQUIRY_FIELDS),
            "errors": errors,
        }
        return redirect(url_for("offers.show", offer_id=offer_id) + "#inquiry")
    if offer.origin is not None:
        flash(
            _(
                "Your inquiry is on its way to %(company)s on %(portal)s. Replies appear in "
                "your inbox here.",
                company=offer.origin.company_name,
                portal=offer.origin.portal_title,
            ),
            "success",
        )
    else:
        flash(_("Your inquiry was sent. Replies appear in your inbox."), "success")
    return redirect(url_for("conversations.thread", inquiry_id=inquiry.id))


@bp.get("/inbox")
@login_required
def inbox():
    """Every thread the member's company takes part in."""
    threads = inquiries.inbox(current_user)
    return render_template(
        "conversations/inbox.html",
        threads=threads,
        quotation_states=quotations.states_by_thread(
            [t.id for t in threads if t.kind == "quotation"]
        ),
    )


@bp.route("/inbox/<int:inquiry_id>", methods=["GET", "POST"])
@login_required
def thread(inquiry_id: int):
    """A thread; members reply at the bottom."""
    with domain_errors_as_http():
        inquiry = inquiries.get(inquiry_id, current_user)
        if request.method == "POST":
            values = form_values(("body",))
            _message, errors = submit(inquiries.reply, inquiry, current_user, values)
            if errors:  # the thread again, with the reply as typed and why it was refused
                return thread_page(inquiry, values, errors), 422
            flash(_("Your reply was sent."), "success")
            return redirect(url_for("conversations.thread", inquiry_id=inquiry_id) + "#reply")
        if inquiries.is_party(inquiry, current_user):
            submit(inquiries.mark_read, inquiry, current_user)
    return thread_page(inquiry, {}, {})


def thread_page(
    inquiry,
    reply: dict,
    errors: dict,
    *,
    proposal: tuple[dict, dict] | None = None,
    consultation_errors: dict | None = None,
    invitation: tuple[dict, dict] | None = None,
) -> str:
    """The thread page; a refused reply, proposal or invitation comes back as typed."""
    # Each message that named a bank account other than its writer's verified one carries
    # the payee lock's warning, for both sides.
    warnings = payee.warnings_for([m.id for m in inquiry.messages])
    other = (
        inquiry.offer.author
        if current_user.company_id == inquiry.sender_company_id
        else inquiry.sender
    )
    return render_template(
        "conversations/thread.html",
        inquiry=inquiry,
        reply=reply,
        errors=errors,
        payee_warnings=warnings,
        warning_text=payee.warning_text,
        quotation=quotations.for_thread(inquiry.id),
        decline_reasons=quotations.DECLINE_REASONS,
        today=offers.today(),
        consultations=booking.for_thread(inquiry.id),
        my_zone=zones.of_user(current_user),
        their_zone=zones.of_user(other) if other is not None else None,
        proposal=proposal or ({"duration": "30", "slots": []}, {}),
        consultation_errors=consultation_errors or {},
        invitation=invitation or ({}, {}),
        durations=booking.DURATIONS,
        room_opens=room.EARLY,
        now=utcnow(),
    )


@bp.post("/inbox/<int:inquiry_id>/spam")
@login_required
def report_spam(inquiry_id: int):
    """The receiving company reports a thread as spam."""
    with domain_errors_as_http():
        submit(inquiries.report_spam, inquiries.get(inquiry_id, current_user), current_user)
    flash(_("Thank you. Our staff will review this conversation."), "success")
    return redirect(url_for("conversations.inbox"))


@bp.get("/operator/spam")
@role_required("operator")
def spam_reports():
    """Threads reported as spam, for operators to review."""
    return render_template("conversations/spam.html", reports=inquiries.spam_reports())


@bp.post("/operator/spam/<int:inquiry_id>")
@role_required("operator")
def review_spam(inquiry_id: int):
    """Close a report; ``block=1`` also blocks the sender."""
    with domain_errors_as_http():
        inquiry = inquiries.get(inquiry_id, current_user)
        submit(inquiries.review_spam, inquiry, current_user, request.form.get("block") == "1")
    flash(_("The report is closed."), "success")
    return redirect(url_for("conversations.spam_reports"))


@bp.post("/matches/<int:match_id>/dismiss")
@login_required
def dismiss_match(match_id: int):
    """Dismiss a suggested match for good."""
    with domain_errors_as_http():
        _match, _errors = submit(matching.dismiss, match_id, current_user)
    flash(_("We will not suggest that offer again."), "success")
    back = request.form.get("offer_id", "")
    return redirect(
        url_for("offers.show", offer_id=int(back))
        if back.isdigit()
        else url_for("accounts.my_page")
    )


@bp.post("/alerts")
@login_required
def save_alert():
    """Save the current search as an alert."""
    # A filter with several values is kept as "KR,CN", as the search arguments read it.
    params = {k: ",".join(v for v in request.form.getlist(k) if v) for k in alerts.PARAMS}
    submit(alerts.save, current_user, params)
    flash(_("Alert saved: we will tell you when a new offer matches this search."), "success")
    return redirect(url_for("accounts.my_page") + "#alerts")


@bp.post("/alerts/<int:alert_id>")
@login_required
def change_alert(alert_id: int):
    """Pause, resume or delete an alert (``action`` = pause | resume | delete)."""
    action = request.form.get("action")
    with domain_errors_as_http():
        if action == "delete":
            submit(alerts.delete, alert_id, current_user)
        else:
            submit(alerts.set_paused, alert_id, current_user, action == "pause")
    return redirect(url_for("accounts.my_page") + "#alerts")


@bp.get("/notifications")
@login_required
def notification_list():
    """Everything that happened for the member, newest first."""
    return render_template(
        "conversations/notifications.html", items=notifications.for_user(current_user)
    )


@bp.post("/notifications/read")
@login_required
def read_all():
    """Mark every notification as read."""
    submit(notifications.mark_all_read, current_user)
    return redirect(url_for("conversations.notification_list"))
