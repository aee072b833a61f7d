"""Typo tolerance shared by every engine: which real words a misspelt word stands for.

An engine supplies the index's words near the typed one (with how many offers
hold each); this module decides which count. The nearer correction wins, and
between equally near ones the word more offers use: "stainles" means
"stainless" (one letter away, in thousands of offers), not "staples" (two).
"""

from __future__ import annotations

from collections.abc import Iterable

MIN_LENGTH = 4  # shorter words are too easily "corrected" into other real words
MAX_CANDIDATES = 3


def max_distance(word: str) -> int:
    """How many edits a word of this length may be away from what was meant."""
    return 1 if len(word) <= 5 else 2


def distance(a: str, b: str, limit: int) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) from ``a`` to ``b``.

    Stops early: any answer above ``limit`` is returned as ``limit + 1``.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def rank(word: str, near: Iterable[tuple[str, int]]) -> list[str]:
    """The best corrections of ``word`` among ``(candidate, document count)`` pairs."""
    limit = max_distance(word)
    scored = []
    for candidate, count in near:
        if candidate == word or count <= 0:
            continue
        edits = distance(word, candidate, limit)
        if edits <= limit:
            scored.append((edits, -count, candidate))
    scored.sort()
    return [candidate for _edits, _count, candidate in scored[:MAX_CANDIDATES]]


def needs_correction(word: str, count: int) -> bool:
    """True for a word long enough to correct that no offer contains."""
    return len(word) >= MIN_LENGTH and count == 0


def suggestion(text: str, fuzzy: dict[str, list[str]]) -> str | None:
    """ "Did you mean": the query with each misspelt word replaced by its best correction."""
    if not any(fuzzy.values()):
        return None
    corrected = text
    for word, candidates in fuzzy.items():
        if candidates:
            corrected = corrected.replace(word, candidates[0])
    return corrected if corrected != text else None
