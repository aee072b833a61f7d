"""Quotations on buying requests and their attachments."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.accounts.models import User
from marketplace.companies.models import Company
from marketplace.conversations.models import Inquiry
from marketplace.core.db import Base, UTCDateTime, utcnow
from marketplace.offers.models import Offer

# open: waiting for the buyer; accepted / declined: the buyer decided; closed: the buyer
# closed the request without deciding on this one.
QUOTATION_STATES = ("open", "accepted", "declined", "closed")


class Quotation(Base):
    """A supplier's priced answer to a buy offer (a request for quotation).

    One per supplier company and request; its thread (``inquiry``) carries the
    conversation that follows.
    """

    __tablename__ = "quotation"
    __table_args__ = (UniqueConstraint("offer_id", "company_id", name="uq_quotation_supplier"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("offer.id"), index=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiry.id"), unique=True)
    unit_price: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    currency: Mapped[str] = mapped_column(String(3))
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 3))
    unit: Mapped[str] = mapped_column(String(3))
    min_order: Mapped[Decimal | None] = mapped_column(Numeric(18, 3))
    incoterm: Mapped[str] = mapped_column(String(3))
    place: Mapped[str] = mapped_column(String(100))  # the Incoterm's named place
    lead_time_days: Mapped[int] = mapped_column(Integer)
    payment_terms: Mapped[list[str]] = mapped_column(JSON, default=list)
    valid_until: Mapped[date] = mapped_column(Date)
    message: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    shortlisted: Mapped[bool] = mapped_column(Boolean, default=False)
    decline_reason: Mapped[str] = mapped_column(String(20), default="")  # a DECLINE_REASONS key
    decision_note: Mapped[str] = mapped_column(Text, default="")  # the buyer's words
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)

    offer: Mapped[Offer] = relationship()
    company: Mapped[Company] = relationship()
    author: Mapped[User] = relationship(foreign_keys=[author_id])
    inquiry: Mapped[Inquiry] = relationship()
    attachments: Mapped[list[QuotationAttachment]] = relationship(
        back_populates="quotation", order_by="QuotationAttachment.id", cascade="all, delete-orphan"
    )

    @property
    def total(self) -> Decimal:
        """Unit price times the quantity offered."""
        return self.unit_price * self.quantity

    def is_expired(self, today: date) -> bool:
        """An open quotation whose validity date has passed."""
        return self.status == "open" and self.valid_until < today


class QuotationAttachment(Base):
    """A checked PDF or picture sent with a quotation (kept in the private document store)."""

    __tablename__ = "quotation_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    quotation_id: Mapped[int] = mapped_column(ForeignKey("quotation.id"), index=True)
    stored_name: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)

    quotation: Mapped[Quotation] = relationship(back_populates="attachments")
