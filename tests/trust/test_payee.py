"""The payee lock: a verified receiving account, and warnings on threads naming another."""

import pytest
from sqlalchemy import func, select

from marketplace.core.db import db
from marketplace.trust import numbers
from marketplace.trust.models import PayeeAccount, PayeeWarning
from tests.conftest import PASSWORD

VERIFIED = "DE89 3704 0044 0532 0130 00"
OTHER = "GB33 BUKB 2020 1555 5555 55"


@pytest.fixture
def thread(app, client, auth, member_factory, offer_factory, operator):
    seller = member_factory("exporter", email="seller@example.com", name="Rhein Valves")
    offer = offer_factory(author=seller, title="Brass ball valves DN50")
    buyer = member_factory("buyer", email="buyer@example.com", business_type="buyer")
    auth.login(seller.email)
    bad = client.post(
        "/my/payee", data={"holder": "Rhein Valves GmbH", "iban": "DE89 3704 0044 0532 0130 01"}
    )
    assert bad.status_code == 422 and "not a valid IBAN" in bad.get_data(as_text=True)
    assert "DE89 3704 0044 0532 0130 01" in bad.get_data(as_text=True)  # kept to correct
    assert (
        client.post("/my/payee", data={"holder": "Rhein Valves GmbH", "iban": VERIFIED}).status_code
        == 302
    )
    account = db.session.scalar(select(PayeeAccount))
    ops = app.test_client()
    ops.post("/login", data={"email": operator.email, "password": PASSWORD})
    ops.post(f"/operator/payee/{account.id}", data={"decision": "verify"})
    buyer_client = app.test_client()
    buyer_client.post("/login", data={"email": buyer.email, "password": PASSWORD})
    sent = buyer_client.post(
        f"/offers/{offer.id}/inquiries", data={"body": "Please quote 500 pieces, CIF Rotterdam."}
    )
    inquiry_url = sent.headers["Location"]
    return client, buyer_client, ops, inquiry_url


def test_a_different_iban_is_delivered_with_a_warning_to_both_sides(thread):
    seller, buyer, ops, url = thread
    seller.post(
        url, data={"body": f"Our bank account has changed. Please pay to IBAN {OTHER} from now on."}
    )
    told = {
        seller: "The other side was warned",  # in case the writer is not who wrote it
        buyer: "is not the one Tradewind verified for Rhein Valves",
    }
    for side, warning in told.items():
        page = side.get(url).get_data(as_text=True)
        assert "Our bank account has changed" in page  # delivered, never blocked
        assert warning in page and "GB33 BUKB 2020 1555 5555 55" in page
        assert "0532 0130 00" not in page  # the verified account is never shown
    assert db.session.scalar(select(PayeeWarning.found)) == OTHER.replace(" ", "")
    assert "Messages naming an unverified bank account" in ops.get("/operator/reports").get_data(
        as_text=True
    )
    assert "Rhein Valves" in ops.get("/operator/reports").get_data(as_text=True)


def test_the_verified_account_raises_no_warning(thread):
    seller, buyer, _ops, url = thread
    seller.post(url, data={"body": f"Please pay the deposit to our account {VERIFIED}, thank you."})
    assert "payee-warning" not in buyer.get(url).get_data(as_text=True)
    assert db.session.scalar(select(PayeeWarning)) is None


def test_a_domestic_account_number_after_a_keyword_is_read(thread):
    seller, buyer, _ops, url = thread
    seller.post(
        url, data={"body": "New details: account no. 110-234-567890 at Shinhan Bank, Seoul."}
    )
    assert "110234567890" in buyer.get(url).get_data(as_text=True)
    assert "payee-warning" in buyer.get(url).get_data(as_text=True)


def test_an_iban_is_one_account_even_after_the_word_account(thread):
    seller, _buyer, _ops, url = thread
    seller.post(url, data={"body": "Use our account DE44 5001 0517 5407 3249 31 please."})
    assert db.session.scalar(select(func.count()).select_from(PayeeWarning)) == 1


def test_numbers_in_text():
    assert numbers.find_accounts(f"pay to {OTHER} today") == [OTHER.replace(" ", "")]
    assert numbers.find_accounts("Order 12345678 of 20 tonnes, HS 730640") == []
    assert numbers.find_accounts("입금 계좌: 110-123-456789 신한은행") == ["110123456789"]
    assert numbers.mask("DE89370400440532013000") == "•••• 3000"
    assert numbers.same_account("0532013000", "DE89370400440532013000")
