"""The index follows the database: changes, a deleted index, drift, a killed worker."""

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from marketplace.accounts.models import User
from marketplace.core.db import db, unit_of_work
from marketplace.offers import services
from marketplace.offers.models import Offer
from marketplace.search.indexing import apply_pending, check, rebuild
from search_index import backends, writer
from search_index.models import ChangeLogEntry
from tests.conftest import wait_for
from tests.search_index.conftest import titles

REPO = Path(__file__).resolve().parents[2]


def test_change_writes_log_row_in_same_transaction(offer_factory):
    offer = offer_factory()
    queued = db.session.scalars(
        select(ChangeLogEntry.entity_id).where(ChangeLogEntry.kind == "offer")
    ).all()
    assert offer.id in queued


def test_failed_request_queues_nothing(client, auth, member_factory):
    auth.login(member_factory().email)
    client.post("/offers/new", data={"type": "sell", "title": "x"})  # invalid: too short
    assert db.session.scalar(select(func.count()).select_from(ChangeLogEntry)) == 1  # company only


def test_edit_withdraw_hide_expire_renew_reach_search(search, offer_factory, operator):
    offer = offer_factory(title="Titanium bicycle frames", hs_code="871491")
    assert titles(search(q="titanium")) == ["Titanium bicycle frames"]

    services.update_offer(offer, offer.author, {"title": "Carbon bicycle frames"})
    db.session.commit()
    assert titles(search(q="titanium")) == []
    assert titles(search(q="carbon")) == ["Carbon bicycle frames"]

    services.withdraw_offer(offer, offer.author)
    db.session.commit()
    assert search(q="carbon")["total"] == 0

    services.renew_offer(offer, offer.author)
    db.session.commit()
    assert search(q="carbon")["total"] == 1

    services.set_hidden(offer, operator, True)
    db.session.commit()
    assert search(q="carbon")["total"] == 0
    services.set_hidden(offer, operator, False)
    db.session.commit()

    offer.valid_until = services.today() - timedelta(days=1)
    db.session.commit()
    assert search(q="carbon")["results"] == []  # past its date: never shown, even before expiry
    assert services.expire_due_offers() == 1
    db.session.commit()
    assert search(q="carbon")["total"] == 0
    assert db.session.get(Offer, offer.id).status == "expired"


def test_company_rename_reaches_its_offers(search, offer_factory, member_factory):
    member = member_factory(name="Old Name Trading")
    offer_factory(member, title="Ceramic floor tiles", hs_code="690721")
    assert search(q="oldname")["total"] == 0
    member.company.name = "Zenith Ceramics"
    db.session.commit()
    assert titles(search(q="zenith")) == ["Ceramic floor tiles"]


def test_deleted_index_directory_is_rebuilt_and_search_never_fails(
    app, client, search, sync, offer_factory
):
    offer_factory(title="Bamboo flooring panels", hs_code="441873")
    assert search(q="bamboo")["total"] == 1
    shutil.rmtree(app.config["SEARCH_INDEX_DIR"])
    # before the worker notices, searches fall back to the database
    response = client.get("/api/v1/offers", query_string={"q": "bamboo"})
    assert response.status_code == 200 and response.get_json()["total"] == 1
    assert client.get("/search?q=bamboo").status_code == 200
    sync()  # the worker rebuilds from the database
    assert titles(search(q="bamboo")) == ["Bamboo flooring panels"]


def test_rebuild_resumes_from_the_log_position_of_its_snapshot(app, offer_factory, search, sync):
    offer_factory(title="Cashew nuts W320", hs_code="080132")
    counts = rebuild(app.config["SEARCH_INDEX_DIR"])
    db.session.commit()
    assert counts["offers"] == 1
    newest = db.session.scalar(select(func.max(ChangeLogEntry.id)))
    assert writer.position(app.config["SEARCH_INDEX_DIR"]).high == newest
    assert search(q="cashew")["total"] == 1
    offer_factory(title="Pistachio kernels", hs_code="080252")  # after the snapshot
    sync()
    assert search(q="pistachio")["total"] == 1


def test_check_reports_and_repairs_drift(app, offer_factory, sync):
    keep = offer_factory(title="Granite slabs polished", hs_code="680293")
    gone = offer_factory(title="Marble tiles", hs_code="680291")
    sync()
    assert check(app.config["SEARCH_INDEX_DIR"]).clean
    # simulate drift: a row changed behind the queue's back, and a document lost
    backends.get(app.config["SEARCH_ENGINE"]).write(
        app.config["SEARCH_INDEX_DIR"], "offers", {}, {gone.id}
    )
    db.session.execute(ChangeLogEntry.__table__.delete())
    keep.title = "Granite slabs flamed"
    db.session.commit()
    db.session.execute(ChangeLogEntry.__table__.delete())
    db.session.commit()
    drift = check(app.config["SEARCH_INDEX_DIR"], repair=True)
    db.session.commit()  # as the command does: the repair is queued in its unit of work
    assert drift.missing["offers"] == [gone.id] and drift.stale["offers"] == [keep.id]
    sync()
    assert check(app.config["SEARCH_INDEX_DIR"]).clean


def test_search_cli_rebuild_and_check(runner, offer_factory):
    offer_factory()
    result = runner.invoke(args=["search", "rebuild"])
    assert result.exit_code == 0 and "indexed 1 offers" in result.output
    result = runner.invoke(args=["search", "check"])
    assert "index and database agree" in result.output


def _worker_env(app):
    env = dict(os.environ)
    env["TRADEWIND_DATA_DIR"] = app.config["DATA_DIR"]
    env["TRADEWIND_SECRET_KEY"] = "test-secret"
    env["TRADEWIND_DATABASE_URL"] = app.config["SQLALCHEMY_DATABASE_URI"]
    env["TRADEWIND_SEARCH_ENGINE"] = app.config["SEARCH_ENGINE"]
    env["PYTHONPATH"] = str(REPO)
    return env


def _indexed_ids(app):
    # Read through the engine's own interface, as `search check` does.
    backend = backends.get(app.config["SEARCH_ENGINE"])
    if not backend.exists(app.config["SEARCH_INDEX_DIR"]):
        return set()
    return set(backend.stamps(app.config["SEARCH_INDEX_DIR"], "offers"))


def test_killed_worker_process_catches_up_after_restart(app, offer_factory, member_factory):
    member = member_factory()
    command = [sys.executable, "-m", "flask", "--app", "app", "worker"]
    worker = subprocess.Popen(
        command,
        cwd=REPO,
        env=_worker_env(app),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        first = offer_factory(member, title="Jasmine rice 5 percent broken", hs_code="100630")
        assert wait_for(lambda: first.id in _indexed_ids(app))
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
        second = offer_factory(member, title="Basmati rice long grain", hs_code="100630")
        time.sleep(0.3)
        assert second.id not in _indexed_ids(app)  # nobody is indexing now...
        worker = subprocess.Popen(
            command,
            cwd=REPO,
            env=_worker_env(app),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert wait_for(lambda: second.id in _indexed_ids(app))  # ...until it is back
    finally:
        worker.kill()
        worker.wait(timeout=10)


def test_freshness_with_worker_thread(app, client, offer_factory, member_factory):
    """An offer posted a moment ago is already found (the in-process worker thread)."""
    from marketplace.worker import start_in_thread

    member = member_factory()
    worker = start_in_thread(app)
    try:
        # How fast is measured in bench/search_bench.py; here only that it arrives.
        for n in range(5):
            offer = offer_factory(member, title=f"Freshness probe zq{n}x widgets", hs_code="731815")
            found = wait_for(
                lambda n=n: (
                    client.get("/api/v1/offers", query_string={"q": f"zq{n}x"}).get_json()["total"]
                    == 1
                ),
                20,
            )
            assert found, f"offer {offer.id} never appeared"
    finally:
        worker.stop()
        time.sleep(0.3)


def test_switching_engines_rebuilds_the_index_and_misses_nothing(tmp_path):
    # One data directory, the engine switched back and forth: each time the worker finds
    # an index the other engine wrote, rebuilds it, and every offer posted meanwhile is found.
    from marketplace.accounts.services import register_member
    from tests.conftest import PASSWORD, make_app

    posted: list[str] = []
    for round_number, engine in enumerate(("whoosh", "tantivy", "whoosh")):
        portal = make_app(tmp_path, create_schema=round_number == 0, SEARCH_ENGINE=engine)
        with portal.app_context():
            if round_number == 0:
                register_member(
                    {"email": "nuts@example.com", "password": PASSWORD, "role": "exporter"},
                    {"name": "Nut House", "country": "TR", "business_type": "manufacturer"},
                    confirmed=True,
                )
            member = db.session.scalar(select(User).where(User.email == "nuts@example.com"))
            title = f"Walnut kernels, round {round_number} on {engine}"
            services.create_offer(member, {"type": "sell", "title": title, "hs_code": "080232"})
            db.session.commit()
            posted.append(title)
            with unit_of_work():
                apply_pending(portal.config["SEARCH_INDEX_DIR"])
            found = portal.test_client().get("/api/v1/offers?q=walnut").get_json()
            assert sorted(r["title"] for r in found["results"]) == sorted(posted)
            db.session.remove()
            db.engine.dispose()
