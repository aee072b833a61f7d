"""Inquiry threads, notifications, offer matches and saved-search alerts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.accounts.models import User
from marketplace.core import translatable
from marketplace.core.db import Base, UTCDateTime, utcnow
from marketplace.offers.models import Offer


class Inquiry(Base):
    """A conversation about one offer between its company and another member.

    A thread may have its other end on a partner site (``relay_partner``): a
    buyer there wrote about our offer (no sender here; ``counterpart_*`` say who,
    as the partner reports it), or a buyer here wrote about a copy of the
    partner's offer. ``remote_id`` is the thread's id on that site.
    """

    __tablename__ = "inquiry"

    id: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("offer.id"), index=True)
    sender_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    sender_company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"), index=True)
    owner_company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_message_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    first_answer_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    unread_by_owner: Mapped[int] = mapped_column(Integer, default=0)
    unread_by_sender: Mapped[int] = mapped_column(Integer, default=0)
    spam_reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    spam_reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    relay_partner: Mapped[str | None] = mapped_column(String(40))
    remote_id: Mapped[str | None] = mapped_column(String(100))
    counterpart_name: Mapped[str] = mapped_column(String(200), default="")
    counterpart_country: Mapped[str | None] = mapped_column(String(2))
    counterpart_email: Mapped[str] = mapped_column(String(254), default="")
    # inquiry: a question about the offer; quotation: opened by a supplier's quotation on a
    # buying request (answer rates count inquiries only: a buyer owes no reply to a quote).
    kind: Mapped[str] = mapped_column(String(10), default="inquiry", server_default="inquiry")

    offer: Mapped[Offer] = relationship()
    sender: Mapped[User | None] = relationship()

    @property
    def sender_display(self) -> str:
        """Who started the thread: a member's company, or the buyer a partner site named."""
        if self.sender is None:
            return self.counterpart_name
        return self.sender.company.name if self.sender.company else self.sender.email

    @property
    def owner_display(self) -> str:
        """Whose offer it is about (for a copy: the company that posted the original)."""
        return self.offer.seller_name

    messages: Mapped[list[InquiryMessage]] = relationship(
        back_populates="inquiry", order_by="InquiryMessage.id", cascade="all, delete-orphan"
    )


class InquiryMessage(Base):
    """One message in an inquiry thread."""

    __tablename__ = "inquiry_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiry.id"), index=True)
    # None: written on the partner site at the thread's other end (``remote_author`` says who)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    remote_author: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)
    quantity: Mapped[str] = mapped_column(String(60), default="")
    target_price: Mapped[str] = mapped_column(String(60), default="")
    terms: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # A message the portal wrote (a decision, a consultation booked) kept translatable, so
    # each side reads it in its own language; ``body`` holds it in English.
    message: Mapped[list[str] | None] = mapped_column(JSON)
    params: Mapped[dict | None] = mapped_column(JSON)

    inquiry: Mapped[Inquiry] = relationship(back_populates="messages")
    author: Mapped[User | None] = relationship()
    relay: Mapped[Relay | None] = relationship(back_populates="message", uselist=False)

    @property
    def shown(self) -> str:
        """The message in the current language (a member's own words as written)."""
        return translatable.render(self.message, self.params, self.body)

    @property
    def author_display(self) -> str:
        """Who wrote it, as the thread shows it."""
        if self.author is None:
            return self.remote_author
        return self.author.company.name if self.author.company else self.author.email


class Relay(Base):
    """One message on its way to the partner site at the other end of its thread.

    The durable outbox of leads, written with the message: the worker claims,
    sends (with an ``Idempotency-Key``, so a retry never doubles it) and
    retries with back-off until the site has it.
    """

    __tablename__ = "relay"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("inquiry_message.id"), unique=True)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiry.id"), index=True)
    partner: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(12), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str] = mapped_column(Text, default="")  # in a trader's words
    last_detail: Mapped[str] = mapped_column(Text, default="")  # for engineers
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    message: Mapped[InquiryMessage] = relationship(back_populates="relay")
    inquiry: Mapped[Inquiry] = relationship()


class Notification(Base):
    """Something a member should know: a message, a match, an alert."""

    __tablename__ = "notification"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # inquiry | reply | match | alert
    text: Mapped[str] = mapped_column(String(300))  # in English
    # The translatable message (msgid, or singular and plural) and its values, rendered
    # in each reader's language (see notifications.render); None: only ``text``.
    message: Mapped[list[str] | None] = mapped_column(JSON)
    params: Mapped[dict | None] = mapped_column(JSON, default=dict)
    link: Mapped[str] = mapped_column(String(300), default="")

    @property
    def shown(self) -> str:
        """The notification in the current language."""
        return translatable.render(self.message, self.params, self.text)

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Match(Base):
    """A buy offer and a sell offer that fit each other."""

    __tablename__ = "offer_match"
    __table_args__ = (
        UniqueConstraint("buy_offer_id", "sell_offer_id", name="uq_offer_match_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    buy_offer_id: Mapped[int] = mapped_column(ForeignKey("offer.id"), index=True)
    sell_offer_id: Mapped[int] = mapped_column(ForeignKey("offer.id"), index=True)
    score: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(
        String(10), default="proposed"
    )  # proposed|accepted|dismissed
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # When each side's daily digest named this match (None: not yet; see matching.digests).
    buyer_told_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    seller_told_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    buy_offer: Mapped[Offer] = relationship(foreign_keys=[buy_offer_id])
    sell_offer: Mapped[Offer] = relationship(foreign_keys=[sell_offer_id])


class SavedSearch(Base):
    """A buyer's saved search; new offers matching it raise an alert."""

    __tablename__ = "saved_search"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    params: Mapped[dict] = mapped_column(JSON)  # q, type, category, country, incoterm, hs
    label: Mapped[str] = mapped_column(String(200), default="")
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_until_offer_id: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
