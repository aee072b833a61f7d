"""Schemathesis against /api/v1/openapi.json: no 5xx, and every answer matches the document."""

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from marketplace.accounts.services import create_token, register_member
from marketplace.core.db import db
from marketplace.offers.services import create_offer
from tests.conftest import PASSWORD, make_app

_DATA = Path(tempfile.mkdtemp(prefix="tradewind-schemathesis-"))
# Its own SQLite database, so the PostgreSQL leg's per-test truncation leaves it alone.
APP = make_app(_DATA, SERVER_NAME=None, SQLALCHEMY_DATABASE_URI=f"sqlite:///{_DATA}/api.db")
with APP.app_context():
    _member = register_member(
        {"email": "api@example.com", "password": PASSWORD, "role": "exporter"},
        {"name": "API Co", "country": "KR", "business_type": "manufacturer"},
    )
    for n in range(3):
        create_offer(
            _member,
            {"type": "sell", "title": f"Stainless steel pipes lot {n}", "hs_code": "730640"},
        )
    _, TOKEN = create_token(_member)
    db.session.commit()
    db.session.remove()

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_matches_its_document(case):
    # Every other check applies. Not "positive data acceptance": an answer the
    # document allows can still break a business rule (an HS code that does not
    # exist, a date in the past, a withdrawn offer), and then 422 with a message
    # per field is the documented, right answer.
    case.call_and_validate(
        headers={"Authorization": f"Bearer {TOKEN}"}, excluded_checks=[positive_data_acceptance]
    )
