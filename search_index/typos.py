"""Typo tolerance shared by every engine: which real words a misspelt word stands for.

An engine supplies the index's words near the typed one (with how many offers
hold each); this module decides which count. The nearer correction wins, and
between equally near ones the word more offers use: "stainles" means
"stainless" (one letter away, in thousands of offers), not "staples" (two).
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

MIN_LENGTH = 4  # shorter words are too easily "corrected" into other real words
MAX_CANDIDATES = 3


def max_distance(word: str) -> int:
    """How many edits a word of this length may be away from what was meant."""
    return 1 if len(word) <= 5 else 2


def rank(word: str, near: Iterable[tuple[str, int]]) -> list[str]:
    """The best corrections of ``word`` among ``(candidate, document count)`` pairs.

    Edits are counted as optimal string alignment (insert, delete, substitute, or swap
    two neighbours), by rapidfuzz in C++: an engine may hand over thousands of words.
    """
    counts = {candidate: count for candidate, count in near if count > 0 and candidate != word}
    limit = max_distance(word)
    found = process.extract(word, list(counts), scorer=OSA.distance, score_cutoff=limit, limit=None)
    scored = sorted((edits, -counts[candidate], candidate) for candidate, edits, _ in found)
    return [candidate for _edits, _count, candidate in scored[:MAX_CANDIDATES]]


def needs_correction(word: str, count: int) -> bool:
    """True for a word long enough to correct that no offer contains."""
    return len(word) >= MIN_LENGTH and count == 0


def suggestion(words: list[str], fuzzy: dict[str, list[str]]) -> str | None:
    """The "did you mean" text: the query's words, each misspelt one replaced by its best
    correction. Built from the words alone, so markup or punctuation around them in what
    was typed never comes back in the suggestion."""
    if not any(fuzzy.values()):
        return None
    return " ".join(fuzzy[w][0] if fuzzy.get(w) else w for w in words)
