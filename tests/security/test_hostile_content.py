"""Hostile text in company profiles and offers is shown as text on every page that shows it."""

from marketplace.core.db import db
from marketplace.offers.services import create_offer
from tests.conftest import PASSWORD

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'><svg onload=alert(3)>"


def test_hostile_company_and_offer_text_everywhere(app, client, member_factory, sync):
    member = member_factory(
        "exporter", name="Evil " + EVIL[:60], city=EVIL[:80], main_products=EVIL, description=EVIL
    )
    offer = create_offer(
        member,
        {"type": "sell", "title": "Pipes " + EVIL[:150], "description": EVIL, "hs_code": "730640"},
    )
    db.session.commit()
    sync()
    pages = [
        "/",
        "/companies",
        f"/companies/{member.company_id}",
        f"/offers/{offer.id}",
        "/categories/minerals",
        "/search?q=pipes",
        "/metasearch?q=pipes",
        "/feeds/offers.rss",
        "/feeds/offers.atom",
    ]
    client.post("/login", data={"email": member.email, "password": PASSWORD})
    pages += ["/my", "/my/company", f"/offers/{offer.id}/edit"]
    for url in pages:
        body = client.get(url).get_data(as_text=True)
        for needle in ("<script>alert", "<img src=x", "<svg onload"):
            assert needle not in body, (url, needle)


def test_api_returns_text_as_written_as_json_only(client, member_factory):
    member = member_factory("exporter")
    offer = create_offer(
        member, {"type": "sell", "title": "Pipes " + EVIL[:150], "hs_code": "730640"}
    )
    db.session.commit()
    response = client.get(f"/api/v1/offers/{offer.id}")
    # Offer text is stored and returned as written; as JSON that browsers must not sniff.
    assert response.mimetype == "application/json"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.get_json()["title"].startswith("Pipes <script>")
