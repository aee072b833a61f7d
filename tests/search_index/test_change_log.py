"""Each node follows the change log from its own position; late commits are never skipped."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from marketplace.core.db import db, unit_of_work
from marketplace.core.watermark import MIN_GAP_SECONDS
from marketplace.offers.models import Offer
from marketplace.search.indexing import apply_pending
from search_index import writer
from search_index.models import ChangeLogEntry, IndexNode, enqueue
from tests.conftest import PG_URL, make_app
from tests.search_index.conftest import titles

postgres_only = pytest.mark.skipif(
    not PG_URL, reason="out-of-order commits need PostgreSQL (SQLite has one writer at a time)"
)


def _second_node(tmp_path, app):
    """Another node: its own data directory (its own index), the same database."""
    return make_app(
        tmp_path / "node2",
        create_schema=False,
        NODE_NAME="node-2",
        SQLALCHEMY_DATABASE_URI=app.config["SQLALCHEMY_DATABASE_URI"],
    )


def _retitle_in(session: Session, offer_id: int, title: str) -> None:
    """Change an offer and log it in ``session``'s own open transaction."""
    session.execute(update(Offer).where(Offer.id == offer_id).values(title=title))
    enqueue(session, "offer", [offer_id])
    session.flush()


@postgres_only
def test_a_change_committed_after_a_later_one_is_not_skipped(app, offer_factory, search, sync):
    first = offer_factory(title="Walnut kernels light halves", hs_code="080232")
    second = offer_factory(title="Almond kernels blanched", hs_code="080212")
    sync()
    slow, quick = Session(db.engine), Session(db.engine)
    try:
        _retitle_in(slow, first.id, "Zorbexine hazelnut kernels")  # takes the lower log id...
        _retitle_in(quick, second.id, "Quillamo cashew kernels")
        quick.commit()  # ...but commits after the higher one
        assert titles(search(q="quillamo")) == ["Quillamo cashew kernels"]
        assert search(q="zorbexine")["total"] == 0  # not committed: nothing to see yet
        mark = writer.position(app.config["SEARCH_INDEX_DIR"])
        assert mark.gaps, "the uncommitted id is remembered as a gap"
        slow.commit()
        assert titles(search(q="zorbexine")) == ["Zorbexine hazelnut kernels"]
        assert not writer.position(app.config["SEARCH_INDEX_DIR"]).gaps
    finally:
        slow.close()
        quick.close()


@postgres_only
def test_a_rolled_back_id_is_given_up_once_the_database_shows_it_ended(app, offer_factory, sync):
    offer = offer_factory(title="Dried figs", hs_code="080420")
    other = offer_factory(title="Dried apricots", hs_code="081310")
    sync()
    failed, later = Session(db.engine), Session(db.engine)
    try:
        _retitle_in(failed, offer.id, "Never seen figs")
        _retitle_in(later, other.id, "Dried apricots natural")  # another row: no lock to wait on
        later.commit()
        sync()
        assert writer.position(app.config["SEARCH_INDEX_DIR"]).gaps
        failed.rollback()
        time.sleep(MIN_GAP_SECONDS + 0.2)
        sync()
        mark = writer.position(app.config["SEARCH_INDEX_DIR"])
        assert not mark.gaps and mark.safe == mark.high
    finally:
        failed.close()
        later.close()


def test_two_nodes_follow_the_same_log_and_neither_consumes_it(tmp_path, app, offer_factory):
    other = _second_node(tmp_path, app)
    offer_factory(title="Sesame seeds hulled", hs_code="120740")
    for node in (app, other):
        with node.app_context(), unit_of_work():
            apply_pending(node.config["SEARCH_INDEX_DIR"])
    for node in (app, other):
        answer = node.test_client().get("/api/v1/offers?q=sesame").get_json()
        assert titles(answer) == ["Sesame seeds hulled"], node.config["NODE_NAME"]
    assert db.session.scalar(select(func.count()).select_from(ChangeLogEntry)) > 0
    reported = dict(db.session.execute(select(IndexNode.name, IndexNode.safe)).all())
    newest = db.session.scalar(select(func.max(ChangeLogEntry.id)))
    assert reported == {app.config["NODE_NAME"]: newest, "node-2": newest}


def test_pruning_waits_for_the_slowest_node_and_a_node_left_behind_rebuilds(
    tmp_path, app, offer_factory, sync
):
    from datetime import timedelta

    other = _second_node(tmp_path, app)
    offer_factory(title="Chickpeas kabuli 12 mm", hs_code="071320")
    with other.app_context(), unit_of_work():
        apply_pending(other.config["SEARCH_INDEX_DIR"])  # node 2 has read the first change
    offer_factory(title="Red lentils split", hs_code="071340")
    sync()  # node 1 has read both
    with unit_of_work():
        writer.prune(timedelta(days=7))
    left = db.session.scalars(select(ChangeLogEntry.entity_id)).all()
    assert left, "node 2 has not read the second change: it stays"
    # Past the retention period, node 2 no longer holds rows back...
    with unit_of_work():
        writer.prune(timedelta(seconds=0))
    assert db.session.scalar(select(func.count()).select_from(ChangeLogEntry)) == 0
    # ...and finds, when it looks again, that it must rebuild: it misses nothing.
    with other.app_context(), unit_of_work():
        apply_pending(other.config["SEARCH_INDEX_DIR"])
    answer = other.test_client().get("/api/v1/offers?q=lentils").get_json()
    assert titles(answer) == ["Red lentils split"]
