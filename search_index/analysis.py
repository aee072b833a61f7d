"""Text analysis: English stemming, unstemmed words for typo tolerance, CJK n-grams."""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.analysis import (
    LowercaseFilter,
    NgramFilter,
    RegexTokenizer,
    StemmingAnalyzer,
    StopFilter,
)
from whoosh.lang import porter2

# Hangul, CJK ideographs (incl. extension A and compatibility), Hiragana and Katakana.
CJK_CHARS = (
    "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
)
CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
# Words as a trader types them: letters and digits, with inner dots/hyphens kept
# out so that "A312" and "TP304" stay searchable as written.
WORD_PATTERN = r"[^\W_]+"


def stemming_analyzer():
    """English text: words lower-cased, stop words dropped, Snowball-stemmed.

    Snowball English (Porter2), the stemmer tantivy's ``english`` filter uses, so
    that both engines match the same offers. The original Porter stemmer made
    "generators", "generic" and "general" one word ("gener").
    """
    return StemmingAnalyzer(expression=WORD_PATTERN, stemfn=porter2.stem, cachesize=50_000)


@lru_cache(maxsize=1)
def _stemmer():
    return stemming_analyzer()


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A word's stem as the index has it (lower-cased, Snowball-stemmed; stop words kept).

    Remembered per word: texts and queries repeat the same few thousand words.
    """
    return next((t.text for t in _stemmer()(word, removestops=False)), word.lower())


def words_analyzer():
    """Unstemmed words, for typo tolerance ("did you mean", fuzzy matching)."""
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | StopFilter(minsize=2)


def cjk_analyzer():
    """Korean, Chinese and Japanese runs cut into 1- and 2-character grams.

    A search for 강관 then finds 스테인리스강관, and 钢管 finds 不锈钢管, without
    a dictionary: every bigram of the query must occur in the text.
    """
    return RegexTokenizer(f"[{CJK_CHARS}]+") | NgramFilter(minsize=1, maxsize=2)


def has_cjk(text: str) -> bool:
    """True when ``text`` contains Korean, Chinese or Japanese characters."""
    return CJK_RUN.search(text) is not None


def cjk_runs(text: str) -> list[str]:
    """The runs of CJK characters in ``text``."""
    # Most offers are written in Latin script: an ASCII check is far cheaper than the scan.
    return [] if text.isascii() else CJK_RUN.findall(text)
