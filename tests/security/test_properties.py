"""Property tests: validators take anything a form or JSON body can carry, and never crash."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marketplace.companies.validation import COMPANY_FIELDS, parse_company
from marketplace.core.errors import InvalidInput
from marketplace.offers.validation import OFFER_FIELDS, parse_offer
from tests.conftest import empty_tables

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=300),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=8,
)
FIELD_NAMES = st.sampled_from(list(OFFER_FIELDS) + ["price", "id", "status", ""])


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.dictionaries(FIELD_NAMES, JSON_VALUES, max_size=10))
def test_offer_validation_accepts_or_explains(app, raw):
    with app.test_request_context():
        try:
            clean = parse_offer(raw, today=date(2026, 11, 27))
        except InvalidInput as exc:
            assert exc.fields and all(str(m) for m in exc.fields.values())
        else:
            assert set(clean) <= set(OFFER_FIELDS)
            assert clean.get("type") in ("buy", "sell") and clean.get("category")


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.dictionaries(st.sampled_from(list(COMPANY_FIELDS)), JSON_VALUES, max_size=9))
def test_company_validation_accepts_or_explains(app, raw):
    with app.test_request_context():
        try:
            parse_company(raw)
        except InvalidInput as exc:
            assert exc.fields


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.dictionaries(
        st.sampled_from(list(OFFER_FIELDS) + ["negotiable", "photos"]),
        st.text(max_size=200),
        max_size=8,
    )
)
def test_posting_form_never_fails_with_500(app, client, member_factory, form):
    empty_tables()  # no example sees what an earlier one posted
    user = member_factory()
    client.post("/login", data={"email": user.email, "password": "correct horse battery"})
    response = client.post("/offers/new", data=form)
    has_nul = any("\x00" in value for value in form.values())
    assert response.status_code in ((400,) if has_nul else (302, 422))
