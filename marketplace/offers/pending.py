"""Photos kept while a form is fixed: the good files of a post that had errors wait here.

A browser never sends a file again after an error page, so the photos that were fine
are stored at once, shown back on the form and sent back by token; one bad file no
longer costs the member the good ones.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta

from flask import current_app
from flask_babel import gettext
from sqlalchemy import select

from marketplace.accounts.models import User
from marketplace.core import storage
from marketplace.core.db import db, utcnow
from marketplace.core.errors import InvalidInput
from marketplace.offers import photos as photo_store
from marketplace.offers.models import PendingPhoto

KEEP_FOR = timedelta(days=1)


def claim(user: User, tokens: Sequence[str]) -> list[PendingPhoto]:
    """The member's kept photos among ``tokens`` (anyone else's are ignored), oldest first."""
    wanted = [t for t in tokens if isinstance(t, str) and len(t) == 32][:20]
    if not wanted or not user.is_authenticated:
        return []
    return list(
        db.session.scalars(
            select(PendingPhoto)
            .where(PendingPhoto.token.in_(wanted), PendingPhoto.user_id == user.id)
            .order_by(PendingPhoto.id)
        )
    )


def find(user: User, token: str) -> PendingPhoto | None:
    """One of the member's kept photos, or None."""
    found = claim(user, [token])
    return found[0] if found else None


def keep(user: User, files: Sequence, room: int) -> tuple[list[PendingPhoto], list[str]]:
    """Store the good ``files`` (at most ``room`` of them) for ``user``; a message per file refused.

    Called after the form's own transaction rolled back: what is kept here is saved
    by the request's commit.
    """
    kept: list[PendingPhoto] = []
    problems: list[str] = []
    for upload in [f for f in files if f and getattr(f, "filename", "")]:
        name = upload.filename[:200]
        if len(kept) >= room:
            limit = current_app.config["MAX_PHOTOS"]
            problems.append(
                gettext(
                    "%(name)s was not kept: an offer can have at most %(n)d photos.",
                    name=name,
                    n=limit,
                )
            )
            continue
        upload.stream.seek(0)
        try:
            (prepared,) = photo_store.prepare_photos([upload], existing=0)
        except InvalidInput as refused:
            problems.append(
                gettext(
                    "%(name)s: %(reason)s", name=name, reason=refused.messages().get("photos", "")
                )
            )
            continue
        filename, thumb = photo_store.store_prepared(prepared)
        row = PendingPhoto(
            token=uuid.uuid4().hex,
            user_id=user.id,
            original_name=name,
            filename=filename,
            thumb_filename=thumb,
            content_type=prepared.content_type,
            width=prepared.width,
            height=prepared.height,
        )
        db.session.add(row)
        kept.append(row)
    db.session.flush()
    return kept, problems


def prune(now=None) -> int:
    """Forget kept photos no form claimed within :data:`KEEP_FOR`; their files go too."""
    cutoff = (now or utcnow()) - KEEP_FOR
    stale = list(db.session.scalars(select(PendingPhoto).where(PendingPhoto.created_at < cutoff)))
    storage.store("photos").delete([n for p in stale for n in (p.filename, p.thumb_filename)])
    for row in stale:
        db.session.delete(row)
    return len(stale)
