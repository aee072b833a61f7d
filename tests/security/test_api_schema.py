"""Schemathesis against /api/v1/openapi.json: no 5xx, and every answer matches the document.

The app and its database are built by a module fixture when the test runs, not at import:
``schemathesis.pytest.from_fixture`` loads the schema from that fixture, and then runs every
operation of the document (examples, coverage and fuzzing phases, as ``@schema.parametrize()``
does on an eager schema) as a pytest subtest of the one test below.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from marketplace.accounts.services import create_token, register_member
from marketplace.core.db import db
from marketplace.offers.services import create_offer
from tests.conftest import PASSWORD, make_app


@pytest.fixture(scope="module")
def api_app(tmp_path_factory):
    data = tmp_path_factory.mktemp("schemathesis")
    # Its own SQLite database, so the PostgreSQL leg's per-test truncation leaves it alone.
    # One database for the whole module, shared by every operation and example.
    app = make_app(data, SERVER_NAME=None, SQLALCHEMY_DATABASE_URI=f"sqlite:///{data}/api.db")
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture(scope="module")
def api_token(api_app):
    """A bearer token for an exporter who has three offers."""
    with api_app.app_context():
        member = register_member(
            {"email": "api@example.com", "password": PASSWORD, "role": "exporter"},
            {"name": "API Co", "country": "KR", "business_type": "manufacturer"},
            confirmed=True,
        )
        for n in range(3):
            create_offer(
                member,
                {"type": "sell", "title": f"Stainless steel pipes lot {n}", "hs_code": "730640"},
            )
        _, token = create_token(member)
        db.session.commit()
        db.session.remove()
    return token


@pytest.fixture(scope="module")
def api_schema(api_app):
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", api_app)


@pytest.fixture(autouse=True)
def _schemathesis_node_id(request):
    # schemathesis 4.32.5's lazy runner reads and rewrites ``request.node._nodeid``, which
    # pytest 9 no longer has (``nodeid`` is now derived from ``_id``): without this the test
    # stops with "'Function' object has no attribute '_nodeid'". The attribute is only
    # schemathesis' own; pytest reports each operation through its subtests either way.
    if not hasattr(request.node, "_nodeid"):
        request.node._nodeid = request.node.nodeid


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_matches_its_document(case, api_token):
    # Every other check applies. Not "positive data acceptance": an answer the
    # document allows can still break a business rule (an HS code that does not
    # exist, a date in the past, a withdrawn offer), and then 422 with a message
    # per field is the documented, right answer.
    case.call_and_validate(
        headers={"Authorization": f"Bearer {api_token}"}, excluded_checks=[positive_data_acceptance]
    )
