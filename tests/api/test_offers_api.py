"""The offers API: search, read, post with Idempotency-Key, patch, delete, errors."""

import re

import pytest
from sqlalchemy import func, select

from marketplace.accounts.services import create_token
from marketplace.core.db import db
from marketplace.offers.models import Offer

BODY = {
    "type": "sell",
    "title": "LED panel lights 600x600",
    "description": "40 W, CE, RoHS",
    "hs_code": "940542",
    "quantity": "5000",
    "unit": "C62",
    "price": {"amount": "12.50", "currency": "USD"},
    "incoterm": "FOB",
    "port": "CNSZX",
    "origin_country": "CN",
    "target_countries": ["DE"],
    "payment_terms": ["TT"],
}


@pytest.fixture
def member(member_factory):
    return member_factory("exporter")


@pytest.fixture
def headers(member):
    _, secret = create_token(member, "test")
    db.session.commit()
    return {"Authorization": f"Bearer {secret}"}


def count_offers():
    return db.session.scalar(select(func.count()).select_from(Offer))


def test_post_offer_returns_201_with_location_and_contract_shape(client, headers):
    response = client.post("/api/v1/offers", json=BODY, headers=headers)
    assert response.status_code == 201
    offer = response.get_json()
    assert response.headers["Location"].endswith(f"/api/v1/offers/{offer['id']}")
    assert offer["category"]["slug"] == "wood-furniture"  # implied by HS 9405
    assert offer["price"] == {"amount": "12.50", "currency": "USD"}
    assert offer["status"] == "active" and offer["url"].endswith(f"/offers/{offer['id']}")
    for key in (
        "id",
        "type",
        "title",
        "description",
        "category",
        "hs_code",
        "quantity",
        "unit",
        "price",
        "incoterm",
        "port",
        "origin_country",
        "company",
        "status",
        "url",
        "created_at",
        "updated_at",
        "valid_until",
    ):
        assert key in offer
    assert client.get(f"/api/v1/offers/{offer['id']}").get_json()["title"] == BODY["title"]


def test_idempotency_key_replays_same_answer_and_creates_nothing(client, headers):
    keyed = headers | {"Idempotency-Key": "posting-42"}
    first = client.post("/api/v1/offers", json=BODY, headers=keyed)
    second = client.post("/api/v1/offers", json=BODY, headers=keyed)
    assert first.status_code == second.status_code == 201
    assert first.get_json() == second.get_json()
    assert count_offers() == 1
    reused = client.post(
        "/api/v1/offers", json=BODY | {"title": "Another title here"}, headers=keyed
    )
    assert reused.status_code == 409
    assert count_offers() == 1


def test_same_key_from_another_member_is_independent(client, headers, member_factory):
    other = member_factory("exporter")
    _, secret = create_token(other)
    db.session.commit()
    client.post("/api/v1/offers", json=BODY, headers=headers | {"Idempotency-Key": "k"})
    client.post(
        "/api/v1/offers",
        json=BODY,
        headers={"Authorization": f"Bearer {secret}", "Idempotency-Key": "k"},
    )
    assert count_offers() == 2


@pytest.mark.parametrize(
    "change, field",
    [
        ({"title": 123}, "title"),
        ({"title": ""}, "title"),
        ({"type": "rent"}, "type"),
        ({"price": {"amount": "abc", "currency": "USD"}}, "price.amount"),
        ({"price": "12 USD"}, "price"),
        ({"hs_code": ["7306"]}, "hs_code"),
        ({"target_countries": "ZZ"}, "target_countries"),
        ({"unexpected": 1}, "unexpected"),
        ({"valid_until": "tomorrow"}, "valid_until"),
    ],
)
def test_validation_errors_are_422_per_field(client, headers, change, field):
    response = client.post("/api/v1/offers", json=BODY | change, headers=headers)
    assert response.status_code == 422
    body = response.get_json()
    assert body["error"] == "validation" and field in body["fields"]
    assert count_offers() == 0


@pytest.mark.parametrize(
    "data, content_type",
    [
        (b"{not json", "application/json"),
        (b"\xff\xfe\xfa", "application/json"),
        (b"[1, 2]", "application/json"),
        (b'"just a string"', "application/json"),
    ],
)
def test_malformed_bodies_get_4xx_json(client, headers, data, content_type):
    response = client.post("/api/v1/offers", data=data, content_type=content_type, headers=headers)
    assert response.status_code in (400, 422)
    assert "error" in response.get_json()


def test_body_over_limit_is_413(client, headers):
    response = client.post(
        "/api/v1/offers", json=BODY | {"description": "x" * 2_000_000}, headers=headers
    )
    assert response.status_code == 413
    assert "error" in response.get_json()


def test_missing_or_revoked_token_is_401(client, member):
    assert client.post("/api/v1/offers", json=BODY).status_code == 401
    token, secret = create_token(member)
    db.session.commit()
    from marketplace.accounts.services import revoke_token

    revoke_token(member, token.id)
    db.session.commit()
    response = client.post(
        "/api/v1/offers", json=BODY, headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 401 and "revoked" in response.get_json()["error"]


def test_patch_and_delete_only_by_owner(client, headers, member_factory):
    offer_id = client.post("/api/v1/offers", json=BODY, headers=headers).get_json()["id"]
    stranger = member_factory("exporter")
    _, secret = create_token(stranger)
    db.session.commit()
    other = {"Authorization": f"Bearer {secret}"}
    assert (
        client.patch(
            f"/api/v1/offers/{offer_id}", json={"title": "Mine now!"}, headers=other
        ).status_code
        == 403
    )
    assert client.delete(f"/api/v1/offers/{offer_id}", headers=other).status_code == 403

    patched = client.patch(f"/api/v1/offers/{offer_id}", json={"price": None}, headers=headers)
    assert patched.status_code == 200 and patched.get_json()["price"] is None
    deleted = client.delete(f"/api/v1/offers/{offer_id}", headers=headers)
    assert deleted.get_json()["status"] == "withdrawn"
    # withdrawn offers leave the public API but stay readable to the owner
    assert client.get(f"/api/v1/offers/{offer_id}").status_code == 404
    assert client.get(f"/api/v1/offers/{offer_id}", headers=headers).status_code == 200


def test_unknown_offer_is_404_json(client, headers):
    for method in ("get", "patch", "delete"):
        response = getattr(client, method)("/api/v1/offers/999999", headers=headers, json={})
        assert response.status_code == 404 and "error" in response.get_json()


def test_search_filters_facets_and_paging(client, offer_factory, member_factory):
    kr = member_factory("exporter", country="KR")
    de = member_factory("buyer", country="DE")
    offer_factory(kr, title="Stainless steel pipes", origin_country="KR")
    offer_factory(kr, title="Green tea leaves", hs_code="090210", origin_country="KR")
    offer_factory(de, type="buy", title="Looking for steel pipes", origin_country="DE")
    data = client.get("/api/v1/offers?q=pipes").get_json()
    assert data["total"] == 2
    assert data["facets"]["type"] == {"sell": 1, "buy": 1}
    assert data["facets"]["country"] == {"KR": 1, "DE": 1}
    sell = client.get("/api/v1/offers?q=pipes&type=sell").get_json()
    assert [r["title"] for r in sell["results"]] == ["Stainless steel pipes"]
    # the type facet still shows the buy option when sell is chosen
    assert sell["facets"]["type"] == {"sell": 1, "buy": 1}
    assert client.get("/api/v1/offers?hs=0902").get_json()["total"] == 1
    assert client.get("/api/v1/offers?category=agricultural-food").get_json()["total"] == 1
    paged = client.get("/api/v1/offers?per_page=2&page=2").get_json()
    assert paged["total"] == 3 and len(paged["results"]) == 1


@pytest.mark.parametrize(
    "query",
    ["type=rent", "category=nope", "country=XX", "hs=ab", "page=0", "per_page=1000", "page=abc"],
)
def test_search_bad_parameters_are_422(client, query):
    response = client.get(f"/api/v1/offers?{query}")
    assert response.status_code == 422 and response.get_json()["error"] == "validation"


@pytest.mark.parametrize("q", ["%", "_", "' OR 1=1 --", "\\", "title:(", '"unbalanced'])
def test_search_odd_queries_never_fail(client, offer_factory, q):
    offer_factory()
    assert client.get("/api/v1/offers", query_string={"q": q}).status_code == 200


def test_categories_list_with_counts(client, offer_factory):
    offer_factory()
    categories = client.get("/api/v1/categories").get_json()
    assert len(categories) == 16
    minerals = next(c for c in categories if c["slug"] == "minerals")
    assert minerals["offer_count"] == 1 and "73" in minerals["hs_chapters"]


def test_openapi_document_lists_every_api_route(client, app):
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    documented = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("api.") and rule.endpoint != "api.openapi_document":
            path = re.sub(r"<(?:int:)?(\w+)>", r"{\1}", rule.rule.removeprefix("/api/v1"))
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                assert (path, method) in documented


def test_sell_offer_origin_defaults_to_company_country(client, headers):
    body = {k: v for k, v in BODY.items() if k != "origin_country"}
    offer = client.post("/api/v1/offers", json=body, headers=headers).get_json()
    assert offer["origin_country"] == "KR"
    assert offer["price"]["amount"] == "12.50"


def test_paging_past_the_end_is_empty(client, offer_factory):
    offer_factory()
    answer = client.get("/api/v1/offers?page=5").get_json()
    assert answer["total"] == 1 and answer["results"] == []


@pytest.mark.parametrize(
    "method, body, field",
    [
        ("post", '{"type": "sell", "title": "\\ud800 x pipes"}', "title"),
        ("patch", '{"description": "\\udc00"}', "description"),
        (
            "post",
            '{"type": "sell", "title": "Welded pipes", "payment_terms": ["T/T", "\\ud83d"]}',
            "payment_terms[1]",
        ),
    ],
)
def test_text_no_database_can_store_is_a_plain_422(client, headers, method, body, field):
    made = client.post("/api/v1/offers", json=BODY, headers=headers).get_json()
    path = "/api/v1/offers" if method == "post" else f"/api/v1/offers/{made['id']}"
    response = getattr(client, method)(
        path, data=body, headers={**headers, "Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert field in response.get_json()["fields"]


@pytest.mark.parametrize("depth", [3000, 5000])
def test_json_nested_thousands_deep_is_a_plain_400(client, headers, depth):
    response = client.post(
        "/api/v1/offers",
        data="[" * depth + "]" * depth,
        headers={**headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 400 and "nested too deeply" in response.get_json()["error"]
