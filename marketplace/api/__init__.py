"""The JSON HTTP API under /api/v1 (see ``openapi.py`` for the document)."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

# Importing the modules registers their routes on bp.
from marketplace.api import (  # noqa: F401
    categories,
    health,
    indicators,
    inquiries,
    metasearch,
    offers,
    openapi,
    quotations,
)
