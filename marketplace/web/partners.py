"""The meta-search page and the operators' partner page."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from marketplace.catalog import categories
from marketplace.core.db import utcnow
from marketplace.partners import health, registry
from marketplace.partners.service import clear_cache, meta_query, metasearch
from marketplace.web.handling import role_required
from search_index.highlight import mark

bp = Blueprint("partners", __name__)


@bp.get("/metasearch")
def results():
    """One search across this portal and every affiliated site."""
    query = meta_query(request.args)
    if request.args.get("scope") == "local":
        return redirect(
            url_for(
                "search.results",
                q=query.q or None,
                type=query.only("type"),
                category=query.only("category"),
            )
        )
    answer = (
        metasearch(query, current_user)
        if (query.q or query.only("type") or query.only("category"))
        else None
    )
    return render_template(
        "partners/metasearch.html",
        query=query,
        answer=answer,
        mark=mark,
        categories=categories.CATEGORIES,
    )


def _purposes(partner) -> list[str]:
    return (
        (["search"] if partner.search else [])
        + (["post"] if partner.post else [])
        + (["lead"] if partner.kind in ("portal", "webhook") else [])
    )


@bp.get("/operator/partners")
@role_required("operator")
def operator_page():
    """Each partner's state, response times and error rate per purpose; suspend or resume."""
    configured = registry.partners()
    rows = []
    for purpose in health.PURPOSES:
        states = health.states([p.name for p in configured], purpose)
        rows += [
            (p, purpose, states[p.name], health.health(p.name, purpose))
            for p in configured
            if purpose in _purposes(p)
        ]
    rows.sort(key=lambda row: (configured.index(row[0]), health.PURPOSES.index(row[1])))
    return render_template("partners/operator.html", partners=configured, rows=rows, now=utcnow())


@bp.post("/operator/partners/<name>/suspend")
@role_required("operator")
def set_suspended(name: str):
    """Suspend (``suspended=1``) or resume (``suspended=0``) a partner by hand."""
    if registry.get(name) is None:
        abort(404)
    suspended = request.form.get("suspended", "1") != "0"
    health.set_manual(name, suspended)
    clear_cache()
    flash(
        _("%(name)s is paused.", name=name)
        if suspended
        else _("%(name)s is searched again.", name=name),
        "success",
    )
    return redirect(url_for("partners.operator_page"))
