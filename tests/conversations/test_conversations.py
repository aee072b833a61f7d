"""Buyer and supplier brought together: matches, inquiries, replies, alerts."""

import pytest
from sqlalchemy import select

from marketplace.activity.models import Event
from marketplace.conversations import matching
from marketplace.conversations.alerts import check_all
from marketplace.conversations.models import Inquiry, Match, Notification, SavedSearch
from marketplace.core.db import db, unit_of_work
from marketplace.offers.models import Offer
from marketplace.offers.services import create_offer
from tests.conftest import PASSWORD


@pytest.fixture
def market(app, member_factory, sync):
    """Two Korean pipe suppliers, an unrelated tea supplier, and a German buyer."""
    pipes = member_factory("exporter", name="Hanbit Steel", country="KR")
    other = member_factory("exporter", name="Busan Tube", country="KR")
    tea = member_factory("exporter", name="Jeju Tea", country="KR")
    buyer = member_factory("buyer", name="Berlin Imports", country="DE", business_type="buyer")
    create_offer(
        pipes,
        {
            "type": "sell",
            "title": "Stainless steel welded pipes TP304",
            "hs_code": "730640",
            "incoterm": "FOB",
            "port": "KRPUS",
            "target_countries": "DE, NL",
        },
    )
    create_offer(
        other,
        {
            "type": "sell",
            "title": "Welded stainless tubes for food industry",
            "hs_code": "730640",
            "target_countries": "US",
        },
    )
    create_offer(tea, {"type": "sell", "title": "Organic green tea leaves", "hs_code": "090210"})
    db.session.commit()
    sync()
    return {"pipes": pipes, "other": other, "tea": tea, "buyer": buyer}


def login(app, user):
    client = app.test_client()
    client.post("/login", data={"email": user.email, "password": PASSWORD})
    return client


def test_buyer_sees_fitting_suppliers_at_once_and_they_see_the_request(app, market):
    buyer = login(app, market["buyer"])
    response = buyer.post(
        "/offers/new",
        data={
            "type": "buy",
            "title": "Looking for stainless steel welded pipes",
            "description": "TP304, 2 inch, 20 tonnes per month",
            "hs_code": "730640",
            "incoterm": "FOB",
        },
    )
    assert response.status_code == 302
    page = buyer.get(response.headers["Location"]).get_data(as_text=True)
    assert "Suggested suppliers" in page
    assert "Stainless steel welded pipes TP304" in page and "Organic green tea" not in page
    assert "same HS heading 7306" in page and "ships to Germany" in page
    # the Korean supplier ships to DE; the other one only to the US, so it ranks lower or not at all
    request = db.session.scalar(select(Offer).where(Offer.type == "buy"))
    matches = db.session.scalars(
        select(Match).where(Match.buy_offer_id == request.id).order_by(Match.score.desc())
    ).all()
    assert matches[0].sell_offer.company.name == "Hanbit Steel"
    supplier_offer = matches[0].sell_offer
    supplier = login(app, market["pipes"])
    assert "Looking for stainless steel welded pipes" in supplier.get(
        f"/offers/{supplier_offer.id}"
    ).get_data(as_text=True)
    # a strong match is named in both sides' daily digest
    assert matching.digests() >= 2
    assert db.session.scalars(
        select(Notification).where(
            Notification.user_id == market["pipes"].id, Notification.kind == "match"
        )
    ).first()


def test_dismissed_match_does_not_come_back(app, market):
    buyer = login(app, market["buyer"])
    location = buyer.post(
        "/offers/new",
        data={"type": "buy", "title": "Stainless steel welded pipes wanted", "hs_code": "730640"},
    ).headers["Location"]
    request = db.session.scalar(select(Offer).where(Offer.type == "buy"))
    match = db.session.scalars(select(Match).where(Match.buy_offer_id == request.id)).first()
    buyer.post(f"/matches/{match.id}/dismiss", data={"offer_id": request.id})
    buyer.post(
        f"/offers/{request.id}/edit",
        data={
            "type": "buy",
            "title": "Stainless steel welded pipes wanted soon",
            "hs_code": "730640",
        },
    )
    db.session.expire_all()
    assert db.session.get(Match, match.id).status == "dismissed"
    assert (
        match.sell_offer.title
        not in buyer.get(location)
        .get_data(as_text=True)
        .split("Suggested suppliers")[-1]
        .split("</section>")[0]
    )


def test_inquiry_thread_both_ways(app, market):
    offer = db.session.scalar(select(Offer).where(Offer.title.like("Stainless%")))
    buyer = login(app, market["buyer"])
    response = buyer.post(
        f"/offers/{offer.id}/inquiries",
        data={"body": "Please quote 20 t of 2 inch TP304 pipes, CIF Hamburg.", "quantity": "20 t"},
    )
    thread_url = response.headers["Location"]
    supplier = login(app, market["pipes"])
    inbox = supplier.get("/inbox").get_data(as_text=True)
    assert offer.title in inbox and 'class="count-badge">1<' in inbox
    refused = supplier.post(thread_url, data={"body": "USD 1850"})
    assert refused.status_code == 422 and ">USD 1850</textarea>" in refused.get_data(as_text=True)
    supplier.post(thread_url, data={"body": "USD 1,850 per tonne FOB Busan, 30 days."})
    buyer_view = buyer.get(thread_url).get_data(as_text=True)
    assert "Please quote 20 t" in buyer_view and "USD 1,850 per tonne" in buyer_view
    inquiry = db.session.scalar(select(Inquiry))
    assert inquiry.first_answer_at is not None
    kinds = set(db.session.scalars(select(Event.kind)))
    assert {"inquiry_sent", "inquiry_answered"} <= kinds
    # a third company can neither read nor write the thread
    outsider = login(app, market["tea"])
    assert outsider.get(thread_url).status_code == 403
    assert outsider.post(thread_url, data={"body": "Let me in please!!"}).status_code == 403


def test_spam_limits_and_reports(app, market, operator):
    app.config["INQUIRIES_PER_HOUR"] = 2
    offers = db.session.scalars(select(Offer)).all()
    buyer = login(app, market["buyer"])
    text = {"body": "Cheap watches, visit my site now!!!"}
    buyer.post(f"/offers/{offers[0].id}/inquiries", data=text)
    again = buyer.post(f"/offers/{offers[1].id}/inquiries", data=text, follow_redirects=True)
    assert "You sent this same message" in again.get_data(as_text=True)
    buyer.post(f"/offers/{offers[1].id}/inquiries", data={"body": "A different text, still spam"})
    third = buyer.post(
        f"/offers/{offers[2].id}/inquiries",
        data={"body": "And a third message"},
        follow_redirects=True,
    )
    assert "many inquiries in the last hour" in third.get_data(as_text=True)
    inquiry = db.session.scalars(select(Inquiry)).first()
    owner = login(
        app,
        market["pipes"]
        if inquiry.offer.company_id == market["pipes"].company_id
        else market["other"],
    )
    owner.post(f"/inbox/{inquiry.id}/spam")
    ops = login(app, operator)
    assert inquiry.offer.title in ops.get("/operator/spam").get_data(as_text=True)
    ops.post(f"/operator/spam/{inquiry.id}", data={"block": "1"})
    db.session.expire_all()
    assert db.session.get(Inquiry, inquiry.id).sender.active is False


def test_saved_search_fires_when_a_fitting_offer_appears(app, market, sync):
    buyer = login(app, market["buyer"])
    buyer.post("/alerts", data={"q": "bamboo flooring"})
    alert = db.session.scalar(select(SavedSearch))
    assert alert.label == "bamboo flooring"
    create_offer(
        market["tea"],
        {"type": "sell", "title": "Bamboo flooring panels, carbonized", "hs_code": "441873"},
    )
    db.session.commit()
    sync()
    import marketplace.conversations.alerts as alerts_module

    alerts_module.SETTLE = alerts_module.SETTLE * 0  # no need to wait in a test
    try:
        with unit_of_work():
            assert check_all() == 1
    finally:
        from datetime import timedelta

        alerts_module.SETTLE = timedelta(seconds=5)
    page = buyer.get("/notifications").get_data(as_text=True)
    assert "Bamboo flooring panels" in page and "bamboo flooring" in page
    assert "1 new offer for your alert" in page  # one offer: no "offer(s)"
    with unit_of_work():
        assert check_all() == 0  # told once
    buyer.post(f"/alerts/{alert.id}", data={"action": "pause"})
    db.session.refresh(alert)
    assert alert.paused
    buyer.post(f"/alerts/{alert.id}", data={"action": "delete"})
    assert db.session.scalar(select(SavedSearch)) is None


def test_inquiry_validation_and_own_offer(app, market):
    offer = db.session.scalar(select(Offer).where(Offer.title.like("Stainless%")))
    owner = login(app, market["pipes"])
    own = owner.post(
        f"/offers/{offer.id}/inquiries",
        data={"body": "Asking my own offer?"},
        follow_redirects=True,
    )
    assert "This is your own company" in own.get_data(as_text=True)
    buyer = login(app, market["buyer"])
    short = buyer.post(
        f"/offers/{offer.id}/inquiries",
        follow_redirects=True,
        data={
            "body": "hi",
            "quantity": "40 t",
            "target_price": "USD 2300/t",
            "terms": "CIF Hamburg",
        },
    )
    page = short.get_data(as_text=True)
    assert "at least 10 characters" in page
    # Nothing typed is lost: the form comes back with every value.
    assert ">hi</textarea>" in page and 'value="40 t"' in page
    assert 'value="USD 2300/t"' in page and 'value="CIF Hamburg"' in page
    assert "at least 10 characters" not in buyer.get(f"/offers/{offer.id}").get_data(as_text=True)
    assert db.session.scalar(select(Inquiry)) is None
    anonymous = app.test_client()
    assert (
        anonymous.post(f"/offers/{offer.id}/inquiries", data={"body": "x" * 20}).status_code == 302
    )


@pytest.mark.parametrize("change", ["withdraw", "expire"])
def test_inquiries_to_closed_offers_are_refused_by_the_server(app, market, change):
    from datetime import timedelta

    from marketplace.offers.services import today, withdraw_offer

    offer = db.session.scalar(select(Offer).where(Offer.title.like("Stainless%")))
    if change == "withdraw":
        withdraw_offer(offer, market["pipes"])
    else:
        offer.valid_until = today() - timedelta(days=1)
    db.session.commit()
    buyer = login(app, market["buyer"])
    page = buyer.post(
        f"/offers/{offer.id}/inquiries",
        follow_redirects=True,
        data={"body": "Is this still available? We need 40 t."},
    )
    assert db.session.scalar(select(Inquiry)) is None
    if change == "expire":  # still readable: the reason is shown on its page, and no form
        html = page.get_data(as_text=True)
        assert "no longer open for inquiries" in html
        assert f'action="/offers/{offer.id}/inquiries"' not in buyer.get(
            f"/offers/{offer.id}"
        ).get_data(as_text=True)


def test_an_alert_waits_for_a_lagging_index_instead_of_losing_the_offer(
    app, market, sync, monkeypatch
):
    import marketplace.conversations.alerts as alerts_module

    monkeypatch.setattr(alerts_module, "SETTLE", alerts_module.SETTLE * 0)
    buyer = login(app, market["buyer"])
    buyer.post("/alerts", data={"q": "bamboo flooring"})
    create_offer(
        market["tea"],
        {"type": "sell", "title": "Bamboo flooring panels, carbonized", "hs_code": "441873"},
    )
    db.session.commit()
    with unit_of_work():
        assert check_all() == 0  # the index has not taken the offer in yet: nothing to tell, yet
    sync()
    with unit_of_work():
        assert check_all() == 1
    assert "Bamboo flooring panels" in buyer.get("/notifications").get_data(as_text=True)


def test_a_verified_supplier_ranks_above_an_equal_unverified_one_and_says_so(
    app, member_factory, operator, sync
):
    from marketplace.trust.verification import record_site_visit

    checked = member_factory("exporter", name="Checked Valves", country="KR")
    unchecked = member_factory("exporter", name="Unchecked Valves", country="KR")
    for author in (unchecked, checked):
        create_offer(
            author, {"type": "sell", "title": "Brass ball valves DN25", "hs_code": "848180"}
        )
    record_site_visit(checked.company, operator, "Factory in Changwon seen on 3 November.")
    db.session.commit()
    sync()
    buyer = login(app, member_factory("buyer", name="Lyon Plumbing", country="FR"))
    page = buyer.get(
        buyer.post(
            "/offers/new",
            data={"type": "buy", "title": "Brass ball valves DN25 wanted", "hs_code": "848180"},
        ).headers["Location"]
    ).get_data(as_text=True)
    suggestions = page.split("Suggested suppliers")[1].split("</section>")[0]
    assert suggestions.index("Checked Valves") < suggestions.index("Unchecked Valves")
    first = suggestions.split("Unchecked Valves")[0]
    assert "✔ Verified" in first and "verified buyer" not in suggestions


def _bearer(user) -> dict:
    from marketplace.accounts.services import create_token

    _, secret = create_token(user, "test")
    db.session.commit()
    return {"Authorization": f"Bearer {secret}"}


def test_one_company_fills_at_most_two_of_the_first_ten_and_the_api_says_why(
    app, member_factory, sync
):
    big = member_factory("exporter", name="Big Pipe Works", country="KR")
    for size in ("1/2", "3/4", "1", "2", "3", "4"):
        create_offer(
            big,
            {
                "type": "sell",
                "title": f"Stainless steel welded pipe {size} inch",
                "hs_code": "730640",
            },
        )
    for name in ("Daehan Tube", "Shanghai Pipe", "Osaka Steel"):
        create_offer(
            member_factory("exporter", name=name, country="KR"),
            {"type": "sell", "title": "Welded stainless steel pipe", "hs_code": "730640"},
        )
    db.session.commit()
    sync()
    buyer = member_factory("buyer", name="Hamburg Rohr", country="DE")
    request = create_offer(
        buyer, {"type": "buy", "title": "Stainless steel welded pipe wanted", "hs_code": "730640"}
    )
    db.session.commit()
    client = app.test_client()
    answer = client.get(f"/api/v1/offers/{request.id}/matches", headers=_bearer(buyer))
    assert answer.status_code == 200
    matches = answer.get_json()
    companies = [m["offer"]["company"]["name"] for m in matches[:10]]
    assert companies.count("Big Pipe Works") == 2 and len(set(companies)) == 4
    assert [m["score"] for m in matches[:2]] == sorted(
        (m["score"] for m in matches[:2]), reverse=True
    )
    assert all("same HS heading 7306" in m["reasons"] for m in matches)
    # Another member may not read them; an unknown offer is a 404.
    stranger = member_factory("exporter", name="Curious Co")
    denied = client.get(f"/api/v1/offers/{request.id}/matches", headers=_bearer(stranger))
    assert denied.status_code == 403 and "posted this offer" in denied.get_json()["error"]
    assert client.get("/api/v1/offers/999999/matches", headers=_bearer(buyer)).status_code == 404


def test_a_delivery_term_is_a_reason_only_when_its_place_is_the_buyers(app, member_factory, sync):
    shanghai = member_factory("exporter", name="Delivers Shanghai", country="KR")
    hamburg = member_factory("exporter", name="Delivers Hamburg", country="KR")
    for author, port in ((shanghai, "CNSHA"), (hamburg, "DEHAM")):
        create_offer(
            author,
            {
                "type": "sell",
                "title": "Seamless stainless pipe 316L",
                "hs_code": "730441",
                "incoterm": "CIF",
                "port": port,
            },
        )
    db.session.commit()
    sync()
    buyer = member_factory("buyer", name="Nord Import", country="DE")
    request = create_offer(
        buyer,
        {
            "type": "buy",
            "title": "Seamless stainless pipe 316L",
            "hs_code": "730441",
            "incoterm": "CIF",
        },
    )
    db.session.commit()
    by_company = {other.company.name: match.reason for match, other in matching.for_offer(request)}
    assert "CIF DEHAM" in by_company["Delivers Hamburg"]
    assert (
        "CIF" not in by_company["Delivers Shanghai"]
    )  # delivered to Shanghai: no reason to a German buyer


def test_matches_come_as_one_digest_per_offer_per_day_as_each_member_chose(
    app, member_factory, sync
):
    from datetime import timedelta

    from marketplace.core.db import utcnow

    for name in ("Gyeongnam Valve", "Incheon Valve"):
        create_offer(
            member_factory("exporter", name=name, country="KR"),
            {"type": "sell", "title": "Brass gate valves PN16", "hs_code": "848180"},
        )
    db.session.commit()
    sync()
    buyer = member_factory("buyer", name="Porto Hidraulica", country="PT")
    request = create_offer(
        buyer, {"type": "buy", "title": "Brass gate valves PN16", "hs_code": "848180"}
    )
    db.session.commit()

    def buyer_notes():
        return db.session.scalars(
            select(Notification).where(
                Notification.user_id == buyer.id, Notification.kind == "match"
            )
        ).all()

    assert buyer_notes() == []  # nothing one by one while matches are found
    now = utcnow()
    matching.digests(now)
    (digest,) = buyer_notes()
    assert digest.text.startswith("2 new matching suppliers") and digest.link.endswith("#matches")
    # A third supplier the same day waits for tomorrow's digest, which names only it.
    create_offer(
        member_factory("exporter", name="Ulsan Valve", country="KR"),
        {"type": "sell", "title": "Brass gate valves PN16", "hs_code": "848180"},
    )
    db.session.commit()
    sync()
    matching.refresh(request)
    db.session.commit()
    matching.digests(now + timedelta(hours=3))
    assert len(buyer_notes()) == 1
    matching.digests(now + timedelta(days=1, minutes=1))
    notes = buyer_notes()
    assert len(notes) == 2 and notes[-1].text.startswith("1 new matching supplier")
    # A member who turned them off hears nothing.
    db.session.commit()  # the digests' writes, before the member's own request
    client = login(app, buyer)
    saved = client.post("/my/match-notifications", data={"match_threshold": "off"})
    assert saved.headers["Location"].endswith("/my#match-notifications")
    db.session.refresh(buyer)
    assert buyer.match_threshold is None
    assert "nothing: no match notifications" in client.get("/my").get_data(as_text=True)
    assert client.post("/my/match-notifications", data={"match_threshold": "12"}).status_code == 302
    db.session.refresh(buyer)
    assert buyer.match_threshold is None  # a forged value changes nothing


def test_a_request_without_hs_code_in_other_words_finds_the_product_not_its_neighbours(
    app, member_factory, sync
):
    pipes = member_factory("exporter", name="Pipe Maker", country="KR")
    plates = member_factory("exporter", name="Plate Mill", country="KR")
    tyres = member_factory("exporter", name="Tyre Works", country="CN")
    exw = member_factory("exporter", name="Ex Works Only", country="KR")
    create_offer(
        pipes,
        {"type": "sell", "title": "Stainless steel welded pipes ASTM A312", "hs_code": "730640"},
    )
    create_offer(
        exw,
        {
            "type": "sell",
            "title": "Stainless steel welded pipes ASTM A312",
            "hs_code": "730640",
            "incoterm": "EXW",
        },
    )
    create_offer(
        plates, {"type": "sell", "title": "Hot-rolled stainless steel plate", "hs_code": "721912"}
    )
    create_offer(
        tyres,
        {"type": "sell", "title": "Passenger car radial tyres 205/55R16", "hs_code": "401110"},
    )
    db.session.commit()
    sync()
    buyer = member_factory("buyer", name="Nord Import", country="DE")
    request = create_offer(
        buyer,
        {
            "type": "buy",
            "title": "316L welded stainless steel pipe, 2 inch, sch 10",
            "category": "minerals",
            "incoterm": "CIF",
            "port": "DEHAM",
        },
    )
    tires = create_offer(
        buyer,
        {
            "type": "buy",
            "title": "Car tires 16 inch for wholesale",
            "category": "automotive-vehicles",
        },
    )
    db.session.commit()
    ranked = {other.company.name: match for match, other in matching.for_offer(request)}
    # No code given: the title reads as heading 7306, and the reason says so.
    assert "reads as HS heading 7306" in ranked["Pipe Maker"].reason
    # Steel plate shares only the category and two words: not suggested as pipe.
    assert "Plate Mill" not in ranked
    # The buyer wants delivery to Hamburg; a supplier selling ex works only comes lower.
    assert ranked["Ex Works Only"].score < ranked["Pipe Maker"].score
    # "tires" is how an American writes "tyres".
    assert [o.company.name for _m, o in matching.for_offer(tires)] == ["Tyre Works"]


def test_a_notification_is_read_and_mailed_in_its_readers_language(app, member_factory, caplog):
    import logging

    from marketplace.conversations import inquiries

    caplog.set_level(logging.INFO, logger="marketplace")
    seller = member_factory("exporter", name="Hanbit Steel", country="KR")
    seller.locale = "ko"
    buyer = member_factory("buyer", name="Nord Import", country="DE")
    offer = create_offer(
        seller, {"type": "sell", "title": "Stainless steel welded pipes", "hs_code": "730640"}
    )
    db.session.commit()
    inquiries.send(buyer, offer, {"body": "Please quote 20 tonnes, CIF Hamburg."})
    db.session.commit()
    korean = "“Stainless steel welded pipes”에 대한 새 문의"
    assert korean in login(app, seller).get("/notifications").get_data(as_text=True)
    assert any(korean in r.getMessage() for r in caplog.records)  # the mail too
    # The English text stays for the API and for readers of other languages.
    stored = db.session.scalar(select(Notification).where(Notification.user_id == seller.id))
    assert stored.text == "New inquiry about “Stainless steel welded pipes”"


def test_match_reasons_read_in_the_page_language_and_stay_english_in_the_api(app):
    from flask_babel import force_locale

    from marketplace.conversations import reasons

    stored = "similar product description; same HS heading 7306; ships to DE; FOB KRPUS"
    with app.test_request_context(), force_locale("ko"):
        shown = reasons.shown(stored)
    assert shown == "비슷한 제품 설명; 같은 HS 7306호; 독일(으)로 수출; FOB KRPUS"
    with app.test_request_context():
        # English pages name the country too; the API keeps the stored codes.
        assert reasons.shown(stored) == stored.replace("ships to DE", "ships to Germany")
