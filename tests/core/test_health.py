"""/healthz tells a load balancer whether this node can serve."""

from tests.conftest import make_app


def test_a_serving_node_answers_200_and_says_how_search_is_done(client, sync):
    answer = client.get("/healthz")
    assert answer.status_code == 200
    assert answer.get_json()["database"] == "ok"
    assert answer.get_json()["index"].startswith("unavailable")  # not built yet: fallback
    sync()
    assert client.get("/healthz").get_json() == {"status": "ok", "database": "ok", "index": "ok"}


def test_a_node_without_its_database_answers_503(tmp_path):
    app = make_app(
        tmp_path,
        create_schema=False,
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/missing/dir/db.sqlite",
    )
    answer = app.test_client().get("/healthz")
    assert answer.status_code == 503
    assert answer.get_json()["status"] == "unavailable"


def test_pages_and_the_api_say_the_database_is_unreachable_with_503(tmp_path):
    app = make_app(
        tmp_path,
        create_schema=False,
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/missing/dir/db.sqlite",
    )
    client = app.test_client()
    page = client.get("/")
    assert page.status_code == 503 and page.headers["Retry-After"] == "30"
    assert "cannot reach its database" in page.get_data(as_text=True)
    api = client.get("/api/v1/offers?q=steel")
    assert api.status_code == 503 and "database" in api.get_json()["error"]
