"""The portal's 16 top-level categories (after Silkroad21) and their HS mapping.

Each category owns whole HS chapters; a few headings are carved out of their
chapter where traders look for them elsewhere (computers sit in chapter 84 and
telephones in 85, but traders look for both under Computers & Telecommunications).
The most specific prefix wins, so an HS code always implies exactly one category.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l


@dataclass(frozen=True)
class Category:
    """One top-level category: a URL slug, a display name and its HS prefixes."""

    slug: str
    name: object  # a lazy string, rendered in the visitor's language
    chapters: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()

    @property
    def hs_chapters(self) -> list[str]:
        """Every HS chapter in which this category owns at least one code."""
        return sorted(set(self.chapters) | {h[:2] for h in self.headings})


def _chapters(*ranges: tuple[int, int] | int) -> tuple[str, ...]:
    out: list[str] = []
    for r in ranges:
        lo, hi = (r, r) if isinstance(r, int) else r
        out.extend(f"{n:02d}" for n in range(lo, hi + 1) if n != 77)
    return tuple(out)


CATEGORIES: tuple[Category, ...] = (
    Category("agricultural-food", _l("Agricultural & Food"), _chapters((1, 24))),
    Category("automotive-vehicles", _l("Automotive & Vehicles"), _chapters((86, 89)), ("4011",)),
    Category("beauty-household", _l("Beauty & Household"), _chapters(33, 34, 96), ("7323", "7615")),
    Category(
        "chemical-plastics", _l("Chemical & Plastics"), _chapters((28, 29), (31, 32), (35, 40))
    ),
    Category(
        "computers-telecom",
        _l("Computers & Telecommunications"),
        (),
        (
            "8470",
            "8471",
            "8472",
            "8473",
            "8517",
            "8523",
            "8525",
            "8526",
            "8527",
            "8528",
            "8529",
            "8542",
        ),
    ),
    Category("electrical-electronics", _l("Electrical & Electronics"), _chapters(85)),
    Category(
        "environment",
        _l("Environment"),
        (),
        ("3825", "3915", "4004", "4707", "6309", "7204", "7404", "7503", "7602", "8421", "8549"),
    ),
    Category("glass-optical", _l("Glass & Optical"), _chapters(70, 90)),
    Category("machinery-equipment", _l("Machinery & Equipment"), _chapters(82, 84)),
    Category(
        "medical-health",
        _l("Medical & Health"),
        _chapters(30),
        ("9018", "9019", "9020", "9021", "9022", "9402"),
    ),
    Category("minerals", _l("Minerals & Metals"), _chapters((25, 27), 68, 69, (72, 81), 83)),
    Category("sports-leisure", _l("Sports & Leisure"), _chapters(92, 95)),
    Category("stationery-gifts", _l("Stationery & Gifts"), _chapters((47, 49), 71, 97)),
    Category("textiles-leather", _l("Textiles & Leather"), _chapters((41, 43), (50, 67))),
    Category("wood-furniture", _l("Wood & Furniture"), _chapters((44, 46), 94)),
    Category("others", _l("Others"), _chapters(91, 93, 99)),
)

BY_SLUG: dict[str, Category] = {c.slug: c for c in CATEGORIES}

_PREFIX_TO_SLUG: dict[str, str] = {}
for _category in CATEGORIES:
    for _prefix in _category.chapters + _category.headings:
        assert _prefix not in _PREFIX_TO_SLUG, f"HS prefix {_prefix} mapped twice"
        _PREFIX_TO_SLUG[_prefix] = _category.slug


def get(slug: str) -> Category | None:
    """The category with this slug, or None."""
    return BY_SLUG.get(slug)


def slug_for_hs(code: str) -> str:
    """The category slug of an HS code the nomenclature maps (every real code is mapped)."""
    category = category_for_hs(code)
    if category is None:
        raise KeyError(code)
    return category.slug


def category_for_hs(code: str) -> Category | None:
    """The category an HS code (2, 4 or 6 digits) implies: its heading first, then chapter."""
    slug = _PREFIX_TO_SLUG.get(code[:4]) or _PREFIX_TO_SLUG.get(code[:2])
    return BY_SLUG.get(slug) if slug else None
