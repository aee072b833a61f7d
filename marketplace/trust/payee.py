"""The payee lock: a company's verified receiving account, and warnings on threads that
name another one (the "our bank account changed" scam).

A company registers its account (an IBAN, or an account number with the bank's
name and SWIFT/BIC); an operator verifies it. Every message a member writes in a
thread is read for bank account numbers: one that is not the verified account
of the writer's company, or any account where none is verified, is delivered
as written with a warning to both sides, and flagged to operators. Nothing is
blocked, and the verified number is only ever shown masked to others.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from marketplace.accounts.models import User
from marketplace.companies.models import Company
from marketplace.conversations.notifications import company_members, notify
from marketplace.core import fields
from marketplace.core.db import db, utcnow
from marketplace.core.errors import InvalidInput, NotFound, PermissionDenied
from marketplace.core.fields import FieldError
from marketplace.core.urls import external_url
from marketplace.trust import numbers
from marketplace.trust.models import PayeeAccount, PayeeWarning


def register(company: Company, actor: User, raw: Mapping[str, Any]) -> PayeeAccount:
    """A member registers the company's receiving account, for an operator to verify."""
    if actor.company_id != company.id:
        raise PermissionDenied()
    errors: dict[str, object] = {}
    values: dict[str, str] = {}
    iban, account = str(raw.get("iban", "")).strip(), str(raw.get("account_number", "")).strip()
    if iban and account:
        errors["iban"] = _l("Give either an IBAN or an account number, not both.")
    elif iban:
        try:
            values["iban"] = values["compact"] = numbers.check_iban(iban)
        except FieldError as exc:
            errors["iban"] = exc.message
    elif account:
        try:
            values["account_number"] = values["compact"] = numbers.check_account_number(account)
        except FieldError as exc:
            errors["account_number"] = exc.message
        try:
            values["bank_name"] = fields.text(raw.get("bank_name", ""), min_len=2, max_len=120)
        except FieldError as exc:
            errors["bank_name"] = exc.message
        try:
            values["bic"] = numbers.check_bic(str(raw.get("bic", "")))
        except FieldError as exc:
            errors["bic"] = exc.message
    else:
        errors["iban"] = _l(
            "Enter an IBAN, or an account number with the bank's name and SWIFT/BIC."
        )
    try:
        values["holder"] = fields.text(raw.get("holder", ""), min_len=2, max_len=120)
    except FieldError as exc:
        errors["holder"] = exc.message
    if errors:
        raise InvalidInput(errors)
    account_row = PayeeAccount(company_id=company.id, submitted_by_id=actor.id, **values)
    db.session.add(account_row)
    db.session.flush()
    return account_row


def accounts_of(company: Company) -> list[PayeeAccount]:
    """The company's registrations, newest first."""
    query = select(PayeeAccount).where(PayeeAccount.company_id == company.id)
    return list(db.session.scalars(query.order_by(PayeeAccount.id.desc())))


def verified_account(company_id: int) -> PayeeAccount | None:
    """The account most recently verified for the company."""
    query = (
        select(PayeeAccount)
        .where(PayeeAccount.company_id == company_id, PayeeAccount.state == "verified")
        .order_by(PayeeAccount.decided_at.desc())
        .limit(1)
    )
    return db.session.scalar(query)


def pending() -> list[PayeeAccount]:
    """Registrations waiting for an operator, oldest first."""
    query = select(PayeeAccount).where(PayeeAccount.state == "pending")
    return list(db.session.scalars(query.order_by(PayeeAccount.id)))


def decide(account_id: int, operator: User, verified: bool, reason: object = "") -> PayeeAccount:
    """An operator verifies a registered account (after calling the bank or seeing a
    statement), or refuses it with a reason the member reads."""
    if not operator.is_operator:
        raise PermissionDenied()
    account = db.session.get(PayeeAccount, account_id, with_for_update=True)
    if account is None:
        raise NotFound()
    if account.state != "pending":
        raise InvalidInput({"decision": _l("Another operator has already decided this one.")})
    if not verified:
        try:
            account.reason = fields.text(reason, min_len=5, max_len=1000, multiline=True)
        except FieldError:
            raise InvalidInput({"reason": _l("Tell the member why, in a sentence.")}) from None
    account.state = "verified" if verified else "refused"
    account.decided_by_id, account.decided_at = operator.id, utcnow()
    text = (
        _l(
            "Tradewind verified your receiving account %(account)s.",
            account=numbers.mask(account.compact),
        )
        if verified
        else _l(
            "Tradewind could not verify your receiving account: %(reason)s", reason=account.reason
        )
    )
    notify(
        company_members(account.company_id),
        "payee",
        text,
        external_url("trust.my_verification"),
    )
    db.session.flush()
    return account


def check_message(message, author: User) -> list[PayeeWarning]:
    """Read a member's message for account numbers; warn about any that is not the
    writer's company's verified account. Called for every message posted here."""
    if author is None or author.company_id is None:
        return []
    text = " ".join((message.body or "", message.terms or "", message.target_price or ""))
    found = numbers.find_accounts(text)
    if not found:
        return []
    verified = verified_account(author.company_id)
    warnings = []
    for number in found:
        if verified is not None and numbers.same_account(number, verified.compact):
            continue
        warning = PayeeWarning(
            message_id=message.id,
            inquiry_id=message.inquiry_id,
            company_id=author.company_id,
            found=number,
            has_verified=verified is not None,
        )
        db.session.add(warning)
        warnings.append(warning)
    db.session.flush()
    return warnings


def warnings_for(message_ids: list[int]) -> dict[int, list[PayeeWarning]]:
    """The warnings of a thread's messages, by message id."""
    if not message_ids:
        return {}
    query = select(PayeeWarning).where(PayeeWarning.message_id.in_(message_ids))
    out: dict[int, list[PayeeWarning]] = {}
    for warning in db.session.scalars(query.order_by(PayeeWarning.id)):
        out.setdefault(warning.message_id, []).append(warning)
    return out


def flagged(limit: int = 50) -> list[PayeeWarning]:
    """Warnings operators have not looked at yet, newest first."""
    query = select(PayeeWarning).where(PayeeWarning.reviewed_at.is_(None))
    return list(db.session.scalars(query.order_by(PayeeWarning.id.desc()).limit(limit)))


def mark_reviewed(warning_id: int, operator: User) -> None:
    """An operator has looked at a flagged message."""
    if not operator.is_operator:
        raise PermissionDenied()
    warning = db.session.get(PayeeWarning, warning_id)
    if warning is None:
        raise NotFound()
    warning.reviewed_at = warning.reviewed_at or utcnow()


def warning_text(warning: PayeeWarning, viewer_company_id: int | None = None) -> str:
    """The plain warning both sides read under the message (the writer's side is told what
    the other side was told, in case the message was not theirs)."""
    company = warning.company.name.rstrip(".")
    if viewer_company_id == warning.company_id:
        return str(
            _l(
                "The other side was warned: this message names the account %(found)s, which "
                "is not an account Tradewind verified for %(company)s. If you did not write "
                "it, change your password now and tell us.",
                found=_display(warning.found),
                company=company,
            )
        )
    if warning.has_verified:
        return str(
            _l(
                "Warning: the account %(found)s in this message is not the one Tradewind "
                "verified for %(company)s. Confirm it with the company by phone, on a number "
                "you already know, before you pay.",
                found=_display(warning.found),
                company=company,
            )
        )
    return str(
        _l(
            "Warning: this message names the account %(found)s, but Tradewind has not "
            "verified any account for %(company)s. Confirm it with the company by phone "
            "before you pay.",
            found=_display(warning.found),
            company=company,
        )
    )


def _display(compact: str) -> str:
    # The number found is the sender's own text, shown whole: the reader must be able
    # to compare it. Only the verified number is ever masked.
    return numbers.format_iban(compact) if compact[:2].isalpha() else compact
