"""Drawn product illustrations for demo offers (marketplace/demo/illustrations.py).

Pure drawing: no app and no database. Pictures are compared by their mean absolute pixel
difference on a 0-255 scale, which is what a person would notice between two pictures.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops, ImageStat

from marketplace.catalog.categories import CATEGORIES
from marketplace.demo.illustrations import DRAWINGS, family, illustration

SLUGS = [c.slug for c in CATEGORIES]


def _open(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


def _difference(a: bytes, b: bytes) -> float:
    diff = ImageChops.difference(_open(a).convert("RGB"), _open(b).convert("RGB"))
    return sum(ImageStat.Stat(diff).mean) / 3


def test_an_illustration_is_an_800_by_600_jpeg():
    img = _open(illustration("730640", "minerals", "Stainless steel welded pipes"))
    assert img.format == "JPEG"
    assert img.size == (800, 600)
    assert img.mode == "RGB"


def test_the_same_arguments_give_the_same_bytes():
    first = illustration("330499", "beauty-household", "Face cream", 2)
    assert illustration("330499", "beauty-household", "Face cream", 2) == first


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("730640", "330499"),  # steel pipes, cosmetics
        ("730640", "030743"),  # steel pipes, fish
        ("330499", "030743"),  # cosmetics, fish
        ("847130", "401120"),  # laptop, tyre
        ("100630", "940360"),  # rice, furniture
    ],
)
def test_different_product_families_look_clearly_different(a, b):
    assert family(a, "others") != family(b, "others")
    assert _difference(illustration(a, "others", ""), illustration(b, "others", "")) > 8


def test_the_variant_changes_the_picture():
    pictures = [illustration("730640", "minerals", "Steel pipes", v) for v in range(4)]
    for i, first in enumerate(pictures):
        for second in pictures[i + 1 :]:
            assert _difference(first, second) > 2


def test_the_hs_heading_wins_over_its_chapter_and_the_category():
    assert family("730640", "minerals") == "pipes"
    assert family("7318", "minerals") == "fasteners"
    assert family("847130", "machinery-equipment") == "laptop"
    assert family("845819", "machinery-equipment") == "machine"
    assert family("940542", "wood-furniture") == "led-panel"
    assert family("940360", "wood-furniture") == "chair"
    assert family("401120", "chemical-plastics") == "tyre"


def test_without_an_hs_code_the_title_then_the_category_decides():
    assert family(None, "minerals", "Seamless steel tubes") == "pipes"
    assert family(None, "others", "Team building services") == "carton"
    assert family(None, "medical-health", "") == "pharma"
    assert family("", "no-such-category", "") == "carton"


@pytest.mark.parametrize("slug", SLUGS)
def test_every_category_gets_a_picture_without_an_hs_code(slug):
    assert _open(illustration(None, slug, "")).size == (800, 600)


def _heading_for_each_family() -> dict[str, str]:
    codes: dict[str, str] = {}
    for n in range(100, 9800):
        codes.setdefault(family(f"{n:04d}", "others"), f"{n:04d}")
    return codes


def test_every_drawing_is_chosen_for_some_hs_heading_and_renders():
    codes = _heading_for_each_family()
    assert set(codes) == set(DRAWINGS)
    for code in codes.values():
        assert _open(illustration(code, "others", "")).size == (800, 600)


# One family per drawing; recoloured relatives (grain and sugar sacks, coffee and tea) are
# meant to look alike and are left out.
DISTINCT = (
    "pipes", "coil", "sheets", "ingots", "fasteners", "valve", "machine", "pump", "washer",
    "led-bulb", "cable", "circuit-board", "solar-panel", "laptop", "phone", "tyre", "car",
    "cosmetics", "soap", "drums", "granules", "ore", "fabric-rolls", "t-shirts", "shoes",
    "grain-sack", "fish", "fruit", "coffee", "bottles", "carton", "planks", "chair",
    "glass-panes", "tiles", "gloves", "syringe", "masks", "pharma", "sports", "stationery",
    "plastic-bales",
)  # fmt: skip


def test_no_two_distinct_families_look_alike_at_thumbnail_size():
    codes = _heading_for_each_family()
    thumbs = {
        name: _open(illustration(codes[name], "others", "")).resize((160, 120), Image.BOX)
        for name in DISTINCT
    }
    for i, a in enumerate(DISTINCT):
        for b in DISTINCT[i + 1 :]:
            diff = sum(ImageStat.Stat(ImageChops.difference(thumbs[a], thumbs[b])).mean) / 3
            assert diff > 4, (a, b, diff)
