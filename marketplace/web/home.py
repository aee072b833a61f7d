"""The home page: categories with counts and the newest offers."""

from __future__ import annotations

from flask import Blueprint, render_template

from marketplace.catalog.categories import CATEGORIES
from marketplace.offers.services import category_counts, recent_offers

bp = Blueprint("home", __name__)


@bp.get("/")
def index():
    """Landing page for every visitor."""
    return render_template(
        "home.html", categories=CATEGORIES, counts=category_counts(), offers=recent_offers(8)
    )
