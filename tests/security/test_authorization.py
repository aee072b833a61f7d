"""The authorization table: for every page and action, what each kind of visitor gets.

Roles: ``anon`` (not logged in), ``member`` (another company's member),
``owner`` (the member whose company owns the offer, company and inquiry),
``operator``. ``login`` means a redirect to the log-in page; ``ok`` any 2xx or
a redirect elsewhere (a successful form post).
"""

import pytest
from sqlalchemy import select

from marketplace.accounts.services import create_token
from marketplace.conversations import alerts, inquiries
from marketplace.conversations.models import Match
from marketplace.core.db import db
from marketplace.offers.services import create_offer
from tests.conftest import PASSWORD

G, P = "GET", "POST"
#   method, path, anon, member, owner, operator
TABLE = [
    (G, "/", "ok", "ok", "ok", "ok"),
    (G, "/healthz", "ok", "ok", "ok", "ok"),  # for load balancers: no secrets in it
    (P, "/language", "ok", "ok", "ok", "ok"),
    (G, "/register", "ok", "ok", "ok", "ok"),
    (P, "/register", 422, "ok", "ok", "ok"),  # empty form: explained, nothing saved
    (G, "/login", "ok", "ok", "ok", "ok"),
    (P, "/login", 401, 401, 401, 401),  # no credentials given
    (P, "/logout", "ok", "ok", "ok", "ok"),
    (G, "/my", "login", "ok", "ok", "ok"),
    (P, "/my/tokens", "login", "ok", "ok", "ok"),
    (P, "/my/tokens/{token}/revoke", "login", 404, "ok", 404),
    (P, "/my/posting-defaults", "login", "ok", "ok", "ok"),
    (P, "/my/match-notifications", "login", "ok", "ok", "ok"),
    (G, "/my/password", "login", "ok", "ok", "ok"),
    (G, "/password/forgot", "ok", "ok", "ok", "ok"),
    (P, "/password/forgot", "ok", "ok", "ok", "ok"),  # same answer for every address
    (G, "/password/reset/not-a-key", 410, 410, 410, 410),
    (P, "/password/reset/not-a-key", 410, 410, 410, 410),
    (P, "/my/password", "login", 422, 422, 422),  # empty form: explained, nothing changed
    # Logs everyone out and sends them to the log-in page, members included.
    (P, "/my/sessions/end-all", "login", "login", "login", "login"),
    (G, "/companies", "ok", "ok", "ok", "ok"),
    (G, "/companies/{company}", "ok", "ok", "ok", "ok"),
    (G, "/companies/{company}/catalogue.pdf", "ok", "ok", "ok", "ok"),  # a public brochure
    (G, "/my/company", "login", "ok", "ok", 403),
    (P, "/my/company", "login", "ok", "ok", 403),
    (G, "/my/verification", "login", "ok", "ok", 403),
    (P, "/my/verification/registration", "login", 422, 422, 403),  # empty: explained
    (P, "/my/verification/certificate", "login", 422, 422, 403),
    (P, "/my/payee", "login", 422, 422, 403),
    (G, "/evidence/999999/document", "login", 404, 404, 404),
    (G, "/report/offer/{offer}", "login", "ok", "ok", 403),
    (P, "/report/offer/{offer}", "login", 422, 422, 403),  # empty (the owner: own offer)
    (G, "/report/company/{company}", "login", "ok", "ok", 403),
    (G, "/report/planet/1", "login", 404, 404, 403),
    (G, "/my/reports", "login", "ok", "ok", 403),
    (G, "/operator/verification", "login", 403, 403, "ok"),
    (P, "/operator/verification/999999", "login", 403, 403, 404),
    (P, "/operator/payee/999999", "login", 403, 403, 404),
    (G, "/operator/companies/{company}/verification", "login", 403, 403, "ok"),
    (P, "/operator/companies/{company}/verification", "login", 403, 403, 422),  # empty note
    (G, "/operator/reports", "login", 403, 403, "ok"),
    (P, "/operator/reports/999999", "login", 403, 403, 404),
    (P, "/operator/payee-warnings/999999", "login", 403, 403, 404),
    (G, "/confirm/not-a-token", "login", "ok", "ok", "ok"),  # explained, sent on
    (P, "/confirm/resend", "login", "ok", "ok", "ok"),
    (G, "/categories/minerals", "ok", "ok", "ok", "ok"),
    (G, "/offers/{offer}", "ok", "ok", "ok", "ok"),
    (G, "/offers/new", "login", "ok", "ok", 403),
    (P, "/offers/new", "login", "ok", "ok", 403),
    (G, "/offers/{offer}/edit", "login", 403, "ok", 403),
    (P, "/offers/{offer}/edit", "login", 403, "ok", 403),
    (P, "/offers/{offer}/withdraw", "login", 403, "ok", 403),
    (P, "/offers/{offer}/renew", "login", 403, "ok", 403),
    (P, "/offers/{offer}/hide", "login", 403, 403, "ok"),
    (P, "/postings/999999/retry", "login", 404, 404, 404),
    (G, "/photos/missing.png", 404, 404, 404, 404),
    (G, "/my/kept-photos/not-a-token", "login", 404, 404, 404),  # theirs only
    (G, "/kept-form", "ok", "ok", "ok", "ok"),  # nothing waiting: back to the home page
    (G, "/operator/mail", "login", 403, 403, 404),  # a demo portal only
    (P, "/kept-form/discard", "ok", "ok", "ok", "ok"),
    (G, "/search?q=steel", "ok", "ok", "ok", "ok"),
    (G, "/hs/suggest?title=steel+pipes", "ok", "ok", "ok", "ok"),
    (G, "/metasearch?q=steel", "ok", "ok", "ok", "ok"),
    (G, "/feeds/offers.rss", "ok", "ok", "ok", "ok"),
    (G, "/feeds/offers.atom", "ok", "ok", "ok", "ok"),
    (G, "/opensearch.xml", "ok", "ok", "ok", "ok"),
    (G, "/operator/partners", "login", 403, 403, "ok"),
    (G, "/operator/health", "login", 403, 403, "ok"),
    (P, "/operator/partners/nowhere/suspend", "login", 403, 403, 404),
    (G, "/operator/indicators", "login", 403, 403, "ok"),
    (G, "/operator/indicators/activity.csv", "login", 403, 403, "ok"),
    (P, "/offers/{offer}/inquiries", "login", "ok", "ok", 403),
    (G, "/inbox", "login", "ok", "ok", "ok"),
    (G, "/inbox/{inquiry}", "login", 403, "ok", 403),
    (P, "/inbox/{inquiry}", "login", 403, "ok", 403),
    (P, "/inbox/{inquiry}/spam", "login", 403, "ok", 403),
    (G, "/operator/spam", "login", 403, 403, "ok"),
    (P, "/operator/spam/{inquiry}", "login", 403, 403, 403),
    (P, "/matches/{match}/dismiss", "login", 403, "ok", 403),
    (P, "/alerts", "login", "ok", "ok", "ok"),
    (P, "/alerts/{alert}", "login", 403, 403, 403),
    (G, "/notifications", "login", "ok", "ok", "ok"),
    (P, "/notifications/read", "login", "ok", "ok", "ok"),
    # {offer} is a sell offer: it takes no quotations (the form says so, 422 when sent).
    (G, "/offers/{offer}/quotation", "login", "ok", "ok", 403),
    (P, "/offers/{offer}/quotation", "login", 422, 422, 403),
    (G, "/offers/{offer}/quotations", "login", 404, 404, 404),
    (G, "/offers/{wanted}/quotations", "login", 403, 403, 403),
    (P, "/offers/{offer}/close-request", "login", 404, 404, 404),
    (P, "/offers/{wanted}/close-request", "login", 403, 403, 403),
    (P, "/quotations/999999/accept", "login", 404, 404, 404),
    (G, "/quotations/attachments/999999", "login", 404, 404, 404),
    (G, "/operator/exchange-rates", "login", 403, 403, "ok"),
    (G, "/operator", "login", 403, 403, "ok"),
    (G, "/operator/hidden-offers", "login", 403, 403, "ok"),
    (P, "/operator/exchange-rates", "login", 403, 403, 422),  # empty: explained
    (P, "/inbox/{inquiry}/consultations", "login", 403, 422, 403),  # no times: explained
    (P, "/consultations/999999/accept", "login", 404, 404, 404),
    (P, "/consultations/999999/decline", "login", 404, 404, 404),
    (P, "/consultations/999999/cancel", "login", 404, 404, 404),
    (P, "/consultations/999999/invite", "login", 404, 404, 404),
    (P, "/consultations/999999/end", "login", 404, 404, 404),
    (G, "/consultations/999999/invite.ics", "login", 404, 404, 404),
    (G, "/consultations/999999/record", "login", 404, 404, 404),
    (G, "/consultations/guest/not-a-token", 404, 404, 404, 404),
    (G, "/consultations/999999/room", 404, 404, 404, 404),
    (P, "/consultations/999999/room/join", 404, 404, 404, 404),
    (G, "/consultations/999999/room/poll", 404, 404, 404, 404),
    (P, "/consultations/999999/room/signal", 404, 404, 404, 404),
    (P, "/consultations/999999/room/chat", 404, 404, 404, 404),
    (P, "/consultations/999999/room/notes", 404, 404, 404, 404),
    (P, "/consultations/999999/room/leave", 404, 404, 404, 404),
    (G, "/offers/{offer}/consultation", "login", "ok", "ok", 403),
    (P, "/offers/{offer}/consultation", "login", 422, 422, 403),  # empty: explained
]
ROLES = ("anon", "member", "owner", "operator")


@pytest.fixture
def world(app, member_factory, operator):
    owner = member_factory("exporter", email="owner@example.com", name="Owner Steel")
    member = member_factory(
        "buyer", email="member@example.com", name="Other Buyer", business_type="buyer"
    )
    sender = member_factory(
        "buyer", email="sender@example.com", name="Sender Co", business_type="buyer"
    )
    offer = create_offer(
        owner, {"type": "sell", "title": "Stainless steel welded pipes", "hs_code": "730640"}
    )
    wanted = create_offer(
        sender, {"type": "buy", "title": "Stainless pipes wanted", "hs_code": "730640"}
    )
    db.session.flush()
    inquiry = inquiries.send(sender, offer, {"body": "Please send your best price for 20 t."})
    db.session.add(Match(buy_offer_id=wanted.id, sell_offer_id=offer.id, score=80, reason="x"))
    alert = alerts.save(sender, {"q": "pipes"})
    token, _ = create_token(owner)
    db.session.commit()
    match = db.session.scalar(select(Match))
    return {
        "users": {"member": member, "owner": owner, "operator": operator},
        "ids": {
            "offer": offer.id,
            "wanted": wanted.id,
            "company": owner.company_id,
            "inquiry": inquiry.id,
            "match": match.id,
            "alert": alert.id,
            "token": token.id,
        },
    }


def _form_for(path: str) -> dict:
    if path.endswith("/edit") or path == "/offers/new":
        return {"type": "sell", "title": "Stainless steel welded pipes 2", "hs_code": "730640"}
    if path.endswith("/inquiries"):
        return {"body": "We would like a quotation, please."}
    if path.startswith("/inbox/") and not path.endswith("/spam"):
        return {"body": "Thank you, here is our quotation."}
    if path == "/my/company":
        return {"name": "Owner Steel", "country": "KR", "business_type": "manufacturer"}
    if path == "/language":
        return {"locale": "ko"}
    return {}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("entry", TABLE, ids=[f"{m} {p}" for m, p, *_ in TABLE])
def test_authorization_table(app, world, role, entry):
    method, path, *expected = entry
    client = app.test_client()
    if role != "anon":
        login = client.post(
            "/login", data={"email": world["users"][role].email, "password": PASSWORD}
        )
        assert login.status_code == 302
    url = path.format(**world["ids"])
    response = client.get(url) if method == G else client.post(url, data=_form_for(path))
    want = expected[ROLES.index(role)]
    if want == "login":
        assert response.status_code == 302 and "/login" in response.headers["Location"]
    elif want == "ok":
        assert response.status_code < 400, (
            response.status_code,
            response.get_data(as_text=True)[:300],
        )
        if response.status_code == 302:
            assert "/login" not in response.headers["Location"]
    else:
        assert response.status_code == want


def test_every_route_is_in_the_table(app):
    covered = {(m, p.split("?")[0]) for m, p, *_ in TABLE}
    normalised = set()
    for m, p in covered:
        for name in ("offer", "wanted", "company", "inquiry", "match", "alert", "token"):
            p = p.replace("{" + name + "}", "<int>")
        normalised.add((m, p))
    missing = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static" or rule.rule.startswith("/api/"):
            continue
        path = rule.rule
        for converter in (
            "<int:offer_id>",
            "<int:company_id>",
            "<int:inquiry_id>",
            "<int:match_id>",
            "<int:alert_id>",
            "<int:token_id>",
            "<int:posting_id>",
            "<int:evidence_id>",
            "<int:account_id>",
            "<int:report_id>",
            "<int:warning_id>",
            "<int:target_id>",
            "<int:quotation_id>",
            "<int:attachment_id>",
            "<int:consultation_id>",
        ):
            path = path.replace(converter, "<int>")
        path = path.replace("<kind>", "offer").replace("<action>", "accept")
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            known = {
                (
                    m,
                    p.replace("999999", "<int>")
                    .replace("missing.png", "<path:filename>")
                    .replace("nowhere", "<name>")
                    .replace("minerals", "<slug>")
                    .replace("activity.csv", "<table_id>.csv")
                    .replace("not-a-key", "<key>")
                    .replace("not-a-token", "<token>"),
                )
                for m, p in normalised
            }
            if (method, path) not in known:
                missing.append(f"{method} {rule.rule}")
    assert missing == []
