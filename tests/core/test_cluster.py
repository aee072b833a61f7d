"""What operators see of the cluster, and periodic jobs claimed in the database."""

from datetime import timedelta

from sqlalchemy import select

from marketplace.accounts.services import create_token
from marketplace.core import jobs, processes
from marketplace.core.db import db, unit_of_work, utcnow
from marketplace.worker import Node


def test_the_health_api_lists_nodes_processes_jobs_and_queues(
    app, client, operator, member_factory, offer_factory
):
    member = member_factory()
    offer_factory(title="Cotton yarn Ne 30", hs_code="520512")
    node = Node(app, worker=True)
    node.run_once()  # one round of every loop: index, postings, leads, periodic jobs
    _, secret = create_token(operator)
    _, member_secret = create_token(member)
    db.session.commit()
    answer = client.get("/api/v1/health", headers={"Authorization": f"Bearer {secret}"})
    node.stop()  # a clean stop takes the process off the list
    after = client.get("/api/v1/health", headers={"Authorization": f"Bearer {secret}"})
    assert after.get_json()["processes"] == []
    assert answer.status_code == 200
    health = answer.get_json()
    (this,) = health["nodes"]
    assert this["name"] == app.config["NODE_NAME"] and this["behind"] == 0
    assert this["position"] == health["log_position"] > 0
    (process,) = health["processes"]
    assert process["roles"] == "index+worker" and process["alive"]
    assert {j["name"] for j in health["jobs"]} == {
        "expire_offers",
        "rollup",
        "alerts",
        "prune_change_log",
        "lapse_verifications",
        "response_figures",
        "match_digests",
        "close_consultations",
        "prune_kept",
    }
    assert set(health["queues"]) >= {"postings_due", "leads_due", "change_log_rows"}
    refused = client.get("/api/v1/health", headers={"Authorization": f"Bearer {member_secret}"})
    assert refused.status_code == 403
    assert client.get("/api/v1/health").status_code == 401


def test_the_operator_health_page_shows_a_node_that_fell_behind(
    app, client, auth, operator, offer_factory, sync
):
    sync()
    offer_factory(title="Jute bags 50 kg")  # logged, not yet applied
    auth.login(operator.email)
    page = client.get("/operator/health").get_data(as_text=True)
    assert app.config["NODE_NAME"] in page and "Changes behind" in page
    assert "No worker is running" in page  # no periodic job has run yet
    auth.logout()
    assert client.get("/operator/health").status_code in (302, 403)


def test_a_periodic_job_is_claimed_once_per_interval(app):
    every = timedelta(minutes=1)
    with unit_of_work():
        assert jobs.claim("rollup", every, "worker-a")
    with unit_of_work():
        assert not jobs.claim("rollup", every, "worker-b")  # the interval is not over
    row = db.session.get(jobs.PeriodicJob, "rollup")
    assert row.ran_by == "worker-a" and row.runs == 1
    row.last_run_at = utcnow() - every
    db.session.commit()
    with unit_of_work():
        assert jobs.claim("rollup", every, "worker-b")


def test_a_process_beat_is_recorded_and_silent_ones_are_forgotten(app):
    with unit_of_work():
        db.session.add(
            processes.RunningProcess(
                name="old:1",
                node="gone",
                roles="index",
                pid=1,
                started_at=utcnow() - timedelta(days=3),
                seen_at=utcnow() - timedelta(days=2),
            )
        )
    with unit_of_work():
        processes.beat("here", "index", utcnow())
    names = db.session.scalars(select(processes.RunningProcess.name)).all()
    assert names == [processes.this_process()]
