"""The search index's view of the database: documents of offers and companies.

``search_index`` keeps the index in step but knows no models; this module is the
:class:`~search_index.source.DocumentSource` it reads, the session hook that queues
every changed offer and company in the change log, in the same transaction as the change, and the
entry points the worker and the CLI call (``apply_pending``, ``rebuild``, ``check``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal

from flask import current_app
from sqlalchemy import event, func, or_, select
from sqlalchemy.orm import Session

from marketplace.catalog import exchange_rates as rates
from marketplace.catalog.exchange_rates import ExchangeRate
from marketplace.companies import responsiveness
from marketplace.companies.models import Company
from marketplace.core.db import db
from marketplace.offers.models import Offer, OfferOrigin
from search_index import writer
from search_index.analysis import cjk_runs
from search_index.backends import Backend
from search_index.contract import NO_PRICE, NO_PRICE_LAST, thousandths, us_cents
from search_index.documents import hs_prefixes, hs_words, stamp
from search_index.engine import engine
from search_index.models import ChangeLogEntry, enqueue


def price_in_us_cents(amount, currency: str | None, rates: Mapping[str, Decimal]) -> int | None:
    """A unit price in whole US cents at the reference rates; None without a price or rate."""
    if amount is None or not currency:
        return None
    if currency == "USD":
        return us_cents(amount)
    rate = rates.get(currency)
    return us_cents(amount / rate) if rate else None


def offer_document(offer, usd: Mapping[str, Decimal]) -> dict:
    """The index document of a live offer (an Offer, or a row of :func:`_offer_rows`);
    ``usd`` (:func:`~marketplace.deals.rates.units_per_dollar`) turn its price into US cents for price filters and sorts."""
    company_name = offer.seller_name or ""
    # Product names live in titles; only those feed typo tolerance ("words"),
    # which keeps the unstemmed copy small. CJK n-grams cover the whole text.
    headline = f"{offer.title} {company_name}"
    text = f"{offer.title} {offer.description} {company_name}"
    price = price_in_us_cents(offer.price_amount, offer.price_currency, usd)
    return {
        "id": str(offer.id),
        "stamp": stamp(offer.updated_at),
        "title": offer.title,
        "description": offer.description or "",
        "company": company_name,
        "hs_text": hs_words(offer.hs_code),
        "words": headline,
        "cjk": " ".join(cjk_runs(text)),
        "hs": hs_prefixes(offer.hs_code),
        "type": offer.type,
        "category": offer.category,
        "country": offer.origin_country or "",
        "incoterm": offer.incoterm or "",
        "targets": " ".join(offer.target_countries or []),
        "created": int(offer.created_at.timestamp() * 1000),
        "valid_until": offer.valid_until.toordinal(),
        "price": NO_PRICE if price is None else price,
        "price_up": NO_PRICE_LAST if price is None else price,
        "min_order": thousandths(offer.min_order) if offer.min_order else 0,
        "trust": trust_terms(offer),
    }


def trust_terms(offer) -> str:
    """The "trust" field: "verified" for a company Tradewind verified (a copy's seller
    is not ours to vouch for), "responsive" for one that answers most inquiries in time."""
    terms = []
    if offer.company_verified and offer.origin_portal is None:
        terms.append("verified")
    if responsiveness.responsive(offer):
        terms.append("responsive")
    return " ".join(terms)


def company_document(company: Company) -> dict:
    """The index document of a company."""
    text = f"{company.name} {company.main_products} {company.description}"
    return {
        "id": str(company.id),
        "stamp": stamp(company.updated_at),
        "name": company.name,
        "products": company.main_products or "",
        "description": company.description or "",
        "words": text,
        "cjk": " ".join(cjk_runs(text)),
        "country": company.country,
        "business_type": company.business_type,
    }


# Only active offers are in the index; expiry by date is filtered at query time too.
INDEXED = Offer.status == "active"


def _offer_rows(*where):
    """What an offer's document needs, as plain rows: no ORM objects to build (rebuilds
    read every live offer) and the seller's name resolved in SQL (a copy's origin first)."""
    return (
        select(
            Offer.id,
            Offer.updated_at,
            Offer.title,
            Offer.description,
            Offer.hs_code,
            Offer.type,
            Offer.category,
            Offer.origin_country,
            Offer.incoterm,
            Offer.target_countries,
            Offer.created_at,
            Offer.valid_until,
            Offer.price_amount,
            Offer.price_currency,
            Offer.min_order,
            func.coalesce(OfferOrigin.company_name, Company.name).label("seller_name"),
            OfferOrigin.portal.label("origin_portal"),
            Company.verified.label("company_verified"),
            Company.inquiries_received,
            Company.response_rate,
            Company.response_hours,
        )
        .join(Company, Company.id == Offer.company_id)
        .outerjoin(OfferOrigin, OfferOrigin.offer_id == Offer.id)
        .where(INDEXED, *where)
    )


class DatabaseSource:
    """Documents read through the app's session (see ``search_index.source``)."""

    def offer_documents(self, ids: Iterable[int]) -> dict[int, dict]:
        rows = db.session.execute(_offer_rows(Offer.id.in_(list(ids))))
        usd = rates.units_per_dollar()
        return {row.id: offer_document(row, usd) for row in rows}

    def company_documents(self, ids: Iterable[int]) -> dict[int, dict]:
        query = select(Company).where(Company.id.in_(list(ids)))
        return {company.id: company_document(company) for company in db.session.scalars(query)}

    def offers_of_companies(self, company_ids: Iterable[int]) -> set[int]:
        # A company's name is part of its offers' documents: renaming it re-indexes them.
        query = select(Offer.id).where(Offer.company_id.in_(list(company_ids)))
        return set(db.session.scalars(query))

    def all_offer_documents(self) -> Iterator[dict]:
        # Streamed in batches: memory stays flat over 100,000 offers.
        rows = db.session.execute(
            _offer_rows().order_by(Offer.id).execution_options(yield_per=2000)
        )
        usd = rates.units_per_dollar()
        for row in rows:
            yield offer_document(row, usd)

    def all_company_documents(self) -> Iterator[dict]:
        for company in db.session.scalars(select(Company).order_by(Company.id)):
            yield company_document(company)

    def offer_stamps(self) -> dict[int, int]:
        rows = db.session.execute(select(Offer.id, Offer.updated_at).where(INDEXED))
        return {offer_id: stamp(updated_at) for offer_id, updated_at in rows}

    def company_stamps(self) -> dict[int, int]:
        rows = db.session.execute(select(Company.id, Company.updated_at))
        return {company_id: stamp(updated_at) for company_id, updated_at in rows}


SOURCE = DatabaseSource()


def document_count() -> int:
    """How many documents a rebuild writes (for its progress bar)."""
    offers = db.session.scalar(select(func.count()).where(INDEXED)) or 0
    return offers + (db.session.scalar(select(func.count()).select_from(Company)) or 0)


def _backend() -> Backend:
    # The app's one engine (search_index.engine.init_app) names the backend to write with.
    return engine().backend


def _node() -> str:
    return current_app.config["NODE_NAME"]


def apply_pending(index_dir: str, batch: int = writer.BATCH) -> int:
    """Apply up to ``batch`` logged changes to this node's index (the caller commits)."""
    return writer.apply_pending(index_dir, _node(), SOURCE, _backend(), batch)


def rebuild(index_dir: str, progress: Callable[[int], None] = lambda n: None) -> dict[str, int]:
    """Rebuild this node's index from the database (the caller commits its report)."""
    return writer.rebuild(index_dir, _node(), SOURCE, _backend(), progress)


def check(index_dir: str, repair: bool = False) -> writer.Drift:
    """Compare the index with the database; with ``repair``, log every difference."""
    return writer.check(index_dir, SOURCE, _backend(), repair)


def unindexed_offers_from(index_dir: str) -> int | None:
    """The lowest offer id with a logged change this node's index has not applied yet.

    None when nothing is waiting. 0 when the index has no position yet (not built):
    then nothing counts as indexed.
    """
    mark = writer.position(index_dir)
    if mark is None:
        return 0
    # The gaps as one range: an applied row inside it only holds alerts back a moment.
    later = ChangeLogEntry.id > mark.high
    waiting = select(func.min(ChangeLogEntry.entity_id)).where(
        ChangeLogEntry.kind == "offer",
        or_(later, mark.gaps_between(ChangeLogEntry.id)) if mark.gaps else later,
    )
    return db.session.scalar(waiting)


def _kind_of(obj) -> str | None:
    if isinstance(obj, Offer):
        return "offer"
    if isinstance(obj, Company):
        return "company"
    return None


@event.listens_for(db.session, "after_flush")
def _queue_changed_entities(session: Session, flush_context) -> None:
    # Runs for every flush of the app's sessions (bound to db.session, not every SQLAlchemy
    # Session in the process): offers and companies that were
    # inserted, changed or deleted get a queue row in the same transaction.
    pending: dict[str, set[int]] = {}
    for obj in (*session.new, *session.dirty, *session.deleted):
        kind = _kind_of(obj)
        if kind is None or obj.id is None:
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        pending.setdefault(kind, set()).add(obj.id)
    currencies = {
        obj.currency
        for obj in (*session.new, *session.dirty, *session.deleted)
        if isinstance(obj, ExchangeRate)
    }
    if currencies:
        # A new or changed reference rate moves every price in that currency.
        priced = select(Offer.id).where(INDEXED, Offer.price_currency.in_(currencies))
        pending.setdefault("offer", set()).update(session.scalars(priced))
    for kind, ids in pending.items():
        enqueue(session, kind, ids)
