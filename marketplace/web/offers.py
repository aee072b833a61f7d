"""Offer pages: category listings, the offer page, posting, editing and lifecycle actions."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required

from marketplace.catalog import categories, hs, ports, terms
from marketplace.conversations import matching
from marketplace.core import storage
from marketplace.core.fields import decimal_str
from marketplace.core.urls import safe_next
from marketplace.offers import pending, services
from marketplace.offers.validation import OFFER_FIELDS
from marketplace.posting import services as posting
from marketplace.trust import reports as moderation
from marketplace.web.deals import offer_panel
from marketplace.web.handling import (
    confirmed_email_required,
    domain_errors_as_http,
    form_values,
    page_arg,
    role_required,
    submit,
)

bp = Blueprint("offers", __name__)

LIST_FIELDS = ("payment_terms",)


def _form_context(values: dict, errors: dict | None = None, offer=None, kept=()):
    targets = values.get("targets")
    if targets is None and offer is None and current_user.company_id:
        targets = posting.default_targets(current_user.company_id)
    return {
        "values": values,
        "errors": errors or {},
        "offer": offer,
        "categories": categories.CATEGORIES,
        "posting_partners": posting.posting_partners() if offer is None else [],
        "partner_preview": posting.preview_for,
        "chosen_targets": set(targets or []),
        "incoterms": terms.INCOTERMS,
        "units": terms.UNITS,
        "payment_terms": terms.PAYMENT_TERMS,
        "countries": terms.countries(),
        "currencies": terms.currencies(),
        "common_currencies": terms.COMMON_CURRENCIES,
        "max_photos": current_app.config["MAX_PHOTOS"],
        "kept_photos": list(kept),
        "ports": ports.listed(),
    }


def _submitted_offer() -> dict:
    raw = form_values(OFFER_FIELDS, LIST_FIELDS)
    if request.form.get("negotiable"):
        raw["price_amount"] = raw["price_currency"] = ""
    return raw


def _as_typed(raw: dict) -> dict:
    """The values to show again after an error: as typed, the price too when "negotiable"
    set it aside (the member may take the tick off again)."""
    shown = dict(raw, negotiable=bool(request.form.get("negotiable")))
    for name in ("price_amount", "price_currency"):
        shown[name] = request.form.get(name, raw.get(name, ""))
    return shown


def _hs_note(raw: dict, offer) -> None:
    """Say so when a national tariff code (HSK 7306401000) was read as its HS subheading."""
    typed = "".join(ch for ch in str(raw.get("hs_code") or "") if ch.isdigit())
    if offer is not None and offer.hs_code and len(typed) > 6:
        flash(
            _(
                "HS code %(typed)s was read as %(code)s: the first six digits are the "
                "international HS code; the rest is your country's own tariff detail.",
                typed=typed,
                code=offer.hs_code,
            ),
            "success",
        )


def _claimed_photos() -> list:
    """The photos kept from the member's last try that the form sends back (still ticked)."""
    return pending.claim(current_user, request.form.getlist("pending_photo"))


def _keep_photos(errors: dict, existing: int) -> list:
    """After a refused post: keep the good new photos, explain the bad ones by name.

    Browsers never re-send a file after an error page, so what was fine is stored now
    and offered back with the form (see :mod:`marketplace.offers.pending`).
    """
    kept = _claimed_photos()
    room = current_app.config["MAX_PHOTOS"] - existing - len(kept)
    new, problems = pending.keep(current_user, request.files.getlist("photos"), room)
    if problems:
        errors["photos"] = " ".join(problems)
    elif new and "photos" in errors:
        del errors["photos"]  # the refusal was about a file, and every file is now fine
    return kept + new


def _as_form_values(offer) -> dict:
    values = {k: ("" if v is None else v) for k, v in services.offer_values(offer).items()}
    for name in ("quantity", "min_order"):
        values[name] = decimal_str(getattr(offer, name)) or ""
    values["target_countries"] = ", ".join(offer.target_countries or [])
    values["valid_until"] = offer.valid_until.isoformat()
    values["negotiable"] = offer.price_amount is None
    return values


@bp.get("/categories/<slug>")
def category(slug: str):
    """Live offers in one category, newest first, optionally buy or sell only."""
    found = categories.get(slug)
    if found is None:
        abort(404)
    offer_type = request.args.get("type") if request.args.get("type") in ("buy", "sell") else None
    pagination = services.list_offers(
        category=slug, type_=offer_type, page=page_arg(), per_page=current_app.config["PER_PAGE"]
    )
    return render_template(
        "offers/category.html",
        category=found,
        pagination=pagination,
        offer_type=offer_type,
        counts=services.category_counts(),
        categories=categories.CATEGORIES,
    )


@bp.get("/offers/<int:offer_id>")
def show(offer_id: int):
    """The offer page, with its company card; counts a view."""
    with domain_errors_as_http():
        offer = services.get_offer(offer_id, current_user)
    services.record_view(offer, current_user)

    entry = hs.lookup(offer.hs_code) if offer.hs_code else None
    owner = services.is_owner(offer, current_user)
    from marketplace.web.conversations import pop_inquiry_draft

    inquiry_values, inquiry_errors = pop_inquiry_draft(offer_id)
    show_postings = owner or (current_user.is_authenticated and current_user.is_operator)
    return render_template(
        "offers/show.html",
        offer=offer,
        today=services.today(),
        is_owner=owner,
        hs_description=entry.description if entry else None,
        postings=posting.postings_of(offer.id) if show_postings else [],
        matches=matching.for_offer(offer),
        can_inquire=(
            current_user.is_authenticated
            and not owner
            and current_user.company_id is not None
            and offer.is_live()
        ),
        partner_titles=posting.partner_titles(),
        inquiry_values=inquiry_values,
        inquiry_errors=inquiry_errors,
        quotation_panel=offer_panel(offer, owner),
        hide_reasons=moderation.HIDE_REASONS,
    )


@bp.route("/offers/new", methods=["GET", "POST"])
@role_required("exporter", "buyer")
@confirmed_email_required
def new():
    """The one-page posting form."""
    if request.method == "GET":
        default_type = "sell" if current_user.role == "exporter" else "buy"
        values = {
            "type": request.args.get("type", default_type),
            "origin_country": current_user.company.country if default_type == "sell" else "",
        }
        return render_template("offers/form.html", **_form_context(values))
    raw = _submitted_offer()
    targets = request.form.getlist("targets") if request.form.get("targets_shown") else None
    offer, errors = submit(
        services.create_offer,
        current_user,
        raw,
        request.files.getlist("photos"),
        targets,
        pending=_claimed_photos(),
    )
    if errors:
        shown = _as_typed(raw)
        shown["targets"] = targets
        kept = _keep_photos(errors, existing=0)
        return render_template("offers/form.html", **_form_context(shown, errors, kept=kept)), 422
    flash(_("Your offer is online."), "success")
    _hs_note(raw, offer)
    return redirect(url_for("offers.show", offer_id=offer.id))


@bp.route("/offers/<int:offer_id>/edit", methods=["GET", "POST"])
@login_required
def edit(offer_id: int):
    """Edit an offer the member's company owns."""
    with domain_errors_as_http():
        offer = services.get_offer(offer_id, current_user, for_change=True)
    if request.method == "GET":
        return render_template(
            "offers/form.html", **_form_context(_as_form_values(offer), offer=offer)
        )
    raw = _submitted_offer()
    remove = [int(i) for i in request.form.getlist("remove_photo") if i.isdigit()]
    with domain_errors_as_http():
        _result, errors = submit(
            services.update_offer,
            offer,
            current_user,
            raw,
            request.files.getlist("photos"),
            remove,
            pending=_claimed_photos(),
        )
    if errors:
        offer = services.get_offer(offer_id, current_user)
        kept = _keep_photos(errors, existing=len(offer.photos))
        shown = _as_typed(raw)
        return render_template("offers/form.html", **_form_context(shown, errors, offer, kept)), 422
    flash(_("Your changes are saved."), "success")
    _hs_note(raw, services.get_offer(offer_id, current_user))
    return redirect(url_for("offers.show", offer_id=offer_id))


def _lifecycle(offer_id: int, action, message: str, *args):
    with domain_errors_as_http():
        offer = services.get_offer(offer_id, current_user)
        _, errors = submit(action, offer, current_user, *args)
    if errors:
        for text in errors.values():
            flash(text, "error")
    else:
        flash(message, "success")
    return redirect(
        request.form.get("back") == "my"
        and url_for("accounts.my_page")
        or url_for("offers.show", offer_id=offer_id)
    )


@bp.post("/offers/<int:offer_id>/withdraw")
@login_required
def withdraw(offer_id: int):
    """Withdraw an offer from the market."""
    return _lifecycle(offer_id, services.withdraw_offer, _("The offer was withdrawn."))


@bp.post("/offers/<int:offer_id>/renew")
@login_required
def renew(offer_id: int):
    """Renew an expired or withdrawn offer for another period."""
    return _lifecycle(offer_id, services.renew_offer, _("The offer is online again."))


@bp.post("/offers/<int:offer_id>/hide")
@role_required("operator")
def hide(offer_id: int):
    """Operators hide an offer with a reason its owner is told (or show it again with
    ``hidden=0``)."""
    if request.form.get("hidden", "1") == "0":
        return _lifecycle(offer_id, services.set_hidden, _("The offer is visible again."), False)
    return _lifecycle(
        offer_id,
        moderation.hide_offer,
        _("The offer is hidden; its owner was told why."),
        request.form.get("reason", ""),
        request.form.get("note", ""),
    )


@bp.post("/postings/<int:posting_id>/retry")
@login_required
def retry_posting(posting_id: int):
    """The owner or an operator sends a failed posting again."""
    with domain_errors_as_http():
        result, errors = submit(posting.retry, posting_id, current_user)
    if errors:
        for message in errors.values():
            flash(message, "error")
        return redirect(
            request.referrer
            and safe_next(request.referrer.split(request.host, 1)[-1])
            or url_for("accounts.my_page")
        )
    flash(_("We will try that site again now."), "success")
    return redirect(url_for("offers.show", offer_id=result.offer_id) + "#postings")


@bp.get("/my/kept-photos/<token>")
@login_required
def kept_photo(token: str):
    """The thumbnail of a photo kept from the member's last try (theirs alone to see)."""
    found = pending.find(current_user, token)
    if found is None:
        abort(404)
    response = storage.store("photos").response(found.thumb_filename, found.content_type, max_age=0)
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.get("/photos/<path:filename>")
def photo(filename: str):
    """Serve a product photo (re-encoded by us on upload) to those who may see its offer.

    A removed photo, or one of a withdrawn or hidden offer, is not found for others
    even when its address is known.
    """
    from marketplace.offers.photos import find_photo

    found = find_photo(filename)
    if found is None or not services.can_view(found.offer, current_user):
        abort(404)
    public = found.offer.status in ("active", "expired")
    response = storage.store("photos").response(
        filename, found.content_type, max_age=86400 if public else 0
    )
    if not public:
        response.cache_control.private = True
    return response
