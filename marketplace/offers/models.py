"""Offer and photo models."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, and_
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.accounts.models import User
from marketplace.catalog import categories
from marketplace.companies.models import Company
from marketplace.core.db import Base, Timestamped, UTCDateTime, utcnow

OFFER_TYPES = ("buy", "sell")
STATUSES = ("active", "expired", "withdrawn", "hidden")


def today() -> date:
    """Today's date in UTC, the portal's calendar (never the server's local date)."""
    return utcnow().date()


class Offer(Timestamped, Base):
    """A buy offer (RFQ) or a sell offer posted by a member for its company."""

    __tablename__ = "offer"
    __table_args__ = (
        Index("ix_offer_listing", "status", "category", "created_at"),
        # The newest live offers (home page, feeds) without sorting every live offer.
        Index("ix_offer_recent", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(4))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(40))
    hs_code: Mapped[str | None] = mapped_column(String(6), index=True)
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(18, 3))
    unit: Mapped[str | None] = mapped_column(String(3))
    min_order: Mapped[Decimal | None] = mapped_column(Numeric(18, 3))
    price_amount: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    price_currency: Mapped[str | None] = mapped_column(String(3))
    incoterm: Mapped[str | None] = mapped_column(String(3))
    port: Mapped[str | None] = mapped_column(String(5))
    origin_country: Mapped[str | None] = mapped_column(String(2), index=True)
    target_countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    payment_terms: Mapped[list[str]] = mapped_column(JSON, default=list)
    valid_until: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="active")
    views: Mapped[int] = mapped_column(Integer, default=0)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Why an operator hid the offer, for its owner to read (empty unless hidden).
    hidden_reason: Mapped[str] = mapped_column(Text, default="")

    company: Mapped[Company] = relationship()
    author: Mapped[User] = relationship()
    photos: Mapped[list[OfferPhoto]] = relationship(
        back_populates="offer", order_by="OfferPhoto.position", cascade="all, delete-orphan"
    )
    # Joined: every page that shows an offer needs to know whether it is a copy.
    origin: Mapped[OfferOrigin | None] = relationship(
        lazy="joined", cascade="all, delete-orphan", uselist=False
    )

    @property
    def seller_name(self) -> str:
        """The company to show for this offer: for a copy, the one that posted the original."""
        return self.origin.company_name if self.origin else self.company.name

    @property
    def seller_country(self) -> str | None:
        """The showing company's country (see :attr:`seller_name`)."""
        return self.origin.company_country if self.origin else self.company.country

    @property
    def category_obj(self) -> categories.Category | None:
        return categories.get(self.category)

    @property
    def price_negotiable(self) -> bool:
        return self.price_amount is None

    @classmethod
    def live(cls, day: date | None = None):
        """The one definition of a live offer, as SQL: active and not past its date.

        What the public sees in listings, counts and search; ``day`` is today (UTC)
        unless given.
        """
        return and_(cls.status == "active", cls.valid_until >= (day or today()))

    def is_live(self, day: date | None = None) -> bool:
        """:meth:`live` for one loaded offer: active and not past its date (UTC today)."""
        return self.status == "active" and self.valid_until >= (day or today())

    def is_owned_by(self, user) -> bool:
        """True when ``user`` (a member, an anonymous visitor or None) acts for this offer's company."""
        return bool(user and user.is_authenticated and user.company_id == self.company_id)

    def is_expired(self, today: date) -> bool:
        """True when the offer's validity date has passed (whatever its stored status)."""
        return self.status == "expired" or (self.status == "active" and self.valid_until < today)

    def public_status(self, today: date) -> str:
        """The status a reader should see: an active offer past its date reads as expired."""
        return "expired" if self.is_expired(today) else self.status

    def __repr__(self) -> str:
        return f"<Offer {self.id} {self.type} {self.title!r}>"


class OfferOrigin(Base):
    """Where a copy came from: the portal that posted it to us, its offer and its company.

    Only a partner portal's token may create one; the company details are what
    that portal asserts, shown as such ("posted via …").
    """

    __tablename__ = "offer_origin"

    offer_id: Mapped[int] = mapped_column(ForeignKey("offer.id"), primary_key=True)
    portal: Mapped[str] = mapped_column(String(40), index=True)  # the partner's name here
    portal_title: Mapped[str] = mapped_column(String(200))
    portal_url: Mapped[str] = mapped_column(String(500))
    remote_offer_id: Mapped[str] = mapped_column(String(100))
    url: Mapped[str] = mapped_column(String(500))
    company_name: Mapped[str] = mapped_column(String(200))
    company_country: Mapped[str | None] = mapped_column(String(2))
    company_verified: Mapped[bool] = mapped_column(Boolean, default=False)


class OfferPhoto(Base):
    """A product photo, stored under the data directory with a thumbnail beside it."""

    __tablename__ = "offer_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("offer.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    filename: Mapped[str] = mapped_column(String(64), index=True)
    thumb_filename: Mapped[str] = mapped_column(String(64), index=True)
    content_type: Mapped[str] = mapped_column(String(20))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)

    offer: Mapped[Offer] = relationship(back_populates="photos")


class PendingPhoto(Base):
    """A photo that was fine, kept for its member while the form it came with had errors.

    The form sends its token back (the browser never re-sends a file); posting the
    offer turns it into an :class:`OfferPhoto`. Unclaimed ones go after a day.
    """

    __tablename__ = "pending_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    original_name: Mapped[str] = mapped_column(String(200), default="")
    filename: Mapped[str] = mapped_column(String(64))
    thumb_filename: Mapped[str] = mapped_column(String(64))
    content_type: Mapped[str] = mapped_column(String(20))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
