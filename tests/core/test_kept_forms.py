"""A form posted after the session ended (or once its page expired) is kept and offered
back after log-in: nothing typed is lost, and no one else sees it."""

import html as html_lib
import re

from sqlalchemy import func, select

from marketplace.core.db import db
from marketplace.core.kept_forms import KeptForm
from marketplace.offers.models import Offer
from tests.conftest import PASSWORD
from tests.offers.test_posting import FORM


def resend_fields(page: str, action: str) -> dict[str, list[str]]:
    """The hidden fields of the kept page's "Send it now" form."""
    form = re.search(
        rf'<form method="post" action="{re.escape(action)}".*?</form>', page, re.DOTALL
    )
    assert form, f"no form posting to {action}"
    fields: dict[str, list[str]] = {}
    for name, value in re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', form.group(0)):
        fields.setdefault(html_lib.unescape(name), []).append(html_lib.unescape(value))
    return fields


def test_an_offer_written_while_the_session_ended_is_offered_back_after_log_in(
    client, auth, member_factory
):
    exporter = member_factory("exporter")
    auth.login(exporter.email)
    auth.logout()  # in another tab
    written = FORM | {
        "title": "Cold-rolled stainless coils 2B finish",
        "description": "Grade 304, 0.5-3 mm",
    }
    refused = client.post("/offers/new", data=written)
    assert refused.status_code == 302 and "/login" in refused.headers["Location"]
    assert "kept-form" in refused.headers["Location"]
    assert db.session.scalar(select(func.count()).select_from(Offer)) == 0

    back = client.post(
        "/login", data={"email": exporter.email, "password": PASSWORD, "next": "/kept-form"}
    )
    assert back.headers["Location"].endswith("/kept-form")
    page = client.get("/kept-form").get_data(as_text=True)
    assert "Cold-rolled stainless coils 2B finish" in page and "Grade 304, 0.5-3 mm" in page
    fields = resend_fields(page, "/offers/new")
    assert fields["payment_terms"] == ["TT", "LC"]  # every value of a multi-value field
    assert client.post("/offers/new", data=fields).status_code == 302
    assert db.session.scalar(select(Offer.title)) == "Cold-rolled stainless coils 2B finish"
    # Sent: no longer waiting.
    assert client.get("/kept-form").headers["Location"].endswith("/")
    assert db.session.scalar(select(func.count()).select_from(KeptForm)) == 0


def test_someone_else_logging_in_on_that_browser_does_not_see_it(client, auth, member_factory):
    first, second = member_factory("exporter"), member_factory("exporter")
    auth.login(first.email)
    auth.logout()
    client.post("/offers/new", data=FORM | {"description": "Our confidential price list"})
    auth.login(second.email)
    answer = client.get("/kept-form", follow_redirects=True).get_data(as_text=True)
    assert "Our confidential price list" not in answer and "Nothing is waiting" in answer


def test_passwords_are_never_kept(client, auth, member_factory):
    member = member_factory("exporter")
    auth.login(member.email)
    auth.logout()
    client.post(
        "/my/password", data={"current_password": PASSWORD, "new_password": "a new secret 123"}
    )
    assert db.session.scalar(select(func.count()).select_from(KeptForm)) == 0


def test_a_message_in_an_expired_form_is_kept(app, client, auth, member_factory, offer_factory):
    buyer = member_factory("buyer")
    offer = offer_factory()
    auth.login(buyer.email)
    app.config["WTF_CSRF_ENABLED"] = True
    message = "We need 40 t of TP304 pipes, 2 inch, for delivery to Hamburg in March."
    refused = client.post(
        f"/offers/{offer.id}/inquiries", data={"csrf_token": "expired", "body": message}
    )
    assert refused.status_code == 302 and refused.headers["Location"].endswith("/kept-form")
    page = client.get("/kept-form").get_data(as_text=True)
    assert message in page and "This form had expired" in page
    assert 'name="csrf_token" value="expired"' not in page  # a fresh token, not the dead one


def test_throwing_it_away(client, auth, member_factory):
    member = member_factory("exporter")
    auth.login(member.email)
    auth.logout()
    client.post("/offers/new", data=FORM)
    auth.login(member.email)
    assert client.post("/kept-form/discard").status_code == 302
    assert db.session.scalar(select(func.count()).select_from(KeptForm)) == 0
