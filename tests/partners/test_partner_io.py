"""The one partner I/O layer: whole-call deadlines, allowed hosts, health per purpose,
what a partner file may say, and what a partner's answer can and cannot do to us."""

from __future__ import annotations

import json
import socket
from contextlib import ExitStack

import pytest
from sqlalchemy.exc import OperationalError
from werkzeug.wrappers import Response

from marketplace.accounts.models import User
from marketplace.core.db import db
from marketplace.offers import services as offers
from marketplace.offers.models import Offer
from marketplace.partners import health
from marketplace.partners.config import Partner, PartnerConfigError, check_secrets, parse_partners
from marketplace.partners.http import CallFailed, Request, call
from marketplace.posting import deliverer
from marketplace.posting.models import Posting
from tests.partners.network import Portal, portal_entry, serve
from tests.partners.servers import FakeSite, Trickle, WebhookReceiver, serving
from tests.partners.test_metasearch import json_site, site

OFFER = {"type": "sell", "title": "Cold rolled steel coils", "hs_code": "720917"}


def statuses(answer):
    return {s["name"]: s for s in answer["sources"]}


# ---- a partner that trickles ---------------------------------------------------


def test_a_trickling_answer_is_cut_off_at_the_partners_timeout():
    with Trickle(seconds=20) as trickle:
        partner = Partner(name="slow", title="Slow", kind="json", url=trickle.url, timeout=0.5)
        with pytest.raises(CallFailed) as failure:
            call(partner, Request(trickle.url))
        assert failure.value.timeout and failure.value.sent
        assert not trickle.finished.is_set()  # we did not sit through its 20 s


def test_metasearch_with_a_trickling_partner_answers_with_the_others(portal_with):
    fast = FakeSite(offers=[("Steel coils from Vietnam", "http://vn.example/1", "cold rolled")])
    with Trickle(seconds=20) as trickle, serving(fast) as fast_url:
        fast.base = fast_url
        _app, client = portal_with(
            site(
                "json",
                f"{trickle.url}/search",
                name="trickler",
                timeout=0.5,
                mapping={"results": "results"},
            ),
            json_site(fast_url),
        )
        answer = client.get("/api/v1/metasearch?q=coils").get_json()
        assert not trickle.finished.is_set()
    sources = statuses(answer)
    assert sources["trickler"]["status"] == "timeout"
    assert sources["jsonsite"]["status"] == "ok"
    assert [r["title"] for r in answer["results"]] == ["Steel coils from Vietnam"]


def test_a_trickling_webhook_delays_no_other_sites_postings(tmp_path, monkeypatch):
    monkeypatch.setenv("TRICKLE_SECRET", "s3cret")
    b = Portal(tmp_path, "portal-b", "Portal B")
    b.partners = [portal_entry(Portal(tmp_path, "portal-a", "Portal A", port=9))]
    b.build()
    b.member("listings@b.example", "Portal A listings")
    monkeypatch.setenv("A_TO_B", b.partner_token("listings@b.example", "portal-a"))
    with Trickle(seconds=30) as trickle, ExitStack() as stack:
        a = Portal(tmp_path, "portal-a", "Portal A")
        a.partners = [
            portal_entry(b, "A_TO_B", post=True),
            {
                "name": "trickler",
                "title": "Trickler",
                "kind": "webhook",
                "url": trickle.url,
                "post": True,
                "search": False,
                "timeout": 1.0,
                "token_env": "TRICKLE_SECRET",
            },
        ]
        a.build()
        exporter = a.member("sales@a.example", "Hanbit Steel")
        serve(stack, b)
        for n in range(4):
            a.run(
                lambda n=n: offers.create_offer(
                    db.session.get(User, exporter), {**OFFER, "title": f"{OFFER['title']} {n}"}
                )
            )
        with a.app.app_context():
            # As the worker does: claim what slots allow, never wait for a round to end.
            for _ in range(400):
                deliverer.deliver_due(wait=False)
                db.session.remove()
                states = {(p.partner, p.state) for p in a.rows(Posting)}
                if {s for partner, s in states if partner == "portal-b"} == {"posted"}:
                    break
                trickle.finished.wait(0.05)
        to_b = [p for p in a.rows(Posting) if p.partner == "portal-b"]
        assert [p.state for p in to_b] == ["posted"] * 4
        assert len(b.rows(Offer)) == 4
        assert not trickle.finished.is_set()  # B's postings did not wait for the trickler
        # And the trickler's own deliveries end at its timeout, not when it finishes talking.
        with a.app.app_context():
            for _ in range(400):
                deliverer.deliver_due(wait=False)
                db.session.remove()
                if all(
                    p.state == "unconfirmed" for p in a.rows(Posting) if p.partner == "trickler"
                ):
                    break
                trickle.finished.wait(0.05)
        assert not trickle.finished.is_set()
        to_trickler = [p for p in a.rows(Posting) if p.partner == "trickler"]
        assert [p.state for p in to_trickler] == ["unconfirmed"] * 4
        assert "did not confirm" in to_trickler[0].last_error


# ---- health per purpose ----------------------------------------------------------


def test_refused_postings_leave_search_health_untouched(tmp_path, monkeypatch):
    b = Portal(tmp_path, "portal-b", "Portal B")
    b.build()
    b.member("seller@b.example", "Busan Tube")
    b.run(
        lambda: offers.create_offer(
            db.session.get(User, 1), {**OFFER, "title": "Steel coils from Busan"}
        )
    )
    b.work()
    monkeypatch.setenv("A_TO_B", "not-a-token-of-b")  # every posting is refused (401)
    a = Portal(tmp_path, "portal-a", "Portal A")
    a.partners = [portal_entry(b, "A_TO_B", post=True, search=True)]
    a.build()
    exporter = a.member("sales@a.example", "Hanbit Steel")
    with ExitStack() as stack:
        serve(stack, b)
        for n in range(5):
            a.run(
                lambda n=n: offers.create_offer(
                    db.session.get(User, exporter), {**OFFER, "title": f"Coil lot {n}"}
                )
            )
        a.work()
        assert {p.state for p in a.rows(Posting)} == {"failed"}
        answer = a.client().get("/api/v1/metasearch?q=coils").get_json()
        assert statuses(answer)["portal-b"]["status"] == "ok"
    with a.app.app_context():
        search = health.states(["portal-b"], "search")["portal-b"]
        post = health.states(["portal-b"], "post")["portal-b"]
        assert search.consecutive_failures == 0 and search.suspended_until is None
        assert post.consecutive_failures == 0  # a refusal is an answer, not an outage
        db.session.remove()
    # The reverse: a search that keeps failing pauses search only.
    with a.app.app_context():
        for _ in range(3):
            health.record("portal-b", purpose="search", outcome="error", elapsed_ms=5)
        db.session.commit()
        assert health.states(["portal-b"], "search")["portal-b"].suspended_until is not None
        assert health.states(["portal-b"], "post")["portal-b"].suspended_until is None
        db.session.remove()


# ---- only the hosts the partner file names ----------------------------------------


def test_a_discovered_template_naming_another_host_is_refused(portal_with):
    with socket.create_server(("127.0.0.1", 0)) as elsewhere:
        elsewhere.settimeout(0.5)
        site_ = FakeSite(offers=[("Steel coils", "http://x.example/1", "coils")])
        with serving(site_) as url:
            site_.base = (
                f"http://127.0.0.1:{elsewhere.getsockname()[1]}"  # its template points away
            )
            _app, client = portal_with(site("opensearch", f"{url}/rss.xml", name="sneaky"))
            answer = client.get("/api/v1/metasearch?q=coils").get_json()
        source = statuses(answer)["sneaky"]
        assert source["status"] == "error" and "partner file" in source["message"]
        with pytest.raises(TimeoutError):
            elsewhere.accept()  # nobody connected there


def test_a_template_in_the_partner_file_is_used_instead_of_discovery(portal_with):
    rss = FakeSite(offers=[("Steel coils from Vietnam", "http://vn.example/1", "coils")])
    with serving(rss) as url:
        rss.base = url
        _app, client = portal_with(
            site(
                "opensearch",
                f"{url}/no-description-here",
                name="templated",
                template=f"{url}/rss?q={{searchTerms}}",
            )
        )
        answer = client.get("/api/v1/metasearch?q=coils").get_json()
    assert statuses(answer)["templated"]["status"] == "ok"
    assert [r["title"] for r in answer["results"]] == ["Steel coils from Vietnam"]


# ---- a first-class peer of meta-search engines ------------------------------------


def test_json_partner_keeps_fixed_parameters_and_reports_its_own_failures(portal_with):
    js = FakeSite(
        offers=[("Steel coils from Vietnam", "http://vn.example/1", "coils")],
        extra={"unresponsive_engines": [["tradekey", "timeout"]]},
    )
    with serving(js) as url:
        js.base = url
        entry = json_site(url, name="metaengine")
        entry["url"] = f"{url}/json?format=json"
        entry["params"] = {"q": "query", "categories": "general"}
        entry["mapping"]["errors"] = "unresponsive_engines"
        _app, client = portal_with(entry)
        answer = client.get("/api/v1/metasearch?q=coils").get_json()
        assert js.last_args == {"format": "json", "categories": "general", "query": "coils"}
    source = statuses(answer)["metaengine"]
    assert source["status"] == "partial" and "tradekey timeout" in source["message"]
    assert answer["results"][0]["title"] == "Steel coils from Vietnam"


def test_results_without_a_type_are_labelled_and_left_out_when_a_type_is_chosen(portal_with):
    js = FakeSite(offers=[("Steel coils from Vietnam", "http://vn.example/1", "coils")])
    with serving(js) as url:
        js.base = url
        entry = json_site(url, name="untyped")
        del entry["mapping"]["type"]
        _app, client = portal_with(entry)
        page = client.get("/metasearch?q=coils").get_data(as_text=True)
        chosen = client.get("/api/v1/metasearch?q=coils&type=sell").get_json()
    assert "Vietnam" in page and "type not given" in page
    assert chosen["results"] == [] and statuses(chosen)["untyped"]["status"] == "ok"


def test_hostile_partner_text_stays_text_in_the_json_metasearch(portal_with):
    js = FakeSite(
        offers=[
            (
                "&lt;img src=x onerror=alert(1)&gt;Steel coils",
                "http://e.example/1",
                "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; coils",
            )
        ]
    )
    with serving(js) as url:
        js.base = url
        _app, client = portal_with(json_site(url, name="evil"))
        raw = client.get("/api/v1/metasearch?q=coils").get_data(as_text=True)
    (result,) = json.loads(raw)["results"]
    assert "<img" not in result["title"] and "<script" not in result["snippet"]
    assert "Steel coils" in result["title"]


# ---- the partner file ---------------------------------------------------------------


def webhook(**extra):
    return {
        "partners": [
            {
                "name": "hook",
                "kind": "webhook",
                "url": "http://127.0.0.1:9",
                "post": True,
                "search": False,
                **extra,
            }
        ]
    }


def toml(data) -> str:
    from tests.partners.conftest import partner_toml

    return partner_toml(*data["partners"])


def test_a_webhook_without_its_secret_stops_start_up_naming_partner_and_variable():
    with pytest.raises(PartnerConfigError, match=r"'hook'.*token_env.*required"):
        check_secrets(parse_partners(toml(webhook())), {})
    with pytest.raises(PartnerConfigError, match=r"'hook'.*HOOK_SECRET is unset or empty"):
        check_secrets(parse_partners(toml(webhook(token_env="HOOK_SECRET"))), {"HOOK_SECRET": " "})
    check_secrets(parse_partners(toml(webhook(token_env="HOOK_SECRET"))), {"HOOK_SECRET": "k"})


def test_the_app_refuses_to_start_with_a_webhook_partner_missing_its_secret(tmp_path, monkeypatch):
    from tests.conftest import make_app

    monkeypatch.delenv("HOOK_SECRET", raising=False)
    path = tmp_path / "partners.toml"
    path.write_text(toml(webhook(token_env="HOOK_SECRET")))
    with pytest.raises(PartnerConfigError, match="HOOK_SECRET"):
        make_app(tmp_path, create_schema=False, PARTNERS_FILE=str(path))


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"template": "http://127.0.0.1:9/search?q=x"}, r"'template' must contain \{searchTerms\}"),
        ({"template": "ftp://127.0.0.1/{searchTerms}"}, "'template' must be an http"),
        ({"colour": "blue"}, "unknown field 'colour'"),
    ],
)
def test_bad_opensearch_entries_name_partner_and_field(extra, message):
    entry = {"name": "os", "kind": "opensearch", "url": "http://127.0.0.1:9/d.xml", **extra}
    with pytest.raises(PartnerConfigError, match=rf"'os'.*{message}"):
        parse_partners(toml({"partners": [entry]}))


# ---- what a partner's answer cannot do -----------------------------------------------


def poster(tmp_path, name: str, title: str, kind: str, url: str, token_env: str):
    """Portal A posting to one partner site, with an exporter; returns (portal, exporter id)."""
    a = Portal(tmp_path, "portal-a", "Portal A")
    a.partners = [
        {
            "name": name,
            "title": title,
            "kind": kind,
            "url": url,
            "post": True,
            "search": False,
            "token_env": token_env,
        }
    ]
    a.build()
    return a, a.member("sales@a.example", "Hanbit Steel")


def nul_refusal(environ, start_response):
    body = json.dumps({"error": "validation", "fields": {"title": "bad\u0000title"}})
    return Response(body, status=422, content_type="application/json")(environ, start_response)


def test_a_refusal_with_a_nul_byte_is_shown_with_the_partners_message(tmp_path, monkeypatch):
    monkeypatch.setenv("NUL_TOKEN", "x")
    with serving(nul_refusal) as url:
        a, exporter = poster(tmp_path, "nul", "Nul Site", "portal", url, "NUL_TOKEN")
        a.run(lambda: offers.create_offer(db.session.get(User, exporter), OFFER))
        a.work()
    (posting,) = a.rows(Posting)
    assert posting.state == "failed"
    assert posting.last_error.startswith("the site refused the offer: title: bad")
    assert "\x00" not in posting.last_error + posting.last_detail


def test_recording_an_outcome_never_turns_a_delivered_posting_into_failed(tmp_path, monkeypatch):
    receiver = WebhookReceiver()
    monkeypatch.setenv("HOOK_SECRET", receiver.secret)
    real_record, calls = health.record, []

    def locked_twice(*args, **kwargs):  # the database is busy for the first two tries
        calls.append(1)
        if len(calls) <= 2:
            raise OperationalError("UPDATE partner_state", {}, Exception("database is locked"))
        return real_record(*args, **kwargs)

    with serving(receiver) as url:
        a, exporter = poster(tmp_path, "hook", "Hook", "webhook", url, "HOOK_SECRET")
        a.run(lambda: offers.create_offer(db.session.get(User, exporter), OFFER))
        monkeypatch.setattr(health, "record", locked_twice)
        a.work()
        (posting,) = a.rows(Posting)
        assert posting.state == "posted" and len(receiver.events) == 1
        # Never recordable: the posting stays claimed (not failed) until its lease lapses.
        monkeypatch.setattr(
            health,
            "record",
            lambda *a, **k: (_ for _ in ()).throw(
                OperationalError("INSERT", {}, Exception("database is locked"))
            ),
        )
        a.run(
            lambda: offers.update_offer(
                db.session.get(Offer, posting.offer_id),
                db.session.get(User, exporter),
                {"title": "Coils, new"},
            )
        )
        a.work(rounds=1)
    (posting,) = a.rows(Posting)
    assert posting.state == "sending" and len(receiver.events) == 2
    assert receiver.events[-1]["signed"] and receiver.events[-1]["body"]["offer"]["reply_url"]


def test_a_site_that_fails_for_ever_stays_paused_without_overflowing(app):
    for _ in range(200):
        health.record("gone", purpose="post", outcome="error", elapsed_ms=1)
    db.session.commit()
    state = health.states(["gone"], "post")["gone"]
    assert state.consecutive_failures == 200 and state.suspended_until is not None


def test_a_partner_named_like_this_portal_stops_start_up(tmp_path):
    from tests.conftest import make_app
    from tests.partners.conftest import partner_toml

    path = tmp_path / "partners.toml"
    path.write_text(
        partner_toml({"name": "tradewind", "kind": "portal", "url": "http://127.0.0.1:9"})
    )
    with pytest.raises(PartnerConfigError, match="this portal's own name"):
        make_app(tmp_path, create_schema=False, PARTNERS_FILE=str(path))


# ---- leads from a webhook partner, and no lock across the network ---------------------


def test_a_webhook_partners_lead_reaches_the_exporter_through_the_reply_url(tmp_path, monkeypatch):
    import time as clock

    from marketplace.conversations.models import Inquiry
    from marketplace.partners import signing

    receiver = WebhookReceiver()
    monkeypatch.setenv("HOOK_SECRET", receiver.secret)
    with serving(receiver) as url:
        a, exporter = poster(tmp_path, "hook", "Hook Market", "webhook", url, "HOOK_SECRET")
        a.run(lambda: offers.create_offer(db.session.get(User, exporter), OFFER))
        a.work()
    reply_url = receiver.events[0]["body"]["offer"]["reply_url"]
    assert reply_url.startswith(f"{a.url}/api/v1/partners/hook/offers/")
    path = reply_url.removeprefix(a.url)
    lead = json.dumps(
        {
            "lead_id": "L-77",
            "message": "Please quote 100 t CFR Jebel Ali.",
            "buyer": {
                "company": "Gulf Metals LLC",
                "country": "AE",
                "email": "buy@gulfmetals.example",
            },
        }
    ).encode()

    def post(body, secret=receiver.secret, at=None):
        return a.client().post(
            path,
            data=body,
            content_type="application/json",
            headers={signing.HEADER: signing.sign(secret, body, at)},
        )

    assert post(lead, secret="wrong").status_code == 401
    assert post(lead, at=clock.time() - 600).status_code == 401  # a replayed old delivery
    assert post(lead).status_code == 201
    assert post(lead).status_code == 200  # the same lead again: the same thread
    (thread,) = a.rows(Inquiry)
    assert thread.counterpart_name == "Gulf Metals LLC" and thread.relay_partner == "hook"
    inbox = a.client("sales@a.example").get("/inbox").get_data(as_text=True)
    assert "Gulf Metals LLC" in inbox and "via Hook Market" in inbox
    page = a.client("sales@a.example").get(f"/inbox/{thread.id}").get_data(as_text=True)
    assert "buy@gulfmetals.example" in page and "Please quote 100 t" in page


def test_a_metasearch_holds_no_write_lock_while_it_waits_for_partners(portal_with):
    import sqlite3
    import threading

    slow = FakeSite(offers=[("Steel coils", "http://x.example/1", "coils")], delay=0.8)
    with serving(slow) as url:
        slow.base = url
        app, client = portal_with(json_site(url, name="slowsite"))
        if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
            pytest.skip("SQLite's database-wide write lock is what this is about")
        outcome = {}

        def write_meanwhile():
            slow_started = slow.hits
            while slow.hits == slow_started:  # until the partner has been asked
                threading.Event().wait(0.01)
            connection = sqlite3.connect(app.config["SQLALCHEMY_DATABASE_URI"][10:], timeout=0.3)
            try:
                connection.execute("BEGIN IMMEDIATE")  # a writer: fails if anyone holds the lock
                connection.execute("COMMIT")
                outcome["write"] = "ok"
            except sqlite3.OperationalError as exc:
                outcome["write"] = str(exc)
            finally:
                connection.close()

        writer = threading.Thread(target=write_meanwhile)
        writer.start()
        answer = client.get("/api/v1/metasearch?q=coils").get_json()  # the first: no state yet
        writer.join(10)
    assert outcome == {"write": "ok"}
    assert statuses(answer)["slowsite"]["status"] == "ok"
