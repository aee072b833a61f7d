"""The database answers searches while the index cannot: with the same filters, sort and paging."""

from datetime import timedelta

from marketplace.core.db import db, utcnow
from marketplace.offers.services import create_offer, today
from marketplace.search.services import find_offers
from search_index.contract import OfferQuery


def test_the_database_fallback_honours_incoterm_posted_within_and_sort(app, member_factory):
    seller = member_factory("exporter")
    made = {}
    for title, incoterm, age, valid in (
        ("Steel pipes A", "FOB", 0, 10),
        ("Steel pipes B", "CIF", 0, 5),
        ("Steel pipes C", "FOB", 40, 3),
        ("Steel pipes D", "FOB", 0, 30),
    ):
        offer = create_offer(
            seller,
            {
                "type": "sell",
                "title": title,
                "hs_code": "730640",
                "incoterm": incoterm,
                "valid_until": (today() + timedelta(days=valid)).isoformat(),
            },
        )
        offer.created_at = utcnow() - timedelta(days=age, minutes=len(made))
        made[title] = offer
    db.session.commit()

    def titles(**asked):
        page = find_offers(OfferQuery(q="steel pipes", **asked))
        assert page.source == "database"  # no index was ever built here
        return [o.title for o in page.offers]

    assert titles(incoterm=("FOB",)) == ["Steel pipes A", "Steel pipes D", "Steel pipes C"]
    assert titles(incoterm=("FOB",), posted_within=7) == ["Steel pipes A", "Steel pipes D"]
    assert titles(sort="expiring") == [
        "Steel pipes C",
        "Steel pipes B",
        "Steel pipes A",
        "Steel pipes D",
    ]
    assert titles(sort="expiring", page=2, per_page=3) == ["Steel pipes D"]
