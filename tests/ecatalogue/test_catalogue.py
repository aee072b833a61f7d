"""The booth page and the PDF e-catalogue: what a buyer reads, in their language, kept current."""

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from marketplace.core.db import db
from marketplace.ecatalogue.models import CatalogueFile
from marketplace.offers.models import Offer
from tests.offers.test_posting import FORM, png_bytes


def pdf_text(data: bytes) -> str:
    """Every page's text, as a reader copying it out of the PDF would get it."""
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


@pytest.fixture
def exporter(member_factory):
    return member_factory("exporter", name="Hanbit Steel Co., Ltd.", city="Busan")


@pytest.fixture
def catalogue_offers(exporter, offer_factory):
    pipes = offer_factory(
        exporter,
        title="Seamless carbon steel line pipes API 5L",
        price_amount="850",
        price_currency="USD",
        unit="TNE",
        min_order="20",
        incoterm="FOB",
    )
    valves = offer_factory(
        exporter,
        title="Forged brass ball valves PN25",
        hs_code="848180",
        category="machinery-equipment",
    )
    request = offer_factory(
        exporter, type="buy", title="Looking for zinc ingots 99.995%", hs_code="790111"
    )
    return pipes, valves, request


def test_the_catalogue_lists_every_current_offer_by_category_with_its_terms(
    client, exporter, catalogue_offers
):
    pipes, valves, request = catalogue_offers
    response = client.get(f"/companies/{exporter.company_id}/catalogue.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    reader = PdfReader(io.BytesIO(response.data))
    assert len(reader.pages) >= 3  # cover, contents, at least one section
    text = pdf_text(response.data)
    assert "Hanbit Steel Co., Ltd." in text and "Contents" in text
    for offer in (pipes, valves, request):
        assert offer.title in text
    assert "What we are buying" in text
    assert "USD 850" in text and "FOB" in text  # trade terms printed beside the product
    assert f"/offers/{pipes.id}" in text or f"Offer {pipes.id}" in text


def test_the_catalogue_is_printed_again_when_an_offer_changes(
    client, auth, exporter, catalogue_offers
):
    pipes, _valves, _request = catalogue_offers
    first = client.get(f"/companies/{exporter.company_id}/catalogue.pdf")
    again = client.get(
        f"/companies/{exporter.company_id}/catalogue.pdf",
        headers={"If-None-Match": first.headers["ETag"]},
    )
    assert again.status_code == 304  # nothing changed: the stored copy stands

    auth.login(exporter.email)
    form = FORM | {"title": "Seamless line pipes API 5L X52, 6 m lengths"}
    assert client.post(f"/offers/{pipes.id}/edit", data=form).status_code == 302
    changed = client.get(f"/companies/{exporter.company_id}/catalogue.pdf")
    assert changed.headers["ETag"] != first.headers["ETag"]
    text = pdf_text(changed.data)
    assert "Seamless line pipes API 5L X52, 6 m lengths" in text
    assert "Seamless carbon steel line pipes API 5L" not in text
    rows = db.session.scalars(select(CatalogueFile)).all()
    assert len(rows) == 1  # the old copy is replaced, not piled up


def test_a_withdrawn_offer_leaves_the_catalogue(client, exporter, catalogue_offers):
    from marketplace.offers.services import withdraw_offer

    _pipes, valves, _request = catalogue_offers
    withdraw_offer(valves, exporter)
    db.session.commit()
    text = pdf_text(client.get(f"/companies/{exporter.company_id}/catalogue.pdf").data)
    assert "Forged brass ball valves PN25" not in text


def test_the_catalogue_is_in_the_readers_language(client, exporter, catalogue_offers):
    client.post("/language", data={"locale": "ko"})
    response = client.get(f"/companies/{exporter.company_id}/catalogue.pdf")
    text = pdf_text(response.data)
    assert "목차" in text  # "Contents"
    assert "Seamless carbon steel line pipes API 5L" in text  # the member's words stay theirs


def test_photos_are_printed_and_nothing_is_fetched_from_addresses_in_the_text(
    client, auth, exporter
):
    auth.login(exporter.email)
    description = 'Mill test certificates. <img src="http://127.0.0.1:9/steal.png">'
    data = FORM | {"description": description, "photos": [(io.BytesIO(png_bytes()), "p.png")]}
    assert (
        client.post("/offers/new", data=data, content_type="multipart/form-data").status_code == 302
    )
    offer = db.session.scalar(select(Offer))
    response = client.get(f"/companies/{exporter.company_id}/catalogue.pdf")
    reader = PdfReader(io.BytesIO(response.data))
    images = [image for page in reader.pages for image in page.images]
    assert images, "the offer's photo is in the catalogue"
    assert "steal.png" in pdf_text(response.data)  # printed as the text it is
    assert offer.title in pdf_text(response.data)


def test_the_booth_groups_offers_by_category_and_links_the_catalogue(
    client, exporter, catalogue_offers
):
    _pipes, valves, request = catalogue_offers
    html = client.get(f"/companies/{exporter.company_id}").get_data(as_text=True)
    assert f"/companies/{exporter.company_id}/catalogue.pdf" in html
    assert 'id="section-machinery-equipment"' in html and 'id="section-requests"' in html
    machinery = html.index('id="section-machinery-equipment"')
    assert html.index(valves.title, machinery) > machinery
    assert html.index(request.title) > html.index('id="section-requests"')


def test_a_blocked_company_has_no_catalogue(client, exporter, catalogue_offers):
    from marketplace.core.db import utcnow

    exporter.company.blocked_at = utcnow()
    db.session.commit()
    assert client.get(f"/companies/{exporter.company_id}/catalogue.pdf").status_code == 404
    assert client.get("/companies/999999/catalogue.pdf").status_code == 404
