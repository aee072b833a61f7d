"""Trade alerts: a buyer's saved search tells them when a fitting offer appears."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from flask_babel import lazy_ngettext
from sqlalchemy import func, select, update

from marketplace.accounts.models import User
from marketplace.activity import events
from marketplace.conversations import notifications
from marketplace.conversations.models import SavedSearch
from marketplace.core.db import changed_rows, db, utcnow
from marketplace.core.errors import NotFound, PermissionDenied
from marketplace.core.urls import external_url
from marketplace.offers.models import Offer

PARAMS = ("q", "type", "category", "country", "incoterm", "hs")
# Offers younger than this may belong to transactions that commit out of order:
# they wait for the next round.
SETTLE = timedelta(seconds=5)


def save(user: User, params: dict) -> SavedSearch:
    """Save a search (its query and filters) as an alert."""
    clean = {k: str(v)[:200] for k, v in params.items() if k in PARAMS and v}
    label = clean.get("q") or ", ".join(f"{k}={v}" for k, v in clean.items()) or "all offers"
    newest = db.session.scalar(select(func.max(Offer.id))) or 0
    alert = SavedSearch(
        user_id=user.id, params=clean, label=label[:200], checked_until_offer_id=newest
    )
    db.session.add(alert)
    db.session.flush()
    return alert


def of_user(user: User) -> list[SavedSearch]:
    """A member's alerts."""
    return list(
        db.session.scalars(
            select(SavedSearch).where(SavedSearch.user_id == user.id).order_by(SavedSearch.id)
        )
    )


def _owned(alert_id: int, user: User) -> SavedSearch:
    alert = db.session.get(SavedSearch, alert_id)
    if alert is None:
        raise NotFound()
    if alert.user_id != user.id:
        raise PermissionDenied()
    return alert


def set_paused(alert_id: int, user: User, paused: bool) -> SavedSearch:
    """Pause or resume an alert."""
    alert = _owned(alert_id, user)
    alert.paused = paused
    if not paused:  # no flood of what appeared while it was paused
        alert.checked_until_offer_id = db.session.scalar(select(func.max(Offer.id))) or 0
    return alert


def delete(alert_id: int, user: User) -> None:
    """Delete an alert."""
    db.session.delete(_owned(alert_id, user))


def _settled() -> int:
    """The highest offer id up to which every offer is in this node's search index.

    Alerts search the index, so an offer whose change the index has not applied yet
    holds the mark back: an alert is late when the index lags, never silently lost.
    """
    from flask import current_app

    from marketplace.search.indexing import unindexed_offers_from

    settled = (
        db.session.scalar(select(func.max(Offer.id)).where(Offer.created_at <= utcnow() - SETTLE))
        or 0
    )
    waiting = unindexed_offers_from(current_app.config["SEARCH_INDEX_DIR"])
    return settled if waiting is None else min(settled, waiting - 1)


def check_all() -> int:
    """Notify owners of alerts about offers posted since the last check; return alerts fired."""
    from marketplace.search.params import parse_search_args
    from marketplace.search.services import find_offers

    settled = _settled()
    fired = 0
    due = db.session.scalars(
        select(SavedSearch).where(
            SavedSearch.paused.is_(False), SavedSearch.checked_until_offer_id < settled
        )
    ).all()
    for alert in due:
        previous = alert.checked_until_offer_id
        claimed = changed_rows(
            update(SavedSearch)
            .where(SavedSearch.id == alert.id, SavedSearch.checked_until_offer_id == previous)
            .values(checked_until_offer_id=settled)
        )
        if claimed != 1:
            continue  # another worker took this round
        query, _ = parse_search_args({**alert.params, "sort": "newest", "per_page": "50"})
        page = find_offers(replace(query, facets=()))  # alerts need the offers only
        new = [o for o in page.offers if previous < o.id <= settled]
        if not new:
            continue
        user = db.session.get(User, alert.user_id)
        titles = "; ".join(o.title for o in new[:3]) + (" …" if len(new) > 3 else "")
        notifications.notify(
            [user],
            "alert",
            lazy_ngettext(
                "%(num)d new offer for your alert “%(label)s”: %(titles)s",
                "%(num)d new offers for your alert “%(label)s”: %(titles)s",
                len(new),
                label=alert.label,
                titles=titles,
            ),
            external_url("offers.show", offer_id=new[0].id),
        )
        events.record("alert_fired", actor=user, count=len(new))
        fired += 1
    return fired
