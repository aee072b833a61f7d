"""Whoosh: offer and company search over the index (ranking, filters, facets, suggestions)."""

from __future__ import annotations

import time
from datetime import date

from whoosh import query as wq
from whoosh import sorting

from search_index import query as uq
from search_index import typos
from search_index.analysis import stem
from search_index.contract import (
    FACET_FIELDS,
    POSTED_WITHIN,
    OfferHits,
    OfferQuery,
    posted_since_ms,
    price_bounds,
)


def _filter_query(request: OfferQuery, now: float, skip: str | None = None):
    # No date filter here: the worker expires offers within a minute of their
    # last day, and rows past their date are dropped when loaded. A range filter
    # on every search would cost more than the whole rest of the search.
    parts: list[wq.Query] = []
    for name, values in request.filters().items():
        if name != skip:
            terms = [wq.Term(name, value) for value in values]
            parts.append(terms[0] if len(terms) == 1 else wq.Or(terms))
    if request.hs:
        parts.append(
            wq.Term("hs", request.hs)
            if len(request.hs) in (2, 4, 6)
            else wq.Prefix("hs", request.hs)
        )
    if request.posted_within and skip != "posted":
        parts.append(wq.NumericRange("created", posted_since_ms(now, request.posted_within), None))
    if request.verified:
        parts.append(wq.Term("trust", "verified"))
    for field, low, high in price_bounds(request):
        parts.append(wq.NumericRange(field, low, high))
    return wq.And(parts) if parts else None


class PostedWithinFacet(sorting.FacetType):
    """Buckets "posted within 1 / 7 / 30 days", read from the ``created`` column.

    Whoosh's QueryFacet would run one range query per bucket on every search;
    reading the sortable column of each matching document is far cheaper.
    """

    allow_overlap = True

    def __init__(self, now: float):
        self.cutoffs = [(str(days), posted_since_ms(now, days)) for days in POSTED_WITHIN]
        self.maptype = sorting.Count

    def categorizer(self, global_searcher):
        return _PostedCategorizer(self.cutoffs)


class _PostedCategorizer(sorting.Categorizer):
    allow_overlap = True

    def __init__(self, cutoffs):
        self.cutoffs = cutoffs
        self.column = None

    def set_searcher(self, segment_searcher, docoffset):
        reader = segment_searcher.reader()
        # An empty index has no column (and an EmptyReader cannot even be asked).
        has = getattr(reader, "has_column", None)
        self.column = (
            reader.column_reader("created", translate=True)
            if has is not None and reader.doc_count_all() and has("created")
            else None
        )

    def keys_for(self, matcher, segment_docnum):
        if self.column is None:
            return []
        created = self.column[segment_docnum]
        return [name for name, cutoff in self.cutoffs if created >= cutoff]

    def key_for(self, matcher, segment_docnum):
        keys = self.keys_for(matcher, segment_docnum)
        return keys[0] if keys else None


def _sorted_by(request: OfferQuery, parsed: uq.ParsedQuery):
    # Without words to rank by (browsing, or an HS code alone), newest first.
    unranked = not (parsed.words or parsed.phrases or parsed.cjk)
    if request.sort == "newest" or (request.sort == "relevance" and unranked):
        return sorting.FieldFacet("created", reverse=True)
    if request.sort == "expiring":
        return sorting.FieldFacet("valid_until")
    if request.sort == "price_low":
        return sorting.FieldFacet("price_up")
    if request.sort == "price_high":
        return sorting.FieldFacet("price", reverse=True)
    return None


def _fuzzy_candidates(searcher, words: list[str]) -> dict[str, list[str]]:
    """For each word the index has never seen, the real words within a typo or two."""
    out: dict[str, list[str]] = {}
    for word in words:
        # A word no title holds as typed but whose stem they hold ("valve" where titles
        # say "valves") is found by the stemmed fields: nothing to correct.
        known = searcher.doc_frequency("words", word) or searcher.doc_frequency("title", stem(word))
        if not typos.needs_correction(word, known):
            continue
        # Whoosh counts edits as Levenshtein, where swapping two letters ("yran" for
        # "yarn") costs two: short words are asked for two edits too, and typos.rank keeps
        # only what is within reach by optimal string alignment, as the tantivy engine
        # does. Never three: Whoosh's automaton over a 100,000-offer vocabulary then
        # takes seconds (freshness p95 rose from 0.4 to 9 s in bench/engines_bench.py).
        reach = 2
        near = searcher.suggest("words", word, limit=20, maxdist=reach, prefix=1)
        out[word] = typos.rank(word, [(w, searcher.doc_frequency("words", w)) for w in near])
    return out


def _groups(results, names) -> dict[str, dict[str, int]]:
    return {name: {k: v for k, v in results.groups(name).items() if k} for name in names}


def search_offers(searcher, request: OfferQuery, today: date, now: float) -> OfferHits:
    """Search the offer index with an open searcher."""
    started = time.perf_counter()
    parsed = uq.parse(request.q)
    fuzzy = _fuzzy_candidates(searcher, parsed.words)
    text_query = uq.build(parsed, fuzzy)
    if request.related_hs:
        related = [wq.Term("hs", h, boost=uq.RELATED_WEIGHT) for h in request.related_hs]
        text_query = wq.Or([text_query, *related])
    ranked = _sorted_by(request, parsed) is None
    # Only the facets the caller shows: each one is collected over every matching document.
    facets: dict[str, sorting.FacetType] = {
        name: sorting.FieldFacet(name, maptype=sorting.Count)
        for name in FACET_FIELDS
        if name in request.facets
    }
    if "posted" in request.facets:
        facets["posted"] = PostedWithinFacet(now)
    results = searcher.search_page(
        uq.with_trust(text_query) if ranked else text_query,
        request.page,
        pagelen=request.per_page,
        filter=_filter_query(request, now),
        groupedby=facets or None,
        sortedby=_sorted_by(request, parsed),
        terms=False,
    )
    counts = _groups(results.results, facets)
    # A chosen filter's facet counts what the *other* filters leave, so the
    # buyer still sees the alternatives (and their numbers) for that choice.
    for name in [*request.filters(), *(["posted"] if request.posted_within else [])]:
        if name not in facets:
            continue
        # Only counts are needed here: an unscored pass costs a fraction of a search.
        others = searcher.search(
            text_query,
            limit=None,
            scored=False,
            groupedby={name: facets[name]},
            filter=_filter_query(request, now, skip=name),
        )
        counts[name] = _groups(others, [name])[name]
    # Whoosh answers a page past the end with the last page; a caller paging
    # until it gets an empty page must get one.
    past_end = results.pagenum != request.page
    return OfferHits(
        total=results.total,
        ids=[] if past_end else [int(hit["id"]) for hit in results],
        facets=counts,
        suggestion=typos.suggestion([*parsed.words, *parsed.hs_codes, *parsed.cjk], fuzzy),
        terms=uq.highlight_terms(parsed, fuzzy),
        cjk=parsed.cjk,
        elapsed_ms=(time.perf_counter() - started) * 1000,
    )


def search_companies(searcher, text: str, limit: int = 5, country: str | None = None) -> list[int]:
    """Ids of the companies best matching ``text``, only in ``country`` when given."""
    parsed = uq.parse(text)
    parts: list[wq.Query] = []
    for word in parsed.words:
        stems = uq.stems(word)
        if stems:
            parts.append(
                wq.Or(
                    [
                        wq.Term(f, s, boost=w)
                        for s in stems
                        for f, w in (("name", 3.0), ("products", 2.0), ("description", 1.0))
                    ]
                )
            )
    for run in parsed.cjk:
        parts.append(uq.cjk_query(run))
    if not parts:
        return []
    only = wq.Term("country", country) if country else None
    return [int(hit["id"]) for hit in searcher.search(wq.And(parts), limit=limit, filter=only)]


def similar_offers(
    searcher,
    text: str,
    offer_type: str,
    hs_code: str | None,
    exclude_company: int | None = None,
    limit: int = 50,
) -> list[tuple[int, float]]:
    """Live offers of ``offer_type`` whose text resembles ``text``: ``[(id, score)]``, best first.

    Any of the text's words may match (a buy request rarely repeats a supplier's
    wording); the same HS heading counts as strong evidence.
    """
    parsed = uq.parse(text)
    # A product is named in a few words; more words only cost time (every extra
    # term widens the set of documents Whoosh scores in Python).
    words = list(
        dict.fromkeys(s for w in parsed.words[:8] for v in uq.spellings(w) for s in uq.stems(v))
    )
    # Titles only: HS wording is shared by thousands of offers and would make
    # Whoosh score most of the index; the HS heading term below carries it instead.
    alternatives: list[wq.Query] = [wq.Term("title", s, boost=3.0) for s in words]
    alternatives += [uq.cjk_query(run) for run in parsed.cjk]
    if hs_code:
        alternatives.append(wq.Term("hs", hs_code[:4], boost=8.0))
    if not alternatives:
        return []
    results = searcher.search(wq.Or(alternatives), limit=limit, filter=wq.Term("type", offer_type))
    return [(int(hit["id"]), hit.score) for hit in results]
