"""User and API token models."""

from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.companies.models import Company
from marketplace.core.db import Base, UTCDateTime, utcnow

ROLES = ("exporter", "buyer", "operator")


class User(UserMixin, Base):
    """A member (exporter or buyer, always with a company) or an operator."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(120), default="")
    locale: Mapped[str | None] = mapped_column(String(5))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set when the member opened the link mailed at registration; until then they may
    # browse but not post offers or send inquiries (operators need no confirmation).
    email_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Match notifications: a daily digest per offer of the matches scoring at least this
    # (0 to 100); None turns them off.
    match_threshold: Mapped[int | None] = mapped_column(Integer, default=70, server_default="70")

    # IANA name as the member's browser reports it ("Europe/Berlin"); "" until known.
    timezone: Mapped[str] = mapped_column(String(64), default="", server_default="")

    company: Mapped[Company | None] = relationship()

    # The log-in session this request runs under (set by accounts.sessions; not stored).
    session_key = None  # str | None

    @property
    def is_active(self) -> bool:  # Flask-Login: a deactivated member cannot log in
        return self.active

    def get_id(self) -> str:
        """What Flask-Login keeps in the session and remember cookies: the member and the
        server-side log-in session, so that ending that session ends the cookies too."""
        return f"{self.id}:{self.session_key}" if self.session_key else str(self.id)

    @property
    def is_operator(self) -> bool:
        return self.role == "operator"

    @property
    def email_confirmed(self) -> bool:
        """True once the member confirmed the address (always for operators)."""
        return self.email_confirmed_at is not None or self.role == "operator"

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email} {self.role}>"


class ApiToken(Base):
    """A bearer token for the HTTP API. Only a SHA-256 digest of the secret is stored."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    name: Mapped[str] = mapped_column(String(80), default="")
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(
        String(12)
    )  # shown in lists so a member can tell tokens apart
    # A partner portal's token: it may post copies carrying ``origin`` and relay leads
    # for that partner (set by an operator: ``tokens create EMAIL --partner NAME``).
    partner: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    user: Mapped[User] = relationship()


class LoginFailure(Base):
    """A failed log-in, kept briefly to slow down password guessing (in the database, so
    every web process counts the same attempts)."""

    __tablename__ = "login_failure"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), index=True)
    remote_addr: Mapped[str] = mapped_column(String(64), default="")
    failed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class LoginSession(Base):
    """One log-in (a browser), recorded on the server so that it can be ended for good.

    The session and remember-me cookies carry the key; only its SHA-256 digest is
    stored. Log-out revokes the row, so a copy of the cookie taken before stops
    working; a password change or "log out everywhere" revokes every row of the member.
    """

    __tablename__ = "login_session"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    user_agent: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PasswordReset(Base):
    """A single-use link to set a new password, mailed to the member; expires in an hour."""

    __tablename__ = "password_reset"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
