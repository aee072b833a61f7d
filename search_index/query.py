"""Turning whatever a user typed into a Whoosh query, without a query parser.

We never hand user text to Whoosh's parser: quotes, colons, brackets and the
like are read as plain text, so no input can raise a syntax error. What the
user can express: words (all must match, any of title, description, company or
HS wording), "quoted phrases", HS codes and prefixes (7306, 730640, 7306.40),
and Korean/Chinese/Japanese text matched by sub-word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from whoosh import query as wq

from marketplace.catalog import hs
from search_index.analysis import CJK_RUN, cjk_analyzer, stemming_analyzer, words_analyzer

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
# How much a word counts in each field: a title match outweighs any number of
# repetitions in a description; HS wording only breaks ties and crosses languages.
FIELD_WEIGHTS = {"title": 4.0, "company": 1.5, "description": 0.7, "hs_text": 0.3}
TEXT_FIELDS = tuple(FIELD_WEIGHTS)
# Trust as a ranking signal (docs/search.md): a constant added to the score of a ranked
# search's hit whose company Tradewind verified, or that answers most inquiries within
# two days. Small beside a title match (4.0 per word), so it reorders offers that are
# about equally relevant and never lifts an offer that matches worse.
TRUST_WEIGHTS = {"verified": 1.0, "responsive": 0.6}
# An offer found only because it is classified under a heading the query names in
# everyday words ("강관" for 7306) weighs this much: below any offer with the words.
RELATED_WEIGHT = 0.3
# A misspelt word's best correction, and any other, weigh this much of the word itself.
CORRECTION_WEIGHTS = (0.7, 0.2)
_PHRASE = re.compile(r'"([^"]+)"')
_HS_TOKEN = re.compile(r"^(\d{2}|\d{4}|\d{6}|\d{4}\.\d{2})$")

_stem = stemming_analyzer()
_words = words_analyzer()
_cjk = cjk_analyzer()


@dataclass
class ParsedQuery:
    """The pieces of a user's query, ready to search or to explain."""

    words: list[str] = field(default_factory=list)  # as typed, lower-cased
    phrases: list[list[str]] = field(default_factory=list)
    hs_codes: list[str] = field(default_factory=list)
    cjk: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.hs_codes or self.cjk)


def normalise(text: str | None) -> str:
    """Trim, fold white space, cut to a sane length; any string is acceptable."""
    if not text:
        return ""
    text = text.replace("\x00", " ")
    return " ".join(text.split())[:MAX_QUERY_CHARS]


def parse(text: str) -> ParsedQuery:
    """Split the user's text into words, phrases, HS codes and CJK runs."""
    text = normalise(text)
    parsed = ParsedQuery()
    for phrase in _PHRASE.findall(text):
        tokens = [t.text for t in _words(phrase)]
        if len(tokens) > 1:
            parsed.phrases.append(tokens)
        else:
            text += " " + phrase
    text = _PHRASE.sub(" ", text).replace('"', " ")
    for run in CJK_RUN.findall(text):
        parsed.cjk.append(run)
    text = CJK_RUN.sub(" ", text)
    for raw in text.split():
        token = raw.strip(".,;:()[]{}<>!?*'`~^+-=|/\\")
        if _HS_TOKEN.match(token):
            code = token.replace(".", "")
            if hs.lookup(code) is not None:
                parsed.hs_codes.append(code)
                continue
        parsed.words.extend(t.text for t in _words(raw))
    parsed.words = list(dict.fromkeys(parsed.words))[:MAX_TERMS]
    return parsed


# British and American spellings traders mix: a request for "tires" must find "tyres".
_SPELLINGS = {
    "tire": "tyre",
    "tires": "tyres",
    "galvanized": "galvanised",
    "color": "colour",
    "colors": "colours",
    "aluminum": "aluminium",
    "fiber": "fibre",
    "meter": "metre",
    "meters": "metres",
    "liter": "litre",
    "jewelry": "jewellery",
    "gray": "grey",
    "mold": "mould",
    "molds": "moulds",
}
_SPELLINGS.update({b: a for a, b in list(_SPELLINGS.items())})


def spellings(word: str) -> list[str]:
    """The word and its other spelling, when traders write it two ways."""
    other = _SPELLINGS.get(word.lower())
    return [word, other] if other else [word]


def stems(word: str) -> list[str]:
    """The stemmed form(s) of one word (none for a stop word)."""
    return [t.text for t in _stem(word)]


def cjk_query(run: str) -> wq.Query:
    grams = [t.text for t in _cjk(run) if len(t.text) == 2] or [run]
    return wq.And([wq.Term("cjk", g) for g in dict.fromkeys(grams)])


def word_query(word: str, fuzzy_candidates: Sequence[str] = ()) -> wq.Query | None:
    """A word in any text field; misspelt words also match their near spellings."""
    alternatives: list[wq.Query] = [
        wq.Term(f, s, boost=w) for s in stems(word) for f, w in FIELD_WEIGHTS.items()
    ]
    for rank, candidate in enumerate(fuzzy_candidates):
        # Fuzziness applies to the word as typed: the candidates are real words
        # of the index, which we then search by their stems like any word. The
        # best correction counts nearly as much as the word; the others barely.
        factor = CORRECTION_WEIGHTS[0] if rank == 0 else CORRECTION_WEIGHTS[1]
        alternatives.extend(
            wq.Term(f, s, boost=w * factor)
            for s in stems(candidate)
            for f, w in FIELD_WEIGHTS.items()
        )
    return wq.Or(alternatives) if alternatives else None


def build(parsed: ParsedQuery, fuzzy: dict[str, list[str]]) -> wq.Query:
    """The query matching offers that contain every part of ``parsed``."""
    required: list[wq.Query] = []
    for word in parsed.words:
        q = word_query(word, fuzzy.get(word, []))
        if q is not None:
            required.append(q)
    for tokens in parsed.phrases:
        stemmed = [s for t in tokens for s in stems(t)]
        if stemmed:
            required.append(
                wq.Or(
                    [
                        wq.Phrase("title", stemmed, boost=FIELD_WEIGHTS["title"]),
                        wq.Phrase("description", stemmed, boost=FIELD_WEIGHTS["description"]),
                    ]
                )
            )
    for code in parsed.hs_codes:
        required.append(wq.Term("hs", code))
    for run in parsed.cjk:
        required.append(cjk_query(run))
    if not required:
        return wq.Every()
    return required[0] if len(required) == 1 else wq.And(required)


def with_trust(text_query: wq.Query) -> wq.Query:
    """The text query, scored up for trusted sellers (``TRUST_WEIGHTS``)."""
    bonus = [wq.ConstantScoreQuery(wq.Term("trust", t), w) for t, w in TRUST_WEIGHTS.items()]
    return wq.AndMaybe(text_query, wq.Or(bonus))


def highlight_terms(parsed: ParsedQuery, fuzzy: dict[str, list[str]]) -> set[str]:
    """Stems to mark in snippets: the query's words, phrases and fuzzy matches."""
    terms: set[str] = set()
    for word in parsed.words:
        terms.update(stems(word))
        for candidate in fuzzy.get(word, []):
            terms.update(stems(candidate))
    for tokens in parsed.phrases:
        for token in tokens:
            terms.update(stems(token))
    return terms
