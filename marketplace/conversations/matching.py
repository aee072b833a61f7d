"""Matchmaking: buy offers and the sell offers that fit them, with a score and a reason.

Candidates come from the search index (text similarity, HS heading); each is
then scored on what traders check: the same HS heading or category, compatible
countries, the same Incoterms rule, and whether Tradewind verified the other side
and the supplier answers its inquiries (``TRUST_POINTS``). Dismissed matches never
come back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from flask_babel import lazy_ngettext
from sqlalchemy import func, or_, select
from sqlalchemy.orm import joinedload

from marketplace.activity import events
from marketplace.catalog import terms
from marketplace.companies import responsiveness
from marketplace.conversations import notifications
from marketplace.conversations.models import Match
from marketplace.core.db import db, utcnow
from marketplace.core.errors import NotFound, PermissionDenied
from marketplace.core.upsert import insert_ignore
from marketplace.core.urls import external_url
from marketplace.offers.models import Offer, today

log = logging.getLogger(__name__)
T = TypeVar("T")

PROPOSE_AT = 45.0  # a match worth showing; members choose what is worth a digest
CANDIDATES = 60
# Trust moves a pair up, never makes a match on its own: an unverified supplier with
# the right product still scores above PROPOSE_AT; the same numbers as search ranking's
# TRUST_WEIGHTS in spirit (verification first, then answering inquiries).
TRUST_POINTS = {"verified supplier": 8.0, "verified buyer": 4.0, "answers most inquiries": 5.0}
# Verification counts in the score but is not written as a reason: the suggestion shows the
# other side's ✔ badge with its date, and each side knows whether it is verified itself.
BADGE_SAYS_IT = frozenset({"verified supplier", "verified buyer"})
# Among the first suggestions, no company more than this often: a buyer wants to compare
# suppliers, not read one supplier's catalogue (13 of 15 were one company's offers).
PER_COMPANY = 2
HEAD = 10
# A request (or offer) without an HS code is read by the HS assistant: the same heading
# then counts, less than a code the member chose (the assistant is sometimes wrong).
GUESSED_HEADING_POINTS = 20.0


@dataclass
class Scored:
    """A candidate with its score and the reason in a trader's words."""

    offer: Offer
    score: float
    reason: str


def _buyer_country(buy: Offer) -> str | None:
    return buy.company.country if buy.company else None


def score(
    buy: Offer,
    sell: Offer,
    text_similarity: float,
    buy_guess: str | None = None,
    sell_guess: str | None = None,
) -> tuple[float, str]:
    """Score a (buy, sell) pair from 0 to 100 and say why.

    ``buy_guess`` / ``sell_guess``: the code the HS assistant reads in the title of a side
    that gave none; it counts less than a code a member chose."""
    points = 40.0 * text_similarity
    reasons = []
    buy_code, sell_code = buy.hs_code or buy_guess, sell.hs_code or sell_guess
    if buy.hs_code and sell.hs_code and buy.hs_code[:4] == sell.hs_code[:4]:
        points += 30
        reasons.append(f"same HS heading {sell.hs_code[:4]}")
    elif buy_code and sell_code and buy_code[:4] == sell_code[:4]:
        points += GUESSED_HEADING_POINTS
        reasons.append(f"reads as HS heading {sell_code[:4]}")
    elif buy.hs_code and sell.hs_code and buy.hs_code[:2] == sell.hs_code[:2]:
        points += 12
        reasons.append(f"same HS chapter {sell.hs_code[:2]}")
    elif buy.category == sell.category:
        points += 10
        reasons.append("same category")
    if buy.hs_code and sell.hs_code and buy.hs_code == sell.hs_code:
        points += 5  # the same subheading: the same product more surely than the heading
    # Countries, terms and quantity say whether a deal can be made, not that the product
    # is the same: without an HS match (a category is too broad: steel plate and steel
    # pipe share one) they count only as far as the words do.
    product_evidence = bool(reasons) and reasons[-1] != "same category"
    context_start = points
    wanted_from = set(buy.target_countries or [])
    ships_to = set(sell.target_countries or [])
    buyer_country = _buyer_country(buy)
    if (not wanted_from or sell.origin_country in wanted_from) and (
        not ships_to or buyer_country in ships_to
    ):
        points += 15
        if ships_to and buyer_country:
            reasons.append(f"ships to {buyer_country}")
        elif wanted_from and sell.origin_country:
            reasons.append(f"from {sell.origin_country}")
    else:
        points -= 25  # the countries rule each other out
    if buy.incoterm and sell.incoterm == buy.incoterm and _place_fits(buy, sell, buyer_country):
        points += 10
        reasons.append(sell.incoterm + (f" {sell.port}" if sell.port else ""))
    if buy.incoterm in terms.DESTINATION_INCOTERMS and sell.incoterm == "EXW":
        points -= 15  # the buyer wants the goods delivered; the supplier sells ex works only
    quantity_fit = _quantity_fits(buy, sell)
    if quantity_fit is True:
        points += 5
        reasons.append("the quantity meets the minimum order")
    elif quantity_fit is False:
        points -= 15  # the supplier would not take an order this small
    if not product_evidence:
        points = context_start + (points - context_start) * text_similarity
    if not reasons or text_similarity >= 0.6:
        reasons.insert(0, "similar product description")
    for reason in _trust_reasons(buy, sell):
        points += TRUST_POINTS[reason]
        if reason not in BADGE_SAYS_IT:
            reasons.append(reason)
    return round(max(0.0, min(100.0, points)), 1), "; ".join(reasons)


def _place_fits(buy: Offer, sell: Offer, buyer_country: str | None) -> bool:
    """Whether the supplier's named place suits this buyer, so that the same rule is a
    true reason: a C or D rule's place must be in the buyer's country (the buyer's own
    port when it names one); an E or F rule's place is at the seller's end, fine for all."""
    if not sell.port:
        return True
    if sell.incoterm in terms.DESTINATION_INCOTERMS:
        if buy.port:
            return sell.port == buy.port
        return buyer_country is not None and sell.port[:2] == buyer_country
    return True


def _quantity_fits(buy: Offer, sell: Offer) -> bool | None:
    """The requested quantity against the supplier's minimum order, in one unit; None
    when either is not given or the units differ."""
    if buy.quantity is None or sell.min_order is None or buy.unit != sell.unit:
        return None
    return buy.quantity >= sell.min_order


def diversified(
    items: list[T], company_of: Callable[[T], int], per_company: int = PER_COMPANY, head: int = HEAD
) -> list[T]:
    """``items`` (best first) reordered so that no company appears more than
    ``per_company`` times among the first ``head``. The rest keep their order after
    them, and only when the head is full: with fewer companies than that, a company's
    other offers are on its profile, not in the suggestions."""
    first: list[T] = []
    rest: list[T] = []
    seen: dict[int, int] = {}
    for item in items:
        company = company_of(item)
        if len(first) < head and seen.get(company, 0) < per_company:
            first.append(item)
            seen[company] = seen.get(company, 0) + 1
        else:
            rest.append(item)
    return first + rest if len(first) == head else first


def _trust_reasons(buy: Offer, sell: Offer) -> list[str]:
    reasons = []
    if sell.company is not None and sell.company.verified:
        reasons.append("verified supplier")
    if buy.company is not None and buy.company.verified:
        reasons.append("verified buyer")
    if sell.company is not None and responsiveness.responsive(sell.company):
        reasons.append("answers most inquiries")
    return reasons


def guess_hs(title: str) -> str | None:
    """The HS subheading the assistant reads first in a title, if any."""
    from search_index import hs_assistant

    found = hs_assistant.suggest(title, limit=1)
    return found[0].code if found else None


def candidates(offer: Offer) -> list[Scored]:
    """Live offers of the opposite type that fit ``offer``, best first."""
    from search_index.engine import engine

    opposite = "sell" if offer.type == "buy" else "buy"
    guessed = None if offer.hs_code else guess_hs(offer.title)
    found = engine().similar_offers(
        offer.title, opposite, offer.hs_code or guessed, limit=CANDIDATES
    )
    if not found:
        return []
    top = max(s for _, s in found) or 1.0
    rows = {
        o.id: o
        for o in db.session.scalars(
            select(Offer)
            .where(Offer.id.in_([i for i, _ in found]))
            .options(joinedload(Offer.company))
        )
    }
    day = today()
    scored = []
    for offer_id, similarity in found:
        other = rows.get(offer_id)
        if other is None or other.company_id == offer.company_id or not other.is_live(day):
            continue
        buy, sell = (offer, other) if offer.type == "buy" else (other, offer)
        guesses = (guessed, None) if offer.type == "buy" else (None, guessed)
        points, reason = score(buy, sell, similarity / top, *guesses)
        scored.append(Scored(other, points, reason))
    return diversified(sorted(scored, key=lambda s: -s.score), lambda s: s.offer.company_id)


def refresh(offer: Offer) -> int:
    """Find and store the matches of a new or edited offer (``digests`` tells the owners).

    A failed search costs only the suggestions, never the offer being posted;
    matches are inserted with ON CONFLICT DO NOTHING, so two offers edited at
    once cannot clash either. Returns how many new matches were proposed.
    """
    if offer.status != "active":
        return 0
    try:
        found = [c for c in candidates(offer) if c.score >= PROPOSE_AT][:20]
    except Exception:
        log.warning("matchmaking for offer %s failed", offer.id, exc_info=True)
        return 0
    pair = (
        (lambda other: (offer.id, other.id))
        if offer.type == "buy"
        else (lambda other: (other.id, offer.id))
    )
    existing = {
        (m.buy_offer_id, m.sell_offer_id): m
        for m in db.session.scalars(
            select(Match).where(
                or_(Match.buy_offer_id == offer.id, Match.sell_offer_id == offer.id)
            )
        )
    }
    new = []
    for candidate in found:
        key = pair(candidate.offer)
        match = existing.get(key)
        if match is not None:
            if match.status == "proposed":
                match.score, match.reason = candidate.score, candidate.reason
            continue
        new.append(candidate)
        events.record("match_proposed", offer=offer)
    insert_ignore(
        Match,
        [
            {
                "buy_offer_id": pair(c.offer)[0],
                "sell_offer_id": pair(c.offer)[1],
                "score": c.score,
                "reason": c.reason,
                "status": "proposed",
                "created_at": utcnow(),
            }
            for c in new
        ],
    )
    return len(new)


DIGEST_EVERY = timedelta(days=1)
DIGEST_NAMES = 5  # titles named in a digest; the page lists them all


def digests(now: datetime | None = None) -> int:
    """Tell each offer's company, at most once a day per offer, of the matches found since
    its last digest that score at least each member's ``match_threshold`` (None: off).

    Every match is named once per side; matches below everyone's threshold are marked
    as told too, so a later digest never brings up old ones. Returns the notifications made.
    """
    now = now or utcnow()
    made = 0
    for told, own, own_side, other_side in (
        (Match.buyer_told_at, Match.buy_offer_id, "buy_offer", "sell_offer"),
        (Match.seller_told_at, Match.sell_offer_id, "sell_offer", "buy_offer"),
    ):
        waiting: dict[int, list[Match]] = {}
        for match in db.session.scalars(
            select(Match).where(told.is_(None), Match.status == "proposed").order_by(Match.id)
        ):
            waiting.setdefault(getattr(match, own.key), []).append(match)
        last_told: dict[int, datetime] = {
            offer_id: last
            for offer_id, last in db.session.execute(
                select(own, func.max(told)).where(own.in_(list(waiting))).group_by(own)
            )
        }
        for offer_id, matches in waiting.items():
            last = last_told.get(offer_id)
            if last is not None and now - last < DIGEST_EVERY:
                continue  # this offer had its digest today; these wait for tomorrow's
            offer: Offer = getattr(matches[0], own_side)
            matches.sort(key=lambda m: -m.score)
            for user in notifications.company_members(offer.company_id):
                if user.match_threshold is None:
                    continue
                strong = [m for m in matches if m.score >= user.match_threshold]
                if strong:
                    notifications.notify(
                        [user],
                        "match",
                        _digest_text(offer, strong, other_side),
                        external_url("offers.show", offer_id=offer.id) + "#matches",
                    )
                    made += 1
            for match in matches:
                setattr(match, told.key, now)
    return made


def _digest_text(offer: Offer, strong: list[Match], other_side: str):
    names = "; ".join(getattr(m, other_side).title for m in strong[:DIGEST_NAMES])
    if len(strong) > DIGEST_NAMES:
        names += f" (+{len(strong) - DIGEST_NAMES})"
    if offer.type == "buy":
        return lazy_ngettext(
            "%(num)d new matching supplier for “%(title)s”: %(names)s",
            "%(num)d new matching suppliers for “%(title)s”: %(names)s",
            len(strong),
            title=offer.title,
            names=names,
        )
    return lazy_ngettext(
        "%(num)d new matching buying request for “%(title)s”: %(names)s",
        "%(num)d new matching buying requests for “%(title)s”: %(names)s",
        len(strong),
        title=offer.title,
        names=names,
    )


def for_offer(offer: Offer) -> list[tuple[Match, Offer]]:
    """The offer's matches that are not dismissed, best first (at most ``PER_COMPANY``
    per company among the first ``HEAD``), with the other offer."""
    column = Match.buy_offer_id if offer.type == "buy" else Match.sell_offer_id
    day = today()
    out = []
    for match in db.session.scalars(
        select(Match)
        .where(column == offer.id, Match.status != "dismissed")
        .order_by(Match.score.desc(), Match.id)
        .limit(60)
    ):
        other = match.sell_offer if offer.type == "buy" else match.buy_offer
        if other.is_live(day):
            out.append((match, other))
    return diversified(out, lambda pair: pair[1].company_id)[:20]


def dismiss(match_id: int, actor) -> Match:
    """An owner of either offer dismisses a match; it is not proposed again."""
    match = db.session.get(Match, match_id)
    if match is None:
        raise NotFound()
    if not (match.buy_offer.is_owned_by(actor) or match.sell_offer.is_owned_by(actor)):
        raise PermissionDenied()
    match.status = "dismissed"
    events.record("match_dismissed", actor=actor)
    return match
