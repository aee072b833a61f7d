"""Password reset by a single-use link, end to end through the mail log."""

from __future__ import annotations

import logging
import re
from datetime import timedelta

from sqlalchemy import update

from marketplace.accounts.models import PasswordReset
from marketplace.core.db import db, utcnow
from tests.conftest import PASSWORD

NEW = "a fresh passphrase 42"
SENT = "If an account exists for"


def _links(caplog) -> list[str]:
    return re.findall(r"http://tradewind\.test(/password/reset/[\w-]+)", caplog.text)


def _ask(client, email: str):
    return client.post("/password/forgot", data={"email": email})


def test_a_reset_runs_end_to_end_through_the_mail_log(app, client, member_factory, caplog):
    member = member_factory()
    other_device = app.test_client()
    other_device.post("/login", data={"email": member.email, "password": PASSWORD})
    caplog.set_level(logging.INFO, logger="marketplace")
    answer = _ask(client, member.email)
    assert answer.status_code == 200 and SENT in answer.get_data(as_text=True)
    (link,) = _links(caplog)
    assert "works once, within an hour" in caplog.text
    assert client.get(link).status_code == 200
    done = client.post(link, data={"new": NEW, "confirm": NEW})
    assert done.status_code == 302 and "/login" in done.headers["Location"]
    login = app.test_client().post
    assert login("/login", data={"email": member.email, "password": PASSWORD}).status_code == 401
    assert login("/login", data={"email": member.email, "password": NEW}).status_code == 302
    assert other_device.get("/my").status_code == 302  # its session ended with the reset
    assert client.get(link).status_code == 410  # used once: gone
    assert (
        client.post(link, data={"new": "another one 123", "confirm": "another one 123"}).status_code
        == 410
    )


def test_an_unknown_address_gets_the_same_answer_and_no_mail(client, member_factory, caplog):
    member = member_factory()
    caplog.set_level(logging.INFO, logger="marketplace")
    known = _ask(client, member.email).get_data(as_text=True)
    unknown = _ask(client, "nobody@example.com").get_data(as_text=True)
    assert SENT in unknown
    assert known.replace(member.email, "X") == unknown.replace("nobody@example.com", "X")
    assert len(_links(caplog)) == 1


def test_an_expired_link_is_refused_and_offers_a_new_one(client, member_factory, caplog):
    member = member_factory()
    caplog.set_level(logging.INFO, logger="marketplace")
    _ask(client, member.email)
    (link,) = _links(caplog)
    db.session.execute(update(PasswordReset).values(expires_at=utcnow() - timedelta(minutes=1)))
    db.session.commit()
    page = client.get(link)
    assert page.status_code == 410 and "Ask for a new link" in page.get_data(as_text=True)


def test_a_member_gets_at_most_three_links_an_hour(client, member_factory, caplog):
    member = member_factory()
    caplog.set_level(logging.INFO, logger="marketplace")
    for _ in range(4):
        assert SENT in _ask(client, member.email).get_data(as_text=True)
    assert len(_links(caplog)) == 3


def test_a_refused_new_password_keeps_the_link_usable(client, member_factory, caplog):
    member = member_factory()
    caplog.set_level(logging.INFO, logger="marketplace")
    _ask(client, member.email)
    (link,) = _links(caplog)
    refused = client.post(link, data={"new": NEW, "confirm": NEW + "!"})
    assert refused.status_code == 422 and "not the same" in refused.get_data(as_text=True)
    short = client.post(link, data={"new": "short", "confirm": "short"})
    assert short.status_code == 422 and "at least 8" in short.get_data(as_text=True).lower()
    assert client.post(link, data={"new": NEW, "confirm": NEW}).status_code == 302


def test_the_log_in_page_links_to_the_reset(client):
    page = client.get("/login").get_data(as_text=True)
    assert 'href="/password/forgot"' in page


def test_a_reset_or_a_password_change_spends_every_other_link(app, client, member_factory, caplog):
    member = member_factory()
    caplog.set_level(logging.INFO, logger="marketplace")
    _ask(client, member.email)
    _ask(client, member.email)
    first, second = _links(caplog)
    assert client.post(first, data={"new": NEW, "confirm": NEW}).status_code == 302
    assert client.get(second).status_code == 410  # the earlier mail no longer works
    _ask(client, member.email)
    third = _links(caplog)[-1]
    browser = app.test_client()
    browser.post("/login", data={"email": member.email, "password": NEW})
    changed = browser.post(
        "/my/password", data={"current": NEW, "new": NEW + "2", "confirm": NEW + "2"}
    )
    assert changed.status_code == 302
    assert client.get(third).status_code == 410
