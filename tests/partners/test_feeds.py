"""Tradewind as a partner for others: OpenSearch description and feeds, read as outsiders would."""

import feedparser
import pytest
from defusedxml import ElementTree

from tests.conftest import remote_portal
from tests.partners.servers import serving
from tests.partners.test_metasearch import site


@pytest.fixture
def offers(offer_factory, member_factory):
    member = member_factory(name="Hanbit Steel", country="KR")
    offer_factory(member, title="Stainless steel welded pipes", hs_code="730640")
    offer_factory(member, title="Green tea leaves", hs_code="090210")
    offer_factory(member, type="buy", title="Looking for steel coils", hs_code="721913")


def test_rss_feed_with_opensearch_elements(client, offers):
    response = client.get("/feeds/offers.rss?q=steel")
    assert response.mimetype == "application/rss+xml"
    feed = feedparser.parse(response.data)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert feed.feed["opensearch_totalresults"] == "2"
    assert feed.feed["opensearch_startindex"] == "1"
    assert feed.feed["opensearch_itemsperpage"] == "20"
    assert {e.title for e in feed.entries} == {
        "Stainless steel welded pipes",
        "Looking for steel coils",
    }
    assert all(e.link.startswith("http://tradewind.test/offers/") for e in feed.entries)


def test_atom_feed_filters_by_type_and_category(client, offers):
    feed = feedparser.parse(client.get("/feeds/offers.atom?type=sell&category=minerals").data)
    assert not feed.bozo and feed.version == "atom10"
    assert [e.title for e in feed.entries] == ["Stainless steel welded pipes"]
    assert feed.entries[0]["tw_type"] == "sell"


def test_feeds_newest_first_without_query(client, offers):
    feed = feedparser.parse(client.get("/feeds/offers.rss").data)
    assert feed.entries[0].title == "Looking for steel coils"


def test_hostile_offer_text_stays_text_in_feeds(client, offer_factory):
    offer_factory(title="Pipes </title><script>alert(1)</script>", description="a & b < c")
    raw = client.get("/feeds/offers.rss").get_data(as_text=True)
    assert "<script>" not in raw
    feed = feedparser.parse(raw)
    assert not feed.bozo and "</title>" in feed.entries[0].title


def test_opensearch_description_and_page_link(client):
    root = ElementTree.fromstring(client.get("/opensearch.xml").data)
    ns = "{http://a9.com/-/spec/opensearch/1.1/}"
    types = {u.get("type") for u in root.iter(f"{ns}Url")}
    assert {"text/html", "application/rss+xml", "application/atom+xml"} <= types
    assert 'rel="search"' in client.get("/").get_data(as_text=True)


def test_another_tradewind_searches_this_one_through_opensearch(tmp_path, portal_with):
    remote = remote_portal(
        tmp_path / "remote", "Titanium tubes for heat exchangers", "810890", "JP"
    )
    with serving(remote) as url:
        _app, client = portal_with(site("opensearch", f"{url}/opensearch.xml", name="remote-tw"))
        answer = client.get("/api/v1/metasearch?q=titanium").get_json()
    remote_status = next(s for s in answer["sources"] if s["name"] == "remote-tw")
    assert remote_status["status"] == "ok" and remote_status["count"] == 1
    (result,) = [r for r in answer["results"] if r["source"] == "remote-tw"]
    assert result["title"] == "Titanium tubes for heat exchangers"
    assert result["type"] == "sell" and result["country"] == "JP"
