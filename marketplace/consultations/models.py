"""Consultations, their proposed times, participants, and the room's peers, signals and chat."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.accounts.models import User
from marketplace.conversations.models import Inquiry
from marketplace.core.db import Base, UTCDateTime, utcnow

# proposed: times offered, none chosen; booked: a time chosen; declined / cancelled: off;
# ended: held (or its time passed), its record written to the thread.
STATES = ("proposed", "booked", "declined", "cancelled", "ended")


class Consultation(Base):
    """A video consultation arranged in one thread (an inquiry or a quotation's)."""

    __tablename__ = "consultation"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(ForeignKey("inquiry.id"), index=True)
    proposed_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    duration_minutes: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="proposed", index=True)
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    booked_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    inquiry: Mapped[Inquiry] = relationship()
    proposed_by: Mapped[User] = relationship(foreign_keys=[proposed_by_id])
    booked_by: Mapped[User | None] = relationship(foreign_keys=[booked_by_id])
    slots: Mapped[list[ConsultationSlot]] = relationship(
        order_by="ConsultationSlot.starts_at", cascade="all, delete-orphan"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="consultation", order_by="Participant.id", cascade="all, delete-orphan"
    )
    chat: Mapped[list[ChatLine]] = relationship(
        order_by="ChatLine.id", cascade="all, delete-orphan"
    )

    @property
    def ends_at(self) -> datetime | None:
        """When the booked time is over."""
        if self.starts_at is None:
            return None
        return self.starts_at + timedelta(minutes=self.duration_minutes)


class ConsultationSlot(Base):
    """One of the times proposed."""

    __tablename__ = "consultation_slot"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Participant(Base):
    """Someone who may enter the room: the two members who booked it, or a guest invited by
    mail (an interpreter, a trade-agency adviser), who enters with ``invite_token``."""

    __tablename__ = "consultation_participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254))
    kind: Mapped[str] = mapped_column(String(6), default="member")  # member | guest
    invite_token: Mapped[str | None] = mapped_column(String(64), unique=True)
    # The browser that first used a guest's link; another browser with it is refused.
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    invited_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    first_joined_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    seconds_present: Mapped[int] = mapped_column(Integer, default=0)

    consultation: Mapped[Consultation] = relationship(back_populates="participants")


class RoomPeer(Base):
    """One browser tab in the room (a participant may rejoin as a new peer)."""

    __tablename__ = "consultation_peer"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("consultation_participant.id"))
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    participant: Mapped[Participant] = relationship()


class RoomSignal(Base):
    """A WebRTC signalling message (offer, answer, ICE candidate) from one peer to another,
    kept in the database so every process and node of the portal can pass it on."""

    __tablename__ = "consultation_signal"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    from_peer: Mapped[str] = mapped_column(String(32))
    to_peer: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ChatLine(Base):
    """A chat message written in the room; the transcript stays on the record."""

    __tablename__ = "consultation_chat"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("consultation_participant.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    participant: Mapped[Participant] = relationship()
