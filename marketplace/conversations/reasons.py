"""Match reasons in the reader's language.

A match's reason is stored as the matcher wrote it, in English ("same HS heading 7306;
ships to DE"), which the API returns as it is. Pages show each part through these
patterns, translated, with country codes as the reader's country names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flask_babel import lazy_gettext as _l

# (pattern of one English reason, its translation with the captured value)
_PATTERNS: list[tuple[re.Pattern, Callable[[str], object]]] = [
    (re.compile(r"^same HS heading (\d{4})$"), lambda v: _l("same HS heading %(code)s", code=v)),
    (
        re.compile(r"^reads as HS heading (\d{4})$"),
        lambda v: _l("reads as HS heading %(code)s", code=v),
    ),
    (re.compile(r"^same HS chapter (\d{2})$"), lambda v: _l("same HS chapter %(code)s", code=v)),
    (
        re.compile(r"^ships to ([A-Z]{2})$"),
        lambda v: _l("ships to %(country)s", country=_country(v)),
    ),
    (re.compile(r"^from ([A-Z]{2})$"), lambda v: _l("from %(country)s", country=_country(v))),
]
_FIXED = {
    "same category": _l("same category"),
    "the quantity meets the minimum order": _l("the quantity meets the minimum order"),
    "similar product description": _l("similar product description"),
    "answers most inquiries": _l("answers most inquiries"),
}


def _country(code: str) -> str:
    from flask_babel import get_locale

    from marketplace.catalog import terms

    locale = get_locale()
    return (locale.territories.get(code) if locale else None) or terms.country_name(code)


def shown(reason: str) -> str:
    """A stored reason ("same HS heading 7306; FOB KRPUS") in the current language; parts
    that are codes (an Incoterm and its port) stay as they are."""
    parts = []
    for part in (p for p in reason.split("; ") if p):
        fixed = _FIXED.get(part)
        if fixed is not None:
            parts.append(str(fixed))
            continue
        for pattern, words in _PATTERNS:
            found = pattern.match(part)
            if found:
                parts.append(str(words(found.group(1))))
                break
        else:
            parts.append(part)
    return "; ".join(parts)
