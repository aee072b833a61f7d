"""Posting, editing, withdrawing and renewing offers through the web pages."""

import io
from datetime import timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select

from marketplace.core.db import db
from marketplace.offers.models import Offer, OfferPhoto
from marketplace.offers.services import today

FORM = {
    "type": "sell",
    "title": "Stainless steel welded pipes",
    "description": "TP304, 2 inch",
    "category": "",
    "hs_code": "7306.40",
    "quantity": "20",
    "unit": "TNE",
    "min_order": "2",
    "price_amount": "1,250.50",
    "price_currency": "USD",
    "incoterm": "FOB",
    "port": "krpus",
    "origin_country": "KR",
    "target_countries": "de, us",
    "payment_terms": ["TT", "LC"],
    "valid_until": "",
}


def png_bytes(size=(40, 30), fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format=fmt)
    return buffer.getvalue()


@pytest.mark.parametrize("national", ["7306401000", "7306.40.10.00", "73064020"])
def test_a_national_tariff_code_is_read_as_its_hs_subheading(client, exporter, national):
    # Korean HSK (10 digits) and Chinese (8 digits) codes begin with the HS subheading.
    response = client.post("/offers/new", data=FORM | {"hs_code": national})
    assert response.status_code == 302
    assert db.session.scalar(select(Offer)).hs_code == "730640"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    digits = "".join(ch for ch in national if ch.isdigit())
    assert f"HS code {digits} was read as 730640" in page


def test_the_form_takes_a_ten_digit_code_and_suggests_ports_by_name(client, exporter):
    html = client.get("/offers/new").get_data(as_text=True)
    assert 'id="hs_code" name="hs_code" type="text" value=""' in html
    assert 'maxlength="16"' in html and len("7306.40.10.00") <= 16
    assert (
        'list="port-names"' in html and '<option value="KRPUS">Busan, South Korea</option>' in html
    )


def test_post_offer_with_terms_and_photo(client, exporter, app):
    data = FORM | {"photos": [(io.BytesIO(png_bytes()), "pipe.png")]}
    response = client.post("/offers/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 302
    offer = db.session.scalar(select(Offer))
    assert offer.hs_code == "730640" and offer.category == "minerals"  # HS implies category
    assert str(offer.price_amount) == "1250.50" and offer.port == "KRPUS"
    assert offer.target_countries == ["DE", "US"] and offer.payment_terms == ["TT", "LC"]
    assert offer.valid_until == today() + timedelta(days=90)
    page = client.get(f"/offers/{offer.id}").get_data(as_text=True)
    assert "Stainless steel welded pipes" in page and "1,250.50" in page
    photo = offer.photos[0]
    served = client.get(f"/photos/{photo.thumb_filename}")
    assert served.status_code == 200 and served.mimetype == "image/png"


def test_new_offer_appears_in_category_and_on_my_page(client, exporter):
    client.post("/offers/new", data=FORM)
    assert "Stainless steel welded pipes" in client.get("/categories/minerals").get_data(
        as_text=True
    )
    assert "Stainless steel welded pipes" in client.get("/my").get_data(as_text=True)
    assert "Stainless steel welded pipes" not in client.get("/categories/medical-health").get_data(
        as_text=True
    )


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("title", "", "This field is required"),
        ("title", "x" * 100_000, "at most 200 characters"),
        ("hs_code", "123", "6-digit HS code"),
        ("hs_code", "123456", "is not an HS code"),
        ("hs_code", "999999", "is not an HS code"),  # a statistical code, not HS
        ("hs_code", "9999999999", "is not an HS code"),  # a national code of no subheading
        ("quantity", "lots", "Enter a number"),
        ("quantity", "-5", "greater than zero"),
        ("port", "Atlantis", "or its UN/LOCODE, such as KRPUS"),
        ("port", "Cartagena", "COCTG (Colombia), ESCAR (Spain)"),  # two ports: not guessed
        ("target_countries", "DE, XX", "Unknown country: XX"),
        ("valid_until", "2001-01-01", "from today on"),
        ("valid_until", "31/12/2030", "YYYY-MM-DD"),
        ("price_currency", "DOLLARS", "Choose one of the listed options"),
        ("min_order", "50", "cannot exceed the quantity"),
    ],
)
def test_bad_field_is_explained_and_nothing_saved(client, exporter, field, value, message):
    response = client.post("/offers/new", data=FORM | {field: value})
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(Offer)) == 0


def test_category_must_match_hs_code(client, exporter):
    response = client.post("/offers/new", data=FORM | {"category": "medical-health"})
    assert response.status_code == 422
    assert "belongs to the category Minerals" in response.get_data(as_text=True)


def test_category_or_hs_code_needed(client, exporter):
    response = client.post("/offers/new", data=FORM | {"hs_code": ""})
    assert "Choose a category, or enter an HS code" in response.get_data(as_text=True)


def test_fake_image_is_refused_by_content(client, exporter):
    data = FORM | {"photos": [(io.BytesIO(b"<script>alert(1)</script>"), "photo.jpg")]}
    response = client.post("/offers/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 422
    assert "JPEG, PNG or WebP" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(Offer)) == 0
    assert db.session.scalar(select(func.count()).select_from(OfferPhoto)) == 0


def test_at_most_five_photos(client, exporter):
    photos = [(io.BytesIO(png_bytes()), f"p{i}.png") for i in range(6)]
    response = client.post(
        "/offers/new", data=FORM | {"photos": photos}, content_type="multipart/form-data"
    )
    assert response.status_code == 422 and "at most 5 photos" in response.get_data(as_text=True)


def test_oversized_upload_gets_413(client, exporter, app):
    app.config["MAX_CONTENT_LENGTH"] = 1024
    data = FORM | {"photos": [(io.BytesIO(b"x" * 5000), "big.png")]}
    response = client.post("/offers/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 413
    assert "too large" in response.get_data(as_text=True)


def test_negotiable_clears_price(client, exporter):
    client.post("/offers/new", data=FORM | {"negotiable": "1"})
    offer = db.session.scalar(select(Offer))
    assert offer.price_amount is None and offer.price_currency is None
    assert "Negotiable" in client.get(f"/offers/{offer.id}").get_data(as_text=True)


def test_a_price_set_aside_by_negotiable_comes_back_after_an_error(client, exporter):
    response = client.post(
        "/offers/new", data=FORM | {"negotiable": "1", "title": "Pi", "price_amount": "18.50"}
    )
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert 'value="18.50"' in html and 'id="negotiable" checked' in html
    assert '<option value="USD" selected' in html


def test_edit_withdraw_renew(client, exporter):
    client.post("/offers/new", data=FORM)
    offer = db.session.scalar(select(Offer))
    response = client.post(f"/offers/{offer.id}/edit", data=FORM | {"title": "Seamless pipes now"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Offer, offer.id).title == "Seamless pipes now"

    client.post(f"/offers/{offer.id}/withdraw")
    assert "Seamless pipes now" not in client.get("/categories/minerals").get_data(as_text=True)
    assert "Withdrawn" in client.get("/my").get_data(as_text=True)

    client.post(f"/offers/{offer.id}/renew")
    assert "Seamless pipes now" in client.get("/categories/minerals").get_data(as_text=True)


def test_expired_offer_leaves_listings_but_stays_on_my_page(client, exporter):
    client.post("/offers/new", data=FORM)
    offer = db.session.scalar(select(Offer))
    offer.valid_until = today() - timedelta(days=1)
    db.session.commit()
    assert "Stainless steel" not in client.get("/categories/minerals").get_data(as_text=True)
    my_page = client.get("/my").get_data(as_text=True)
    assert "Stainless steel" in my_page and "Expired" in my_page
    assert "This offer has expired" in client.get(f"/offers/{offer.id}").get_data(as_text=True)


def test_views_counted_for_visitors_not_owner(client, exporter, auth):
    client.post("/offers/new", data=FORM)
    offer = db.session.scalar(select(Offer))
    client.get(f"/offers/{offer.id}")
    auth.logout()
    client.get(f"/offers/{offer.id}")
    client.get(f"/offers/{offer.id}")
    db.session.expire_all()
    assert db.session.get(Offer, offer.id).views == 2


def test_hostile_text_is_escaped_everywhere(client, exporter):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    client.post("/offers/new", data=FORM | {"title": "Pipes " + hostile, "description": hostile})
    offer = db.session.scalar(select(Offer))
    for url in (f"/offers/{offer.id}", "/categories/minerals", "/my", "/"):
        html = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;" in html


def test_offer_text_in_any_script_is_stored_as_written(client, exporter):
    client.post(
        "/offers/new",
        data=FORM | {"title": "스테인리스강관 수출 不锈钢管", "description": "용접관"},
    )
    offer = db.session.scalar(select(Offer))
    assert offer.title == "스테인리스강관 수출 不锈钢管"
    assert "스테인리스강관" in client.get(f"/offers/{offer.id}").get_data(as_text=True)


@pytest.mark.parametrize(
    "price, saved", [("1,250.50", "1250.50"), ("12,000", "12000.00"), ("1850.5", "1850.50")]
)
def test_prices_with_thousands_separators(client, exporter, price, saved):
    client.post("/offers/new", data=FORM | {"price_amount": price})
    assert str(db.session.scalar(select(Offer)).price_amount) == saved


@pytest.mark.parametrize("price", ["1850,50", "1.850,50", "1,8,5,0"])
def test_decimal_comma_is_refused_not_misread(client, exporter, price):
    response = client.post("/offers/new", data=FORM | {"price_amount": price})
    assert response.status_code == 422
    assert "Use a dot for decimals" in response.get_data(as_text=True)


def test_picture_too_large_in_pixels(client, exporter):
    buffer = io.BytesIO()
    Image.new("1", (20000, 20000)).save(buffer, format="PNG")
    data = FORM | {"photos": [(io.BytesIO(buffer.getvalue()), "huge.png")]}
    html = client.post("/offers/new", data=data, content_type="multipart/form-data").get_data(
        as_text=True
    )
    assert "too large in pixels" in html


def test_target_markets_by_name_or_code(client, exporter):
    client.post("/offers/new", data=FORM | {"target_countries": "Germany, usa, UK, JP"})
    assert db.session.scalar(select(Offer)).target_countries == ["DE", "US", "GB", "JP"]
    response = client.post("/offers/new", data=FORM | {"target_countries": "Germany, Atlantis"})
    assert "Unknown country: Atlantis" in response.get_data(as_text=True)


def test_expired_offer_can_be_edited_keeping_its_date(client, exporter):
    client.post("/offers/new", data=FORM)
    offer = db.session.scalar(select(Offer))
    offer.valid_until = today() - timedelta(days=3)
    db.session.commit()
    values = FORM | {"title": "Corrected title here", "valid_until": offer.valid_until.isoformat()}
    assert client.post(f"/offers/{offer.id}/edit", data=values).status_code == 302
    db.session.expire_all()
    assert db.session.get(Offer, offer.id).title == "Corrected title here"


def test_offer_without_description_posts_and_edits(client, exporter):
    response = client.post("/offers/new", data=FORM | {"description": ""})
    assert response.status_code == 302
    offer = db.session.scalar(select(Offer))
    assert offer.description == ""
    assert (
        client.post(f"/offers/{offer.id}/edit", data=FORM | {"description": ""}).status_code == 302
    )


def test_removed_photos_and_photos_of_withdrawn_offers_are_not_served(client, exporter, app):
    data = FORM | {
        "photos": [(io.BytesIO(png_bytes()), "a.png"), (io.BytesIO(png_bytes()), "b.png")]
    }
    client.post("/offers/new", data=data, content_type="multipart/form-data")
    offer = db.session.scalar(select(Offer))
    kept, removed = [(p.filename, p.thumb_filename, p.id) for p in offer.photos]
    visitor = app.test_client()
    assert visitor.get(f"/photos/{removed[0]}").status_code == 200
    client.post(
        f"/offers/{offer.id}/edit",
        data=FORM | {"remove_photo": str(removed[2])},
        content_type="multipart/form-data",
    )
    assert visitor.get(f"/photos/{removed[0]}").status_code == 404
    assert visitor.get(f"/photos/{removed[1]}").status_code == 404
    assert visitor.get(f"/photos/{kept[0]}").status_code == 200
    client.post(f"/offers/{offer.id}/withdraw")
    assert visitor.get(f"/photos/{kept[0]}").status_code == 404
    own = client.get(f"/photos/{kept[1]}")  # the owner still sees its withdrawn offer's photos
    assert own.status_code == 200 and "private" in own.headers["Cache-Control"]


def test_a_jpeg_comment_does_not_survive_re_encoding(client, exporter):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 120, 200)).save(
        buffer, format="JPEG", comment=b"<script>alert(1)</script>"
    )
    assert b"<script>" in buffer.getvalue()
    data = FORM | {"photos": [(io.BytesIO(buffer.getvalue()), "c.jpg")]}
    client.post("/offers/new", data=data, content_type="multipart/form-data")
    photo = db.session.scalar(select(Offer)).photos[0]
    for name in (photo.filename, photo.thumb_filename):
        served = client.get(f"/photos/{name}").data
        assert served.startswith(b"\xff\xd8") and b"<script>" not in served


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Busan", "KRPUS"),
        ("pusan", "KRPUS"),
        ("부산", "KRPUS"),
        ("Gdańsk", "PLGDN"),
        ("Antwerpen", "BEANR"),
        ("nlrtm", "NLRTM"),
    ],
)
def test_a_port_is_taken_by_its_name_and_shown_with_its_code(client, exporter, typed, code):
    assert client.post("/offers/new", data=FORM | {"port": typed}).status_code == 302
    offer = db.session.scalar(select(Offer))
    assert offer.port == code
    if code == "KRPUS":
        assert "FOB Busan (KRPUS)" in client.get(f"/offers/{offer.id}").get_data(as_text=True)
