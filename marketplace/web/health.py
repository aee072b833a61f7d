"""``/healthz`` (can this node serve? for load balancers) and the operators' cluster page."""

from __future__ import annotations

import logging

from flask import Blueprint, jsonify, render_template
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from marketplace import cluster
from marketplace.core.db import db
from marketplace.web.handling import role_required
from search_index.engine import engine

log = logging.getLogger(__name__)
bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """200 when the database answers (searches then work, from the index or the
    database fallback); 503 when it does not. The index's state is reported, not
    required: a node whose index is being rebuilt still serves."""
    try:
        db.session.execute(text("SELECT 1"))
        database = "ok"
    except SQLAlchemyError:
        log.warning("health check: the database does not answer", exc_info=True)
        db.session.rollback()
        database = "unavailable"
    index = "ok" if engine().readable() else "unavailable (searches use the database)"
    status = 200 if database == "ok" else 503
    answer = {"status": "ok" if status == 200 else "unavailable", "database": database}
    return jsonify(answer | {"index": index}), status


@bp.get("/operator/health")
@role_required("operator")
def cluster_page():
    """Every node's index position and lag, every process's heartbeat, jobs and queues."""
    return render_template("operator/health.html", status=cluster.status())
