"""Reports with outcomes: any member reports once, operators close cases, everyone is told."""

import pytest
from sqlalchemy import func, select

from marketplace.accounts.models import User
from marketplace.core.db import db
from marketplace.trust.models import Report
from tests.conftest import PASSWORD


@pytest.fixture
def case(app, client, auth, member_factory, offer_factory):
    owner = member_factory("exporter", email="owner@example.com")
    offer = offer_factory(author=owner, title="Brand sneakers, original quality")
    buyer = member_factory("buyer", email="buyer@example.com", business_type="buyer")
    auth.login(buyer.email)
    return owner, offer, buyer


def _report(client, offer, text="The logo is a famous brand; the price is a tenth of retail."):
    return client.post(f"/report/offer/{offer.id}", data={"reason": "counterfeit", "text": text})


def test_a_member_reports_once_and_bad_input_is_explained(client, case):
    _owner, offer, _buyer = case
    short = _report(client, offer, text="fake")
    assert short.status_code == 422 and "at least 10" in short.get_data(as_text=True)
    assert 'value="counterfeit" selected' in short.get_data(as_text=True)  # choice kept
    assert _report(client, offer).status_code == 302
    twice = _report(client, offer)
    assert twice.status_code == 422
    assert db.session.scalar(select(func.count()).select_from(Report)) == 1
    assert "You reported this" in client.get(f"/report/offer/{offer.id}").get_data(as_text=True)


def test_an_owner_cannot_report_their_own_offer(client, auth, case):
    owner, offer, _buyer = case
    auth.logout()
    auth.login(owner.email)
    assert _report(client, offer).status_code == 422
    assert db.session.scalar(select(func.count()).select_from(Report)) == 0


def test_hiding_tells_the_owner_why_and_the_reporter_the_outcome(app, client, auth, case, operator):
    owner, offer, buyer = case
    _report(client, offer)
    report = db.session.scalar(select(Report))
    auth.logout()
    auth.login(operator.email)
    assert "famous brand" in client.get("/operator/reports").get_data(as_text=True)
    no_note = client.post(f"/operator/reports/{report.id}", data={"outcome": "hidden", "note": ""})
    assert no_note.status_code == 422 and "famous brand" in no_note.get_data(as_text=True)
    db.session.refresh(report)
    assert report.outcome is None  # hiding needs a reason the owner reads
    client.post(
        f"/operator/reports/{report.id}",
        data={"outcome": "hidden", "note": "Counterfeit branded goods are not allowed."},
    )
    db.session.refresh(report)
    db.session.refresh(offer)
    assert report.outcome == "hidden" and report.decided_by_id == operator.id
    assert offer.status == "hidden"
    owner_client = app.test_client()
    owner_client.post("/login", data={"email": owner.email, "password": PASSWORD})
    assert "Counterfeit branded goods" in owner_client.get(f"/offers/{offer.id}").get_data(
        as_text=True
    )
    assert "Counterfeit branded goods" in owner_client.get("/notifications").get_data(as_text=True)
    auth.logout()
    auth.login(buyer.email)
    mine = client.get("/my/reports").get_data(as_text=True)
    assert "the offer was hidden" in mine and "Counterfeit branded goods" in mine
    assert "Your report was reviewed" in client.get("/notifications").get_data(as_text=True)


def test_blocking_a_company_hides_its_offers_and_ends_its_log_ins(
    app, client, auth, case, operator
):
    owner, offer, _buyer = case
    owner_client = app.test_client()
    owner_client.post("/login", data={"email": owner.email, "password": PASSWORD})
    client.post(
        f"/report/company/{owner.company_id}",
        data={"reason": "scam", "text": "Asked us to pay a deposit to a personal account."},
    )
    report = db.session.scalar(select(Report))
    auth.logout()
    auth.login(operator.email)
    client.post(
        f"/operator/reports/{report.id}",
        data={"outcome": "blocked", "note": "Deposit scam confirmed with two buyers."},
    )
    db.session.refresh(offer)
    assert offer.status == "hidden"
    assert db.session.scalar(select(User.active).where(User.id == owner.id)) is False
    assert owner_client.get("/my").status_code == 302  # logged out for good
    assert "blocked" in client.get(f"/companies/{owner.company_id}").get_data(as_text=True)


def test_dismissing_needs_no_note_and_warning_tells_the_company(app, client, auth, case, operator):
    owner, offer, _buyer = case
    _report(client, offer)
    other = app.test_client()
    third = db.session.scalar(select(Report))
    auth.logout()
    auth.login(operator.email)
    client.post(
        f"/operator/reports/{third.id}",
        data={"outcome": "warned", "note": "Show the brand licence in the offer."},
    )
    other.post("/login", data={"email": owner.email, "password": PASSWORD})
    assert "Show the brand licence" in other.get("/notifications").get_data(as_text=True)
    closed_again = client.post(
        f"/operator/reports/{third.id}", data={"outcome": "dismissed", "note": "Looks fine"}
    )
    assert closed_again.status_code == 422
    assert "Another operator has already closed this case." in closed_again.get_data(as_text=True)
    db.session.refresh(third)
    assert third.outcome == "warned"  # a closed case stays as it was closed
