"""Price range, minimum order and sort by price, on each engine and on the database path.

Prices are compared in US dollars: an offer in won or euros is converted at the
operators' reference rates, and changing a rate moves those offers at once.
"""

from datetime import date
from decimal import Decimal

import pytest

from marketplace.catalog.exchange_rates import ExchangeRate
from marketplace.core.db import db
from tests.search_index.conftest import titles


@pytest.fixture
def priced(offer_factory, member_factory):
    kr = member_factory("exporter", name="Hanbit Steel", country="KR")
    db.session.add_all(
        [
            ExchangeRate(currency="KRW", per_usd=Decimal(1400), as_of=date.today()),
            ExchangeRate(currency="EUR", per_usd=Decimal("0.8"), as_of=date.today()),
        ]
    )
    db.session.commit()
    for title, amount, currency, min_order in [
        ("Steel pipe in dollars", "12.00", "USD", "500"),
        ("Steel pipe in won", "7000", "KRW", "50"),  # USD 5.00
        ("Steel pipe in euros", "16.00", "EUR", None),  # USD 20.00, no minimum stated
        ("Steel pipe in yen", "900", "JPY", "10"),  # no rate: no dollar price
        ("Steel pipe on request", None, None, "1000"),
    ]:
        offer_factory(
            kr,
            title=title,
            price_amount=amount,
            price_currency=currency,
            min_order=min_order,
            unit="C62",
        )
    return kr


def test_a_price_range_compares_every_currency_in_dollars(search, priced):
    assert set(titles(search(q="pipe", price_min="10", price_max="15"))) == {
        "Steel pipe in dollars"
    }
    assert set(titles(search(q="pipe", price_max="6"))) == {"Steel pipe in won"}
    # Offers without a price, or in a currency without a rate, are not in any range.
    assert set(titles(search(q="pipe", price_min="0"))) == {
        "Steel pipe in dollars",
        "Steel pipe in won",
        "Steel pipe in euros",
    }


def test_sort_by_price_puts_offers_without_a_price_last_both_ways(search, priced):
    cheapest = titles(search(q="pipe", sort="price_low"))
    assert cheapest[:3] == ["Steel pipe in won", "Steel pipe in dollars", "Steel pipe in euros"]
    assert set(cheapest[3:]) == {"Steel pipe in yen", "Steel pipe on request"}
    dearest = titles(search(q="pipe", sort="price_high"))
    assert dearest[:3] == ["Steel pipe in euros", "Steel pipe in dollars", "Steel pipe in won"]
    assert set(dearest[3:]) == {"Steel pipe in yen", "Steel pipe on request"}


def test_minimum_order_at_most_includes_offers_that_state_none(search, priced):
    assert set(titles(search(q="pipe", min_order_max="50"))) == {
        "Steel pipe in won",
        "Steel pipe in yen",
        "Steel pipe in euros",
    }
    assert len(titles(search(q="pipe", min_order_max="1,000"))) == 5


def test_a_new_rate_moves_the_offers_in_that_currency(search, priced, client, app):
    assert "Steel pipe in yen" not in titles(search(q="pipe", price_max="7"))
    db.session.add(ExchangeRate(currency="JPY", per_usd=Decimal(150), as_of=date.today()))
    db.session.commit()
    assert "Steel pipe in yen" in titles(search(q="pipe", price_max="7"))  # USD 6.00
    rate = db.session.get(ExchangeRate, "KRW")
    rate.per_usd = Decimal(700)  # the won doubles: USD 10.00
    db.session.commit()
    assert "Steel pipe in won" not in titles(search(q="pipe", price_max="7"))


@pytest.mark.parametrize(
    "params, field",
    [
        ({"price_min": "cheap"}, "price_min"),
        ({"price_max": "-3"}, "price_max"),
        ({"price_min": "20", "price_max": "10"}, "price_max"),
        ({"min_order_max": "1e400"}, "min_order_max"),
        ({"sort": "price"}, "sort"),
    ],
)
def test_the_api_refuses_bounds_it_cannot_read(client, params, field):
    response = client.get("/api/v1/offers", query_string=params)
    assert response.status_code == 422
    assert field in response.get_json()["fields"]


def test_the_results_page_keeps_what_was_typed_and_says_what_is_wrong(client, sync, priced):
    sync()
    html = client.get("/search?q=pipe&price_min=20&price_max=10").get_data(as_text=True)
    assert "The highest price is below the lowest" in html
    assert 'name="price_min" inputmode="decimal" size="7" value="20"' in html
    assert 'value="10" aria-invalid="true"' in html
    assert "5 offers" in html and "Clear all filters" not in html  # neither bound applies
    bad = client.get("/search?q=pipe&price_min=ten").get_data(as_text=True)
    assert "Enter a price in US dollars" in bad and 'value="ten"' in bad
    assert "5 offers" in bad  # the unreadable bound is not applied


def test_the_results_page_filters_sorts_and_shows_dollar_prices(client, sync, priced):
    sync()
    html = client.get("/search?q=pipe&price_max=25&sort=price_low").get_data(as_text=True)
    assert "3 offers" in html and "Clear all filters (1)" in html
    assert html.index("</mark> in won") < html.index("</mark> in dollars")
    assert "(≈ USD 5.00)" in html and "(≈ USD 20.00)" in html
    assert "min. order 50 pieces" in html
    # The other boxes and the text search carry the bound along.
    assert '<input type="hidden" name="price_max" value="25">' in html
    assert '<input type="hidden" name="sort" value="price_low">' in html


def test_the_database_path_filters_and_sorts_the_same(app, client, priced):
    # No index built: the page answers from the database.
    answer = client.get(
        "/api/v1/offers", query_string={"price_max": "25", "sort": "price_high"}
    ).get_json()
    assert titles(answer) == ["Steel pipe in euros", "Steel pipe in dollars", "Steel pipe in won"]
    answer = client.get("/api/v1/offers", query_string={"min_order_max": "10"}).get_json()
    assert set(titles(answer)) == {"Steel pipe in yen", "Steel pipe in euros"}
