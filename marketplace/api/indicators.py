"""The indicators as JSON, for operators' API tokens."""

from __future__ import annotations

from flask import g, jsonify, request

from marketplace.api import bp as api_bp
from marketplace.api.auth import api_error, token_required
from marketplace.indicators.figures import TABLES
from marketplace.indicators.params import parse_filters


@api_bp.get("/indicators")
@token_required
def api_indicator_list():
    """The indicators available, by id."""
    if not g.api_user.is_operator:
        return api_error(403, "Indicators are for operators.")
    return jsonify(sorted(TABLES))


@api_bp.get("/indicators/<table_id>")
@token_required
def api_indicator(table_id: str):
    """One indicator as JSON: ``{"id", "title", "from", "to", "columns", "rows"}``."""
    if not g.api_user.is_operator:
        return api_error(403, "Indicators are for operators.")
    build = TABLES.get(table_id)
    if build is None:
        return api_error(404, "No such indicator; GET /api/v1/indicators lists them.")
    filters, problems = parse_filters(request.args)
    if problems:
        return jsonify(error="validation", fields=problems), 422
    table = build(filters)
    return jsonify(
        id=table.id,
        title=table.title,
        **{"from": filters.start.isoformat()},
        to=filters.end.isoformat(),
        granularity=filters.granularity,
        columns=table.columns,
        rows=table.rows,
    )
