"""Who may do what to an offer: anonymous, another member, the owner, an operator."""

import pytest

from marketplace.core.db import db
from tests.conftest import PASSWORD

EDIT = {"type": "sell", "title": "Changed by someone", "hs_code": "730640"}


@pytest.fixture
def offer(offer_factory, member_factory):
    return offer_factory(member_factory("exporter", email="owner@example.com"))


@pytest.mark.parametrize(
    "method, path, data",
    [
        ("get", "/offers/{id}/edit", None),
        ("post", "/offers/{id}/edit", EDIT),
        ("post", "/offers/{id}/withdraw", {}),
        ("post", "/offers/{id}/renew", {}),
        ("post", "/offers/{id}/hide", {}),
        ("get", "/offers/new", None),
        ("get", "/my", None),
        ("get", "/my/company", None),
    ],
)
def test_anonymous_is_sent_to_login(client, offer, method, path, data):
    response = getattr(client, method)(path.format(id=offer.id), data=data)
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize(
    "method, path, data",
    [
        ("get", "/offers/{id}/edit", None),
        ("post", "/offers/{id}/edit", EDIT),
        ("post", "/offers/{id}/withdraw", {}),
        ("post", "/offers/{id}/renew", {}),
        ("post", "/offers/{id}/hide", {}),
    ],
)
def test_other_member_gets_403_and_changes_nothing(
    client, auth, offer, member_factory, method, path, data
):
    stranger = member_factory("exporter")
    auth.login(stranger.email)
    response = getattr(client, method)(path.format(id=offer.id), data=data)
    assert response.status_code == 403
    db.session.refresh(offer)
    assert offer.title == "Stainless steel welded pipes" and offer.status == "active"


def test_operator_hides_and_unhides(client, auth, offer, operator):
    auth.login(operator.email)
    client.post(f"/offers/{offer.id}/hide")  # no reason: refused, the owner must be told why
    db.session.refresh(offer)
    assert offer.status == "active"
    client.post(f"/offers/{offer.id}/hide", data={"reason": "other"})  # "other" needs a note
    db.session.refresh(offer)
    assert offer.status == "active"
    client.post(
        f"/offers/{offer.id}/hide",
        data={"reason": "counterfeit", "note": "Photos copied from another brand"},
    )
    db.session.refresh(offer)
    assert offer.status == "hidden"
    auth.logout()
    assert client.get(f"/offers/{offer.id}").status_code == 404
    assert "Stainless" not in client.get("/categories/minerals").get_data(as_text=True)
    # the owner still sees it, marked, and cannot edit it
    auth.login("owner@example.com", PASSWORD)
    page = client.get(f"/offers/{offer.id}").get_data(as_text=True)
    assert "Hidden by an operator" in page
    assert "Photos copied from another brand" in page  # why, on the page...
    owner_notes = client.get("/notifications").get_data(as_text=True)
    assert "Photos copied from another brand" in owner_notes  # ...and in a notification
    assert "Suspected counterfeit or infringing goods" in owner_notes  # the reason chosen
    client.post("/language", data={"locale": "ko"})
    assert "위조" in client.get("/notifications").get_data(as_text=True)  # in the reader's language
    client.post("/language", data={"locale": "en"})
    assert client.post(f"/offers/{offer.id}/edit", data=EDIT).status_code == 422
    auth.logout()
    auth.login(operator.email)
    client.post(f"/offers/{offer.id}/hide", data={"hidden": "0"})
    db.session.refresh(offer)
    assert offer.status == "active"


def test_operator_cannot_edit_members_offer(client, auth, offer, operator):
    auth.login(operator.email)
    assert client.post(f"/offers/{offer.id}/edit", data=EDIT).status_code == 403


def test_operator_cannot_post_offers(client, auth, operator):
    auth.login(operator.email)
    assert client.get("/offers/new").status_code == 403


@pytest.mark.parametrize(
    "path",
    [
        "/offers/999999",
        "/offers/999999/edit",
        "/companies/999999",
        "/categories/no-such-category",
        "/no/such/page",
    ],
)
def test_unknown_ids_are_404_pages(client, auth, member_factory, path):
    auth.login(member_factory().email)
    response = client.get(path)
    assert response.status_code == 404
    assert "could not find" in response.get_data(as_text=True)


def test_withdrawn_offer_is_404_for_others(client, auth, offer):
    auth.login("owner@example.com", PASSWORD)
    client.post(f"/offers/{offer.id}/withdraw")
    auth.logout()
    assert client.get(f"/offers/{offer.id}").status_code == 404


def test_owner_cannot_undo_an_operators_hide(client, auth, offer, operator):
    from marketplace.accounts.services import create_token

    auth.login(operator.email)
    client.post(f"/offers/{offer.id}/hide", data={"reason": "prohibited"})
    auth.logout()
    auth.login("owner@example.com", PASSWORD)
    client.post(f"/offers/{offer.id}/withdraw")
    client.post(f"/offers/{offer.id}/renew")
    _, secret = create_token(offer.author)
    db.session.commit()
    response = client.delete(
        f"/api/v1/offers/{offer.id}", headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 422
    db.session.refresh(offer)
    assert offer.status == "hidden"
