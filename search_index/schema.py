"""Whoosh schemas for offers and companies."""
from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from search_index.analysis import cjk_analyzer, stemming_analyzer, words_analyzer

OFFERS = "offers"
COMPANIES = "companies"


def offer_schema() -> Schema:
    """One document per live offer. Only the id is stored: rows come from the database."""
    stem = stemming_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        stamp=STORED(),  # the row's updated_at, so `search check` can spot stale documents
        title=TEXT(analyzer=stem, field_boost=3.0, phrase=True),
        description=TEXT(analyzer=stem, phrase=True),
        company=TEXT(analyzer=stem, field_boost=1.5, phrase=False),
        hs_text=TEXT(analyzer=stem, field_boost=0.5, phrase=False),
        words=TEXT(analyzer=words_analyzer(), phrase=False),
        cjk=TEXT(analyzer=cjk_analyzer(), phrase=True),
        hs=KEYWORD(),  # "73 7306 730640": chapter, heading and subheading
        type=ID(sortable=True),
        category=ID(sortable=True),
        country=ID(sortable=True),
        incoterm=ID(sortable=True),
        targets=KEYWORD(),
        created=NUMERIC(int, bits=64, sortable=True),  # epoch milliseconds
        valid_until=NUMERIC(int, sortable=True),  # proleptic ordinal of the date
        price_cents=NUMERIC(int, bits=64, sortable=True),
    )


def company_schema() -> Schema:
    """One document per company."""
    stem = stemming_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        stamp=STORED(),
        name=TEXT(analyzer=stem, field_boost=3.0),
        products=TEXT(analyzer=stem, field_boost=2.0),
        description=TEXT(analyzer=stem),
        words=TEXT(analyzer=words_analyzer(), phrase=False),
        cjk=TEXT(analyzer=cjk_analyzer(), phrase=True),
        country=ID(sortable=True),
        business_type=ID(sortable=True),
    )
