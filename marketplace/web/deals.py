"""Quotation pages: the supplier's form, the buyer's comparison and decisions, and the
operators' exchange-rate table."""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from marketplace.catalog import exchange_rates as reference_rates
from marketplace.catalog import terms
from marketplace.core import storage
from marketplace.core.fields import decimal_str
from marketplace.deals import quotations, rates
from marketplace.deals.validation import FIELDS, MAX_ATTACHMENTS
from marketplace.offers import services as offers
from marketplace.web.handling import (
    confirmed_email_required,
    domain_errors_as_http,
    form_values,
    role_required,
    submit,
)

bp = Blueprint("deals", __name__)
SORT_LABELS = {
    "price": _l("Unit price, lowest first"),
    "total": _l("Total, lowest first"),
    "lead_time": _l("Lead time, shortest first"),
    "min_order": _l("Minimum order, smallest first"),
    "valid_until": _l("Valid until, soonest first"),
    "received": _l("Received, oldest first"),
}


def offer_panel(offer, owner: bool) -> dict:
    """What the offer page shows about quotations to the current visitor."""
    if offer.type != "buy" or not current_user.is_authenticated:
        return {}
    if owner:
        return {"received": quotations.counts_by_request([offer.id]).get(offer.id, 0)}
    return {
        "mine": quotations.existing(offer, current_user),
        "can_quote": quotations.can_quote(offer, current_user),
    }


def _form_page(offer, values: dict, errors: dict, status: int = 200):
    return (
        render_template(
            "deals/quote.html",
            offer=offer,
            values=values,
            errors=errors,
            incoterms=terms.INCOTERMS,
            units=terms.UNITS,
            payment_terms=terms.PAYMENT_TERMS,
            currencies=terms.currencies(),
            common_currencies=terms.COMMON_CURRENCIES,
            max_attachments=MAX_ATTACHMENTS,
            today=offers.today(),
        ),
        status,
    )


def _starting_values(offer) -> dict:
    # What the request already says, so the supplier changes only what differs.
    return {
        "currency": offer.price_currency or "USD",
        "quantity": decimal_str(offer.quantity) or "",
        "unit": offer.unit or "",
        "incoterm": offer.incoterm or "FOB",
        # The C and D rules' place is the buyer's end, which the request names.
        "place": offer.port or "" if offer.incoterm in terms.DESTINATION_INCOTERMS else "",
        "payment_terms": list(offer.payment_terms or []),
        "valid_until": (
            offer.valid_until
            if offer.valid_until > offers.today()
            else offers.today() + timedelta(days=30)
        ).isoformat(),
    }


@bp.route("/offers/<int:offer_id>/quotation", methods=["GET", "POST"])
@role_required("exporter", "buyer")
@confirmed_email_required
def quote(offer_id: int):
    """A supplier's quotation on a buying request."""
    with domain_errors_as_http():
        offer = offers.get_offer(offer_id, current_user)
    if request.method == "GET":
        problem = quotations.refusal(offer, current_user)
        return _form_page(
            offer, _starting_values(offer), {"offer": str(problem)} if problem else {}
        )
    values = form_values(FIELDS, ("payment_terms",))
    with domain_errors_as_http():
        quotation, errors = submit(
            quotations.submit, current_user, offer, values, request.files.getlist("attachments")
        )
    if errors:
        if "attachments" not in errors and any(
            f.filename for f in request.files.getlist("attachments")
        ):
            # Browsers never send a file again after an error page: say so beside the field.
            errors["attachments"] = _("Please choose your files again.")
        return _form_page(offer, values, errors, 422)
    flash(
        _("Your quotation was sent. The buyer's answer will appear in this conversation."),
        "success",
    )
    return redirect(url_for("conversations.thread", inquiry_id=quotation.inquiry_id))


def _comparison_page(
    offer, errors: dict | None = None, typed: dict | None = None, status: int = 200
):
    # The buyer's view (currency, order) from the link, or from the form of a refused decision.
    currency = quotations.display_currency(offer, request.values.get("currency"))
    sort = request.values.get("sort", "price")
    descending = request.values.get("order") == "desc"
    rows = quotations.comparison(
        quotations.for_request(offer, current_user), currency, sort, descending
    )
    return (
        render_template(
            "deals/compare.html",
            offer=offer,
            rows=rows,
            currency=currency,
            currencies=quotations.comparison_currencies(),
            sort=sort if sort in quotations.SORTS else "price",
            descending=descending,
            rates_as_of=quotations.rates_as_of(rows),
            stale_days=reference_rates.STALE_AFTER_DAYS,
            today=offers.today(),
            decline_reasons=quotations.DECLINE_REASONS,
            sort_labels=SORT_LABELS,
            errors=errors or {},
            typed=typed or {},
        ),
        status,
    )


@bp.get("/offers/<int:offer_id>/quotations")
@login_required
def compare(offer_id: int):
    """Every quotation on the buyer's request, side by side."""
    with domain_errors_as_http():
        offer = offers.get_offer(offer_id, current_user)
        return _comparison_page(offer)


def _back_to_comparison(quotation):
    args = {k: v for k, v in request.form.items() if k in ("currency", "sort", "order") and v}
    return redirect(
        url_for("deals.compare", offer_id=quotation.offer_id, **args) + f"#q{quotation.id}"
    )


@bp.post("/quotations/<int:quotation_id>/<action>")
@login_required
def decide(quotation_id: int, action: str):
    """The buyer shortlists, unshortlists, accepts or declines one quotation."""
    actions = {
        "shortlist": lambda q: quotations.set_shortlisted(q, current_user, True),
        "unshortlist": lambda q: quotations.set_shortlisted(q, current_user, False),
        "accept": lambda q: quotations.accept(q, current_user, request.form.get("note", "")),
        "decline": lambda q: quotations.decline(q, current_user, form_values(("reason", "note"))),
    }
    if action not in actions:
        abort(404)
    with domain_errors_as_http():
        quotation = quotations.get(quotation_id, current_user)
        _result, errors = submit(actions[action], quotation)
        if errors:  # the table again, with the reason as typed beside this quotation
            offer = offers.get_offer(quotation.offer_id, current_user)
            typed = {"id": quotation_id, "action": action, **form_values(("reason", "note"))}
            return _comparison_page(offer, errors, typed, 422)
    messages = {
        "shortlist": _("Added to your shortlist."),
        "unshortlist": _("Taken off your shortlist."),
        "accept": _("You accepted the quotation. The supplier has been told."),
        "decline": _("You declined the quotation. The supplier has been told why."),
    }
    flash(messages[action], "success")
    return _back_to_comparison(quotation)


@bp.post("/offers/<int:offer_id>/close-request")
@login_required
def close_request(offer_id: int):
    """The buyer closes the request; suppliers still waiting are told."""
    with domain_errors_as_http():
        offer = offers.get_offer(offer_id, current_user)
        closed, errors = submit(quotations.close_request, offer, current_user)
        if errors:
            return _comparison_page(offer, errors, {}, 422)
    flash(
        _("The request is closed. %(n)d waiting suppliers were told.", n=closed)
        if closed
        else _("The request is closed."),
        "success",
    )
    return redirect(url_for("deals.compare", offer_id=offer_id))


@bp.get("/quotations/attachments/<int:attachment_id>")
@login_required
def attachment(attachment_id: int):
    """A quotation's attachment, for the two companies only (never cached by a shared cache)."""
    with domain_errors_as_http():
        found = quotations.attachment(attachment_id, current_user)
    return storage.private_response(found.stored_name, found.content_type)


def _rates_page(values: dict, errors: dict, status: int = 200):
    return (
        render_template(
            "deals/rates.html",
            rates=sorted(reference_rates.table().values(), key=lambda r: r.currency),
            currencies=terms.currencies(),
            common_currencies=terms.COMMON_CURRENCIES,
            values=values,
            errors=errors,
            today=offers.today(),
            stale_days=reference_rates.STALE_AFTER_DAYS,
        ),
        status,
    )


@bp.route("/operator/exchange-rates", methods=["GET", "POST"])
@role_required("operator")
def exchange_rates():
    """The rates that show quotations in one currency (indicative)."""
    if request.method == "GET":
        return _rates_page({"as_of": offers.today().isoformat()}, {})
    if request.form.get("remove"):
        submit(rates.remove_rate, current_user, request.form["remove"])
        flash(_("The rate was removed."), "success")
        return redirect(url_for("deals.exchange_rates"))
    values = form_values(("currency", "per_usd", "as_of"))
    rate, errors = submit(rates.set_rate, current_user, values)
    if errors:
        return _rates_page(values, errors, 422)
    flash(_("The rate for %(currency)s was saved.", currency=rate.currency), "success")
    return redirect(url_for("deals.exchange_rates"))
