"""``/api/v1/categories``: the category tree with HS chapters and live offer counts."""

from flask import jsonify

from marketplace.api import bp
from marketplace.api.serializers import category_json
from marketplace.catalog.categories import CATEGORIES
from marketplace.offers.services import category_counts


@bp.get("/categories")
def list_categories():
    """Every category, in display order."""
    counts = category_counts()
    return jsonify([category_json(c, counts.get(c.slug, 0)) for c in CATEGORIES])
