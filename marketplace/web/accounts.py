"""Registration, log-in, log-out, My page and API token management."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from marketplace.accounts import services, throttle
from marketplace.catalog import terms
from marketplace.companies.models import BUSINESS_TYPES, SIZE_CLASSES
from marketplace.companies.validation import COMPANY_FIELDS
from marketplace.conversations import alerts
from marketplace.core.db import db
from marketplace.core.urls import safe_next
from marketplace.indicators.figures import member_offer_figures
from marketplace.offers.services import company_offers, today
from marketplace.posting import services as posting
from marketplace.web.handling import domain_errors_as_http, form_values, submit

bp = Blueprint("accounts", __name__)

MEMBER_FIELDS = ("email", "password", "role", "name")
# Company fields whose names collide with member fields on the registration form.
PREFIXED = {"name": "company_name", "description": "company_description"}


def _company_form_fields() -> list[str]:
    return [PREFIXED.get(f, f) for f in COMPANY_FIELDS]


def _register_context(values: dict, errors: dict | None = None):
    return {
        "values": values,
        "errors": errors or {},
        "countries": terms.countries(),
        "business_types": BUSINESS_TYPES,
        "size_classes": SIZE_CLASSES,
    }


@bp.route("/register", methods=["GET", "POST"])
def register():
    """Sign up as an exporter or a buyer, with the company profile in the same form."""
    if current_user.is_authenticated:
        return redirect(url_for("accounts.my_page"))
    if request.method == "GET":
        role = request.args.get("role", "exporter")
        return render_template(
            "accounts/register.html",
            **_register_context(
                {
                    "role": role,
                    "business_type": "buyer" if role == "buyer" else "manufacturer",
                    "size_class": "sme",
                }
            ),
        )
    raw = form_values(MEMBER_FIELDS + tuple(_company_form_fields()))
    company_raw = {f: raw[PREFIXED.get(f, f)] for f in COMPANY_FIELDS}
    member_raw = {k: raw[k] for k in MEMBER_FIELDS} | {"locale": session.get("locale")}
    user, errors = submit(services.register_member, member_raw, company_raw)
    if errors:
        raw.pop("password", None)
        return render_template("accounts/register.html", **_register_context(raw, errors)), 422
    login_user(user)
    flash(_("Welcome to Tradewind! Your company profile is ready."), "success")
    if user.role == "exporter":
        return redirect(url_for("offers.new"))
    return redirect(url_for("accounts.my_page"))


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Log in with e-mail and password; ``next`` may only point into this site."""
    next_url = safe_next(request.values.get("next"), url_for("accounts.my_page"))
    if request.method == "GET":
        return render_template("accounts/login.html", email="", next_url=next_url, error=None)
    email = request.form.get("email", "")[:254]
    address = request.remote_addr or ""
    wait = throttle.wait_minutes(email, address)
    if wait:
        return render_template(
            "accounts/login.html",
            email=email,
            next_url=next_url,
            error=_(
                "Too many failed attempts. Please wait %(n)d minutes and try again, or reset your "
                "password with an operator's help.",
                n=wait,
            ),
        ), 429
    user = services.authenticate(email, request.form.get("password", ""))
    if user is None:
        db.session.rollback()
        throttle.record_failure(email, address)  # kept: the request's unit of work commits it
        return render_template(
            "accounts/login.html",
            email=email,
            next_url=next_url,
            error=_("That e-mail address and password do not match."),
        ), 401
    throttle.clear(email)
    login_user(user, remember=bool(request.form.get("remember")))
    return redirect(next_url)


@bp.post("/logout")
def logout():
    """Log out and return to the home page."""
    logout_user()
    flash(_("You are logged out."), "info")
    return redirect(url_for("home.index"))


@bp.get("/my")
@login_required
def my_page():
    """The member's own offers (any status), views and expiry dates, and API tokens."""
    offers = company_offers(current_user.company_id).items if current_user.company_id else []
    company_id = current_user.company_id
    return render_template(
        "accounts/my_page.html",
        offers=offers,
        today=today(),
        tokens=services.user_tokens(current_user),
        new_token=session.pop("new_token", None),
        postings=posting.postings_by_offer(o.id for o in offers),
        partner_titles=posting.partner_titles(),
        posting_partners=posting.posting_partners() if company_id else [],
        default_targets=set(posting.default_targets(company_id)) if company_id else set(),
        alerts=alerts.of_user(current_user),
        figures=member_offer_figures(o.id for o in offers),
    )


@bp.post("/my/posting-defaults")
@login_required
def posting_defaults():
    """Choose the partner sites new offers go to by default."""
    if not current_user.company_id:
        return redirect(url_for("accounts.my_page"))
    submit(posting.set_defaults, current_user.company_id, request.form.getlist("targets"))
    flash(_("Your default partner sites are saved."), "success")
    return redirect(url_for("accounts.my_page") + "#posting-defaults")


@bp.post("/my/tokens")
@login_required
def create_token():
    """Create an API token and show its secret once."""
    name = request.form.get("name", "").strip() or _("API token")
    with domain_errors_as_http():
        result, _errors = submit(services.create_token, current_user, name)
    session["new_token"] = result[1]
    return redirect(url_for("accounts.my_page") + "#tokens")


@bp.post("/my/tokens/<int:token_id>/revoke")
@login_required
def revoke_token(token_id: int):
    """Revoke one of the member's tokens."""
    with domain_errors_as_http():
        submit(services.revoke_token, current_user, token_id)
    flash(_("The token was revoked."), "success")
    return redirect(url_for("accounts.my_page") + "#tokens")
