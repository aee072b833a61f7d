"""The PDF catalogues already made: one per company and language, replaced when it changes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.core.db import Base, UTCDateTime, utcnow


class CatalogueFile(Base):
    """The stored PDF of a company's catalogue in one language, and what it was made from.

    ``fingerprint`` digests everything the PDF shows; a catalogue whose company or
    offers changed since has another fingerprint and is made again.
    """

    __tablename__ = "catalogue_file"

    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), primary_key=True)
    language: Mapped[str] = mapped_column(String(10), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(100))
    generated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
