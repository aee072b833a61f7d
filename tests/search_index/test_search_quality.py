"""What a buyer finds: stemming, typos, phrases, HS codes, CJK text, facets, sorting."""

from datetime import timedelta

import pytest

from marketplace.offers.services import today
from tests.search_index.conftest import titles


@pytest.fixture
def catalogue(offer_factory, member_factory):
    kr = member_factory("exporter", name="Hanbit Steel", country="KR")
    cn = member_factory("exporter", name="Shenzhen Bright", country="CN")
    de = member_factory("buyer", name="Berlin Imports", country="DE", business_type="buyer")
    offer_factory(
        kr,
        title="Stainless steel welded pipes",
        description="ASTM A312 TP304 tubes",
        hs_code="730640",
        origin_country="KR",
        incoterm="FOB",
    )
    offer_factory(
        kr,
        title="스테인리스강관 수출",
        description="용접관, 원형 단면",
        hs_code="730640",
        origin_country="KR",
        incoterm="CIF",
    )
    offer_factory(
        cn,
        title="不锈钢管 焊接管",
        description="304 不锈钢",
        hs_code="730640",
        origin_country="CN",
        incoterm="FOB",
    )
    offer_factory(
        cn,
        title="LED panel lights 600x600",
        description="40 W office lighting",
        hs_code="940542",
        origin_country="CN",
        incoterm="FOB",
    )
    offer_factory(
        kr,
        title="Green tea leaves from Jeju",
        description="Organic, first flush",
        hs_code="090210",
        origin_country="KR",
        incoterm="EXW",
    )
    offer_factory(
        de,
        type="buy",
        title="Looking for seamless steel pipe suppliers",
        description="We import boiler tubes",
        hs_code="730419",
        origin_country="DE",
    )
    return kr, cn, de


def test_english_words_are_stemmed(search, catalogue):
    assert "Stainless steel welded pipes" in titles(search(q="pipe"))
    assert "LED panel lights 600x600" in titles(search(q="light"))


def test_all_words_must_match(search, catalogue):
    assert titles(search(q="green tea")) == ["Green tea leaves from Jeju"]
    assert titles(search(q="tea pipes")) == []


def test_hs_wording_finds_offers_written_in_other_languages(search, catalogue):
    found = titles(search(q="stainless pipes"))
    assert found[0] == "Stainless steel welded pipes"  # the title match ranks first
    assert {"스테인리스강관 수출", "不锈钢管 焊接管"} <= set(found)


def test_typo_still_finds_and_suggests(search, catalogue):
    answer = search(q="stainles steel")
    assert "Stainless steel welded pipes" in titles(answer)


def test_did_you_mean_on_results_page(client, sync, catalogue):
    sync()
    html = client.get("/search?q=stainles+pipes").get_data(as_text=True)
    assert "Did you mean" in html and "stainless pipes" in html


def test_korean_subword_search(search, catalogue):
    # The words alone (test_across_languages: the same product in other languages too).
    assert titles(search(q="강관", related="0")) == ["스테인리스강관 수출"]


def test_chinese_subword_search(search, catalogue):
    assert titles(search(q="钢管", related="0")) == ["不锈钢管 焊接管"]


@pytest.mark.parametrize("q", ["7306", "730640", "7306.40"])
def test_hs_code_or_prefix_in_query(search, catalogue, q):
    assert len(search(q=q)["results"]) == 3


def test_hs_prefix_filter(search, catalogue):
    assert search(hs="73")["total"] == 4
    assert search(hs="7304")["total"] == 1


def test_phrase_search(search, catalogue):
    assert titles(search(q='"welded pipes"')) == ["Stainless steel welded pipes"]
    assert titles(search(q='"pipes welded"')) == []


def test_company_name_is_searchable(search, catalogue):
    assert "Green tea leaves from Jeju" in titles(search(q="hanbit tea"))


def test_facets_count_and_narrow(search, catalogue):
    answer = search()
    assert answer["facets"]["type"] == {"sell": 5, "buy": 1}
    assert answer["facets"]["country"] == {"KR": 3, "CN": 2, "DE": 1}
    sell = search(type="sell")
    assert sell["total"] == 5
    # the chosen facet still lists the alternative with its count
    assert sell["facets"]["type"] == {"sell": 5, "buy": 1}
    assert sell["facets"]["country"] == {"KR": 3, "CN": 2}
    assert search(category="minerals", country="CN")["total"] == 1


def test_results_page_facets_and_filters(client, sync, catalogue):
    sync()
    html = client.get("/search?q=&incoterm=FOB").get_data(as_text=True)
    assert "Stainless steel welded pipes" in html and "Green tea" not in html
    assert "Posted within" in html


def test_newest_and_expiring_sort(search, catalogue, offer_factory):
    kr = catalogue[0]
    offer_factory(
        kr,
        title="Steel wire rods expiring",
        hs_code="721310",
        valid_until=(today() + timedelta(days=2)).isoformat(),
    )
    answer = search(q="steel", sort="expiring")
    assert titles(answer)[0] == "Steel wire rods expiring"
    newest = search(sort="newest")
    assert titles(newest)[0] == "Steel wire rods expiring"


def test_pagination(search, catalogue):
    first = search(per_page=2, page=1)
    second = search(per_page=2, page=2)
    assert first["total"] == 6 and len(first["results"]) == 2
    assert not set(titles(first)) & set(titles(second))


def test_zero_results_offer_relaxed_filters(client, sync, catalogue):
    sync()
    html = client.get("/search?q=tea&country=CN").get_data(as_text=True)
    assert "No offers match your search" in html
    assert "Without one of your filters there are results" in html


def test_highlighted_snippets_escape_hostile_text(client, sync, offer_factory):
    offer_factory(
        title="Steel pipes <script>alert(1)</script>",
        description="<img src=x onerror=alert(1)> steel pipes",
    )
    sync()
    html = client.get("/search?q=steel").get_data(as_text=True)
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert '<mark class="hit">Steel</mark>' in html


def test_companies_are_searchable(client, sync, catalogue):
    sync()
    html = client.get("/search?q=berlin").get_data(as_text=True)
    assert "Berlin Imports" in html


def test_the_companies_line_follows_the_country_chosen(client, sync, catalogue):
    sync()
    everywhere = client.get("/search?q=steel").get_data(as_text=True)
    assert "Hanbit Steel" in everywhere
    in_china = client.get("/search?q=steel&country=CN").get_data(as_text=True)
    assert "Companies:" not in in_china or "Hanbit Steel</a>" not in in_china
    in_korea = client.get("/search?q=steel&country=KR").get_data(as_text=True)
    assert "Hanbit Steel</a>" in in_korea


def test_paging_past_the_end_is_empty_with_the_index(search, catalogue):
    answer = search(per_page=5, page=3)
    assert answer["total"] == 6 and answer["results"] == []


def test_exact_title_outranks_keyword_heavy_descriptions(search, member_factory, offer_factory):
    member = member_factory()
    for n in range(3):
        offer_factory(
            member,
            title=f"Steel products catalogue {n}",
            description="welded stainless steel pipes " * 15,
            hs_code="730640",
        )
    offer_factory(
        member,
        title="Welded stainless steel pipes ASTM A312",
        description="TP304",
        hs_code="730640",
    )
    assert (
        titles(search(q="welded stainless steel pipes"))[0]
        == "Welded stainless steel pipes ASTM A312"
    )


def test_searching_an_empty_index(client, sync):
    sync()  # builds an index with no offers at all
    answer = client.get("/api/v1/offers?q=steel").get_json()
    assert answer["total"] == 0 and answer["results"] == []
    assert client.get("/search?posted=7").status_code == 200


def test_the_nearer_correction_ranks_first(search, client, member_factory, offer_factory):
    # "stainles" is one letter from "stainless" and two from "staples": stainless wins,
    # even though the staples offers repeat their word more.
    member = member_factory()
    offer_factory(member, title="Stainless plate 316L", hs_code="721921")
    for n in range(3):
        offer_factory(member, title=f"Staples for office staplers, box {n}", hs_code="830520")
    assert titles(search(q="stainles"))[0] == "Stainless plate 316L"
    html = client.get("/search?q=stainles").get_data(as_text=True)
    assert "Did you mean" in html and "stainless</a>" in html


def test_a_typo_finds_a_word_only_a_just_posted_offer_holds(
    search, member_factory, offer_factory, catalogue
):
    assert search(q="zephyrotrope")["total"] == 0
    assert search(q="zephyrotrpe")["total"] == 0  # a first, empty answer must not stick
    offer_factory(member_factory(), title="Brass zephyrotrope ornaments", hs_code="830629")
    assert titles(search(q="zephyrotrope")) == ["Brass zephyrotrope ornaments"]
    assert titles(search(q="zephyrotrpe")) == ["Brass zephyrotrope ornaments"]


@pytest.mark.parametrize("q", ["😀", "(((", "?!", "a"])
def test_text_with_nothing_to_search_for_finds_nothing_and_says_what_to_type(
    search, client, catalogue, q
):
    assert search(q=q)["total"] == 0
    html = client.get("/search", query_string={"q": q}).get_data(as_text=True)
    assert "Type a product, an HS code or a company name" in html
    assert "0 offers" not in html and "Sort by" not in html  # only the hint
    assert search(q="")["total"] == 6  # empty text still browses every offer


def test_a_page_past_the_end_says_so_and_links_back(client, sync, catalogue):
    sync()
    html = client.get("/search?q=steel&page=99").get_data(as_text=True)
    assert "Page 99 is past the last page" in html
    assert "No offers match" not in html


def test_did_you_mean_never_repeats_markup_from_the_query(client, sync, catalogue):
    sync()
    html = client.get("/search", query_string={"q": "<b>stainles</b> steel"}).get_data(as_text=True)
    assert "Did you mean" in html and "stainless steel</a>" in html
    assert "&lt;b&gt;" not in html.split("Did you mean", 1)[1].split("</p>", 1)[0]


def test_two_swapped_letters_in_a_short_word_are_corrected(client, search, offer_factory):
    offer_factory(title="Cotton yarn Ne 30 combed", hs_code="520512")
    assert titles(search(q="cotton yran")) == ["Cotton yarn Ne 30 combed"]
    page = client.get("/search?q=cotton+yran").get_data(as_text=True)
    assert "Did you mean" in page and "cotton yarn" in page


def test_stems_keep_generators_apart_from_generic_and_general(search, offer_factory):
    # Both engines stem with Snowball English; Porter made all three "gener".
    offer_factory(title="Diesel generators 500 kVA", hs_code="850213")
    offer_factory(title="Generic medicines in tablets", hs_code="300490")
    offer_factory(title="General purpose hand tools", hs_code="820559")
    assert titles(search(q="generators")) == ["Diesel generators 500 kVA"]
    assert titles(search(q="generic")) == ["Generic medicines in tablets"]


def test_a_correct_word_found_through_its_stem_gets_no_did_you_mean(client, search, offer_factory):
    # Titles say "valves"; a buyer types "valve": results, and no "Did you mean valves?".
    offer_factory(title="Industrial ball valves DN50", hs_code="848180")
    assert titles(search(q="valve")) == ["Industrial ball valves DN50"]
    page = client.get("/search?q=valve").get_data(as_text=True)
    assert "Did you mean" not in page


def test_several_values_of_one_facet_match_any_of_them(search, catalogue):
    both = search(country=["KR", "DE"])  # country=KR&country=DE
    assert both["total"] == 4
    assert search(country="KR,DE")["total"] == 4  # the same, comma-separated
    # Each facet still counts what the other filters leave: CN stays on offer.
    assert both["facets"]["country"] == {"KR": 3, "CN": 2, "DE": 1}
    assert search(country=["KR", "CN"], incoterm=["FOB", "CIF"])["total"] == 4
    assert search(country=["KR", "CN"], type="buy")["total"] == 0  # facets still combine


def test_an_unknown_value_among_several_is_refused_by_the_api(client, catalogue):
    response = client.get("/api/v1/offers", query_string={"country": ["KR", "XX"]})
    assert response.status_code == 422 and "country" in response.get_json()["fields"]


def test_the_results_page_adds_and_removes_choices_and_clears_them_all(client, sync, catalogue):
    sync()
    html = client.get("/search?q=&country=KR").get_data(as_text=True)
    # Choosing China keeps Korea; the link of the chosen Korea takes it out again.
    assert 'href="/search?country=KR&amp;country=CN"' in html
    assert 'href="/search" role="checkbox" aria-checked="true"' in html
    assert "Clear all filters (1)" in html
    two = client.get("/search?country=KR&country=CN&type=sell").get_data(as_text=True)
    assert "Clear all filters (3)" in two and "Filters (3 chosen)" in two
    assert "LED panel lights" in two and "Green tea leaves" in two
    assert '<a href="/search">✕' in two
