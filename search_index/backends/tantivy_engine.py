"""The tantivy engine: the same schema, analysis and answers as Whoosh, compiled.

Offers and companies are two tantivy indexes in ``<index dir>/offers`` and
``<index dir>/companies``. Text is analysed by tantivy itself (words of letters
and digits, lower-cased, Whoosh's stop words, Snowball English stems), and
queries are built from the same parsed query as Whoosh's, with the same field
weights (``query.FIELD_WEIGHTS``). Facets are tantivy aggregations over fast
fields; "did you mean" walks the term dictionary of the unstemmed ``words``
field. Searchers are thread-safe: no lock around a search.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, cast

import tantivy
from tantivy import Occur, Query
from whoosh.analysis import STOP_WORDS

from search_index import query as uq
from search_index import typos
from search_index.backends.base import Busy, Unavailable
from search_index.contract import (
    FACET_FIELDS,
    POSTED_WITHIN,
    OfferHits,
    OfferQuery,
    posted_since_ms,
    price_bounds,
)
from search_index.schema import COMPANIES, OFFERS

WORD = r"[^\W_]+"
STEM, WORDS, SPACE = "tw_stem", "tw_words", "tw_space"
FACET_SIZE = 300  # more than there are countries
WRITE_HEAP = 50_000_000
BULK_HEAP_PER_THREAD = 100_000_000


def _analyzers() -> dict[str, tantivy.TextAnalyzer]:
    stop = list(STOP_WORDS)
    return {
        STEM: tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(WORD))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.custom_stopword(stop))
        .filter(tantivy.Filter.stemmer("english"))
        .build(),
        WORDS: tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.regex(WORD))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.custom_stopword(stop))
        .build(),
        SPACE: tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build(),
    }


_ANALYZERS = _analyzers()


def _text(builder, name: str, tokenizer: str, positions: bool = False, fast: bool = False):
    builder.add_text_field(
        name, tokenizer_name=tokenizer, index_option="position" if positions else "freq", fast=fast
    )


def offer_schema() -> tantivy.Schema:
    """One document per live offer; only fast fields are read back (never stored text)."""
    b = tantivy.SchemaBuilder()
    b.add_integer_field("oid", indexed=True, fast=True)
    b.add_integer_field("stamp", fast=True)
    _text(b, "title", STEM, positions=True)
    _text(b, "description", STEM, positions=True)
    _text(b, "company", STEM)
    _text(b, "hs_text", STEM)
    _text(b, "words", WORDS)
    _text(b, "cjk", SPACE)
    _text(b, "hs", SPACE)
    for name in FACET_FIELDS:
        b.add_text_field(name, tokenizer_name="raw", index_option="basic", fast=True)
    _text(b, "targets", SPACE)
    _text(b, "trust", SPACE)
    b.add_integer_field("created", indexed=True, fast=True)
    b.add_integer_field("valid_until", indexed=True, fast=True)
    # As in Whoosh's schema (search_index/schema.py).
    b.add_integer_field("price", indexed=True, fast=True)
    b.add_integer_field("price_up", indexed=True, fast=True)
    b.add_integer_field("min_order", indexed=True, fast=True)
    return b.build()


def company_schema() -> tantivy.Schema:
    """One document per company."""
    b = tantivy.SchemaBuilder()
    b.add_integer_field("oid", indexed=True, fast=True)
    b.add_integer_field("stamp", fast=True)
    for name in ("name", "products", "description"):
        _text(b, name, STEM)
    _text(b, "words", WORDS)
    _text(b, "cjk", SPACE)
    for name in ("country", "business_type"):
        b.add_text_field(name, tokenizer_name="raw", index_option="basic", fast=True)
    return b.build()


SCHEMAS = {OFFERS: offer_schema(), COMPANIES: company_schema()}


def cjk_grams(text: str) -> str:
    """The 1- and 2-character grams of each CJK run, as Whoosh's CJK analyzer makes them."""
    grams: list[str] = []
    for run in text.split():
        grams.extend(run)
        grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(grams)


def _document(fields: dict) -> tantivy.Document:
    values = {k: v for k, v in fields.items() if k != "id" and v not in ("", None)}
    values["oid"] = int(fields["id"])
    if "cjk" in values:
        values["cjk"] = cjk_grams(values["cjk"])
    return tantivy.Document(**values)


def _with_analyzers(ix: tantivy.Index) -> tantivy.Index:
    # Analysers are not stored with an index: every opened or created one needs them.
    for name, analyzer in _ANALYZERS.items():
        ix.register_tokenizer(name, analyzer)
    return ix


def _open(path: Path) -> tantivy.Index:
    return _with_analyzers(tantivy.Index.open(str(path)))


def _stems(text: str) -> list[str]:
    return list(dict.fromkeys(_ANALYZERS[STEM].analyze(text)))


def _ids(searcher, hits) -> list[int]:
    """The offer or company ids of search hits, read from the ``oid`` fast field."""
    addresses = [address for _score, address in hits]
    return [int(cast(int, i)) for i in searcher.fast_field_values("oid", addresses)] if hits else []


class _Queries:
    """Queries for one schema, built from a parsed user query."""

    def __init__(self, schema: tantivy.Schema):
        self.schema = schema

    def term(self, field: str, value, boost: float = 1.0) -> Query:
        q = Query.term_query(self.schema, field, value)
        return Query.boost_query(q, boost) if boost != 1.0 else q

    def any_of(self, queries: list[Query]) -> Query:
        return (
            queries[0]
            if len(queries) == 1
            else Query.boolean_query([(Occur.Should, q) for q in queries])
        )

    def all_of(self, queries: list[Query]) -> Query:
        if not queries:
            return Query.all_query()
        return (
            queries[0]
            if len(queries) == 1
            else Query.boolean_query([(Occur.Must, q) for q in queries])
        )

    def cjk(self, run: str) -> Query:
        grams = [run[i : i + 2] for i in range(len(run) - 1)] or [run]
        return self.all_of([self.term("cjk", g) for g in dict.fromkeys(grams)])

    def word(self, word: str, candidates: list[str], weights: dict[str, float]) -> Query | None:
        alternatives = [self.term(f, s, w) for s in _stems(word) for f, w in weights.items()]
        for rank, candidate in enumerate(candidates):
            factor = uq.CORRECTION_WEIGHTS[0] if rank == 0 else uq.CORRECTION_WEIGHTS[1]
            alternatives += [
                self.term(f, s, w * factor) for s in _stems(candidate) for f, w in weights.items()
            ]
        return self.any_of(alternatives) if alternatives else None


def _posted_counts(aggregation: dict) -> dict[str, int]:
    # Tantivy's range buckets may not overlap: count from the newest bucket back.
    counts: dict[str, int] = {}
    running = 0
    buckets = {bucket.get("key"): bucket["doc_count"] for bucket in aggregation["buckets"]}
    for days in POSTED_WITHIN:  # 1, 7, 30: newest first
        running += buckets.get(f"d{days}", 0)
        if running:
            counts[str(days)] = running
    return counts


class TantivyReader:
    """Both indexes of one directory, reopened when a rebuild swaps the directory.

    Its methods are those of :class:`search_index.backends.base.Reader`.
    """

    def __init__(self, directory: str):
        self.directory = Path(directory)
        self._lock = threading.Lock()  # guards opening and reloading only, never a search
        self._indexes: dict[str, tantivy.Index] = {}
        self._seen: dict[str, tuple[int, int]] = {}
        self._inode: int | None = None

    def _current(self, name: str) -> tantivy.Index:
        meta = self.directory / name / "meta.json"
        try:
            inode = os.stat(self.directory).st_ino
            changed = os.stat(meta).st_mtime_ns
        except FileNotFoundError as exc:
            raise Unavailable(str(exc)) from exc
        with self._lock:
            if inode != self._inode:
                self._indexes.clear()
                self._seen.clear()
                self._inode = inode
            ix = self._indexes.get(name)
            try:
                if ix is None:
                    ix = _open(self.directory / name)
                    ix.config_reader(reload_policy="Manual")
                    self._indexes[name] = ix
                elif self._seen.get(name) != (inode, changed):
                    ix.reload()
            except ValueError as exc:
                self._indexes.pop(name, None)
                raise Unavailable(str(exc)) from exc
            self._seen[name] = (inode, changed)
            return ix

    def generation(self) -> Hashable:
        self._current(OFFERS)
        self._current(COMPANIES)
        return tuple(sorted(self._seen.items()))

    def _fuzzy(self, searcher, words: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for word in words:
            # As in Whoosh: a word whose stem titles hold ("valve", "valves") is no typo.
            stems = _stems(word)
            known = searcher.doc_freq("words", word) or (
                searcher.doc_freq("title", stems[0]) if stems else 0
            )
            if typos.needs_correction(word, known):
                out[word] = typos.rank(word, searcher.terms_with_prefix("words", word[:1]))
        return out

    def _filters(self, q: _Queries, request: OfferQuery, now: float, skip: str | None = None):
        parts = [
            q.any_of([q.term(name, value) for value in values])
            for name, values in request.filters().items()
            if name != skip
        ]
        if request.hs:
            parts.append(
                q.term("hs", request.hs)
                if len(request.hs) in (2, 4, 6)
                else Query.regex_query(q.schema, "hs", re.escape(request.hs) + "[0-9]*")
            )
        if request.posted_within and skip != "posted":
            since = posted_since_ms(now, request.posted_within)
            parts.append(
                Query.range_query(q.schema, "created", tantivy.FieldType.Integer, lower_bound=since)
            )
        if request.verified:
            parts.append(q.term("trust", "verified"))
        for field, low, high in price_bounds(request):
            parts.append(
                Query.range_query(
                    q.schema,
                    field,
                    tantivy.FieldType.Integer,
                    lower_bound=low,
                    upper_bound=high,
                )
            )
        return [Query.const_score_query(p, 0.0) for p in parts]

    def _with(self, text_query: Query, filters: list[Query]) -> Query:
        if not filters:
            return text_query
        return Query.boolean_query([(Occur.Must, text_query)] + [(Occur.Must, f) for f in filters])

    def _facets(self, searcher, query: Query, names: Iterable[str], now: float) -> dict:
        spec: dict[str, dict] = {}
        for name in names:
            if name == "posted":
                cutoffs = [posted_since_ms(now, days) for days in POSTED_WITHIN]
                ranges = [{"key": "d1", "from": cutoffs[0]}]
                ranges += [
                    {"key": f"d{POSTED_WITHIN[i]}", "from": cutoffs[i], "to": cutoffs[i - 1]}
                    for i in range(1, len(POSTED_WITHIN))
                ]
                spec[name] = {"range": {"field": "created", "ranges": ranges}}
            else:
                spec[name] = {"terms": {"field": name, "size": FACET_SIZE}}
        if not spec:
            return {}
        answer = searcher.aggregate(query, spec)
        counts: dict[str, dict[str, int]] = {}
        for name in spec:
            if name == "posted":
                counts[name] = _posted_counts(answer[name])
            else:
                counts[name] = {
                    b["key"]: b["doc_count"] for b in answer[name]["buckets"] if b["key"]
                }
        return counts

    def search_offers(self, request: OfferQuery, today: date, now: float) -> OfferHits:
        started = time.perf_counter()
        ix = self._current(OFFERS)
        searcher = ix.searcher()
        q = _Queries(SCHEMAS[OFFERS])
        parsed = uq.parse(request.q)
        fuzzy = self._fuzzy(searcher, parsed.words)
        required: list[Query] = []
        for word in parsed.words:
            wq = q.word(word, fuzzy.get(word, []), uq.FIELD_WEIGHTS)
            if wq is not None:
                required.append(wq)
        for tokens in parsed.phrases:
            stems = [s for t in tokens for s in _stems(t)]
            if len(stems) > 1:
                required.append(
                    q.any_of(
                        [
                            Query.boost_query(
                                Query.phrase_query(q.schema, field, cast(Any, stems)),
                                uq.FIELD_WEIGHTS[field],
                            )
                            for field in ("title", "description")
                        ]
                    )
                )
            elif stems:
                required.append(q.term("title", stems[0], uq.FIELD_WEIGHTS["title"]))
        required += [q.term("hs", code) for code in parsed.hs_codes]
        required += [q.cjk(run) for run in parsed.cjk]
        text_query = q.all_of(required)
        if request.related_hs:
            related = [q.term("hs", h, uq.RELATED_WEIGHT) for h in request.related_hs]
            text_query = Query.boolean_query(
                [(Occur.Should, text_query), *[(Occur.Should, r) for r in related]]
            )
        query = self._with(text_query, self._filters(q, request, now))
        offset = (request.page - 1) * request.per_page
        unranked = not (parsed.words or parsed.phrases or parsed.cjk)
        if request.sort == "newest" or (request.sort == "relevance" and unranked):
            field, order = "created", tantivy.Order.Desc
        elif request.sort == "expiring":
            field, order = "valid_until", tantivy.Order.Asc
        elif request.sort == "price_low":
            field, order = "price_up", tantivy.Order.Asc
        elif request.sort == "price_high":
            field, order = "price", tantivy.Order.Desc
        else:
            field, order = None, tantivy.Order.Desc  # by score
            bonus = [
                (Occur.Should, Query.const_score_query(q.term("trust", term), weight))
                for term, weight in uq.TRUST_WEIGHTS.items()
            ]
            query = Query.boolean_query([(Occur.Must, query), *bonus])
        result = searcher.search(
            query,
            limit=request.per_page,
            count=True,
            offset=offset,
            order_by_field=field,
            order=order,
        )
        ids = _ids(searcher, result.hits)
        in_force = set(request.filters()) | ({"posted"} if request.posted_within else set())
        shown = [name for name in request.facets if name in (*FACET_FIELDS, "posted")]
        facets = self._facets(searcher, query, [n for n in shown if n not in in_force], now)
        for name in shown:
            if name in in_force:
                # A chosen filter's facet counts what the other filters leave, so the
                # buyer still sees the alternatives (and their numbers) for that choice.
                others = self._with(text_query, self._filters(q, request, now, skip=name))
                facets.update(self._facets(searcher, others, [name], now))
        return OfferHits(
            total=cast(Any, result).count or 0,  # the type stubs leave out ``count``
            ids=ids,
            facets=facets,
            suggestion=typos.suggestion([*parsed.words, *parsed.hs_codes, *parsed.cjk], fuzzy),
            terms=uq.highlight_terms(parsed, fuzzy),
            cjk=parsed.cjk,
            elapsed_ms=(time.perf_counter() - started) * 1000,
        )

    def search_companies(self, text: str, limit: int, country: str | None = None) -> list[int]:
        searcher = self._current(COMPANIES).searcher()
        q = _Queries(SCHEMAS[COMPANIES])
        parsed = uq.parse(text)
        weights = {"name": 3.0, "products": 2.0, "description": 1.0}
        parts = [wq for w in parsed.words if (wq := q.word(w, [], weights)) is not None]
        parts += [q.cjk(run) for run in parsed.cjk]
        if not parts:
            return []
        if country:
            parts.append(Query.const_score_query(q.term("country", country), 0.0))
        return _ids(searcher, searcher.search(q.all_of(parts), limit=limit).hits)

    def similar_offers(
        self, text: str, offer_type: str, hs_code: str | None, limit: int
    ) -> list[tuple[int, float]]:
        searcher = self._current(OFFERS).searcher()
        q = _Queries(SCHEMAS[OFFERS])
        parsed = uq.parse(text)
        stems = list(
            dict.fromkeys(s for w in parsed.words[:8] for v in uq.spellings(w) for s in _stems(v))
        )
        alternatives = [q.term("title", s, 3.0) for s in stems]
        alternatives += [q.cjk(run) for run in parsed.cjk]
        if hs_code:
            alternatives.append(q.term("hs", hs_code[:4], 8.0))
        if not alternatives:
            return []
        query = Query.boolean_query(
            [(Occur.Must, q.any_of(alternatives)), (Occur.Must, q.term("type", offer_type))]
        )
        hits = searcher.search(query, limit=limit).hits
        return [(i, score) for i, (score, _a) in zip(_ids(searcher, hits), hits, strict=True)]

    def close(self) -> None:
        with self._lock:
            self._indexes.clear()
            self._seen.clear()


@contextmanager
def _committing(writer) -> Iterator[None]:
    """Commit what the block wrote, or roll it back; either way release the writer's lock."""
    try:
        yield
        writer.commit()
    except BaseException:
        writer.rollback()
        raise
    finally:
        writer.wait_merging_threads()


class TantivyBackend:
    """tantivy (PyPI ``tantivy``): for portals with tens of thousands of offers and more."""

    name = "tantivy"
    format = "3"  # 2: the "trust" field; 3: prices in US cents and minimum orders

    def reader(self, directory: str) -> TantivyReader:
        return TantivyReader(directory)

    def exists(self, directory: str) -> bool:
        return all((Path(directory) / name / "meta.json").exists() for name in SCHEMAS)

    def write(self, directory: str, name: str, documents: dict[int, dict], ids: set[int]) -> None:
        ix = _open(Path(directory) / name)
        try:
            writer = ix.writer(heap_size=WRITE_HEAP, num_threads=1)
        except ValueError as exc:  # the index writer lock is held by another process
            raise Busy(str(exc)) from exc
        with _committing(writer):
            for entity_id in sorted(ids):
                writer.delete_documents_by_term("oid", entity_id)
                if entity_id in documents:
                    writer.add_document(_document(documents[entity_id]))

    def bulk(
        self,
        directory: str,
        name: str,
        documents: Iterable[dict],
        progress: Callable[[int], None],
        procs: int,
    ) -> int:
        path = Path(directory) / name
        path.mkdir(parents=True, exist_ok=True)
        ix = _with_analyzers(tantivy.Index(SCHEMAS[name], path=str(path)))
        threads = max(1, procs)
        writer = ix.writer(heap_size=BULK_HEAP_PER_THREAD * threads, num_threads=threads)
        count = 0
        with _committing(writer):
            for fields in documents:
                writer.add_document(_document(fields))
                count += 1
                if count % 1000 == 0:
                    progress(1000)
        progress(count % 1000)
        return count

    def stamps(self, directory: str, name: str) -> dict[int, int]:
        path = Path(directory) / name
        if not (path / "meta.json").exists():
            return {}
        searcher = _open(path).searcher()
        if not searcher.num_docs:
            return {}
        hits = searcher.search(Query.all_query(), limit=searcher.num_docs).hits
        stamps = searcher.fast_field_values("stamp", [address for _score, address in hits])
        return {i: int(cast(int, s)) for i, s in zip(_ids(searcher, hits), stamps, strict=True)}
