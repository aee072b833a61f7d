"""E-mail confirmation at registration: browse at once, post and inquire once confirmed."""

import logging
import re

from sqlalchemy import select

from marketplace.accounts.models import User
from marketplace.core.db import db
from marketplace.offers.models import Offer

FORM = {
    "role": "exporter",
    "email": "new@seoul-valves.example",
    "password": "valves-2026!",
    "company_name": "Seoul Valves",
    "country": "KR",
    "business_type": "manufacturer",
}


def _link(caplog) -> str:
    (path,) = re.findall(r"http://tradewind\.test(/confirm/[\w.-]+)", caplog.text)
    return path


def test_an_unconfirmed_member_browses_but_cannot_post_or_inquire(client, caplog, offer_factory):
    offer = offer_factory()
    caplog.set_level(logging.INFO, logger="marketplace")
    assert client.post("/register", data=FORM).status_code == 302
    assert "Please confirm your e-mail address" in client.get("/").get_data(as_text=True)
    blocked = client.get("/offers/new")
    assert blocked.status_code == 403 and "Confirm your e-mail address first" in blocked.get_data(
        as_text=True
    )
    assert (
        client.post("/offers/new", data={"type": "sell", "title": "Gate valves DN100"}).status_code
        == 403
    )
    inquiry = client.post(
        f"/offers/{offer.id}/inquiries", data={"body": "Please quote 100 pieces."}
    )
    assert inquiry.status_code == 403
    assert db.session.scalar(select(Offer).where(Offer.title == "Gate valves DN100")) is None
    assert client.get(f"/offers/{offer.id}").status_code == 200  # browsing is fine
    link = _link(caplog)
    assert client.get(link).status_code == 302
    user = db.session.scalar(select(User).where(User.email == FORM["email"]))
    assert user.email_confirmed_at is not None
    assert client.get("/offers/new").status_code == 200


def test_a_bad_or_foreign_link_confirms_nothing(client, caplog, member_factory):
    caplog.set_level(logging.INFO, logger="marketplace")
    client.post("/register", data=FORM)
    link = _link(caplog)
    assert client.get(link[:-3] + "xyz").status_code == 302
    user = db.session.scalar(select(User).where(User.email == FORM["email"]))
    assert user.email_confirmed_at is None
    user.email = "changed@seoul-valves.example"  # the link names the old address
    db.session.commit()
    client.get(link)
    db.session.refresh(user)
    assert user.email_confirmed_at is None


def test_the_api_says_why_an_unconfirmed_member_cannot_post(client, member_factory):
    from marketplace.accounts.services import create_token

    member = member_factory(confirmed=False)
    _, secret = create_token(member)
    db.session.commit()
    answer = client.post(
        "/api/v1/offers",
        json={"type": "sell", "title": "Butterfly valves"},
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert answer.status_code == 403 and "Confirm your e-mail" in str(answer.get_json())
