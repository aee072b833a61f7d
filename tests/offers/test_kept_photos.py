"""Nothing chosen is lost: photos that were fine wait while the member fixes the form."""

import io
import re
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from marketplace.core.db import db, utcnow
from marketplace.offers import pending
from marketplace.offers.models import Offer, OfferPhoto, PendingPhoto
from tests.offers.test_posting import FORM, png_bytes


def kept_tokens(html: str) -> list[str]:
    """The kept photos the re-shown form will send back."""
    return re.findall(r'name="pending_photo" value="([0-9a-f]{32})" checked', html)


def post(client, data, path="/offers/new"):
    return client.post(path, data=data, content_type="multipart/form-data")


def test_a_bad_file_costs_only_itself(client, exporter):
    photos = [
        (io.BytesIO(png_bytes()), "pipes.png"),
        (io.BytesIO(b"GIF89a not really"), "logo.gif"),
    ]
    refused = post(client, FORM | {"photos": photos})
    html = refused.get_data(as_text=True)
    assert refused.status_code == 422
    assert "logo.gif: Photos must be JPEG, PNG or WebP pictures." in html
    assert db.session.scalar(select(func.count()).select_from(Offer)) == 0  # nothing half-saved
    tokens = kept_tokens(html)
    assert len(tokens) == 1 and "1 photo from your last try is kept" in html
    assert client.get(f"/my/kept-photos/{tokens[0]}").mimetype == "image/png"

    # Sent again without choosing any file: the kept photo becomes the offer's.
    assert post(client, FORM | {"pending_photo": tokens}).status_code == 302
    offer = db.session.scalar(select(Offer))
    assert len(offer.photos) == 1
    assert client.get(f"/photos/{offer.photos[0].filename}").status_code == 200
    assert db.session.scalar(select(func.count()).select_from(PendingPhoto)) == 0


def test_photos_are_kept_while_other_fields_are_fixed(client, exporter):
    data = FORM | {"quantity": "abc", "photos": [(io.BytesIO(png_bytes()), "pipe.png")]}
    refused = post(client, data)
    html = refused.get_data(as_text=True)
    assert refused.status_code == 422 and 'value="abc"' in html  # what was typed stays
    tokens = kept_tokens(html)
    assert len(tokens) == 1
    # Another error still: the kept photo stays kept (and is not kept twice).
    html = post(client, data | {"photos": [], "pending_photo": tokens}).get_data(as_text=True)
    assert kept_tokens(html) == tokens
    fixed = FORM | {"pending_photo": tokens, "photos": [(io.BytesIO(png_bytes((60, 40))), "b.png")]}
    assert post(client, fixed).status_code == 302
    assert [p.width for p in db.session.scalar(select(Offer)).photos] == [40, 60]


def test_an_unticked_kept_photo_is_left_out(client, exporter):
    html = post(
        client, FORM | {"quantity": "abc", "photos": [(io.BytesIO(png_bytes()), "p.png")]}
    ).get_data(as_text=True)
    assert kept_tokens(html)
    assert post(client, FORM).status_code == 302  # the box was unticked: no token sent
    assert db.session.scalar(select(func.count()).select_from(OfferPhoto)) == 0


def test_no_one_can_use_or_see_another_members_kept_photo(
    app, client, auth, exporter, member_factory
):
    html = post(
        client, FORM | {"quantity": "abc", "photos": [(io.BytesIO(png_bytes()), "p.png")]}
    ).get_data(as_text=True)
    (token,) = kept_tokens(html)
    other = member_factory("exporter")
    auth.logout()
    auth.login(other.email)
    assert client.get(f"/my/kept-photos/{token}").status_code == 404
    assert post(client, FORM | {"pending_photo": token}).status_code == 302
    offer = db.session.scalar(select(Offer).where(Offer.company_id == other.company_id))
    assert offer.photos == []


def test_kept_photos_no_form_claimed_are_removed_after_a_day(app, client, exporter):
    post(client, FORM | {"quantity": "abc", "photos": [(io.BytesIO(png_bytes()), "p.png")]})
    (kept,) = db.session.scalars(select(PendingPhoto)).all()
    files = Path(app.config["PHOTO_DIR"])
    assert (files / kept.filename).exists()
    assert pending.prune(now=utcnow() + timedelta(hours=2)) == 0
    assert pending.prune(now=utcnow() + timedelta(days=2)) == 1
    db.session.commit()
    assert not (files / kept.filename).exists()
    assert db.session.scalar(select(func.count()).select_from(PendingPhoto)) == 0


def test_editing_keeps_good_photos_too(client, exporter, offer_factory):
    offer = offer_factory(exporter)
    path = f"/offers/{offer.id}/edit"
    photos = [(io.BytesIO(png_bytes()), "ok.png"), (io.BytesIO(b"nope"), "bad.jpg")]
    html = post(client, FORM | {"photos": photos}, path).get_data(as_text=True)
    assert "bad.jpg: Photos must be JPEG" in html
    tokens = kept_tokens(html)
    assert post(client, FORM | {"pending_photo": tokens}, path).status_code == 302
    db.session.refresh(offer)
    assert len(offer.photos) == 1
