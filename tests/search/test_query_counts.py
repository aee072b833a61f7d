"""Pages load what they show once: a fixed, small number of SQL statements per page,
whatever the number of results (no lazy load per card, no reload after a write)."""

import pytest

from tests.conftest import PASSWORD

PAGES = {
    "home": "/",
    "category": "/categories/minerals",
    "search": "/search?q=steel",
    "api search": "/api/v1/offers?q=steel",
}
MAX_STATEMENTS = 8


def _post(offer_factory, member_factory, count: int) -> list:
    sellers = [member_factory(name=f"Steelworks {n}") for n in range(3)]
    return [
        offer_factory(
            sellers[n % 3], title=f"Steel plate grade {n}", hs_code="720851", category="minerals"
        )
        for n in range(count)
    ]


@pytest.mark.parametrize("visitor", ["anonymous", "member"])
@pytest.mark.parametrize("page", PAGES)
def test_a_page_costs_the_same_few_statements_for_few_or_many_results(
    app, client, sync, count_queries, offer_factory, member_factory, page, visitor
):
    offers = _post(offer_factory, member_factory, 3)
    if visitor == "member":
        buyer = member_factory("buyer", business_type="buyer", country="DE")
        client.post("/login", data={"email": buyer.email, "password": PASSWORD})
    sync()
    client.get(PAGES[page])  # first visit: searchers open, caches fill
    with count_queries() as few:
        assert client.get(PAGES[page]).status_code == 200
    _post(offer_factory, member_factory, 25)
    sync()
    client.get(PAGES[page])
    with count_queries() as many:
        assert client.get(PAGES[page]).status_code == 200
    assert len(many) <= MAX_STATEMENTS, "\n".join(many)
    assert len(many) == len(few), "\n".join(many)
    assert offers


def test_the_offer_page_costs_a_fixed_few_statements(
    client, sync, count_queries, offer_factory, member_factory
):
    offer = _post(offer_factory, member_factory, 1)[0]
    sync()
    client.get(f"/offers/{offer.id}")
    with count_queries() as statements:
        assert client.get(f"/offers/{offer.id}").status_code == 200
    assert len(statements) <= MAX_STATEMENTS + 2, "\n".join(statements)
