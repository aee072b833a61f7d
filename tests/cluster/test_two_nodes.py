"""Two web nodes and two workers as separate processes on one PostgreSQL database.

What "add another machine" must give: an offer posted through one node is found
on the other; a photo uploaded through one is served by the other; a node started
with an empty data directory builds its index and serves; a node killed with
SIGKILL catches up when it comes back; periodic jobs and alerts run once across
the workers. (Out-of-order commits: tests/search_index/test_change_log.py and the
rollup test in tests/indicators, on the same database.)
"""

from __future__ import annotations

import io
import re
import time

import httpx
import pytest
from sqlalchemy import func, select

from marketplace.accounts.services import create_token
from marketplace.conversations import alerts
from marketplace.conversations.models import Notification
from marketplace.core.db import db
from marketplace.core.jobs import PeriodicJob
from marketplace.offers.models import Offer
from search_index import backends
from tests.cluster.nodes import Cluster
from tests.conftest import PASSWORD, PG_URL, wait_for
from tests.offers.test_posting import png_bytes

pytestmark = pytest.mark.skipif(
    not PG_URL, reason="several nodes share one PostgreSQL database (the PostgreSQL leg)"
)
CATCH_UP = 60  # seconds: generous, the machine is shared


def _found(node, word: str) -> list[str]:
    answer = httpx.get(
        # The words only: other offers of the same HS heading (rice) would be added too.
        f"{node.url}/api/v1/offers",
        params={"q": word, "related": "0"},
        timeout=10,
        trust_env=False,
    ).json()
    return [r["title"] for r in answer["results"]]


def _indexed(node, offer_id: int) -> bool:
    """True when the offer is in the node's own index (not found by the database fallback)."""
    index = node.data_dir / "index"
    whoosh = backends.get("whoosh")
    return whoosh.exists(str(index)) and offer_id in whoosh.stamps(str(index), "offers")


def _post(node, secret: str, title: str) -> int:
    response = httpx.post(
        f"{node.url}/api/v1/offers",
        json={"type": "sell", "title": title, "hs_code": "100630"},
        headers={"Authorization": f"Bearer {secret}"},
        timeout=10,
        trust_env=False,
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def _csrf(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def _upload_photo(node, email: str) -> None:
    """Log in on ``node`` and post an offer with a photo through the web form."""
    with httpx.Client(base_url=node.url, trust_env=False, timeout=20) as browser:
        login = browser.get("/login").text
        browser.post(
            "/login", data={"csrf_token": _csrf(login), "email": email, "password": PASSWORD}
        )
        form = browser.get("/offers/new").text
        response = browser.post(
            "/offers/new",
            data={
                "csrf_token": _csrf(form),
                "type": "sell",
                "title": "Parboiled rice photo sample",
                "hs_code": "100630",
            },
            files={"photos": ("rice.png", io.BytesIO(png_bytes()), "image/png")},
        )
        assert response.status_code == 302, response.text[:500]


def test_two_web_nodes_and_two_workers_on_one_database(tmp_path, app, member_factory):
    member = member_factory("exporter")
    _, secret = create_token(member)
    db.session.commit()
    cluster = Cluster(tmp_path, app.config["SQLALCHEMY_DATABASE_URI"])
    try:
        node1, node2 = cluster.web("node-1"), cluster.web("node-2")
        workers = [cluster.worker("worker-1"), cluster.worker("worker-2")]
        for process in (node1, node2, *workers):
            process.wait_ready()

        # An offer posted through node 1 is found on node 2.
        jasmine = _post(node1, secret, "Jasmine rice fragrant grade A")
        assert wait_for(lambda: _indexed(node2, jasmine), CATCH_UP), "node 2 never indexed it"
        assert _found(node2, "jasmine") == ["Jasmine rice fragrant grade A"]
        assert wait_for(lambda: _indexed(node1, jasmine), CATCH_UP)  # each node in its own time

        # A photo uploaded through node 1 is served by node 2.
        _upload_photo(node1, member.email)
        db.session.expire_all()
        photo = db.session.scalar(select(Offer).where(Offer.title.contains("photo"))).photos[0]
        served = httpx.get(f"{node2.url}/photos/{photo.filename}", trust_env=False, timeout=10)
        assert served.status_code == 200 and served.content.startswith(b"\x89PNG")

        # A node killed with SIGKILL catches up when it is back (same data directory).
        node2.kill()
        basmati = _post(node1, secret, "Basmati rice long grain sella")
        assert not _indexed(node2, basmati)
        node2.start().wait_ready()
        assert wait_for(lambda: _indexed(node2, basmati), CATCH_UP), "node 2 did not catch up"
        assert _found(node2, "basmati") == ["Basmati rice long grain sella"]

        # A node started with an empty data directory builds its index and serves.
        node3 = cluster.web("node-3")
        node3.wait_ready()
        every = db.session.scalars(select(Offer.id)).all()
        assert wait_for(lambda: all(_indexed(node3, i) for i in every), CATCH_UP)
        assert len(_found(node3, "rice")) == 3

        # Periodic jobs run once across the two workers: an alert fires one notification.
        buyer = member_factory("buyer")
        alerts.save(buyer, {"q": "glutinous"})
        db.session.commit()
        started = time.monotonic()
        _post(node1, secret, "Glutinous rice sticky long")

        def alert_runs() -> int:
            db.session.expire_all()
            return db.session.scalar(select(PeriodicJob.runs).where(PeriodicJob.name == "alerts"))

        runs_before = alert_runs()
        assert wait_for(lambda: _notifications(buyer.id) >= 1, CATCH_UP)
        # Two more alert rounds after it fired, by either worker: still exactly one.
        assert wait_for(lambda: alert_runs() >= runs_before + 2, CATCH_UP)
        assert _notifications(buyer.id) == 1
        elapsed = time.monotonic() - started
        # Claimed in the database: at most one run per 10 s interval across both workers
        # (two workers running it independently would make about twice as many).
        assert alert_runs() - runs_before <= elapsed / 10 + 1
    finally:
        cluster.stop()
        for process in cluster.processes:
            print(f"--- {process.name}\n{process.log.read_text()[-1500:]}")


def _notifications(user_id: int) -> int:
    db.session.expire_all()
    return db.session.scalar(
        select(func.count()).where(Notification.user_id == user_id, Notification.kind == "alert")
    )
