"""Reports with outcomes, and the operator actions they lead to.

Any member may report an offer or a company once. Operators work the open
cases oldest first and close each with an outcome: dismiss, warn the company,
hide the offer (with a reason its owner reads) or block the company (its members
can no longer log in, its offers are hidden). The reporter is told the outcome.
Hiding an offer outside a report goes through :func:`hide_offer` too, so an owner
is always told why.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from marketplace.accounts.models import User
from marketplace.companies.models import Company
from marketplace.conversations.notifications import company_members, notify
from marketplace.core import fields
from marketplace.core.db import db, utcnow
from marketplace.core.errors import InvalidInput, NotFound, PermissionDenied
from marketplace.core.fields import FieldError
from marketplace.core.mail import send_after_commit
from marketplace.core.translatable import english, followed_by
from marketplace.core.urls import external_url
from marketplace.offers import services as offers
from marketplace.offers.models import Offer
from marketplace.trust.models import REPORT_OUTCOMES, REPORT_REASONS, Report

TARGET_KINDS = ("offer", "company")


def target(kind: str, target_id: int) -> tuple[Offer | None, Company]:
    if kind == "offer":
        offer = db.session.get(Offer, target_id)
        if offer is None or offer.status not in ("active", "expired"):
            raise NotFound()
        return offer, offer.company
    if kind == "company":
        company = db.session.get(Company, target_id)
        if company is None:
            raise NotFound()
        return None, company
    raise NotFound()


def already_reported(reporter: User, kind: str, target_id: int) -> Report | None:
    """The member's earlier report of this offer or company, if any."""
    query = select(Report).where(
        Report.reporter_id == reporter.id,
        Report.target_kind == kind,
        Report.target_id == target_id,
    )
    return db.session.scalar(query)


def file_report(reporter: User, kind: str, target_id: int, raw: Mapping[str, Any]) -> Report:
    """A member reports an offer or a company: a reason from the list and a description."""
    if not reporter.is_authenticated or reporter.is_operator or reporter.company_id is None:
        raise PermissionDenied()
    _offer, company = target(kind, target_id)
    if company.id == reporter.company_id:
        raise InvalidInput({"reason": _l("You cannot report your own company's offers.")})
    if already_reported(reporter, kind, target_id):
        raise InvalidInput({"reason": _l("You have already reported this; an operator is on it.")})
    errors: dict[str, object] = {}
    clean: dict[str, str] = {}
    try:
        clean["reason"] = fields.choice(raw.get("reason", ""), REPORT_REASONS)
    except FieldError as exc:
        errors["reason"] = exc.message
    try:
        clean["text"] = fields.text(raw.get("text", ""), min_len=10, max_len=2000, multiline=True)
    except FieldError as exc:
        errors["text"] = exc.message
    if errors:
        raise InvalidInput(errors)
    report = Report(
        reporter_id=reporter.id,
        target_kind=kind,
        target_id=target_id,
        company_id=company.id,
        **clean,
    )
    db.session.add(report)
    # Two tabs sending at once: the unique constraint refuses the second.
    try:
        with db.session.begin_nested():
            db.session.flush()
    except IntegrityError:
        raise InvalidInput(
            {"reason": _l("You have already reported this; an operator is on it.")}
        ) from None
    return report


def open_cases() -> list[Report]:
    """Reports waiting for an outcome, oldest first."""
    query = select(Report).where(Report.outcome.is_(None)).order_by(Report.id)
    return list(db.session.scalars(query))


def closed_cases(limit: int = 30) -> list[Report]:
    """The latest closed reports."""
    query = select(Report).where(Report.outcome.is_not(None))
    return list(db.session.scalars(query.order_by(Report.decided_at.desc()).limit(limit)))


def reports_by(reporter: User) -> list[Report]:
    """What a member reported, newest first, with the outcomes."""
    query = select(Report).where(Report.reporter_id == reporter.id)
    return list(db.session.scalars(query.order_by(Report.id.desc())))


def open_count() -> int:
    """How many reports wait for an operator."""
    query = select(func.count()).select_from(Report).where(Report.outcome.is_(None))
    return db.session.scalar(query) or 0


def target_offer(report: Report) -> Offer | None:
    """The offer a report is about (None for a company report)."""
    return db.session.get(Offer, report.target_id) if report.target_kind == "offer" else None


def _note(raw: object, *, required: bool) -> str:
    if fields.is_blank(raw):
        if required:
            raise InvalidInput({"note": _l("Say why, in a sentence the member will read.")})
        return ""
    try:
        return fields.text(raw, min_len=5, max_len=1000, multiline=True)
    except FieldError as exc:
        raise InvalidInput({"note": exc.message}) from None


def decide(report_id: int, operator: User, outcome: str, note: object) -> Report:
    """An operator closes a case with an outcome; everyone concerned is told."""
    if not operator.is_operator:
        raise PermissionDenied()
    report = db.session.get(Report, report_id, with_for_update=True)
    if report is None:
        raise NotFound()
    if outcome not in REPORT_OUTCOMES:
        raise InvalidInput({"outcome": _l("Choose one of the listed options.")})
    if report.outcome is not None:
        raise InvalidInput({"outcome": _l("Another operator has already closed this case.")})
    why = _note(note, required=outcome != "dismissed")
    offer = target_offer(report)
    if outcome == "hidden":
        if offer is None:
            raise InvalidInput(
                {"outcome": _l("Only an offer can be hidden; block the company instead.")}
            )
        hide_offer(offer, operator, "reported", why)
    elif outcome == "blocked":
        block_company(report.company, operator, why)
    elif outcome == "warned":
        notify(
            company_members(report.company_id),
            "warning",
            _l("A warning from Tradewind's operators: %(note)s", note=why),
            external_url("offers.show", offer_id=offer.id) if offer else "",
        )
    report.outcome, report.outcome_note = outcome, why
    report.decided_by_id, report.decided_at = operator.id, utcnow()
    notify(
        [report.reporter],
        "report",
        _l("Your report was reviewed: %(outcome)s.", outcome=outcome_label(outcome)),
        external_url("trust.my_reports"),
    )
    db.session.flush()
    return report


# Why an operator hides an offer: the owner reads the reason (in their language) and the note.
HIDE_REASONS = {
    "misleading": _l("Misleading or false product information"),
    "prohibited": _l("Goods that may not be traded on Tradewind"),
    "counterfeit": _l("Suspected counterfeit or infringing goods"),
    "duplicate": _l("The same offer posted more than once"),
    "contact": _l("Contact details or outside links in the offer text"),
    "classification": _l("Wrong category or HS code"),
    "reported": _l("Reported by members and confirmed by an operator"),
    "other": _l("Another reason, explained in the note"),
}


def hide_offer(offer: Offer, operator: User, reason: object, note: object = "") -> Offer:
    """Hide an offer from everyone but its owner, who is told the reason (one of
    :data:`HIDE_REASONS`) and the operator's note (required for "other")."""
    if reason not in HIDE_REASONS:
        raise InvalidInput({"reason": _l("Choose why the offer is hidden.")})
    label = HIDE_REASONS[str(reason)]
    said = _note(note, required=reason == "other")
    # What the offer page shows its owner beside it; the notification is in their language.
    offers.set_hidden(
        offer, operator, True, f"{english(label)}: {said}" if said else english(label)
    )
    notify(
        company_members(offer.company_id),
        "hidden",
        followed_by(
            _l(
                "An operator hid your offer “%(title)s”: %(reason)s.",
                title=offer.title,
                reason=label,
            ),
            said,
        ),
        external_url("offers.show", offer_id=offer.id),
    )
    return offer


def block_company(company: Company, operator: User, reason: str) -> Company:
    """Block a company: its members cannot log in and its live offers are hidden."""
    company.blocked_at, company.blocked_reason = utcnow(), reason
    members = company_members(company.id)
    live = select(Offer).where(Offer.company_id == company.id, Offer.status == "active")
    for offer in db.session.scalars(live):
        offers.set_hidden(offer, operator, True, reason)
    for member in members:
        send_after_commit(
            member.email,
            "Tradewind: your company was blocked",
            f"An operator blocked {company.name} on Tradewind: {reason}",
        )
    db.session.execute(update(User).where(User.company_id == company.id).values(active=False))
    db.session.flush()
    return company


def outcome_label(outcome: str | None) -> str:
    """An outcome in words."""
    labels = {
        None: _l("open"),
        "dismissed": _l("dismissed: no rule was broken"),
        "warned": _l("the company was warned"),
        "hidden": _l("the offer was hidden"),
        "blocked": _l("the company was blocked"),
    }
    return str(labels.get(outcome, outcome))


def reason_label(reason: str) -> str:
    """A report reason in words."""
    labels = {
        "fake_company": _l("Fake company"),
        "counterfeit": _l("Counterfeit goods"),
        "prohibited": _l("Prohibited goods"),
        "scam": _l("Scam attempt"),
        "wrong_category": _l("Wrong category"),
        "other": _l("Other"),
    }
    return str(labels.get(reason, reason))
