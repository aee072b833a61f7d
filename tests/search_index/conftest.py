"""Fixtures for search tests: a real Whoosh index in the test's data directory."""
import pytest

from search_index.engine import engine
from search_index.writer import apply_pending


@pytest.fixture
def sync(app):
    """Run the index writer until the queue is empty, as the worker would."""

    def run():
        # Its own app context, hence its own database session, like the worker thread.
        with app.app_context():
            while apply_pending(app.config["SEARCH_INDEX_DIR"]):
                pass

    yield run
    engine().close()


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
