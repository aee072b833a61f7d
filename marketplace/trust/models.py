"""What a company submits to be checked, what operators decided, reports, and payee accounts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.accounts.models import User
from marketplace.companies.models import Company
from marketplace.core.db import Base, UTCDateTime, utcnow

EVIDENCE_KINDS = ("registration", "certificate")
EVIDENCE_STATES = ("pending", "approved", "refused")
CERTIFICATE_TYPES = (
    "ISO 9001",
    "ISO 14001",
    "ISO 45001",
    "ISO 22000",
    "CE",
    "HACCP",
    "Halal",
    "Kosher",
    "GMP",
    "FDA registration",
    "KC",
    "CCC",
    "other",
)
# What an operator can say was checked. "registration" and "certificate" come from
# evidence; "site_visit" an operator records after visiting (no evidence to submit).
SCOPES = ("registration", "certificate", "site_visit")


class Evidence(Base):
    """One thing a company asks Tradewind to check: a registration number or a certificate,
    with an optional document. Each is decided on its own (approved with a scope, or
    refused with a reason the member reads); who decided and when stays on the row."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # registration | certificate
    # registration: the number as formatted, and the scheme python-stdnum checked it by
    number: Mapped[str] = mapped_column(String(80), default="")
    scheme: Mapped[str] = mapped_column(String(80), default="")  # "" when not checkable
    # certificate
    certificate_type: Mapped[str] = mapped_column(String(40), default="")
    issuer: Mapped[str] = mapped_column(String(120), default="")
    valid_until: Mapped[date | None] = mapped_column(Date)
    # the document, in the private file store (kind "documents"), never the photo path
    document_name: Mapped[str] = mapped_column(String(100), default="")
    document_filename: Mapped[str] = mapped_column(String(200), default="")  # as uploaded
    document_type: Mapped[str] = mapped_column(String(40), default="")
    document_bytes: Mapped[int] = mapped_column(Integer, default=0)
    submitted_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    state: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(Text, default="")  # why refused

    company: Mapped[Company] = relationship()
    submitted_by: Mapped[User] = relationship(foreign_keys=[submitted_by_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])


class Verification(Base):
    """A scope an operator vouched for, with who and when; revoked or lapsed ones stay."""

    __tablename__ = "verification"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    scope: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(String(80), default="")  # "ISO 9001", the number, …
    evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    granted_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    valid_until: Mapped[date | None] = mapped_column(Date)  # a certificate's own date
    revoked_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    granted_by: Mapped[User] = relationship(foreign_keys=[granted_by_id])
    revoked_by: Mapped[User | None] = relationship(foreign_keys=[revoked_by_id])


REPORT_REASONS = ("fake_company", "counterfeit", "prohibited", "scam", "wrong_category", "other")
REPORT_OUTCOMES = ("dismissed", "warned", "hidden", "blocked")


class Report(Base):
    """A member's report of an offer or a company, and the case an operator closes."""

    __tablename__ = "report"
    __table_args__ = (
        UniqueConstraint("reporter_id", "target_kind", "target_id", name="uq_report_once"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    target_kind: Mapped[str] = mapped_column(String(10))  # offer | company
    target_id: Mapped[int] = mapped_column(Integer)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)  # reported
    reason: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    outcome: Mapped[str | None] = mapped_column(String(10), index=True)  # None: open
    outcome_note: Mapped[str] = mapped_column(Text, default="")  # the owner and reporter read it
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    reporter: Mapped[User] = relationship(foreign_keys=[reporter_id])
    company: Mapped[Company] = relationship()
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])


PAYEE_STATES = ("pending", "verified", "refused")


class PayeeAccount(Base):
    """The bank account a company receives payments on, as an operator verified it.

    One row per registration; the latest verified row is the one messages are
    compared with. ``compact`` is the IBAN or account number without spaces.
    """

    __tablename__ = "payee_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    iban: Mapped[str] = mapped_column(String(40), default="")
    account_number: Mapped[str] = mapped_column(String(40), default="")
    bank_name: Mapped[str] = mapped_column(String(120), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    holder: Mapped[str] = mapped_column(String(120), default="")
    compact: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    submitted_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(Text, default="")

    company: Mapped[Company] = relationship()


class PayeeWarning(Base):
    """A message that named a bank account other than the one verified for its sender's
    company (or named one where none is verified): shown on both sides, flagged to operators."""

    __tablename__ = "payee_warning"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("inquiry_message.id"), index=True)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiry.id"), index=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)  # the sender's
    found: Mapped[str] = mapped_column(String(40))  # the number as found, compact
    has_verified: Mapped[bool] = mapped_column(default=False)  # a verified account existed
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    company: Mapped[Company] = relationship()
