"""Registration, log-in, log-out, My page and API token management."""

from __future__ import annotations

import time

from flask import (
    Blueprint,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from marketplace.accounts import confirmation, recovery, services, sessions, throttle
from marketplace.catalog import terms
from marketplace.companies.models import BUSINESS_TYPES, SIZE_CLASSES
from marketplace.companies.validation import COMPANY_FIELDS
from marketplace.conversations import alerts
from marketplace.core.urls import safe_next
from marketplace.indicators import member
from marketplace.offers.services import company_offers, today
from marketplace.posting import services as posting
from marketplace.web import kept
from marketplace.web.handling import domain_errors_as_http, form_values, page_arg, submit

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
    confirmation.send_link(user)
    _log_in(user)
    flash(
        _(
            "Welcome to Tradewind! Your company profile is ready. We mailed a link to "
            "%(email)s: open it to post offers and send inquiries.",
            email=user.email,
        ),
        "success",
    )
    # My page, not the offer form: until the address is confirmed that form would answer
    # with "confirm your e-mail address first", an odd first page after signing up.
    return redirect(url_for("accounts.my_page"))


@bp.get("/confirm/<token>")
def confirm_email(token: str):
    """The link mailed at registration: confirms the address it was sent to."""
    user = confirmation.confirm(token[:500])
    if user is None:
        flash(
            _("This confirmation link is not valid any more. Log in and ask for a new one."),
            "error",
        )
        return redirect(
            url_for("accounts.my_page" if current_user.is_authenticated else "accounts.login")
        )
    flash(_("Thank you: your e-mail address is confirmed."), "success")
    if current_user.is_authenticated and current_user.id == user.id:
        return redirect(url_for("offers.new" if user.role == "exporter" else "accounts.my_page"))
    return redirect(url_for("accounts.login"))


@bp.post("/confirm/resend")
@login_required
def resend_confirmation():
    """Mail the confirmation link again (at most once every two minutes)."""
    last = session.get("confirmation_sent_at", 0)
    if current_user.email_confirmed:
        flash(_("Your e-mail address is already confirmed."), "success")
    elif time.time() - last < 120:
        flash(
            _(
                "We sent the link a moment ago. Check your spam folder, or try again in two minutes."
            ),
            "error",
        )
    else:
        confirmation.send_link(current_user)
        session["confirmation_sent_at"] = time.time()
        flash(_("We mailed the link again to %(email)s.", email=current_user.email), "success")
    return redirect(safe_next(request.form.get("next"), url_for("accounts.my_page")))


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Log in with e-mail and password; ``next`` may only point into this site."""
    next_url = safe_next(request.values.get("next"), url_for("accounts.my_page"))
    if request.method == "GET":
        return render_template("accounts/login.html", email="", next_url=next_url, error=None)
    email = request.form.get("email", "")[:254]
    address = request.remote_addr or ""
    wait = throttle.claim_attempt(email, address)  # commits: counted before any check
    if wait:
        return render_template(
            "accounts/login.html",
            email=email,
            next_url=next_url,
            error=_(
                "Too many failed attempts. Please wait %(n)d minutes and try again, or reset "
                "your password.",
                n=wait,
            ),
        ), 429
    user = services.authenticate(email, request.form.get("password", ""))
    if user is None:
        return render_template(
            "accounts/login.html",
            email=email,
            next_url=next_url,
            error=_("That e-mail address and password do not match."),
        ), 401
    throttle.clear(email)
    _log_in(user, remember=bool(request.form.get("remember")))
    if user.is_operator and next_url == url_for("accounts.my_page"):
        next_url = url_for("operator.console")  # an operator's My page has nothing to do
    return redirect(next_url)


def _log_in(user, remember: bool = False) -> None:
    """A new server-side session for this browser, then Flask-Login's cookies for it."""
    if current_user.is_authenticated:
        sessions.end(current_user)  # logging in again replaces this browser's session
    sessions.start(user, request.headers.get("User-Agent", ""))
    login_user(user, remember=remember)
    kept.remember_member(user.id)


@bp.post("/logout")
def logout():
    """Log out and return to the home page: this session ends for good (a copy of its
    cookie no longer works)."""
    if current_user.is_authenticated:
        sessions.end(current_user)
    logout_user()
    flash(_("You are logged out."), "info")
    return redirect(url_for("home.index"))


@bp.route("/password/forgot", methods=["GET", "POST"])
def forgot_password():
    """Ask for a reset link by e-mail; the answer is the same for every address."""
    if request.method == "GET":
        return render_template("accounts/forgot.html", email="", sent=False)
    email = request.form.get("email", "")[:254].strip()
    if throttle.claim_attempt(f"reset:{email}", request.remote_addr or ""):
        return render_template(
            "accounts/forgot.html",
            email=email,
            sent=False,
            error=_("Too many requests. Please wait a few minutes and try again."),
        ), 429
    recovery.request_reset(email)
    return render_template("accounts/forgot.html", email=email, sent=True)


@bp.route("/password/reset/<key>", methods=["GET", "POST"])
def reset_password(key: str):
    """Set a new password from the mailed link (once, within the hour)."""
    if recovery.usable(key) is None:
        return render_template("accounts/reset.html", expired=True, errors={}), 410
    if request.method == "GET":
        return render_template("accounts/reset.html", expired=False, errors={})
    _user, errors = submit(recovery.reset_password, key, dict(request.form))
    if errors:
        return render_template("accounts/reset.html", expired=False, errors=errors), 422
    if current_user.is_authenticated:
        logout_user()
    flash(_("Your new password is set. Log in with it."), "success")
    return redirect(url_for("accounts.login"))


@bp.post("/my/sessions/end-all")
@login_required
def log_out_everywhere():
    """End every session of the member, on every device, this one included."""
    sessions.end_all(current_user)
    logout_user()
    flash(_("You are logged out on every device. Log in again to continue."), "info")
    return redirect(url_for("accounts.login"))


@bp.route("/my/password", methods=["GET", "POST"])
@login_required
def change_password():
    """Change the password; every other session (and remember-me cookie) ends."""
    if request.method == "GET":
        return render_template("accounts/password.html", errors={})
    # Guesses of the current password count as log-in attempts (a borrowed session
    # must not allow unlimited guessing).
    email = current_user.email
    wait = throttle.claim_attempt(email, request.remote_addr or "")
    if wait:
        message = _("Too many attempts. Please wait %(n)d minutes and try again.", n=wait)
        return render_template("accounts/password.html", errors={"current": message}), 429
    _result, errors = submit(services.change_password, current_user, dict(request.form))
    if errors:
        return render_template("accounts/password.html", errors=errors), 422
    throttle.clear(email)
    _log_in(current_user._get_current_object())  # this browser stays logged in
    flash(_("Your password is changed. Every other session is logged out."), "success")
    return redirect(url_for("accounts.my_page") + "#security")


@bp.get("/my")
@login_required
def my_page():
    """Is posting working? The company's views, inquiries and quotations over 30 or 90 days
    with their trend, its offers (any status) sortable and paged; alerts, tokens, sessions."""
    company_id = current_user.company_id
    period = request.args.get("period", type=int) or 30
    sort = request.args.get("sort", "newest")
    sort = sort if sort in OFFER_SORTS else "newest"
    figures = member.performance(company_id, period) if company_id else None
    every = company_offers(company_id, per_page=MAX_LISTED).items if company_id else []
    every = _sorted_offers(every, figures, sort)
    pages = max(1, -(-len(every) // MY_OFFERS_PER_PAGE))
    page = min(page_arg(), pages)
    offers = every[(page - 1) * MY_OFFERS_PER_PAGE : page * MY_OFFERS_PER_PAGE]
    return render_template(
        "accounts/my_page.html",
        offers=offers,
        performance=figures,
        sort=sort,
        page=page,
        pages=pages,
        offer_count=len(every),
        today=today(),
        tokens=services.user_tokens(current_user),
        postings=posting.postings_by_offer(o.id for o in offers),
        partner_titles=posting.partner_titles(),
        posting_partners=posting.posting_partners() if company_id else [],
        default_targets=set(posting.default_targets(company_id)) if company_id else set(),
        alerts=alerts.of_user(current_user),
        match_threshold_choices=services.MATCH_THRESHOLDS,
        open_sessions=sessions.open_sessions(current_user),
        is_current_session=lambda row: sessions.is_current(row, current_user),
    )


MY_OFFERS_PER_PAGE = 20
MAX_LISTED = 2000
# "newest" first by default; figures sort largest first, names and dates ascending.
OFFER_SORTS = ("newest", "title", "views", "inquiries", "quotations", "valid_until")


def _sorted_offers(offers: list, figures, sort: str) -> list:
    if sort == "title":
        return sorted(offers, key=lambda o: o.title.casefold())
    if sort == "valid_until":
        return sorted(offers, key=lambda o: o.valid_until)
    if sort in ("views", "inquiries", "quotations") and figures is not None:
        return sorted(offers, key=lambda o: -getattr(figures.offers.get(o.id), sort, 0))
    return offers  # newest first, as listed


@bp.post("/my/posting-defaults")
@login_required
def posting_defaults():
    """Choose the partner sites new offers go to by default."""
    if not current_user.company_id:
        return redirect(url_for("accounts.my_page"))
    submit(posting.set_defaults, current_user.company_id, request.form.getlist("targets"))
    flash(_("Your default partner sites are saved."), "success")
    return redirect(url_for("accounts.my_page") + "#posting-defaults")


@bp.post("/my/match-notifications")
@login_required
def match_notifications():
    """Choose which new matches the daily digest names, or turn it off."""
    _result, errors = submit(
        services.set_match_threshold, current_user, request.form.get("match_threshold")
    )
    for message in (errors or {}).values():
        flash(message, "error")  # a select of fixed choices: only a forged form gets here
    if not errors:
        flash(_("Your match notifications are saved."), "success")
    return redirect(url_for("accounts.my_page") + "#match-notifications")


@bp.post("/my/tokens")
@login_required
def create_token():
    """Create an API token and show its secret once."""
    name = request.form.get("name", "").strip() or _("API token")
    with domain_errors_as_http():
        result, _errors = submit(services.create_token, current_user, name)
    # Shown in this response only: never in the session cookie (readable by anyone who
    # sees the cookie), never cached, never again.
    response = make_response(
        render_template("accounts/new_token.html", token=result[0], secret=result[1])
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/my/tokens/<int:token_id>/revoke")
@login_required
def revoke_token(token_id: int):
    """Revoke one of the member's tokens."""
    with domain_errors_as_http():
        submit(services.revoke_token, current_user, token_id)
    flash(_("The token was revoked."), "success")
    return redirect(url_for("accounts.my_page") + "#tokens")
