"""Categories and the HS nomenclature: every HS code implies exactly one category."""

import pytest

from marketplace.catalog import categories, hs


def test_sixteen_categories():
    assert len(categories.CATEGORIES) == 16


def test_every_hs_subheading_implies_a_category():
    unmapped = [c.code for c in hs.subheadings() if categories.category_for_hs(c.code) is None]
    assert unmapped == []


def test_heading_overrides_exist_in_nomenclature():
    for category in categories.CATEGORIES:
        for heading in category.headings:
            assert hs.lookup(heading) is not None, heading


@pytest.mark.parametrize(
    "code, slug",
    [
        ("730640", "minerals"),
        ("847130", "computers-telecom"),
        ("851713", "computers-telecom"),
        ("853710", "electrical-electronics"),
        ("090210", "agricultural-food"),
        ("330499", "beauty-household"),
        ("901831", "medical-health"),
        ("900311", "glass-optical"),
        ("940360", "wood-furniture"),
        ("950691", "sports-leisure"),
        ("842121", "environment"),
        ("870323", "automotive-vehicles"),
        ("610910", "textiles-leather"),
    ],
)
def test_hs_implies_expected_category(code, slug):
    assert categories.category_for_hs(code).slug == slug


def test_lineage_runs_chapter_heading_subheading():
    assert [c.code for c in hs.lineage("730640")] == ["73", "7306", "730640"]
