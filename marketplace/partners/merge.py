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
    return (
        _NON_WORD.sub(" ", title).strip(),
        _NON_WORD.sub(" ", company).strip(),
        (result.country or "").upper(),
    )


def _also_on(kept: Result, title: str, own_title: str) -> None:
    if title != own_title and title not in kept.also_on:
        kept.also_on.append(title)


def merge(ranked_lists: dict[str, list[Result]], titles: dict[str, str]) -> list[Result]:
    """One list from each site's ranked list; duplicates folded with "also on".

    A copy of another portal's offer (its ``origin_url``) folds into the
    original, whichever site answered first: the original is what is shown.
    """
    merged: dict[tuple, Result] = {}
    by_url: dict[str, tuple] = {}
    for source, results in ranked_lists.items():
        title = titles.get(source, source)
        for rank, result in enumerate(results, start=1):
            canonical = result.origin_url or result.url
            key = by_url.get(canonical) or by_url.get(result.url) or _key(result)
            score = 1.0 / (K + rank)
            kept = merged.get(key)
            if kept is None:
                result.score = score
                merged[key] = result
            elif kept.origin_url and not result.origin_url:
                # The original after one of its copies: show the original.
                result.score, result.also_on = kept.score + score, kept.also_on
                _also_on(result, titles.get(kept.source, kept.source), title)
                merged[key] = result
            else:
                kept.score += score
                _also_on(kept, title, titles.get(kept.source, kept.source))
            by_url[canonical] = by_url[result.url] = key
    return sorted(merged.values(), key=lambda r: (-r.score, r.title))
