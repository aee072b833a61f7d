"""Choosing where an offer goes and keeping its postings in step with the offer.

Every function here runs inside the caller's transaction: an offer is never
saved without its postings, nor a change without the deliveries it implies.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from marketplace.accounts.models import User
from marketplace.core.db import db, utcnow
from marketplace.core.errors import InvalidInput, NotFound, PermissionDenied
from marketplace.offers.models import Offer
from marketplace.partners import registry
from marketplace.posting.models import Posting, PostingPreference

posting_partners = registry.posting
partner_titles = registry.titles


def preview_for(partner, offer_values: dict) -> list[str]:
    """What one posting site will receive of an offer, for the posting form."""
    from marketplace.posting.adapters import ADAPTERS

    return ADAPTERS[partner.kind].preview(partner, offer_values)


def default_targets(company_id: int) -> list[str]:
    """The sites a company posts to unless it unticks them: all, minus its opt-outs."""
    disabled = set(
        db.session.scalars(
            select(PostingPreference.partner).where(
                PostingPreference.company_id == company_id, PostingPreference.enabled.is_(False)
            )
        )
    )
    return [p.name for p in posting_partners() if p.name not in disabled]


def set_defaults(company_id: int, enabled: Iterable[str]) -> None:
    """Remember which sites a company posts to by default."""
    chosen = set(enabled)
    for partner in posting_partners():
        pref = db.session.get(PostingPreference, (company_id, partner.name))
        if pref is None:
            pref = PostingPreference(company_id=company_id, partner=partner.name)
            db.session.add(pref)
        pref.enabled = partner.name in chosen


def plan(offer: Offer, targets: Iterable[str]) -> list[Posting]:
    """One queued posting per chosen site (unknown names are ignored)."""
    names = {p.name for p in posting_partners()}
    postings = [
        Posting(
            offer_id=offer.id,
            partner=name,
            state="queued",
            action="create",
            version=1,
            next_attempt_at=utcnow(),
        )
        for name in dict.fromkeys(targets)
        if name in names
    ]
    db.session.add_all(postings)
    return postings


def postings_of(offer_id: int) -> list[Posting]:
    """An offer's postings, by site name."""
    return list(
        db.session.scalars(
            select(Posting).where(Posting.offer_id == offer_id).order_by(Posting.partner)
        )
    )


def postings_by_offer(offer_ids: Iterable[int]) -> dict[int, list[Posting]]:
    """The postings of several offers at once (for My page), by offer id."""
    ids = list(offer_ids)
    grouped: dict[int, list[Posting]] = {i: [] for i in ids}
    if ids:
        for p in db.session.scalars(
            select(Posting).where(Posting.offer_id.in_(ids)).order_by(Posting.partner)
        ):
            grouped[p.offer_id].append(p)
    return grouped


def _queue(posting: Posting, action: str) -> None:
    posting.action = action
    posting.version += 1
    # A delivery in flight keeps its claim: when it ends, the deliverer sees the
    # newer version and queues this change (never two deliveries at once).
    if posting.state != "sending":
        posting.state = "queued"
    posting.attempts = 0
    posting.next_attempt_at = posting.changed_at = utcnow()
    posting.last_error = ""


def offer_changed(offer: Offer, change: str) -> None:
    """Carry an offer's change (update, withdraw, renew) to every site it is on."""
    for posting in postings_of(offer.id):
        if posting.state == "unconfirmed" and change != "withdraw":
            continue  # an operator must first check what the site has
        reached = (
            posting.remote_id is not None
            or posting.delivered_version > 0
            or posting.state == "sending"
        )
        if change == "update":
            if posting.state == "withdrawn":
                continue
            _queue(posting, "update" if reached else "create")
        elif change == "withdraw":
            if reached:
                _queue(posting, "withdraw")
            else:
                posting.state, posting.action = "withdrawn", None
                posting.changed_at = utcnow()
        elif change == "renew":
            _queue(posting, "renew" if reached else "create")


def retry(posting_id: int, actor: User) -> Posting:
    """The owner or an operator sends a failed or unconfirmed posting again."""
    posting = db.session.get(Posting, posting_id)
    if posting is None:
        raise NotFound()
    if not (actor.is_operator or actor.company_id == posting.offer.company_id):
        raise PermissionDenied()
    if posting.state not in ("failed", "unconfirmed"):
        from flask_babel import lazy_gettext as _l

        raise InvalidInput({"posting": _l("This posting is not waiting for a retry.")})
    _queue(posting, posting.action or ("update" if posting.remote_id else "create"))
    return posting


def failed_count() -> int:
    """How many postings to partner sites have failed for good (an operator may retry)."""
    return (
        db.session.scalar(
            select(func.count()).select_from(Posting).where(Posting.state == "failed")
        )
        or 0
    )
