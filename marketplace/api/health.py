"""The cluster's health as JSON, for operators' API tokens (monitoring)."""

from __future__ import annotations

from flask import g, jsonify

from marketplace import cluster
from marketplace.api import bp as api_bp
from marketplace.api.auth import api_error, token_required


@api_bp.get("/health")
@token_required
def api_health():
    """``{"log_position", "pruned_through", "nodes", "processes", "jobs", "queues"}``."""
    if not g.api_user.is_operator:
        return api_error(403, "The cluster's health is for operators.")
    return jsonify(cluster.status().as_json())
