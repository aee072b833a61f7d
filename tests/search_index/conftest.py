"""Fixtures for search tests: a real Whoosh index in the test's data directory."""

import pytest


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
