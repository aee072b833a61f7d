"""Server-side log-in sessions: started at log-in, checked on every request, ended for good.

Flask's session cookie is signed, not stored: deleting the user from it at log-out
leaves any earlier copy of the cookie valid. So each log-in gets a random key kept
(as a digest) in ``login_session`` and in the cookies (``User.get_id``); a request
is logged in only while its key's row exists, is not revoked and belongs to an
active member.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, select, update

from marketplace.accounts.models import LoginSession, User
from marketplace.accounts.services import secret_digest
from marketplace.core.db import changed_rows, db, utcnow

# How often a session's "last seen" is written: often enough for a list of sessions,
# rarely enough that a page view does not always write.
TOUCH_EVERY = timedelta(minutes=5)


def _lifetime() -> timedelta:
    return current_app.config["REMEMBER_COOKIE_DURATION"]


def start(user: User, user_agent: str = "") -> str:
    """A new log-in session for ``user`` (its key is set on the user for Flask-Login).

    The member's sessions that ended (or outlived :func:`_lifetime`) are removed here,
    so the table holds about one row per device per member.
    """
    old = utcnow() - _lifetime()
    db.session.execute(
        delete(LoginSession).where(
            LoginSession.user_id == user.id,
            (LoginSession.revoked_at.is_not(None)) | (LoginSession.created_at < old),
        )
    )
    key = secrets.token_urlsafe(32)
    db.session.add(
        LoginSession(digest=secret_digest(key), user_id=user.id, user_agent=user_agent[:200])
    )
    user.session_key = key  # type: ignore[assignment]  # a plain attribute, not a column
    return key


def resolve(cookie_id: str) -> User | None:
    """The member a session or remember cookie names, if its log-in session is still open."""
    user_id, _, key = (cookie_id or "").partition(":")
    if not key or not user_id.isdigit():
        return None  # a cookie from before server-side sessions: log in again
    row = db.session.get(LoginSession, secret_digest(key))
    if row is None or row.revoked_at is not None or str(row.user_id) != user_id:
        return None
    now = utcnow()
    if now - row.created_at > _lifetime():
        return None  # a log-in lasts at most REMEMBER_COOKIE_DURATION, remembered or not
    user = db.session.get(User, row.user_id)
    if user is None or not user.active:
        return None  # a blocked member's sessions stop working too
    if now - row.last_seen_at >= TOUCH_EVERY:
        row.last_seen_at = now
    user.session_key = key  # type: ignore[assignment]  # a plain attribute, not a column
    return user


def end(user: User) -> None:
    """End the session this request runs under."""
    if user.session_key:
        db.session.execute(
            update(LoginSession)
            .where(LoginSession.digest == secret_digest(user.session_key))
            .values(revoked_at=utcnow())
        )


def end_all(user: User) -> int:
    """End every open session of ``user``, this request's included; how many ended."""
    return changed_rows(
        update(LoginSession)
        .where(LoginSession.user_id == user.id, LoginSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


def open_sessions(user: User) -> list[LoginSession]:
    """The member's open sessions, newest first (for My page)."""
    return list(
        db.session.scalars(
            select(LoginSession)
            .where(LoginSession.user_id == user.id, LoginSession.revoked_at.is_(None))
            .order_by(LoginSession.last_seen_at.desc())
        )
    )


def is_current(row: LoginSession, user: User) -> bool:
    """True when ``row`` is the session of this request."""
    return bool(user.session_key) and row.digest == secret_digest(user.session_key or "")
