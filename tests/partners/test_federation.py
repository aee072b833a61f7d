"""The partner network end to end: three real Tradewind instances on 127.0.0.1.

A (Portal A) is where the exporter posts; B (Portal B) receives A's postings and
has the buyer; C (Portal C) meta-searches A and B.
"""

from __future__ import annotations

import os
import re
from contextlib import ExitStack
from datetime import UTC, datetime

import pytest

from marketplace.accounts.models import User
from marketplace.accounts.services import create_token
from marketplace.conversations.models import Inquiry, InquiryMessage, Notification, Relay
from marketplace.core.db import db
from marketplace.offers import services as offers
from marketplace.offers.models import Offer
from marketplace.posting.models import Posting
from tests.partners.network import Portal, portal_entry, serve
from tests.partners.servers import SlowAfter, serving

OFFER = {
    "type": "sell",
    "title": "Stainless steel welded pipes TP316L",
    "hs_code": "730640",
    "description": "ASTM A312, 1/2 to 8 inch, pickled and passivated.",
    "quantity": "20",
    "unit": "TNE",
    "price_amount": "2450",
    "price_currency": "USD",
}
EXPORTER, BUYER = "sales@hanbit.example", "purchasing@berlin.example"
QUESTION = "We need 40 t of 2 inch pipe, CIF Hamburg. What lead time can you offer?"
ANSWER = "Six weeks from the L/C; we ship from Busan every Tuesday."


class Network:
    def __init__(self, tmp_path, monkeypatch):
        self.a = Portal(tmp_path, "portal-a", "Portal A")
        self.b = Portal(tmp_path, "portal-b", "Portal B")
        self.c = Portal(tmp_path, "portal-c", "Portal C")
        self.a.partners = [portal_entry(self.b, "A_TO_B", post=True)]
        self.b.partners = [portal_entry(self.a, "B_TO_A")]
        self.c.partners = [portal_entry(self.a, search=True), portal_entry(self.b, search=True)]
        for portal in (self.a, self.b, self.c):
            portal.build()
        self.exporter = self.a.member(EXPORTER, "Hanbit Steel")
        self.buyer = self.b.member(BUYER, "Berlin Imports", role="buyer", country="DE")
        self.b.member("listings@b.example", "Portal A listings")
        self.a.member("relay@a.example", "Portal B buyers")
        monkeypatch.setenv("A_TO_B", self.b.partner_token("listings@b.example", "portal-a"))
        monkeypatch.setenv("B_TO_A", self.a.partner_token("relay@a.example", "portal-b"))

    def post_offer(self) -> int:
        """The exporter posts on A; returns the offer's id there."""
        return self.a.run(
            lambda: offers.create_offer(db.session.get(User, self.exporter), OFFER).id
        )

    def copy_on_b(self) -> Offer:
        (copy,) = self.b.rows(Offer)
        return copy


def due_now():
    """Every waiting relay's back-off is over."""
    db.session.execute(
        Relay.__table__.update().values(next_attempt_at=datetime(2000, 1, 1, tzinfo=UTC))
    )


def member_token(user_id: int) -> str:
    return create_token(db.session.get(User, user_id), "own")[1]


@pytest.fixture
def net(tmp_path, monkeypatch):
    return Network(tmp_path, monkeypatch)


def test_copy_on_b_is_shown_under_the_exporter_with_a_link_back(net):
    with ExitStack() as stack:
        serve(stack, net.a, net.b)
        offer_id = net.post_offer()
        net.a.work()
        net.b.work()
        (posting,) = net.a.rows(Posting)
        assert posting.state == "posted" and posting.remote_url.startswith(net.b.url)
        copy = net.copy_on_b()
        listed = net.b.client().get(f"/api/v1/offers/{copy.id}").get_json()
        assert listed["company"]["name"] == "Hanbit Steel"
        assert listed["origin"]["url"] == f"{net.a.url}/offers/{offer_id}"
        assert listed["origin"]["portal"]["name"] == "portal-a"
        assert listed["origin"]["company"] == {
            "name": "Hanbit Steel",
            "country": "KR",
            "verified": False,
        }
        page = net.b.client().get(f"/offers/{copy.id}").get_data(as_text=True)
        assert "Hanbit Steel" in page and "Posted via Portal A" in page
        assert f'href="{net.a.url}/offers/{offer_id}"' in page
        assert "Portal A listings" not in page
        results = net.b.client().get("/search?q=welded+pipes").get_data(as_text=True)
        assert "Hanbit Steel" in results and "via Portal A" in results


def test_a_buyers_inquiry_on_the_copy_reaches_the_exporter_and_the_reply_comes_back(net):
    with ExitStack() as stack:
        serve(stack, net.a, net.b)
        net.post_offer()
        net.a.work()
        copy = net.copy_on_b()
        buyer = net.b.client(BUYER)
        response = buyer.post(
            f"/offers/{copy.id}/inquiries",
            data={"body": QUESTION, "quantity": "40 t", "terms": "CIF Hamburg"},
        )
        assert response.status_code == 302
        net.b.work()

        exporter = net.a.client(EXPORTER)
        as_exporter = {"Authorization": f"Bearer {net.a.run(member_token, net.exporter)}"}
        (thread,) = exporter.get("/api/v1/inquiries", headers=as_exporter).get_json()
        assert thread["with"]["name"] == "Berlin Imports" and thread["via"]["title"] == "Portal B"
        assert thread["messages"][0]["message"] == QUESTION
        assert thread["messages"][0]["quantity"] == "40 t"
        inbox = exporter.get("/inbox").get_data(as_text=True)
        assert "Berlin Imports" in inbox and "via Portal B" in inbox
        (note,) = net.a.rows(Notification, Notification.kind == "inquiry")
        assert "via Portal B" in note.text and note.link.startswith(net.a.url)

        exporter.post(f"/inbox/{thread['id']}", data={"body": ANSWER})
        net.a.work()
        (b_thread,) = net.b.rows(Inquiry)
        page = buyer.get(f"/inbox/{b_thread.id}").get_data(as_text=True)
        assert ANSWER in page and "Hanbit Steel" in page and "delivered to Portal A" in page
        as_buyer = {"Authorization": f"Bearer {net.b.run(member_token, net.buyer)}"}
        api_view = buyer.get("/api/v1/inquiries", headers=as_buyer).get_json()
        assert api_view[0]["messages"][1]["author"] == "Hanbit Steel"

        buyer.post(f"/inbox/{b_thread.id}", data={"body": "Thank you. Please quote FOB Busan too."})
        net.b.work()
        messages = [m.body for m in net.a.rows(InquiryMessage)]
        assert messages == [QUESTION, ANSWER, "Thank you. Please quote FOB Busan too."]
    # Nothing went twice, nothing is left over.
    assert len(net.a.rows(Inquiry)) == 1 and len(net.b.rows(InquiryMessage)) == 3
    assert {r.state for r in net.a.rows(Relay) + net.b.rows(Relay)} == {"sent"}


def test_origin_down_then_back_the_lead_arrives_exactly_once(net):
    with serving(net.b.app, port=net.b.port), serving(net.a.app, port=net.a.port):
        net.post_offer()
        net.a.work()
    copy = net.copy_on_b()
    with serving(net.b.app, port=net.b.port):  # A is down
        buyer = net.b.client(BUYER)
        buyer.post(f"/offers/{copy.id}/inquiries", data={"body": QUESTION})
        net.b.work()
        (relay,) = net.b.rows(Relay)
        assert relay.state == "queued" and relay.attempts == 1
        assert "could not be reached" in relay.last_error
        (thread,) = net.b.rows(Inquiry)
        page = buyer.get(f"/inbox/{thread.id}").get_data(as_text=True)
        assert "delivered when Portal A is reachable" in page
        as_buyer = {"Authorization": f"Bearer {net.b.run(member_token, net.buyer)}"}
        api_view = buyer.get("/api/v1/inquiries", headers=as_buyer).get_json()
        assert api_view[0]["messages"][0]["delivery"] == "queued"
    # A is back, but its first answer is lost on the way (B gives up waiting): B sends again.
    net.b.run(due_now)
    slow = SlowAfter(net.a.app, seconds=3.0)
    with serving(slow, port=net.a.port):
        net.b.work()  # times out (B's timeout is 2 s) after A stored the lead
        net.b.run(due_now)
        net.b.work()
    assert len(net.a.rows(Inquiry)) == 1 and len(net.a.rows(InquiryMessage)) == 1
    assert net.b.rows(Relay)[0].state == "sent"
    assert net.b.rows(Inquiry)[0].remote_id == str(net.a.rows(Inquiry)[0].id)


def test_metasearch_from_c_shows_the_offer_once_with_also_on(net):
    with ExitStack() as stack:
        serve(stack, net.a, net.b, net.c)
        offer_id = net.post_offer()
        net.a.work()
        net.b.work()
        answer = net.c.client().get("/api/v1/metasearch?q=welded+pipes").get_json()
        assert {s["name"]: s["status"] for s in answer["sources"]} == {
            "portal-c": "ok",
            "portal-a": "ok",
            "portal-b": "ok",
        }
        (result,) = [r for r in answer["results"] if "316L" in r["title"]]
        assert result["url"] == f"{net.a.url}/offers/{offer_id}"  # the original, not the copy
        assert result["source"] == "portal-a" and result["also_on"] == ["Portal B"]
        assert result["company"] == "Hanbit Steel"


def test_a_forged_host_header_changes_no_link(net):
    with ExitStack() as stack:
        serve(stack, net.a, net.b)
        net.post_offer()
        net.a.work()
        copy = net.copy_on_b()
        buyer = net.b.app.test_client()
        buyer.post(
            "/login",
            data={"email": BUYER, "password": "correct horse battery"},
            base_url="http://evil.example",
        )
        buyer.post(
            f"/offers/{copy.id}/inquiries", data={"body": QUESTION}, base_url="http://evil.example"
        )
        evil = {"base_url": "http://evil.example"}
        bodies = [
            buyer.get("/api/v1/offers?q=welded+pipes", **evil).get_data(as_text=True),
            buyer.get("/opensearch.xml", **evil).get_data(as_text=True),
            buyer.get("/feeds/offers.rss", **evil).get_data(as_text=True),
            buyer.get("/feeds/offers.atom", **evil).get_data(as_text=True),
            buyer.get(
                "/api/v1/inquiries",
                **evil,
                headers={"Authorization": f"Bearer {net.b.run(member_token, net.buyer)}"},
            ).get_data(as_text=True),
            buyer.get("/api/v1/openapi.json", **evil).get_data(as_text=True),
        ]
        assert all("evil.example" not in body for body in bodies)
        assert net.b.url in bodies[0] and net.b.url in bodies[1]
        net.b.work()
        (thread,) = net.a.rows(Inquiry)
        links = [n.link for n in net.a.rows(Notification)]
        assert links == [f"{net.a.url}/inbox/{thread.id}"]


def test_origin_only_from_a_partner_token_in_its_own_name(net):
    body = {
        **{k: v for k, v in OFFER.items() if not k.startswith("price")},
        "origin": {
            "portal": {"name": "portal-a", "url": net.a.url},
            "offer_id": "7",
            "url": f"{net.a.url}/offers/7",
            "company": {"name": "Hanbit Steel", "country": "KR", "verified": True},
        },
    }
    own = net.b.run(member_token, net.buyer)
    client = net.b.client()
    refused = client.post("/api/v1/offers", json=body, headers={"Authorization": f"Bearer {own}"})
    assert refused.status_code == 422 and "origin" in refused.get_json()["fields"]
    partner = {"Authorization": f"Bearer {os.environ['A_TO_B']}"}
    other = client.post(
        "/api/v1/offers",
        headers=partner,
        json={
            **body,
            "origin": {**body["origin"], "portal": {"name": "portal-c", "url": net.c.url}},
        },
    )
    assert other.status_code == 422 and "origin.portal.name" in other.get_json()["fields"]
    accepted = client.post("/api/v1/offers", json=body, headers=partner)
    assert accepted.status_code == 201
    assert accepted.get_json()["origin"]["company"]["verified"] is True
    assert accepted.get_json()["company"]["verified"] is False  # not ours to claim
    assert len(net.b.rows(Offer)) == 1


def test_relayed_messages_and_replies_need_the_right_partner(net):
    with ExitStack() as stack:
        serve(stack, net.a, net.b)
        offer_id = net.post_offer()
        client = net.a.client()
        member = net.a.run(member_token, net.exporter)
        forged = client.post(
            f"/api/v1/offers/{offer_id}/inquiries",
            json={"message": QUESTION, "relay": {"thread_id": "1", "buyer": {"company": "X Co"}}},
            headers={"Authorization": f"Bearer {member}"},
        )
        assert forged.status_code == 422 and "relay" in forged.get_json()["fields"]
        partner = {"Authorization": f"Bearer {os.environ['B_TO_A']}", "Idempotency-Key": "lead-1"}
        lead = {
            "message": QUESTION,
            "relay": {
                "thread_id": "55",
                "buyer": {"name": "Anna", "company": "Berlin Imports", "country": "DE"},
            },
        }
        first = client.post(f"/api/v1/offers/{offer_id}/inquiries", json=lead, headers=partner)
        again = client.post(f"/api/v1/offers/{offer_id}/inquiries", json=lead, headers=partner)
        assert first.status_code == again.status_code == 201
        assert first.get_json()["id"] == again.get_json()["id"]
        assert len(net.a.rows(Inquiry)) == 1
        # Another partner's thread cannot be written to with this token.
        net.a.run(
            lambda: db.session.execute(
                Inquiry.__table__.update().values(relay_partner="somebody-else")
            )
        )
        stray = client.post(
            f"/api/v1/inquiries/{first.get_json()['id']}/messages",
            json={"message": "A reply from the wrong site", "relay": {}},
            headers={"Authorization": partner["Authorization"]},
        )
        assert stray.status_code == 404


def test_members_inquiry_api_round_trip(net):
    offer_id = net.post_offer()
    osaka = net.a.member("buyer@a.example", "Osaka Trading", role="buyer", country="JP")
    seller, buyer = (
        {"Authorization": f"Bearer {net.a.run(member_token, uid)}"} for uid in (net.exporter, osaka)
    )
    client = net.a.client()
    short = client.post(
        f"/api/v1/offers/{offer_id}/inquiries", json={"message": "hi"}, headers=buyer
    )
    assert short.status_code == 422 and "message" in short.get_json()["fields"]
    sent = client.post(
        f"/api/v1/offers/{offer_id}/inquiries",
        headers=buyer,
        json={"message": QUESTION, "target_price": "USD 2300/t"},
    )
    assert sent.status_code == 201 and sent.headers["Location"].endswith(
        f"/api/v1/inquiries/{sent.get_json()['id']}"
    )
    thread_id = sent.get_json()["id"]
    reply = client.post(
        f"/api/v1/inquiries/{thread_id}/messages", headers=seller, json={"message": ANSWER}
    )
    assert reply.status_code == 201
    (thread,) = client.get("/api/v1/inquiries", headers=buyer).get_json()
    assert [m["message"] for m in thread["messages"]] == [QUESTION, ANSWER]
    assert [m["mine"] for m in thread["messages"]] == [True, False]
    assert thread["with"]["name"] == "Hanbit Steel" and thread["via"] is None
    assert client.get("/api/v1/inquiries").status_code == 401
    assert re.match(r"\d{4}-\d\d-\d\dT", thread["created_at"])


def test_copies_are_not_posted_on(net):
    """B posts its own offers to A, but never A's copies back to A (no ping-pong)."""
    net.b.partners = [portal_entry(net.a, "B_TO_A", post=True)]
    net.b.build()
    with ExitStack() as stack:
        serve(stack, net.a, net.b)
        net.post_offer()
        net.a.work()
        net.b.work()
        assert net.b.rows(Posting) == []
        assert len(net.a.rows(Offer)) == 1
