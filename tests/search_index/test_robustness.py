"""Any text a user types is a valid search: never an exception, never a 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marketplace.offers.services import today
from search_index.contract import OfferQuery
from search_index.engine import engine

NASTY = [
    '"',
    '"unbalanced',
    "title:(",
    "field:[a TO",
    "[1 TO 2}",
    "AND OR NOT",
    "*",
    "?",
    "~2",
    "^3",
    "\\",
    "((((",
    "))))",
    "-",
    "+",
    "stainless~",
    "a:b:c",
    "　",
    "🔩 steel",
    "<script>",
    "' OR 1=1 --",
    "7306.",
    "73064",
    "9" * 300,
    "x" * 5000,
]


@pytest.fixture
def indexed(offer_factory, sync):
    offer_factory(title="Stainless steel pipes", description="TP304 welded tubes")
    offer_factory(title="스테인리스강관", description="용접관", hs_code="730640")
    sync()


@pytest.mark.parametrize("q", NASTY)
def test_nasty_queries_through_pages_and_api(client, indexed, q):
    assert client.get("/search", query_string={"q": q}).status_code == 200
    assert client.get("/api/v1/offers", query_string={"q": q}).status_code == 200


def test_invalid_utf8_in_the_query_string(client, indexed):
    assert client.get("/search?q=%ff%fe%80steel").status_code == 200
    assert client.get("/api/v1/offers?q=%ff%fe%80").status_code == 200


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=120))
def test_any_string_is_a_valid_query(app, indexed, q):
    with app.test_request_context():
        hits = engine().search_offers(OfferQuery(q=q), today())
    assert hits is not None and hits.total >= 0


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "q",
                "type",
                "category",
                "country",
                "incoterm",
                "hs",
                "posted",
                "sort",
                "page",
                "per_page",
            ]
        ),
        st.text(max_size=30),
        max_size=6,
    )
)
def test_any_parameters_on_the_results_page(client, indexed, params):
    if any("\x00" in value for value in params.values()):
        # Nobody types a NUL character: it gets a plain 400, never a 500.
        assert client.get("/search", query_string=params).status_code == 400
        return
    assert client.get("/search", query_string=params).status_code == 200
    assert client.get("/api/v1/offers", query_string=params).status_code in (200, 422)
