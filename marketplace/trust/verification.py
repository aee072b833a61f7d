"""Verification with evidence: members submit, operators decide, pages show what was checked.

A company submits a registration number or a certificate (each with an optional
document). An operator approves it with a scope or refuses it with a reason;
an operator may also record a site visit. Each approval is a
:class:`~marketplace.trust.models.Verification`; the company's ``verified`` flag
and ``verifications`` summary (what cards, profiles and the search filter read)
are recomputed from the ones in force whenever one is granted, revoked or lapses.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from marketplace.accounts.models import User
from marketplace.companies.models import Company
from marketplace.conversations.notifications import company_members, notify
from marketplace.core import documents, fields
from marketplace.core.db import db, utcnow
from marketplace.core.errors import InvalidInput, NotFound, PermissionDenied
from marketplace.core.fields import FieldError
from marketplace.core.urls import external_url
from marketplace.trust import numbers
from marketplace.trust.models import CERTIFICATE_TYPES, Evidence, Verification


def _member_of(company: Company, actor: User) -> None:
    if actor.company_id != company.id:
        raise PermissionDenied()


def _require_operator(actor: User) -> None:
    if not actor.is_operator:
        raise PermissionDenied()


def _document(upload, errors: dict[str, object]) -> documents.Document | None:
    try:
        return documents.check(upload)
    except FieldError as exc:
        errors["document"] = exc.message
        return None


def _attach(evidence: Evidence, document: documents.Document | None) -> None:
    if document is None:
        return
    evidence.document_name = documents.save(document)
    evidence.document_filename = document.filename
    evidence.document_type = document.content_type
    evidence.document_bytes = len(document.data)


def submit_registration(
    company: Company, actor: User, raw: Mapping[str, Any], upload=None
) -> Evidence:
    """A member submits the company's registration (or VAT) number, with an optional
    document; the number is checked against the company's country's formats."""
    _member_of(company, actor)
    _not_twice(company, "registration")
    errors: dict[str, object] = {}
    checked = None
    try:
        checked = numbers.check_registration(company.country, str(raw.get("number", "")))
    except FieldError as exc:
        errors["number"] = exc.message
    document = _document(upload, errors)
    if errors or checked is None:
        raise InvalidInput(errors)
    evidence = Evidence(
        company_id=company.id,
        kind="registration",
        number=checked.number,
        scheme=checked.scheme,
        submitted_by_id=actor.id,
    )
    _attach(evidence, document)
    db.session.add(evidence)
    db.session.flush()
    return evidence


def _not_twice(company: Company, kind: str, certificate_type: object = None) -> None:
    # The same thing twice would only lengthen the operators' queue.
    query = select(Evidence.state).where(
        Evidence.company_id == company.id,
        Evidence.kind == kind,
        Evidence.state == "pending",
    )
    if certificate_type is not None:
        query = query.where(Evidence.certificate_type == certificate_type)
    if db.session.scalar(query.limit(1)):
        field = "number" if kind == "registration" else "certificate_type"
        raise InvalidInput({field: _l("This is already waiting for an operator's check.")})
    if kind == "registration" and any(
        v["scope"] == "registration" for v in current(company.verifications)
    ):
        raise InvalidInput({"number": _l("Your business registration is already verified.")})


def submit_certificate(
    company: Company, actor: User, raw: Mapping[str, Any], upload=None
) -> Evidence:
    """A member submits a certificate: type, issuer, number, valid until, a document."""
    _member_of(company, actor)
    _not_twice(company, "certificate", raw.get("certificate_type"))
    errors: dict[str, object] = {}
    clean: dict[str, Any] = {}
    parsers = {
        "certificate_type": lambda v: fields.choice(v, CERTIFICATE_TYPES),
        "issuer": lambda v: fields.text(v, min_len=2, max_len=120),
        "certificate_number": lambda v: fields.text(v, min_len=2, max_len=80),
        "valid_until": _future_date,
    }
    for name, parse in parsers.items():
        value = raw.get(name, "")
        if fields.is_blank(value):
            errors[name] = _l("This field is required.")
            continue
        try:
            clean[name] = parse(value)
        except FieldError as exc:
            errors[name] = exc.message
    document = _document(upload, errors)
    if document is None and "document" not in errors:
        errors["document"] = _l("Attach a scan or photo of the certificate (PDF, JPEG or PNG).")
    if errors:
        raise InvalidInput(errors)
    clean["number"] = clean.pop("certificate_number")
    evidence = Evidence(
        company_id=company.id, kind="certificate", submitted_by_id=actor.id, **clean
    )
    _attach(evidence, document)
    db.session.add(evidence)
    db.session.flush()
    return evidence


def _future_date(value: object) -> date:
    day = fields.iso_date(value)
    if day <= date.today():
        raise FieldError(_l("This certificate has expired: enter a date after today."))
    if day.year > date.today().year + 30:
        raise FieldError(_l("Enter the date printed on the certificate."))
    return day


def evidence_of(company: Company) -> list[Evidence]:
    """What a company submitted, newest first."""
    query = select(Evidence).where(Evidence.company_id == company.id)
    return list(db.session.scalars(query.order_by(Evidence.id.desc())))


def get_evidence(evidence_id: int, viewer: User) -> Evidence:
    """One submission, for its company's members and operators only."""
    evidence = db.session.get(Evidence, evidence_id)
    if evidence is None or not (viewer.is_operator or viewer.company_id == evidence.company_id):
        raise NotFound()
    return evidence


def queue() -> list[Evidence]:
    """Submissions waiting for a decision, oldest first."""
    query = select(Evidence).where(Evidence.state == "pending").order_by(Evidence.id)
    return list(db.session.scalars(query))


def recent_decisions(limit: int = 30) -> list[Evidence]:
    """The latest decided submissions, for the queue's record."""
    query = select(Evidence).where(Evidence.state != "pending")
    return list(db.session.scalars(query.order_by(Evidence.decided_at.desc()).limit(limit)))


def _pending(evidence_id: int) -> Evidence:
    evidence = db.session.get(Evidence, evidence_id, with_for_update=True)
    if evidence is None:
        raise NotFound()
    if evidence.state != "pending":
        raise InvalidInput({"decision": _l("Another operator has already decided this one.")})
    return evidence


def approve(evidence_id: int, operator: User) -> Verification:
    """An operator approves a submission: its scope counts from now (a certificate until
    its own date)."""
    _require_operator(operator)
    evidence = _pending(evidence_id)
    evidence.state, evidence.decided_by_id, evidence.decided_at = "approved", operator.id, utcnow()
    scope, detail = _scope_of(evidence)
    verification = Verification(
        company_id=evidence.company_id,
        scope=scope,
        detail=detail,
        evidence_id=evidence.id,
        granted_by_id=operator.id,
        valid_until=evidence.valid_until,
    )
    db.session.add(verification)
    refresh(evidence.company)
    _tell_members(
        evidence.company,
        _l("Tradewind checked and approved: %(what)s.", what=describe(scope, detail)),
    )
    return verification


def refuse(evidence_id: int, operator: User, reason: str) -> Evidence:
    """An operator refuses a submission with a reason the company's members read."""
    _require_operator(operator)
    evidence = _pending(evidence_id)
    if fields.is_blank(reason):
        raise InvalidInput({"reason": _l("Tell the member why, in a sentence.")})
    try:
        why = fields.text(reason, min_len=5, max_len=1000, multiline=True)
    except FieldError as exc:
        raise InvalidInput({"reason": exc.message}) from None
    evidence.state, evidence.decided_by_id, evidence.decided_at = "refused", operator.id, utcnow()
    evidence.reason = why
    _tell_members(
        evidence.company,
        _l("Tradewind could not accept %(what)s: %(reason)s", what=submitted(evidence), reason=why),
    )
    db.session.flush()
    return evidence


def _scope_of(evidence: Evidence) -> tuple[str, str]:
    if evidence.kind == "registration":
        return "registration", evidence.number
    return "certificate", evidence.certificate_type


def record_site_visit(company: Company, operator: User, note: str) -> Verification:
    """An operator records a visit to the company's premises."""
    _require_operator(operator)
    try:
        clean = fields.text(note, min_len=5, max_len=1000, multiline=True)
    except FieldError as exc:
        raise InvalidInput({"note": exc.message}) from None
    verification = Verification(
        company_id=company.id, scope="site_visit", note=clean, granted_by_id=operator.id
    )
    db.session.add(verification)
    refresh(company)
    _tell_members(
        company, _l("Tradewind recorded a site visit to %(company)s.", company=company.name)
    )
    return verification


def revoke(verification_id: int, operator: User) -> Verification:
    """An operator withdraws a verification (it stays on record, revoked)."""
    _require_operator(operator)
    verification = db.session.get(Verification, verification_id)
    if verification is None:
        raise NotFound()
    if verification.revoked_at is None:
        verification.revoked_at, verification.revoked_by_id = utcnow(), operator.id
        refresh(db.session.get(Company, verification.company_id))
    return verification


def history(company: Company) -> list[Verification]:
    """Every verification of the company, in force or not, newest first."""
    query = select(Verification).where(Verification.company_id == company.id)
    return list(db.session.scalars(query.order_by(Verification.id.desc())))


def in_force(verification: Verification, day: date | None = None) -> bool:
    """Not revoked and, for a certificate, not past its date."""
    day = day or date.today()
    return verification.revoked_at is None and (
        verification.valid_until is None or verification.valid_until >= day
    )


def refresh(company: Company | None) -> None:
    """Recompute the company's ``verified`` flag and summary from what is in force.

    Changing them marks the company changed, so the change log re-indexes its
    offers (the search's "verified only" filter reads the flag).
    """
    if company is None:
        return
    db.session.flush()
    today = date.today()
    summary = [
        {
            "scope": v.scope,
            "detail": v.detail,
            "at": v.granted_at.date().isoformat(),
            "until": v.valid_until.isoformat() if v.valid_until else None,
        }
        for v in sorted(history(company), key=lambda v: v.id)
        if in_force(v, today)
    ]
    if company.verifications != summary:
        company.verifications = summary
    if company.verified != bool(summary):
        company.verified = bool(summary)
    db.session.flush()


def lapse_due() -> int:
    """Refresh companies with a certificate past its date (a periodic job); how many."""
    today = date.today().isoformat()
    lapsed = [
        c
        for c in db.session.scalars(select(Company).where(Company.verified.is_(True)))
        if any(v.get("until") and v["until"] < today for v in c.verifications or [])
    ]
    for company in lapsed:
        refresh(company)
    return len(lapsed)


def current(summary: list | None, day: date | None = None) -> list[dict]:
    """The entries of a company's summary still in force on ``day`` (a certificate stops
    counting on its date even before the periodic job has refreshed the company)."""
    iso = (day or date.today()).isoformat()
    return [v for v in summary or [] if not v.get("until") or v["until"] >= iso]


def submitted(evidence: Evidence) -> str:
    """A submission in words: "your registration number 134-86-72683"."""
    if evidence.kind == "registration":
        return str(_l("your registration number %(number)s", number=evidence.number))
    return str(_l("your %(certificate)s certificate", certificate=evidence.certificate_type))


# Certificate names that are words rather than codes; ISO 9001, CE, HACCP stay as written.
_CERTIFICATE_WORDS = {
    "Halal": _l("Halal"),
    "Kosher": _l("Kosher"),
    "FDA registration": _l("FDA registration"),
    "other": _l("Other"),
}


def certificate_label(kind: str) -> str:
    """A certificate type in the reader's language ("Halal" → "할랄")."""
    return str(_CERTIFICATE_WORDS.get(kind, kind))


def describe(scope: str, detail: str = "") -> str:
    """A scope in words: "business registration checked", "ISO 9001 certificate checked"."""
    if scope == "registration":
        return str(_l("business registration checked"))
    if scope == "certificate":
        return str(_l("%(certificate)s certificate checked", certificate=certificate_label(detail)))
    return str(_l("site visit"))


def _tell_members(company: Company, text: object) -> None:
    notify(
        company_members(company.id),
        "verification",
        text,
        external_url("trust.my_verification"),
    )
