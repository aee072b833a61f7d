"""Verification with evidence: what members submit, what operators decide, what pages show."""

import io
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from marketplace.core.db import db
from marketplace.trust import verification
from marketplace.trust.models import Evidence, Verification
from tests.conftest import PASSWORD
from tests.offers.test_posting import png_bytes

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _pdf(name="certificate.pdf", data=PDF):
    return (io.BytesIO(data), name)


def _evidence_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Evidence)) or 0


@pytest.fixture
def exporter(member_factory, auth):
    member = member_factory("exporter", email="kim@hanbit.example", name="Hanbit Steel")
    auth.login(member.email)
    return member


def test_a_registration_number_is_checked_against_the_countrys_format(client, exporter):
    bad = client.post("/my/verification/registration", data={"number": "12345"})
    page = bad.get_data(as_text=True)
    assert bad.status_code == 422 and "Business Registration Number" in page
    assert 'value="12345"' in page  # kept, with the message beside it
    # The right length but a mistyped last digit: the check digit catches it.
    typo = client.post("/my/verification/registration", data={"number": "134-86-72684"})
    assert typo.status_code == 422 and "missing or swapped digit" in typo.get_data(as_text=True)
    assert _evidence_count() == 0
    good = client.post(
        "/my/verification/registration",
        data={"number": "1348672683", "document": _pdf("registration.pdf")},
        content_type="multipart/form-data",
    )
    assert good.status_code == 302
    (evidence,) = db.session.scalars(select(Evidence))
    assert evidence.number == "134-86-72683" and "South Korea" in evidence.scheme
    assert evidence.document_type == "application/pdf"


def test_an_eu_vat_number_with_its_prefix_is_read_as_such(client, member_factory, auth):
    member = member_factory("buyer", country="DE", business_type="buyer")
    auth.login(member.email)
    assert (
        client.post("/my/verification/registration", data={"number": "DE136695976"}).status_code
        == 302
    )
    assert db.session.scalar(select(Evidence.number)) == "DE136695976"
    wrong = client.post("/my/verification/registration", data={"number": "DE136695978"})
    assert wrong.status_code == 422


@pytest.mark.parametrize(
    "upload, message",
    [
        (lambda: (io.BytesIO(b"#!/bin/sh\nrm -rf /\n"), "invoice.pdf"), "not a PDF"),
        (lambda: (io.BytesIO(b"MZ\x90\x00" * 100), "scan.png"), "PDF files or JPEG or PNG"),
        (
            lambda: (io.BytesIO(b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024 + 10)), "big.pdf"),
            "at most 10 MB",
        ),
    ],
)
def test_documents_that_are_not_what_they_claim_are_refused_and_the_form_kept(
    client, exporter, upload, message
):
    answer = client.post(
        "/my/verification/certificate",
        data={
            "certificate_type": "ISO 9001",
            "issuer": "TÜV SÜD",
            "certificate_number": "Q-12345",
            "valid_until": (date.today() + timedelta(days=300)).isoformat(),
            "document": upload(),
        },
        content_type="multipart/form-data",
    )
    page = answer.get_data(as_text=True)
    assert answer.status_code == 422 and message in page
    assert 'value="Q-12345"' in page and "TÜV SÜD" in page
    assert _evidence_count() == 0


def test_an_image_bomb_is_refused(client, exporter):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("1", (9000, 9000)).save(buffer, format="PNG")  # 81 Mpx in a few KB
    answer = client.post(
        "/my/verification/registration",
        data={"number": "1348672683", "document": (io.BytesIO(buffer.getvalue()), "scan.png")},
        content_type="multipart/form-data",
    )
    assert answer.status_code == 422 and "too large in pixels" in answer.get_data(as_text=True)
    assert _evidence_count() == 0


def test_an_expired_certificate_date_is_explained(client, exporter):
    answer = client.post(
        "/my/verification/certificate",
        data={
            "certificate_type": "HACCP",
            "issuer": "SGS",
            "certificate_number": "H-1",
            "valid_until": (date.today() - timedelta(days=1)).isoformat(),
            "document": _pdf(),
        },
        content_type="multipart/form-data",
    )
    assert answer.status_code == 422 and "has expired" in answer.get_data(as_text=True)
    assert _evidence_count() == 0


def test_documents_are_readable_only_by_the_company_and_operators(
    app, client, exporter, member_factory, operator
):
    client.post(
        "/my/verification/registration",
        data={"number": "1348672683", "document": (io.BytesIO(png_bytes()), "scan.png")},
        content_type="multipart/form-data",
    )
    evidence = db.session.scalar(select(Evidence))
    url = f"/evidence/{evidence.id}/document"
    own = client.get(url)
    assert own.status_code == 200 and own.mimetype == "image/png"
    assert "no-store" in own.headers["Cache-Control"]
    other = member_factory("buyer", business_type="buyer")
    stranger = app.test_client()
    stranger.post("/login", data={"email": other.email, "password": PASSWORD})
    assert stranger.get(url).status_code in (302, 404)
    ops = app.test_client()
    ops.post("/login", data={"email": operator.email, "password": PASSWORD})
    assert ops.get(url).status_code == 200
    # Never under the public photo path.
    assert app.test_client().get(f"/photos/{evidence.document_name}").status_code == 404


def _submit_both(client):
    client.post("/my/verification/registration", data={"number": "1348672683"})
    client.post(
        "/my/verification/certificate",
        data={
            "certificate_type": "ISO 9001",
            "issuer": "KSA",
            "certificate_number": "KSA-9001-77",
            "valid_until": (date.today() + timedelta(days=30)).isoformat(),
            "document": _pdf(),
        },
        content_type="multipart/form-data",
    )
    registration, certificate = db.session.scalars(select(Evidence).order_by(Evidence.id))
    return registration, certificate


def test_an_operator_approves_one_scope_and_refuses_the_other(
    app, client, auth, exporter, operator, offer_factory, sync
):
    offer = offer_factory(author=exporter, title="Seamless stainless tubes")
    registration, certificate = _submit_both(client)
    auth.logout()
    auth.login(operator.email)
    queue = client.get("/operator/verification").get_data(as_text=True)
    assert "134-86-72683" in queue and "KSA-9001-77" in queue
    assert (
        client.post(
            f"/operator/verification/{registration.id}", data={"decision": "approve"}
        ).status_code
        == 302
    )
    short = client.post(
        f"/operator/verification/{certificate.id}", data={"decision": "refuse", "reason": "Bad"}
    )
    # Too short: the page says why and the operator's words are still in the field.
    assert short.status_code == 422 and 'value="Bad"' in short.get_data(as_text=True)
    db.session.refresh(certificate)
    assert certificate.state == "pending"  # no reason, no refusal
    client.post(
        f"/operator/verification/{certificate.id}",
        data={
            "decision": "refuse",
            "reason": "The scan is unreadable; please send a clearer copy.",
        },
    )
    again = client.post(f"/operator/verification/{certificate.id}", data={"decision": "approve"})
    assert again.status_code == 422
    db.session.refresh(certificate)
    db.session.refresh(registration)
    assert certificate.state == "refused" and certificate.decided_by_id == operator.id
    assert registration.state == "approved" and registration.decided_at is not None
    company = exporter.company
    db.session.refresh(company)
    assert company.verified
    # The member reads the reason; the badge shows on the profile and the offer page.
    auth.logout()
    auth.login(exporter.email)
    mine = client.get("/my/verification").get_data(as_text=True)
    assert "unreadable" in mine
    # Once verified, the registration form gives way to the fact; the certificate form stays.
    assert "/my/verification/registration" not in mine and "/my/verification/certificate" in mine
    assert "Your business registration is already verified." in mine
    assert "please send a clearer copy" in client.get("/notifications").get_data(as_text=True)
    profile = client.get(f"/companies/{company.id}").get_data(as_text=True)
    assert "Business registration checked" in profile and "ISO 9001" not in profile
    assert "Business registration checked" in client.get(f"/offers/{offer.id}").get_data(
        as_text=True
    )
    # The search filter finds it once the index has the change.
    sync()
    only = client.get("/search?q=seamless&verified=1").get_data(as_text=True)
    assert "stainless tubes" in only and "✔ Verified" in only


def test_a_lapsed_certificate_stops_counting_on_its_date(client, auth, exporter, operator):
    _registration, certificate = _submit_both(client)
    auth.logout()
    auth.login(operator.email)
    client.post(f"/operator/verification/{certificate.id}", data={"decision": "approve"})
    company = exporter.company
    db.session.refresh(company)
    assert company.verified
    # The certificate's date passes (as the records would read the day after it).
    yesterday = date.today() - timedelta(days=1)
    entry = db.session.scalar(select(Verification))
    entry.valid_until = yesterday
    company.verifications = [{**company.verifications[0], "until": yesterday.isoformat()}]
    db.session.commit()
    # Pages stop showing it at once; the periodic job clears the flag the filter reads.
    page = client.get(f"/companies/{company.id}").get_data(as_text=True)
    assert "ISO 9001 certificate checked" not in page
    assert verification.lapse_due() == 1
    db.session.commit()
    db.session.refresh(company)
    assert not company.verified and company.verifications == []


def test_site_visit_and_revocation_are_recorded_with_who_and_when(client, auth, exporter, operator):
    company = exporter.company
    auth.logout()
    auth.login(operator.email)
    url = f"/operator/companies/{company.id}/verification"
    refused = client.post(url, data={"note": ""})
    assert refused.status_code == 422
    client.post(url, data={"note": "Visited the Ulsan plant on 2 December; 40 staff, two lines."})
    db.session.refresh(company)
    assert company.verified
    visit = db.session.scalar(select(Verification))
    assert visit.scope == "site_visit" and visit.granted_by_id == operator.id
    client.post(url, data={"revoke": str(visit.id)})
    db.session.refresh(visit)
    db.session.refresh(company)
    assert visit.revoked_at is not None and visit.revoked_by_id == operator.id
    assert not company.verified
    assert "revoked" in client.get(url).get_data(as_text=True)


def test_buyers_can_be_verified_too(client, member_factory, auth, operator):
    buyer = member_factory("buyer", business_type="buyer")
    auth.login(buyer.email)
    assert client.get("/my/verification").status_code == 200
    client.post("/my/verification/registration", data={"number": "2208162517"})
    evidence = db.session.scalar(select(Evidence))
    auth.logout()
    auth.login(operator.email)
    client.post(f"/operator/verification/{evidence.id}", data={"decision": "approve"})
    db.session.refresh(buyer.company)
    assert buyer.company.verified
