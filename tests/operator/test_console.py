"""The operators' console: where operators land, what each queue counts, hidden offers."""

import re

from marketplace.conversations import inquiries
from marketplace.core.db import db
from marketplace.offers.models import Offer
from marketplace.trust import reports
from tests.conftest import PASSWORD


def _count(page: str, title: str) -> int:
    match = re.search(r'count-badge[^"]*">(\d+)</span> <strong>' + re.escape(title), page)
    assert match, title
    return int(match.group(1))


def test_operators_land_on_the_console_and_its_counts_follow_the_queues(
    app, client, operator, member_factory, offer_factory
):
    seller = member_factory("exporter", name="Hanbit Steel")
    buyer = member_factory("buyer", name="Nordrohr")
    offer = offer_factory(seller, title="Stainless steel welded pipes")
    thread = inquiries.send(buyer, offer, {"body": "Cheap watches and more, click here now."})
    inquiries.report_spam(thread, seller)
    db.session.commit()
    landed = client.post("/login", data={"email": operator.email, "password": PASSWORD})
    assert landed.location.endswith("/operator")
    page = client.get("/operator").text
    assert _count(page, "Conversations reported as spam") == 1
    assert _count(page, "Hidden offers") == 0
    reports.hide_offer(offer, operator, "counterfeit", "Counterfeit brand in the photos.")
    db.session.commit()
    page = client.get("/operator").text
    assert _count(page, "Hidden offers") == 1
    hidden = client.get("/operator/hidden-offers").text
    assert "Stainless steel welded pipes" in hidden and "Counterfeit brand in the photos." in hidden
    client.post(f"/offers/{offer.id}/hide", data={"hidden": "0"})
    db.session.expire_all()
    assert db.session.get(Offer, offer.id).status == "active"
    assert _count(client.get("/operator").text, "Hidden offers") == 0


def test_members_have_no_console_and_still_land_on_my_page(app, client, member_factory):
    member = member_factory("exporter")
    landed = client.post("/login", data={"email": member.email, "password": PASSWORD})
    assert landed.location.endswith("/my")
    assert client.get("/operator").status_code == 403
    assert client.get("/operator/hidden-offers").status_code == 403
