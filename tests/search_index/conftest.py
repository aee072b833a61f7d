"""Fixtures for search tests: a real index in the test's data directory, of each engine.

Every test here runs once per engine (Whoosh, tantivy): the same contract holds
for both, so neither can drift from the other.
"""

import pytest

from marketplace.core.db import db
from search_index.backends import NAMES
from tests.conftest import make_app


@pytest.fixture(params=NAMES)
def app(request, tmp_path):
    app = make_app(tmp_path, SEARCH_ENGINE=request.param)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def search(client, sync):
    """Search through the public API after syncing; returns the JSON answer."""

    def run(**params):
        sync()
        response = client.get("/api/v1/offers", query_string=params)
        assert response.status_code == 200, response.get_data(as_text=True)
        return response.get_json()

    return run


def titles(answer) -> list[str]:
    return [r["title"] for r in answer["results"]]
