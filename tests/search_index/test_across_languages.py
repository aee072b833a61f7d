"""A buyer's words in one language find the same product written in another, through
the HS headings those words name (강관, 钢管: steel pipes, heading 7306)."""

import pytest

from search_index import hs_assistant
from tests.search_index.conftest import titles
from tests.search_index.test_search_quality import catalogue  # noqa: F401  (fixture)


@pytest.mark.parametrize(
    "words, heading",
    [("강관", "7306"), ("钢管", "7306"), ("녹차", "0902"), ("lipstick", "3304"), ("口罩", "6307")],
)
def test_everyday_words_name_their_heading(words, heading):
    assert heading in hs_assistant.related_headings(words)


@pytest.mark.parametrize("words", ["kimchi 강관", "7306", "steel pipe 2 inch", '"green tea"'])
def test_words_that_are_not_all_everyday_names_add_nothing(words):
    assert hs_assistant.related_headings(words) == []


def test_korean_and_chinese_words_find_the_english_offer_ranked_after_their_own(
    search,
    catalogue,  # noqa: F811
):
    korean = titles(search(q="강관"))
    assert korean[0] == "스테인리스강관 수출"  # the offer with the words comes first
    assert "Stainless steel welded pipes" in korean and "不锈钢管 焊接管" in korean
    chinese = titles(search(q="钢管"))
    assert "Stainless steel welded pipes" in chinese and "스테인리스강관 수출" in chinese
    assert "LED panel lights 600x600" not in korean + chinese
    # Asked for the words only, the other languages' offers drop out.
    assert "Stainless steel welded pipes" not in titles(search(q="강관", related="0"))


def test_english_words_find_the_korean_and_chinese_offers(search, catalogue):  # noqa: F811
    found = set(titles(search(q="steel pipe")))
    assert {"스테인리스강관 수출", "不锈钢管 焊接管", "Stainless steel welded pipes"} <= found


def test_the_results_page_says_how_it_read_the_words_and_can_stop(
    client,
    sync,
    catalogue,  # noqa: F811
):
    sync()
    html = client.get("/search?q=강관").get_data(as_text=True)
    assert "Also showing offers of the same product in any language" in html
    assert "<strong>HS 7306</strong>" in html
    assert 'href="/search?q=%EA%B0%95%EA%B4%80&amp;related=0"' in html
    only = client.get("/search?q=강관&related=0").get_data(as_text=True)
    assert "Only offers with your words are shown." in only
    assert "Stainless steel welded pipes" not in only
