"""Forms kept when they could not be taken: a session that ended, a form that expired.

What the member typed is stored server-side (never passwords, never files) under a
random token that only the browser's signed session cookie carries; after log-in the
member sees it again and sends it with one click. Kept for :data:`KEEP_FOR`.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import JSON, Boolean, Integer, String, delete
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.core.db import Base, UTCDateTime, changed_rows, db, utcnow

KEEP_FOR = timedelta(days=1)
MAX_VALUE = 20_000  # characters per field kept (a description is at most 5,000)
MAX_FIELDS = 200


class KeptForm(Base):
    """One form post kept for its writer: where it went and its fields, in order."""

    __tablename__ = "kept_form"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    path: Mapped[str] = mapped_column(String(500))
    fields: Mapped[list] = mapped_column(JSON, default=list)  # [[name, value], ...]
    had_files: Mapped[bool] = mapped_column(Boolean, default=False)
    # The member whose session posted it, when the session named one: shown to them only.
    user_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)

    @property
    def typed(self) -> list[tuple[str, str]]:
        """The fields the member filled in (empty ones and hidden plumbing left out)."""
        return [
            (name, value)
            for name, value in self.fields
            if value.strip() and not name.startswith("_")
        ]


def keep(
    path: str, fields: list[tuple[str, str]], had_files: bool, user_id: int | None
) -> str | None:
    """Keep a post's fields; its token, or None when nothing was typed worth keeping.

    Passwords and CSRF tokens are never kept.
    """
    kept = [
        [name[:100], value[:MAX_VALUE]]
        for name, value in fields[:MAX_FIELDS]
        if name != "csrf_token" and "password" not in name.lower()
    ]
    if not any(value.strip() for _name, value in kept):
        return None
    token = secrets.token_urlsafe(24)
    db.session.add(
        KeptForm(token=token, path=path[:500], fields=kept, had_files=had_files, user_id=user_id)
    )
    return token


def get(token: str | None, user_id: int | None) -> KeptForm | None:
    """The kept form ``token`` names, if it is recent and ``user_id`` may see it."""
    if not token or not isinstance(token, str):
        return None
    found = db.session.get(KeptForm, token[:64])
    if found is None or utcnow() - found.created_at > KEEP_FOR:
        return None
    if found.user_id is not None and found.user_id != user_id:
        return None
    return found


def discard(token: str | None) -> None:
    """Forget a kept form (sent again, or thrown away by its writer)."""
    if token and isinstance(token, str):
        db.session.execute(delete(KeptForm).where(KeptForm.token == token[:64]))


def prune(now: datetime | None = None) -> int:
    """Forget kept forms older than :data:`KEEP_FOR`; how many."""
    cutoff = (now or utcnow()) - KEEP_FOR
    return changed_rows(delete(KeptForm).where(KeptForm.created_at < cutoff))
