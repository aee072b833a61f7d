"""Meta-search against real partner servers on 127.0.0.1."""

import time

import pytest
from sqlalchemy import func, select

from marketplace.accounts.services import register_member
from marketplace.core.db import db
from marketplace.partners.models import PartnerCall, PartnerState
from tests.conftest import PASSWORD, remote_portal
from tests.partners.conftest import free_port
from tests.partners.servers import FakeSite, serving

PIPES = [
    ("Stainless steel pipes from Vietnam", "http://vn.example/offers/1", "welded 304 pipes"),
    ("Copper pipes for air conditioners", "http://vn.example/offers/2", "ACR copper pipes"),
]


@pytest.fixture
def remote_tradewind(tmp_path):
    """A second Tradewind instance, served on loopback, with one offer."""
    app = remote_portal(tmp_path / "remote", "Seamless steel pipes from Hamburg", "730419", "DE")
    with serving(app) as url:
        yield url


def site(kind, url, name=None, **extra):
    entry = {
        "name": name or kind,
        "title": f"{kind.title()} Site",
        "kind": kind,
        "url": url,
        "search": True,
        "timeout": 1.5,
    }
    entry.update(extra)
    return entry


def json_site(url, name="jsonsite"):
    return site(
        "json",
        f"{url}/json",
        name=name,
        mapping={
            "results": "data.items",
            "title": "name",
            "url": "link",
            "snippet": "summary",
            "type": "kind",
            "country": "origin",
        },
        params={"q": "query"},
    )


def statuses(answer):
    return {s["name"]: s["status"] for s in answer["sources"]}


def test_three_partners_one_down(portal_with, remote_tradewind):
    rss, js = FakeSite(offers=PIPES), FakeSite(offers=PIPES[1:])
    with serving(rss) as rss_url, serving(js) as js_url:
        rss.base, js.base = rss_url, js_url
        _app, client = portal_with(
            site("portal", remote_tradewind, name="hamburg"),
            site("opensearch", f"{rss_url}/rss.xml", name="vietrade"),
            json_site(js_url),
            site("portal", f"http://127.0.0.1:{free_port()}", name="downsite"),
        )
        started = time.monotonic()
        answer = client.get("/api/v1/metasearch?q=pipes").get_json()
        assert time.monotonic() - started < 3.5
    assert statuses(answer) == {
        "tradewind": "ok",
        "hamburg": "ok",
        "vietrade": "ok",
        "jsonsite": "ok",
        "downsite": "error",
    }
    down = next(s for s in answer["sources"] if s["name"] == "downsite")
    assert down["message"] == "could not be reached"
    titles = [r["title"] for r in answer["results"]]
    assert "Seamless steel pipes from Hamburg" in titles
    assert "Stainless steel pipes from Vietnam" in titles
    # the copper offer came from two sites: listed once, with "also on"
    copper = [r for r in answer["results"] if r["title"].startswith("Copper")]
    assert len(copper) == 1 and copper[0]["also_on"]


def test_page_says_which_site_did_not_answer(portal_with):
    slow, hung = FakeSite(offers=PIPES, delay=0.2), FakeSite(offers=PIPES, hang=True)
    with serving(slow) as slow_url, serving(hung) as hung_url:
        slow.base, hung.base = slow_url, hung_url
        _app, client = portal_with(
            site("opensearch", f"{slow_url}/atom.xml", name="slowsite"),
            json_site(hung_url, name="hungsite"),
            METASEARCH_DEADLINE=1.0,
        )
        started = time.monotonic()
        html = client.get("/metasearch?q=pipes").get_data(as_text=True)
        elapsed = time.monotonic() - started
    assert elapsed < 1.6  # never past the deadline, whatever the hung site does
    assert "did not answer in time" in html
    assert "from Vietnam" in html  # the Atom site answered in time (title shown with marks)


@pytest.mark.parametrize(
    "knobs, message",
    [
        ({"body": b"<rss><channel><item><title>broken"}, "could not read"),
        ({"status": 503}, "had a problem (HTTP 503)"),
        ({"content_type": "text/html", "body": b"<html>login page</html>"}, "something other than"),
        ({"body": b"x" * (3 * 1024 * 1024)}, "far more data"),
        ({"status": 302}, "another address"),
    ],
)
def test_bad_partner_answers_become_that_partners_error(portal_with, knobs, message):
    bad = FakeSite(offers=PIPES, **knobs)
    with serving(bad) as url:
        bad.base = url
        _app, client = portal_with(json_site(url, name="badsite"))
        response = client.get("/api/v1/metasearch?q=pipes")
        page = client.get("/metasearch?q=copper")
    assert response.status_code == 200 and page.status_code == 200
    source = next(s for s in response.get_json()["sources"] if s["name"] == "badsite")
    assert source["status"] == "error" and message in source["message"]


def test_hostile_partner_content_is_escaped(portal_with):
    evil = FakeSite(
        offers=[
            ('<script>alert("x")</script>Steel pipes', "javascript:alert(1)", "x"),
            (
                "<img src=x onerror=alert(1)>Steel pipes",
                "http://evil.example/1",
                '<b onmouseover="alert(1)">cheap</b> pipes',
            ),
        ]
    )
    with serving(evil) as url:
        evil.base = url
        _app, client = portal_with(site("opensearch", f"{url}/rss.xml", name="evil"))
        html = client.get("/metasearch?q=pipes").get_data(as_text=True)
    assert "<script>alert" not in html and "<img src=x" not in html and "onmouseover" not in html
    assert "javascript:alert" not in html  # a result without a safe link is dropped
    assert "Steel" in html


def test_non_utf8_partner_text_does_not_break_the_page(portal_with):
    latin1 = FakeSite(
        body=(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
            "<item><title>Caf\xe9 pipes</title><link>http://l1.example/1</link>"
            "</item></channel></rss>"
        ).encode("latin-1")
    )
    with serving(latin1) as url:
        latin1.base = url
        _app, client = portal_with(site("opensearch", f"{url}/rss.xml", name="latin"))
        assert client.get("/metasearch?q=pipes").status_code == 200
        assert client.get("/api/v1/metasearch?q=pipes").status_code == 200


def test_failing_partner_is_suspended_then_resumes(portal_with):
    flaky = FakeSite(offers=PIPES, status=500)
    with serving(flaky) as url:
        flaky.base = url
        app, client = portal_with(json_site(url, name="flaky"))
        for n in range(3):
            client.get(f"/api/v1/metasearch?q=pipes{n}")
        answer = client.get("/api/v1/metasearch?q=pipes9").get_json()
        assert statuses(answer)["flaky"] == "suspended"
        hits = flaky.hits
        with app.app_context():
            state = db.session.get(PartnerState, ("flaky", "search"))
            assert state.consecutive_failures == 3 and state.suspended_until is not None
            state.suspended_until = state.suspended_until.replace(year=2000)  # back-off over
            db.session.commit()
        flaky.status = 200
        answer = client.get("/api/v1/metasearch?q=copper").get_json()
    assert flaky.hits == hits + 1
    assert statuses(answer)["flaky"] == "ok"
    with app.app_context():
        assert db.session.get(PartnerState, ("flaky", "search")).consecutive_failures == 0


def test_identical_searches_are_cached(portal_with):
    counted = FakeSite(offers=PIPES)
    with serving(counted) as url:
        counted.base = url
        _app, client = portal_with(json_site(url, name="counted"))
        client.get("/api/v1/metasearch?q=pipes")
        second = client.get("/api/v1/metasearch?q=pipes").get_json()
    assert counted.hits == 1 and second["cached"] is True


def test_calls_are_recorded_and_operators_see_health(portal_with):
    good = FakeSite(offers=PIPES, delay=0.05)
    with serving(good) as url:
        good.base = url
        app, client = portal_with(json_site(url, name="goodsite"))
        client.get("/api/v1/metasearch?q=pipes")
        with app.app_context():
            from marketplace.accounts.services import create_user

            create_user("ops@example.com", "operator", PASSWORD)
            db.session.commit()
            assert db.session.scalar(select(func.count()).select_from(PartnerCall)) == 1
        assert client.get("/operator/partners").status_code == 302  # anonymous: log in first
        client.post("/login", data={"email": "ops@example.com", "password": PASSWORD})
        html = client.get("/operator/partners").get_data(as_text=True)
        assert "goodsite" in html and " ms" in html
        client.post("/operator/partners/goodsite/suspend")
        answer = client.get("/api/v1/metasearch?q=copper").get_json()
        assert statuses(answer)["goodsite"] == "suspended"
        client.post("/operator/partners/goodsite/suspend", data={"suspended": "0"})
        answer = client.get("/api/v1/metasearch?q=steel").get_json()
        assert statuses(answer)["goodsite"] == "ok"


def test_members_cannot_see_the_partner_page(portal_with):
    app, client = portal_with()
    with app.app_context():
        register_member(
            {"email": "m@example.com", "password": PASSWORD, "role": "buyer"},
            {"name": "Buyer", "country": "DE", "business_type": "buyer"},
            confirmed=True,
        )
        db.session.commit()
    client.post("/login", data={"email": "m@example.com", "password": PASSWORD})
    assert client.get("/operator/partners").status_code == 403
    assert client.post("/operator/partners/x/suspend").status_code == 403
