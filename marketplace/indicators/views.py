"""The operators' dashboard, its CSV downloads, and the JSON API for operators' tokens."""

from __future__ import annotations

import csv
import io

from flask import Blueprint, abort, g, jsonify, make_response, render_template, request

from marketplace.api import bp as api_bp
from marketplace.api.auth import api_error, token_required
from marketplace.catalog import categories
from marketplace.core.web import role_required
from marketplace.indicators.figures import GRANULARITIES, TABLES
from marketplace.indicators.params import parse_filters

bp = Blueprint("indicators", __name__)


@bp.get("/operator/indicators")
@role_required("operator")
def dashboard():
    """Every indicator as a chart with its table, for the chosen range and filters."""
    filters, problems = parse_filters(request.args)
    tables = [build(filters) for build in TABLES.values()]
    return render_template(
        "indicators/dashboard.html",
        tables=tables,
        filters=filters,
        problems=problems,
        granularities=GRANULARITIES,
        categories=categories.CATEGORIES,
        query=request.args.to_dict(),
    )


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A CSV cell a spreadsheet shows as text: never a formula (searches are visitors' text).

    A cell starting with = + - @ tab or carriage return is prefixed with an
    apostrophe, as OWASP advises against CSV injection; numbers stay numbers.
    """
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


@bp.get("/operator/indicators/<table_id>.csv")
@role_required("operator")
def download(table_id: str):
    """One indicator's table as CSV (UTF-8 with BOM, so spreadsheets read Korean text)."""
    build = TABLES.get(table_id)
    if build is None:
        abort(404)
    filters, _problems = parse_filters(request.args)
    table = build(filters)
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([spreadsheet_safe(c) for c in table.columns])
    writer.writerows([spreadsheet_safe(v) for v in row] for row in table.rows)
    response = make_response(buffer.getvalue())
    response.mimetype = "text/csv"
    response.headers["Content-Disposition"] = (
        f'attachment; filename="tradewind-{table_id}-{filters.start}-{filters.end}.csv"'
    )
    return response


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
