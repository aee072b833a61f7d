"""The JSON HTTP API under /api/v1 (see ``openapi.py`` for the document)."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from marketplace.api import categories, inquiries, metasearch, offers, openapi  # noqa: F401  - routes register on bp
