"""Whoosh schemas for offers and companies."""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from search_index.analysis import cjk_analyzer, stemming_analyzer, words_analyzer

OFFERS = "offers"
COMPANIES = "companies"


def offer_schema() -> Schema:
    """One document per live offer. Only the id is stored: rows come from the database.

    Field weights are applied at query time (``query.FIELD_WEIGHTS``), not as
    index-time ``field_boost``: Whoosh multiplies term frequencies by that
    boost *before* BM25 saturates them, which flattens the difference between
    a word in the title and the same word repeated in a long description.
    """
    stem = stemming_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        stamp=STORED(),  # the row's updated_at, so `search check` can spot stale documents
        title=TEXT(analyzer=stem, phrase=True),
        description=TEXT(analyzer=stem, phrase=True),
        company=TEXT(analyzer=stem, phrase=False),
        hs_text=TEXT(analyzer=stem, phrase=False),
        words=TEXT(analyzer=words_analyzer(), phrase=False),
        cjk=TEXT(analyzer=cjk_analyzer(), phrase=True),
        hs=KEYWORD(),  # "73 7306 730640": chapter, heading and subheading
        type=ID(sortable=True),
        category=ID(sortable=True),
        country=ID(sortable=True),
        incoterm=ID(sortable=True),
        targets=KEYWORD(),
        trust=KEYWORD(),  # "verified responsive": the search filter and a ranking signal
        # Coarse trie steps: fewer terms per value, so faster to index; the few
        # range queries we run ("posted within 7 days") stay cheap.
        created=NUMERIC(int, bits=64, sortable=True, shift_step=16),  # epoch milliseconds
        valid_until=NUMERIC(int, sortable=True, shift_step=16),  # proleptic ordinal of the date
        # The unit price in US cents (contract.NO_PRICE when unknown), twice: ``price_up``
        # holds NO_PRICE_LAST instead, so unpriced offers also come last cheapest-first.
        price=NUMERIC(int, bits=64, signed=True, sortable=True, shift_step=16),
        price_up=NUMERIC(int, bits=64, sortable=True, shift_step=16),
        min_order=NUMERIC(int, bits=64, shift_step=16),  # thousandths of the unit; 0: none given
    )


def company_schema() -> Schema:
    """One document per company."""
    stem = stemming_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        stamp=STORED(),
        name=TEXT(analyzer=stem),
        products=TEXT(analyzer=stem),
        description=TEXT(analyzer=stem),
        words=TEXT(analyzer=words_analyzer(), phrase=False),
        cjk=TEXT(analyzer=cjk_analyzer(), phrase=True),
        country=ID(sortable=True),
        business_type=ID(sortable=True),
    )
