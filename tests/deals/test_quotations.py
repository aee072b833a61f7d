"""Quotations on buying requests: the supplier's form, the buyer's comparison and decisions,
attachments, exchange rates, the API and the indicators."""

from datetime import timedelta
from io import BytesIO

import pytest
from sqlalchemy import func, select

from marketplace.accounts.services import create_token
from marketplace.catalog.exchange_rates import ExchangeRate
from marketplace.conversations.models import Inquiry, Notification
from marketplace.core.db import db
from marketplace.deals.models import Quotation
from marketplace.offers.models import Offer, today
from tests.conftest import PASSWORD

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def login(app, user):
    client = app.test_client()
    client.post("/login", data={"email": user.email, "password": PASSWORD})
    return client


def quote_form(**changes) -> dict:
    form = {
        "unit_price": "12.50",
        "currency": "USD",
        "quantity": "5000",
        "min_order": "1000",
        "incoterm": "CIF",
        "place": "Hamburg",
        "lead_time_days": "30",
        "payment_terms": ["TT", "LC"],
        "valid_until": (today() + timedelta(days=20)).isoformat(),
        "message": "ASTM A312 TP316L welded, pickled, in wooden cases.",
    }
    form.update(changes)
    return form


@pytest.fixture
def rfq(app, member_factory, offer_factory):
    """A German buyer's request for welded pipe, and two Korean suppliers and a bystander."""
    buyer = member_factory("buyer", name="Hamburg Rohr GmbH", country="DE")
    request = offer_factory(
        buyer,
        type="buy",
        title="316L welded stainless pipe, 2 inch",
        quantity="5000",
        unit="MTR",
        incoterm="CIF",
        port="DEHAM",
        price_currency="EUR",
        price_amount="11",
    )
    suppliers = [
        member_factory("exporter", name="Hanbit Steel", country="KR"),
        member_factory("exporter", name="Ningbo Tube", country="CN"),
    ]
    bystander = member_factory("exporter", name="Jeju Tea", country="KR")
    db.session.add_all(
        [
            ExchangeRate(currency="EUR", per_usd="0.9", as_of=today()),
            ExchangeRate(currency="CNY", per_usd="7.2", as_of=today()),
        ]
    )
    db.session.commit()
    return {"buyer": buyer, "request": request, "suppliers": suppliers, "bystander": bystander}


def _quotation_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Quotation))


def test_two_suppliers_quote_and_the_buyer_compares_them_in_one_currency(app, rfq):
    request_id = rfq["request"].id
    first, second = (login(app, s) for s in rfq["suppliers"])
    page = first.get(f"/offers/{request_id}")
    assert "Send a quotation" in page.text
    answer = first.post(f"/offers/{request_id}/quotation", data=quote_form())
    assert answer.status_code == 302 and "/inbox/" in answer.location
    second.post(
        f"/offers/{request_id}/quotation",
        data=quote_form(
            unit_price="79.20", currency="CNY", lead_time_days="45", incoterm="FOB", place="Ningbo"
        ),
    )
    # The buyer's company was told of each quotation, and each opened a thread.
    texts = [
        n.text
        for n in db.session.scalars(
            select(Notification).where(Notification.user_id == rfq["buyer"].id)
        )
    ]
    assert sum("New quotation" in t for t in texts) == 2
    assert db.session.scalar(select(func.count()).select_from(Inquiry)) == 2

    buyer = login(app, rfq["buyer"])
    assert "2 suppliers have sent quotations" in buyer.get(f"/offers/{request_id}").text
    table = buyer.get(f"/offers/{request_id}/quotations").text
    # Shown in the request's currency (EUR): 12.50 USD ≈ 11.25 EUR, 79.20 CNY = 11 USD ≈ 9.90 EUR.
    assert "≈ EUR 11.25" in table and "≈ EUR 9.90" in table
    assert "indicative" in table
    assert table.index("Ningbo Tube") < table.index("Hanbit Steel")  # cheapest first
    by_lead = buyer.get(f"/offers/{request_id}/quotations?sort=lead_time").text
    assert by_lead.index("Hanbit Steel") < by_lead.index("Ningbo Tube")
    in_usd = buyer.get(f"/offers/{request_id}/quotations?currency=USD").text
    assert "≈ USD 11.00" in in_usd


def test_a_bystander_and_the_suppliers_cannot_read_the_comparison(app, rfq):
    request_id = rfq["request"].id
    login(app, rfq["suppliers"][0]).post(f"/offers/{request_id}/quotation", data=quote_form())
    assert login(app, rfq["bystander"]).get(f"/offers/{request_id}/quotations").status_code == 403
    assert (
        login(app, rfq["suppliers"][1]).get(f"/offers/{request_id}/quotations").status_code == 403
    )


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"unit_price": "-3"}, "unit_price", "greater than zero"),
        ({"valid_until": (today() - timedelta(days=1)).isoformat()}, "valid_until", "has passed"),
        ({"min_order": "9000"}, "min_order", "cannot be more than the quantity you offer"),
        ({"lead_time_days": "soon"}, "lead_time_days", "whole number of days"),
        ({"payment_terms": []}, "payment_terms", "Please fill this in"),
        ({"incoterm": "XYZ"}, "incoterm", "Choose one of the listed options"),
    ],
)
def test_a_quotation_that_makes_no_sense_is_refused_and_keeps_the_form(
    app, rfq, changes, field, message
):
    client = login(app, rfq["suppliers"][0])
    answer = client.post(f"/offers/{rfq['request'].id}/quotation", data=quote_form(**changes))
    assert answer.status_code == 422
    assert message in answer.text
    assert 'value="Hamburg"' in answer.text  # what was typed is still there
    assert "ASTM A312 TP316L welded" in answer.text
    assert _quotation_count() == 0
    assert db.session.scalar(select(func.count()).select_from(Inquiry)) == 0


def test_one_quotation_per_supplier_and_none_on_own_or_sell_offers(app, rfq, offer_factory):
    supplier = rfq["suppliers"][0]
    client = login(app, supplier)
    client.post(f"/offers/{rfq['request'].id}/quotation", data=quote_form())
    again = client.post(f"/offers/{rfq['request'].id}/quotation", data=quote_form())
    assert again.status_code == 422 and "already sent a quotation" in again.text
    sell = offer_factory(rfq["suppliers"][1])
    refused = client.post(f"/offers/{sell.id}/quotation", data=quote_form())
    assert refused.status_code == 422 and "sell offer" in refused.text
    own = login(app, rfq["buyer"]).post(f"/offers/{rfq['request'].id}/quotation", data=quote_form())
    assert own.status_code == 422 and "your own company" in own.text
    assert _quotation_count() == 1


def _quote_both(app, rfq) -> list[Quotation]:
    for supplier, price in zip(rfq["suppliers"], ("12.50", "13.10"), strict=True):
        login(app, supplier).post(
            f"/offers/{rfq['request'].id}/quotation", data=quote_form(unit_price=price)
        )
    return list(db.session.scalars(select(Quotation).order_by(Quotation.id)))


def test_the_buyer_shortlists_accepts_one_and_declines_the_other_and_both_suppliers_see_it(
    app, rfq
):
    accepted, declined = _quote_both(app, rfq)
    buyer = login(app, rfq["buyer"])
    buyer.post(f"/quotations/{accepted.id}/shortlist")
    assert "★ shortlisted" in buyer.get(f"/offers/{rfq['request'].id}/quotations").text
    # Declining without a reason is refused; the note typed stays in its field.
    refused = buyer.post(
        f"/quotations/{declined.id}/decline", data={"reason": "", "note": "Too slow for our line"}
    )
    assert refused.status_code == 422 and "Choose why you decline" in refused.text
    assert "Too slow for our line" in refused.text
    buyer.post(
        f"/quotations/{accepted.id}/accept", data={"note": "Please send the pro-forma invoice."}
    )
    buyer.post(
        f"/quotations/{declined.id}/decline",
        data={"reason": "price", "note": "We have 12.50 elsewhere."},
    )

    assert "quotation accepted" in login(app, rfq["suppliers"][0]).get("/inbox").text
    winner = login(app, rfq["suppliers"][0]).get(f"/inbox/{accepted.inquiry_id}").text
    assert "accepted" in winner and "Please send the pro-forma invoice." in winner
    loser = login(app, rfq["suppliers"][1]).get(f"/inbox/{declined.inquiry_id}").text
    assert "The price is too high" in loser and "We have 12.50 elsewhere." in loser
    texts = {
        n.text
        for n in db.session.scalars(select(Notification).where(Notification.kind == "quotation"))
    }
    assert any("was accepted" in t for t in texts) and any("was declined" in t for t in texts)
    # A decided quotation cannot be decided again.
    again = buyer.post(f"/quotations/{declined.id}/accept")
    assert again.status_code == 422 and "already decided" in again.text


def test_only_the_buyer_decides(app, rfq):
    quotation, _other = _quote_both(app, rfq)
    answer = login(app, rfq["suppliers"][0]).post(f"/quotations/{quotation.id}/accept")
    assert answer.status_code == 403
    assert (
        login(app, rfq["bystander"]).post(f"/quotations/{quotation.id}/accept").status_code == 403
    )
    db.session.expire_all()
    assert db.session.get(Quotation, quotation.id).status == "open"


def test_closing_the_request_tells_waiting_suppliers_and_takes_it_off_the_market(app, rfq):
    accepted, waiting = _quote_both(app, rfq)
    buyer = login(app, rfq["buyer"])
    buyer.post(f"/quotations/{accepted.id}/accept")
    answer = buyer.post(f"/offers/{rfq['request'].id}/close-request", follow_redirects=True)
    assert "1 waiting suppliers were told" in answer.text
    db.session.expire_all()
    assert db.session.get(Offer, rfq["request"].id).status == "withdrawn"
    assert db.session.get(Quotation, waiting.id).status == "closed"
    assert db.session.get(Quotation, accepted.id).status == "accepted"
    thread = login(app, rfq["suppliers"][1]).get(f"/inbox/{waiting.inquiry_id}").text
    assert "closed this request without choosing" in thread
    late = login(app, rfq["bystander"]).post(
        f"/offers/{rfq['request'].id}/quotation", data=quote_form()
    )
    assert late.status_code in (404, 422)


def test_attachments_are_checked_and_served_to_the_two_companies_only(app, rfq):
    client = login(app, rfq["suppliers"][0])
    bad = client.post(
        f"/offers/{rfq['request'].id}/quotation",
        data={**quote_form(), "attachments": [(BytesIO(b"MZ\x90\x00 program"), "datasheet.pdf")]},
        content_type="multipart/form-data",
    )
    assert bad.status_code == 422 and "datasheet.pdf" in bad.text and "not a PDF" in bad.text
    assert _quotation_count() == 0
    good = client.post(
        f"/offers/{rfq['request'].id}/quotation",
        data={**quote_form(), "attachments": [(BytesIO(PDF), "proforma.pdf")]},
        content_type="multipart/form-data",
    )
    assert good.status_code == 302
    attachment = db.session.scalar(select(Quotation)).attachments[0]
    url = f"/quotations/attachments/{attachment.id}"
    buyer_copy = login(app, rfq["buyer"]).get(url)
    assert buyer_copy.status_code == 200 and buyer_copy.data == PDF
    assert "no-store" in buyer_copy.headers["Cache-Control"]
    assert client.get(url).status_code == 200
    assert login(app, rfq["bystander"]).get(url).status_code == 403
    assert (
        "proforma.pdf"
        in login(app, rfq["buyer"]).get(f"/inbox/{attachment.quotation.inquiry_id}").text
    )


def test_operators_keep_the_exchange_rates_with_plain_errors(app, rfq, operator):
    client = login(app, operator)
    saved = client.post(
        "/operator/exchange-rates",
        data={"currency": "KRW", "per_usd": "1385.5", "as_of": today().isoformat()},
    )
    assert saved.status_code == 302
    assert db.session.get(ExchangeRate, "KRW").per_usd == 1385.5
    refused = client.post(
        "/operator/exchange-rates",
        data={
            "currency": "JPY",
            "per_usd": "-150",
            "as_of": (today() + timedelta(days=3)).isoformat(),
        },
    )
    assert refused.status_code == 422
    assert "greater than zero" in refused.text and "future" in refused.text
    assert db.session.get(ExchangeRate, "JPY") is None
    member = login(app, rfq["buyer"])
    assert member.get("/operator/exchange-rates").status_code == 403


def test_the_api_takes_a_quotation_and_lists_them_for_the_buyer(app, client, rfq):
    _token, supplier_secret = create_token(rfq["suppliers"][0])
    _token, buyer_secret = create_token(rfq["buyer"])
    _token, bystander_secret = create_token(rfq["bystander"])
    db.session.commit()
    path = f"/api/v1/offers/{rfq['request'].id}/quotations"
    body = {k: v for k, v in quote_form().items()}
    body["lead_time_days"] = 30
    made = client.post(path, json=body, headers={"Authorization": f"Bearer {supplier_secret}"})
    assert made.status_code == 201, made.get_json()
    assert made.get_json()["unit_price"] == {"amount": "12.5", "currency": "USD"}
    assert made.get_json()["unit"] == "MTR"  # the request's unit
    bad = client.post(
        path,
        json={**body, "unit_price": "0", "surprise": 1},
        headers={"Authorization": f"Bearer {bystander_secret}"},
    )
    assert bad.status_code == 422 and "surprise" in bad.get_json()["fields"]
    bad = client.post(
        path,
        json={**body, "min_order": "6000"},
        headers={"Authorization": f"Bearer {bystander_secret}"},
    )
    assert bad.status_code == 422 and "min_order" in bad.get_json()["fields"]
    listed = client.get(path, headers={"Authorization": f"Bearer {buyer_secret}"}).get_json()
    assert [q["supplier"]["name"] for q in listed] == ["Hanbit Steel"]
    own = client.get(path, headers={"Authorization": f"Bearer {supplier_secret}"})
    assert own.status_code == 200 and len(own.get_json()) == 1
    assert (
        client.get(path, headers={"Authorization": f"Bearer {bystander_secret}"}).status_code == 403
    )


def test_quotations_feed_the_indicators(app, rfq, operator):
    accepted, declined = _quote_both(app, rfq)
    buyer = login(app, rfq["buyer"])
    buyer.post(f"/quotations/{accepted.id}/accept")
    buyer.post(f"/quotations/{declined.id}/decline", data={"reason": "lead_time"})
    _token, secret = create_token(operator)
    db.session.commit()
    table = (
        app.test_client()
        .get("/api/v1/indicators/quotations", headers={"Authorization": f"Bearer {secret}"})
        .get_json()
    )
    (row,) = table["rows"]
    figures = dict(zip(table["columns"], row, strict=True))
    assert figures["requests quoted"] == 1 and figures["quotations"] == 2
    assert figures["quotations per request"] == 2.0
    assert figures["accepted of decided (%)"] == 50.0
    assert figures["median hours to first quotation"] == 0


def test_quotations_do_not_count_as_inquiries_the_buyer_left_unanswered(app, rfq):
    from marketplace.conversations import responsiveness

    _quote_both(app, rfq)
    responsiveness.refresh_all()
    db.session.commit()
    buyer_company = rfq["buyer"].company
    db.session.refresh(buyer_company)
    assert buyer_company.inquiries_received == 0 and buyer_company.response_rate is None
    inbox = login(app, rfq["buyer"]).get("/inbox").text
    assert inbox.count("quotation received") == 2


def test_the_portals_words_in_a_thread_are_read_in_each_sides_language(app, client, rfq):
    accepted, _declined = _quote_both(app, rfq)
    supplier = rfq["suppliers"][0]
    supplier.locale = "ko"
    db.session.commit()
    login(app, rfq["buyer"]).post(
        f"/quotations/{accepted.id}/accept", data={"note": "Send the PI, please."}
    )
    korean = login(app, supplier).get(f"/inbox/{accepted.inquiry_id}").text
    assert (
        "견적을 수락했습니다." in korean and "Send the PI, please." in korean
    )  # the buyer's own words stay
    assert (
        "Quotation accepted." in login(app, rfq["buyer"]).get(f"/inbox/{accepted.inquiry_id}").text
    )
    _token, secret = create_token(supplier)
    db.session.commit()
    thread = client.get(
        f"/api/v1/inquiries/{accepted.inquiry_id}", headers={"Authorization": f"Bearer {secret}"}
    ).get_json()
    assert (
        thread["messages"][-1]["message"] == "Quotation accepted.\n\nSend the PI, please."
    )  # the API: English
