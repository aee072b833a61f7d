"""Snippets with the query's words marked, safe to put in a page."""
from __future__ import annotations

import re

from markupsafe import Markup, escape
from whoosh import highlight

from search_index.analysis import stemming_analyzer

_analyzer = stemming_analyzer()
_formatter = highlight.HtmlFormatter(tagname="mark")
_formatter.template = '<mark class="hit">%(t)s</mark>'  # one class for every term


def _mark_cjk(html: str, runs: list[str]) -> str:
    # The CJK runs are escaped the same way as the text, so they match escaped HTML.
    for run in sorted(set(runs), key=len, reverse=True):
        html = html.replace(str(escape(run)), f'<mark class="hit">{escape(run)}</mark>')
    return html


def mark(text: str, terms: set[str], cjk: list[str] = (), *, fragment: bool = False,
         length: int = 220) -> Markup:
    """``text`` escaped, with the words whose stems are in ``terms`` wrapped in <mark>.

    With ``fragment`` a passage around the best matches is returned (for
    descriptions); otherwise the whole text (for titles).
    """
    text = text or ""
    html = None
    if terms:
        fragmenter = (highlight.ContextFragmenter(maxchars=length, surround=60) if fragment
                      else highlight.WholeFragmenter())
        html = highlight.highlight(text, frozenset(terms), _analyzer, fragmenter, _formatter,
                                   top=2) or None
    if html is None:
        plain = text if not fragment or len(text) <= length else text[:length].rsplit(" ", 1)[0] + "…"
        html = str(escape(plain))
    if cjk:
        html = _mark_cjk(html, cjk)
    return Markup(html)


_TAG = re.compile(r"<[^>]+>")


def plain(html: str) -> str:
    """The text of a marked snippet, for feeds and tests."""
    return _TAG.sub("", html)
