"""The HS code assistant: likely HS subheadings for a product title.

A small in-memory Whoosh index of the 5,600 subheadings, each document holding
its own description plus its heading's and chapter's, so that "LED lamp" finds
9405 lamps and "stainless steel pipe" finds 7306 tubes and pipes.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass

from whoosh import query as wq
from whoosh import scoring
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import FileStorage, RamStorage

from marketplace.catalog import categories, hs
from search_index import query as uq
from search_index.analysis import cjk_analyzer, stemming_analyzer
from search_index.hs_aliases import (
    ALIASES,
    CJK_ALIASES,
    JAPANESE_ALIASES,
    OTHER_LANGUAGE_ALIASES,
    QUERY_FILLER_WORDS,
)

FIELDS = ("own", "heading", "chapter", "aliases")
_TSHIRT = re.compile(r"\bt[- ]?shirts?\b", re.IGNORECASE)
_lock = threading.Lock()
_index = None


@dataclass(frozen=True)
class HSSuggestion:
    """One suggested subheading with its description and the category it implies."""

    code: str
    description: str
    heading: str
    category_slug: str | None
    category_name: str | None


class _PrivateRamStorage(RamStorage):
    """RAM storage whose scratch files stay in this process's own temporary folder.

    Whoosh's RamStorage puts the writer's scratch files in ``<system tmp>/MAIN.tmp``,
    one fixed folder that two Tradewind instances building at once would share.
    """

    _folder: str | None = None

    def temp_storage(self, name=None):
        if _PrivateRamStorage._folder is None:
            folder = tempfile.mkdtemp(prefix=f"tradewind-hs-{os.getpid()}-")
            atexit.register(shutil.rmtree, folder, True)
            _PrivateRamStorage._folder = folder
        return FileStorage(os.path.join(self._folder, name or "scratch.tmp")).create()


def _build():
    stem = stemming_analyzer()
    schema = Schema(
        code=ID(stored=True),
        own=TEXT(analyzer=stem, field_boost=2.0),
        heading=TEXT(analyzer=stem, field_boost=1.5),
        chapter=TEXT(analyzer=stem),
        aliases=TEXT(analyzer=stem, field_boost=6.0),
        cjk=TEXT(analyzer=cjk_analyzer()),
    )
    ix = _PrivateRamStorage().create_index(schema)
    writer = ix.writer()
    for entry in hs.subheadings():
        lineage = hs.lineage(entry.code)
        writer.add_document(
            code=entry.code,
            own=entry.description,
            heading=lineage[1].description if len(lineage) > 2 else "",
            chapter=lineage[0].description if lineage else "",
            aliases=_words(entry.code, ALIASES, OTHER_LANGUAGE_ALIASES),
            cjk=_words(entry.code, CJK_ALIASES, JAPANESE_ALIASES),
        )
    writer.commit()
    return ix


def _words(code: str, *tables: dict[str, str]) -> str:
    # A heading's words cover its subheadings; English, Spanish, French, Portuguese and
    # German share the stemmed field, Korean, Chinese and Japanese the CJK one.
    return " ".join(t.get(p, "") for t in tables for p in (code[:4], code))


_FILLERS = frozenset(QUERY_FILLER_WORDS)


def warm() -> None:
    """Build the assistant's index ahead of its first use (about 3 seconds)."""
    _searcher().close()


def _searcher():
    global _index
    with _lock:
        if _index is None:
            _index = _build()
    return _index.searcher(weighting=scoring.BM25F(B=0.5))


def suggest(title: str, limit: int = 5) -> list[HSSuggestion]:
    """The subheadings most likely for ``title``, best first (empty for no usable words)."""
    # "T-shirt" would otherwise be read as "t" + "shirt", i.e. any shirt.
    parsed = uq.parse(_TSHIRT.sub("tshirt", title or ""))
    if parsed.hs_codes:
        entries = [hs.lookup(c) for c in parsed.hs_codes]
        codes = [e.code for e in entries if e and e.level == 6]
        if codes:
            return [_suggestion(c) for c in codes[:limit]]
        # "sch 10", "DN50": numbers that are no subheading; read the words instead.
    words = [s for w in parsed.words for s in uq.stems(w)]
    with _searcher() as searcher:
        if parsed.cjk:
            # Korean or Chinese words: any of them may name the product.
            cjk = searcher.search(wq.Or([uq.cjk_query(run) for run in parsed.cjk]), limit=limit)
            codes = [hit["code"] for hit in cjk]
            if codes:
                return [_suggestion(code) for code in codes[:limit]]
        # Sizes, model numbers and brand names are not customs vocabulary: leave
        # out words the nomenclature never uses rather than let them veto a match.
        words = [s for s in words if any(searcher.doc_frequency(f, s) for f in FIELDS)]
        if not words:
            return []
        per_word = [wq.Or([wq.Term(f, s) for f in FIELDS]) for s in words]
        # Prefer subheadings matching every word; fill up with those matching most of them.
        codes = [hit["code"] for hit in searcher.search(wq.And(per_word), limit=limit)]
        if len(codes) < limit:
            more = searcher.search(wq.Or(per_word), limit=limit * 2)
            codes += [hit["code"] for hit in more if hit["code"] not in codes]
    return [_suggestion(code) for code in codes[:limit]]


def related_headings(text: str, limit: int = 2) -> list[str]:
    """The HS headings a search names in everyday trade words, in any language the
    aliases hold ("강관", "钢管", "lipstick"): empty unless every word is such a word.

    The search adds them as a lower-weighted alternative, so that a buyer typing in
    Korean also finds the same product written in English or Chinese, and back.
    """
    # "tubo de acero", "ステンレスの鋼管": the small words between product words name nothing.
    parsed = uq.parse((text or "").replace("の", " "))
    if parsed.hs_codes or parsed.phrases:
        return []
    product_words = [w for w in parsed.words if w.lower() not in _FILLERS]
    words = [[s for v in uq.spellings(w) for s in uq.stems(v)] for w in product_words]
    if any(not stems for stems in words):
        return []
    parts: list[wq.Query] = [wq.Or([wq.Term("aliases", s) for s in stems]) for stems in words]
    parts += [uq.cjk_query(run) for run in parsed.cjk]
    if not parts:
        return []
    with _searcher() as searcher:
        hits = searcher.search(wq.And(parts), limit=limit * 4)
        headings = list(dict.fromkeys(hit["code"][:4] for hit in hits))
    return headings[:limit]


def _suggestion(code: str) -> HSSuggestion:
    entry = hs.entry(code)
    heading = hs.lookup(code[:4])
    category = categories.category_for_hs(code)
    return HSSuggestion(
        code=code,
        description=entry.description,
        heading=heading.description if heading else "",
        category_slug=category.slug if category else None,
        category_name=str(category.name) if category else None,
    )
