"""Snippets with the query's words marked, safe to put in a page.

A single pass over the text with the index's word pattern; every word whose stem
(the index's stemming analyzer, remembered per word) is one of the query's stems is
wrapped in <mark>. Whoosh's own highlighter scores fragments too and costs about ten
times as much, which matters when a results page marks forty texts per search.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from markupsafe import Markup, escape

from search_index.analysis import WORD_PATTERN, stem

_WORD = re.compile(WORD_PATTERN)
_OPEN, _CLOSE = '<mark class="hit">', "</mark>"


def _spans(text: str, terms: Collection[str]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text) if stem(m.group()) in terms]


def _window(text: str, spans: list[tuple[int, int]], length: int) -> tuple[int, int]:
    """Where a ``length``-character passage should start and end: just before the first match."""
    if len(text) <= length:
        return 0, len(text)
    start = max(0, spans[0][0] - 60) if spans else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < spans[0][0] else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def _mark_cjk(html: str, runs: Sequence[str]) -> str:
    for run in sorted(set(runs), key=len, reverse=True):
        html = html.replace(str(escape(run)), f"{_OPEN}{escape(run)}{_CLOSE}")
    return html


def mark(
    text: str, terms: set[str], cjk=(), *, fragment: bool = False, length: int = 220
) -> Markup:
    """``text`` escaped, with the words whose stems are in ``terms`` wrapped in <mark>.

    With ``fragment`` a passage of about ``length`` characters around the first
    match is returned (for descriptions); otherwise the whole text (for titles).
    Results are remembered, so paging back and forth marks nothing twice.
    """
    return _mark(text or "", frozenset(terms or ()), tuple(cjk or ()), fragment, length)


@lru_cache(maxsize=4096)
def _mark(
    text: str, terms: frozenset[str], cjk: tuple[str, ...], fragment: bool, length: int
) -> Markup:
    # A passage only needs the first matches: analysing a long description to
    # its end would cost more than the search itself.
    scanned = text[: length * 3] if fragment else text
    spans = _spans(scanned, terms) if terms else []
    start, end = _window(text, spans, length) if fragment else (0, len(text))
    out, cursor = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(str(escape(text[cursor:s])))
        out.append(f"{_OPEN}{escape(text[s:e])}{_CLOSE}")
        cursor = e
    out.append(str(escape(text[cursor:end])))
    html = ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(text) else "")
    if cjk:
        html = _mark_cjk(html, cjk)
    return Markup(html)


_TAG = re.compile(r"<[^>]+>")


def plain(html: str) -> str:
    """The text of a marked snippet, for feeds and tests."""
    return _TAG.sub("", html)
