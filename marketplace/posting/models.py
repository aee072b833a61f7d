"""One posting per (offer, partner site): the durable outbox the worker delivers from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.core.db import Base, UTCDateTime, utcnow
from marketplace.offers.models import Offer

STATES = ("queued", "sending", "posted", "failed", "unconfirmed", "withdrawn")
ACTIONS = ("create", "update", "withdraw", "renew")


class Posting(Base):
    """An offer's life on one partner site.

    ``action`` is what still has to reach the site; ``version`` counts the
    offer's changes so that an edit made while a delivery is in flight is sent
    afterwards rather than lost.
    """

    __tablename__ = "posting"
    __table_args__ = (UniqueConstraint("offer_id", "partner", name="uq_posting_offer_partner"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("offer.id"), index=True)
    partner: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(12), default="queued", index=True)
    action: Mapped[str | None] = mapped_column(String(10), default="create")
    version: Mapped[int] = mapped_column(Integer, default=1)
    delivered_version: Mapped[int] = mapped_column(Integer, default=0)
    remote_id: Mapped[str | None] = mapped_column(String(100))
    remote_url: Mapped[str | None] = mapped_column(String(500))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str] = mapped_column(Text, default="")  # in a trader's words
    last_detail: Mapped[str] = mapped_column(Text, default="")  # for engineers
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    offer: Mapped[Offer] = relationship()


class PostingPreference(Base):
    """A member company's default choice of sites to post to (absent means: post there)."""

    __tablename__ = "posting_preference"

    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), primary_key=True)
    partner: Mapped[str] = mapped_column(String(40), primary_key=True)
    enabled: Mapped[bool] = mapped_column(default=True)
