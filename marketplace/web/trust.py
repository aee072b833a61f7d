"""Trust pages: a member's verification and payee account, reports, and the operators' queues."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from marketplace.accounts import profiles
from marketplace.core import storage
from marketplace.trust import payee, reports, verification
from marketplace.trust.models import CERTIFICATE_TYPES, REPORT_OUTCOMES, REPORT_REASONS
from marketplace.web.handling import domain_errors_as_http, form_values, role_required, submit

bp = Blueprint("trust", __name__)

REGISTRATION_FIELDS = ("number",)
CERTIFICATE_FIELDS = ("certificate_type", "issuer", "certificate_number", "valid_until")
PAYEE_FIELDS = ("iban", "account_number", "bank_name", "bic", "holder")


def _my_page(status: int = 200, **forms):
    company = current_user.company
    context = {
        "company": company,
        "evidence": verification.evidence_of(company),
        "history": verification.history(company),
        "accounts": payee.accounts_of(company),
        "certificate_types": CERTIFICATE_TYPES,
        "registration_verified": any(
            v["scope"] == "registration" for v in verification.current(company.verifications)
        ),
        "registration": {"entered": {}, "errors": {}},
        "certificate": {"entered": {}, "errors": {}},
        "payee_form": {"entered": {}, "errors": {}},
        "mask": payee.numbers.mask,
        "format_iban": payee.numbers.format_iban,
    }
    context.update(forms)
    return render_template("trust/my_verification.html", **context), status


@bp.get("/my/verification")
@role_required("exporter", "buyer")
def my_verification():
    """What the member's company submitted, what was decided, and its receiving account."""
    return _my_page()


def _submit_evidence(action, names: tuple[str, ...], form: str, thanks: str):
    """Run one evidence form: the page again with what was typed on a mistake, else thanks.

    A browser does not keep a chosen file across the round trip, so a good document on
    a form with another mistake is asked for again, in words.
    """
    raw = form_values(names)
    upload = request.files.get("document")
    _result, errors = submit(action, current_user.company, current_user, raw, upload)
    if errors:
        if "document" not in errors and upload:
            errors["document"] = _(
                "Choose the document again: files are not kept when the form has a mistake."
            )
        return _my_page(422, **{form: {"entered": raw, "errors": errors}})
    flash(thanks, "success")
    return redirect(url_for("trust.my_verification"))


@bp.post("/my/verification/registration")
@role_required("exporter", "buyer")
def submit_registration():
    """Submit a registration or VAT number, with an optional document."""
    return _submit_evidence(
        verification.submit_registration,
        REGISTRATION_FIELDS,
        "registration",
        _("Thank you. An operator will check the number, usually within two working days."),
    )


@bp.post("/my/verification/certificate")
@role_required("exporter", "buyer")
def submit_certificate():
    """Submit a certificate with its document."""
    return _submit_evidence(
        verification.submit_certificate,
        CERTIFICATE_FIELDS,
        "certificate",
        _("Thank you. An operator will check the certificate, usually within two working days."),
    )


@bp.post("/my/payee")
@role_required("exporter", "buyer")
def register_payee():
    """Register the company's receiving bank account for an operator to verify."""
    raw = form_values(PAYEE_FIELDS)
    _result, errors = submit(payee.register, current_user.company, current_user, raw)
    if errors:
        return _my_page(422, payee_form={"entered": raw, "errors": errors})
    flash(_("Your account is registered. An operator will verify it with your bank."), "success")
    return redirect(url_for("trust.my_verification"))


@bp.get("/evidence/<int:evidence_id>/document")
@role_required("exporter", "buyer", "operator")
def document(evidence_id: int):
    """An evidence document, for the company's members and operators only (never cached
    by a shared cache)."""
    with domain_errors_as_http():
        evidence = verification.get_evidence(evidence_id, current_user)
    if not evidence.document_name:
        abort(404)
    return storage.private_response(evidence.document_name, evidence.document_type)


@bp.route("/report/<kind>/<int:target_id>", methods=["GET", "POST"])
@role_required("exporter", "buyer")
def report(kind: str, target_id: int):
    """A member reports an offer or a company."""
    if kind not in reports.TARGET_KINDS:
        abort(404)
    with domain_errors_as_http():
        offer, company = reports.target(kind, target_id)
    earlier = reports.already_reported(current_user, kind, target_id)
    context = {
        "kind": kind,
        "offer": offer,
        "target_company": company,
        "reasons": REPORT_REASONS,
        "reason_label": reports.reason_label,
        "earlier": earlier,
        "outcome_label": reports.outcome_label,
    }
    if request.method == "GET":
        return render_template("trust/report.html", values={}, errors={}, **context)
    raw = form_values(("reason", "text"))
    with domain_errors_as_http():
        _result, errors = submit(reports.file_report, current_user, kind, target_id, raw)
    if errors:
        return render_template("trust/report.html", values=raw, errors=errors, **context), 422
    flash(
        _("Thank you. An operator will look at your report; you will be told the outcome."),
        "success",
    )
    return redirect(url_for("trust.my_reports"))


@bp.get("/my/reports")
@role_required("exporter", "buyer")
def my_reports():
    """What the member reported and what came of it."""
    return render_template(
        "trust/my_reports.html",
        reports=reports.reports_by(current_user),
        target_offer=reports.target_offer,
        reason_label=reports.reason_label,
        outcome_label=reports.outcome_label,
    )


# --- operators -----------------------------------------------------------------------


def _queue_page(failed: str = "", errors: dict | None = None):
    """The verification queue; after a refused decision, ``failed`` names the item
    ("evidence-5", "account-3") whose form shows ``errors`` and keeps the typed reason."""
    return render_template(
        "trust/queue.html",
        pending=verification.queue(),
        decided=verification.recent_decisions(),
        accounts=payee.pending(),
        describe=verification.describe,
        format_iban=payee.numbers.format_iban,
        failed=failed,
        errors=errors or {},
        typed_reason=request.form.get("reason", "") if failed else "",
    ), (422 if errors else 200)


@bp.get("/operator/verification")
@role_required("operator")
def queue():
    """Submissions waiting for a decision, registered payee accounts, and recent decisions."""
    return _queue_page()


@bp.post("/operator/verification/<int:evidence_id>")
@role_required("operator")
def decide(evidence_id: int):
    """Approve a submission (its scope counts from now) or refuse it with a reason."""
    with domain_errors_as_http():
        if request.form.get("decision") == "approve":
            _result, errors = submit(verification.approve, evidence_id, current_user)
        else:
            _result, errors = submit(
                verification.refuse, evidence_id, current_user, request.form.get("reason", "")
            )
    if errors:
        return _queue_page(f"evidence-{evidence_id}", errors)
    flash(_("Decision recorded; the company's members were told."), "success")
    return redirect(url_for("trust.queue"))


@bp.post("/operator/payee/<int:account_id>")
@role_required("operator")
def decide_payee(account_id: int):
    """Verify a registered receiving account, or refuse it with a reason."""
    verified = request.form.get("decision") == "verify"
    with domain_errors_as_http():
        _result, errors = submit(
            payee.decide, account_id, current_user, verified, request.form.get("reason", "")
        )
    if errors:
        return _queue_page(f"account-{account_id}", errors)
    flash(_("Decision recorded; the company's members were told."), "success")
    return redirect(url_for("trust.queue"))


@bp.route("/operator/companies/<int:company_id>/verification", methods=["GET", "POST"])
@role_required("operator")
def company_verification(company_id: int):
    """A company's whole verification record; record a site visit or revoke a scope."""
    with domain_errors_as_http():
        company = profiles.get_company(company_id)
    errors: dict = {}
    if request.method == "POST":
        with domain_errors_as_http():
            if request.form.get("revoke"):
                _result, errors = submit(
                    verification.revoke, int(request.form["revoke"]), current_user
                )
            else:
                _result, errors = submit(
                    verification.record_site_visit,
                    company,
                    current_user,
                    request.form.get("note", ""),
                )
        if not errors:
            flash(_("The company's verification was updated."), "success")
            return redirect(url_for("trust.company_verification", company_id=company_id))
    return render_template(
        "trust/company.html",
        company=company,
        evidence=verification.evidence_of(company),
        history=verification.history(company),
        accounts=payee.accounts_of(company),
        describe=verification.describe,
        in_force=verification.in_force,
        format_iban=payee.numbers.format_iban,
        errors=errors,
        note=request.form.get("note", ""),
    ), (422 if errors else 200)


def _cases_page(failed: str = "", errors: dict | None = None):
    """Open reports and flagged payee warnings; after a refused decision, ``failed``
    ("report-7") names the case whose form shows ``errors`` and keeps the typed note."""
    return render_template(
        "trust/cases.html",
        open_cases=reports.open_cases(),
        closed=reports.closed_cases(),
        target_offer=reports.target_offer,
        reason_label=reports.reason_label,
        outcome_label=reports.outcome_label,
        outcomes=REPORT_OUTCOMES,
        flagged=payee.flagged(),
        warning_text=payee.warning_text,
        failed=failed,
        errors=errors or {},
        typed_note=request.form.get("note", "") if failed else "",
    ), (422 if errors else 200)


@bp.get("/operator/reports")
@role_required("operator")
def cases():
    """Open reports, oldest first, and flagged payee warnings."""
    return _cases_page()


@bp.post("/operator/reports/<int:report_id>")
@role_required("operator")
def close_case(report_id: int):
    """Close a report with an outcome and a note the owner and reporter read."""
    with domain_errors_as_http():
        _result, errors = submit(
            reports.decide,
            report_id,
            current_user,
            request.form.get("outcome", ""),
            request.form.get("note", ""),
        )
    if errors:
        return _cases_page(f"report-{report_id}", errors)
    flash(_("The case is closed; the reporter and the company were told."), "success")
    return redirect(url_for("trust.cases"))


@bp.post("/operator/payee-warnings/<int:warning_id>")
@role_required("operator")
def review_warning(warning_id: int):
    """Mark a flagged message as looked at."""
    with domain_errors_as_http():
        payee.mark_reviewed(warning_id, current_user)
    return redirect(url_for("trust.cases"))
