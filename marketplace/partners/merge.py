"""Merging results from many sites: one entry per offer, ranked by agreement.

Ranking is reciprocal rank fusion: an offer scores 1/(K + rank) on every site
that returned it, so an offer that several sites rank high comes first, and a
site's own order is respected without comparing incomparable scores.
"""
from __future__ import annotations

import re
import unicodedata

from marketplace.partners.adapters.base import Result

K = 60
_NON_WORD = re.compile(r"[\W_]+")


def _key(result: Result) -> tuple:
    title = unicodedata.normalize("NFKC", result.title).casefold()
    company = unicodedata.normalize("NFKC", result.company or "").casefold()
    return (_NON_WORD.sub(" ", title).strip(), _NON_WORD.sub(" ", company).strip(),
            (result.country or "").upper())


def merge(ranked_lists: dict[str, list[Result]], titles: dict[str, str]) -> list[Result]:
    """One list from each site's ranked list; duplicates folded with "also on"."""
    merged: dict[tuple, Result] = {}
    by_url: dict[str, tuple] = {}
    for source, results in ranked_lists.items():
        for rank, result in enumerate(results, start=1):
            key = by_url.get(result.url) or _key(result)
            score = 1.0 / (K + rank)
            if key in merged:
                kept = merged[key]
                kept.score += score
                if source != kept.source and titles.get(source, source) not in kept.also_on:
                    kept.also_on.append(titles.get(source, source))
            else:
                result.score = score
                merged[key] = result
                by_url[result.url] = key
    return sorted(merged.values(), key=lambda r: (-r.score, r.title))
