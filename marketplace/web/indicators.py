"""The operators' dashboard and its CSV downloads (the JSON form is in ``api.indicators``)."""

from __future__ import annotations

import csv
import io

from flask import Blueprint, abort, make_response, render_template, request

from marketplace.catalog import categories
from marketplace.indicators.figures import GRANULARITIES, TABLES
from marketplace.indicators.params import parse_filters
from marketplace.web.handling import role_required

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
