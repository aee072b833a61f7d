"""Auto multi-posting between two real Tradewind instances and a webhook receiver."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from marketplace.accounts.services import create_token, register_member
from marketplace.core.db import db
from marketplace.offers import services as offers
from marketplace.offers.models import Offer
from marketplace.posting.deliverer import deliver_due
from marketplace.posting.models import Posting
from tests.conftest import PASSWORD, make_app, wait_for
from tests.partners.conftest import free_port, partner_toml
from tests.partners.servers import SlowAfter, WebhookReceiver, serving

REPO = Path(__file__).resolve().parents[2]
OFFER = {
    "type": "sell",
    "title": "Stainless steel welded pipes",
    "hs_code": "730640",
    "description": "TP304",
    "quantity": "20",
    "unit": "TNE",
    "price_amount": "1850",
    "price_currency": "USD",
}


class Remote:
    """Portal B: its own data directory and SQLite database, served on loopback."""

    def __init__(self, tmp_path: Path):
        # B knows A as a partner portal: A's token may post copies carrying their origin.
        partners = tmp_path / "b-partners.toml"
        partners.write_text(
            partner_toml(
                {
                    "name": "tradewind",
                    "title": "Portal A",
                    "kind": "portal",
                    "url": "http://127.0.0.1:9",
                    "search": False,
                }
            )
        )
        self.app = make_app(
            tmp_path / "b",
            SERVER_NAME=None,
            PARTNERS_FILE=str(partners),
            PORTAL_NAME="portal-b",
            SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/b.db",
        )
        with self.app.app_context():
            member = register_member(
                {"email": "partner-a@b.example", "password": PASSWORD, "role": "exporter"},
                {"name": "Portal A Listings", "country": "KR", "business_type": "trading"},
                confirmed=True,
            )
            _, self.token = create_token(member, "portal A", partner="tradewind")
            db.session.commit()
            db.session.remove()

    def offers(self) -> list[Offer]:
        with self.app.app_context():
            rows = list(db.session.scalars(select(Offer).order_by(Offer.id)))
            for row in rows:
                db.session.expunge(row)
            db.session.remove()
            return rows


@pytest.fixture
def remote(tmp_path):
    return Remote(tmp_path)


@pytest.fixture
def portal_a(tmp_path, monkeypatch):
    """``portal_a(*partners, **config)`` -> portal A's app with a member, in an app context."""
    made = []

    def build(*partners, **config):
        path = tmp_path / "a-partners.toml"
        path.write_text(partner_toml(*partners))
        app = make_app(tmp_path / "a", PARTNERS_FILE=str(path), **config)
        made.append(app)
        ctx = app.app_context()
        ctx.push()
        member = register_member(
            {"email": "seller@a.example", "password": PASSWORD, "role": "exporter"},
            {"name": "Hanbit Steel", "country": "KR", "business_type": "manufacturer"},
            confirmed=True,
        )
        db.session.commit()
        made.append(ctx)
        return app, member

    yield build
    for item in reversed(made):
        if hasattr(item, "pop"):
            db.session.remove()
            item.pop()


def portal_partner(url, token_env="B_TOKEN", **extra):
    return {
        "name": "portal-b",
        "title": "Portal B",
        "kind": "portal",
        "url": url,
        "search": False,
        "post": True,
        "timeout": 2.0,
        "token_env": token_env,
        **extra,
    }


def deliver_all(app, rounds=10):
    """Run the deliverer as the worker would, in its own app context, until nothing is due."""
    for _ in range(rounds):
        with app.app_context():
            if not deliver_due():
                db.session.remove()
                return
            db.session.remove()


def posting_of(offer_id) -> Posting:
    db.session.expire_all()
    return db.session.scalar(select(Posting).where(Posting.offer_id == offer_id))


def test_offer_posted_on_a_appears_once_on_b_and_follows_edits(remote, portal_a, monkeypatch):
    monkeypatch.setenv("B_TOKEN", remote.token)
    with serving(remote.app) as b_url:
        app, member = portal_a(portal_partner(b_url))
        offer = offers.create_offer(member, OFFER)
        db.session.commit()
        assert posting_of(offer.id).state == "queued"
        deliver_all(app)
        posting = posting_of(offer.id)
        assert posting.state == "posted" and posting.remote_url.startswith(b_url), (
            posting.last_error,
            posting.last_detail,
        )
        (copy,) = remote.offers()
        assert copy.title == "Stainless steel welded pipes" and str(copy.price_amount) == "1850.00"

        deliver_all(app)  # nothing more to do: still exactly one copy
        assert len(remote.offers()) == 1

        offers.update_offer(offer, member, {"title": "Stainless steel welded pipes, 2 inch"})
        db.session.commit()
        deliver_all(app)
        assert [o.title for o in remote.offers()] == ["Stainless steel welded pipes, 2 inch"]

        offers.withdraw_offer(offer, member)
        db.session.commit()
        deliver_all(app)
        assert remote.offers()[0].status == "withdrawn"
        assert posting_of(offer.id).state == "withdrawn"

        offers.renew_offer(offer, member)
        db.session.commit()
        deliver_all(app)
        assert remote.offers()[0].status == "active" and len(remote.offers()) == 1


def test_b_down_then_back_lands_once(remote, portal_a, monkeypatch):
    monkeypatch.setenv("B_TOKEN", remote.token)
    port = free_port()
    app, member = portal_a(portal_partner(f"http://127.0.0.1:{port}"))
    offer = offers.create_offer(member, OFFER)
    db.session.commit()
    deliver_all(app)
    posting = posting_of(offer.id)
    assert posting.state == "queued" and posting.attempts == 1
    assert "could not be reached" in posting.last_error
    with serving(remote.app, port=port):
        posting.next_attempt_at = posting.next_attempt_at.replace(year=2000)  # back-off over
        db.session.commit()
        deliver_all(app)
    assert posting_of(offer.id).state == "posted"
    assert len(remote.offers()) == 1


def test_partner_validation_error_fails_at_once_with_its_message(remote, portal_a, monkeypatch):
    monkeypatch.setenv("B_TOKEN", remote.token)
    with serving(remote.app) as b_url:
        app, member = portal_a(portal_partner(b_url, categories={"minerals": "no-such-category"}))
        offer = offers.create_offer(member, {**OFFER, "hs_code": "", "category": "minerals"})
        db.session.commit()
        deliver_all(app)
    posting = posting_of(offer.id)
    assert posting.state == "failed" and posting.attempts == 1
    assert "the site refused the offer: category" in posting.last_error
    assert remote.offers() == []


def test_failed_posting_shown_to_owner_and_retried(remote, portal_a, monkeypatch):
    monkeypatch.setenv("B_TOKEN", "wrong-token")
    with serving(remote.app) as b_url:
        app, member = portal_a(portal_partner(b_url))
        offer = offers.create_offer(member, OFFER)
        db.session.commit()
        deliver_all(app)
        client = app.test_client()
        client.post("/login", data={"email": "seller@a.example", "password": PASSWORD})
        page = client.get(f"/offers/{offer.id}").get_data(as_text=True)
        assert "failed" in page and "did not accept our credentials" in page
        assert "Portal B: failed" in client.get("/my").get_data(as_text=True)
        monkeypatch.setenv("B_TOKEN", remote.token)
        client.post(f"/postings/{posting_of(offer.id).id}/retry")
        deliver_all(app)
    assert posting_of(offer.id).state == "posted" and len(remote.offers()) == 1


def test_member_unticks_a_site_and_sets_defaults(remote, portal_a, monkeypatch):
    monkeypatch.setenv("B_TOKEN", remote.token)
    app, _member = portal_a(portal_partner("http://127.0.0.1:9"))
    client = app.test_client()
    client.post("/login", data={"email": "seller@a.example", "password": PASSWORD})
    form = client.get("/offers/new").get_data(as_text=True)
    assert 'name="targets" value="portal-b" checked' in form
    client.post("/offers/new", data={**OFFER, "targets_shown": "1"})  # unticked
    offer = db.session.scalar(select(Offer))
    assert posting_of(offer.id) is None
    client.post("/my/posting-defaults", data={})
    assert 'value="portal-b" checked' not in client.get("/offers/new").get_data(as_text=True)


def test_two_workers_never_deliver_twice(remote, portal_a, monkeypatch):
    monkeypatch.setenv("B_TOKEN", remote.token)
    with serving(remote.app) as b_url:
        app, member = portal_a(portal_partner(b_url))
        for n in range(8):
            offers.create_offer(member, {**OFFER, "title": f"Steel pipes lot {n}"})
        db.session.commit()
        threads = [threading.Thread(target=deliver_all, args=(app,)) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    titles = [o.title for o in remote.offers()]
    assert sorted(titles) == sorted(f"Steel pipes lot {n}" for n in range(8))


def test_webhook_events_are_signed(portal_a, monkeypatch):
    monkeypatch.setenv("HOOK_SECRET", "s3cret")
    receiver = WebhookReceiver(secret="s3cret")
    with serving(receiver) as url:
        app, member = portal_a(
            {
                "name": "hook",
                "title": "Hook",
                "kind": "webhook",
                "url": f"{url}/events",
                "search": False,
                "post": True,
                "timeout": 2.0,
                "token_env": "HOOK_SECRET",
            }
        )
        offer = offers.create_offer(member, OFFER)
        db.session.commit()
        deliver_all(app)
        offers.update_offer(offer, member, {"title": "Stainless steel welded pipes v2"})
        db.session.commit()
        deliver_all(app)
        offers.withdraw_offer(offer, member)
        db.session.commit()
        deliver_all(app)
    assert [e["body"]["event"] for e in receiver.events] == ["created", "updated", "withdrawn"]
    assert all(e["signed"] for e in receiver.events)
    assert receiver.events[0]["body"]["offer_id"] == offer.id
    assert posting_of(offer.id).state == "withdrawn"


def test_webhook_timeout_after_sending_is_unconfirmed_not_resent(portal_a, monkeypatch):
    monkeypatch.setenv("HOOK_SECRET", "s3cret")
    receiver = WebhookReceiver(delay=1.5)
    with serving(receiver) as url:
        app, member = portal_a(
            {
                "name": "hook",
                "title": "Hook",
                "kind": "webhook",
                "url": f"{url}/events",
                "search": False,
                "post": True,
                "timeout": 0.5,
                "token_env": "HOOK_SECRET",
            }
        )
        offer = offers.create_offer(member, OFFER)
        db.session.commit()
        deliver_all(app)
        posting = posting_of(offer.id)
        assert posting.state == "unconfirmed"
        deliver_all(app)
    assert len(receiver.events) == 1


@contextmanager
def worker_process(app, env_extra):
    env = dict(
        os.environ,
        PYTHONPATH=str(REPO),
        TRADEWIND_DATA_DIR=app.config["DATA_DIR"],
        TRADEWIND_SECRET_KEY=app.config["SECRET_KEY"],
        TRADEWIND_DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"],
        TRADEWIND_PARTNERS=app.config["PARTNERS_FILE"],
        **env_extra,
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "app", "worker"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield process
    finally:
        process.kill()
        process.wait(10)


def test_worker_killed_between_sending_and_recording_still_one_copy(remote, portal_a, monkeypatch):
    monkeypatch.setenv("B_TOKEN", remote.token)
    with serving(SlowAfter(remote.app, seconds=3)) as b_url:
        app, member = portal_a(portal_partner(b_url))
        offer = offers.create_offer(member, OFFER)
        db.session.commit()
        extra = {"B_TOKEN": remote.token, "TRADEWIND_POSTING_LEASE_SECONDS": "1"}
        with worker_process(app, extra) as worker:
            assert wait_for(lambda: len(remote.offers()) == 1)  # B saved it...
            worker.send_signal(signal.SIGKILL)  # ...and A's worker dies before hearing so
            worker.wait(10)
        assert posting_of(offer.id).state == "sending"
        with worker_process(app, extra):
            assert wait_for(lambda: posting_of(offer.id).state == "posted", 30)
    assert len(remote.offers()) == 1


def test_withdrawn_while_the_first_delivery_is_in_flight(remote, portal_a, monkeypatch):
    from marketplace.posting.deliverer import claim, deliver

    monkeypatch.setenv("B_TOKEN", remote.token)
    with serving(remote.app) as b_url:
        app, member = portal_a(portal_partner(b_url))
        offer = offers.create_offer(member, OFFER)
        db.session.commit()
        (posting_id,) = claim()  # a worker has taken the create...
        offers.withdraw_offer(offer, member)  # ...when the member withdraws the offer
        db.session.commit()
        with app.app_context():
            deliver(posting_id)  # the worker now sees the newer change: withdraw
            db.session.remove()
        deliver_all(app)
    # never left live on the partner site, and the posting says so
    assert all(copy.status == "withdrawn" for copy in remote.offers())
    assert posting_of(offer.id).state == "withdrawn"
