"""Photos through the file store, on local disk or in the database, following the transaction."""

import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from marketplace.core import storage
from marketplace.core.db import db
from marketplace.offers.models import Offer
from tests.offers.test_posting import FORM, png_bytes


@pytest.fixture(params=["local", "database"])
def file_storage(request, app):
    app.config["FILE_STORAGE"] = request.param
    return request.param


def _stored(app, name: str) -> bool:
    if app.config["FILE_STORAGE"] == "database":
        found = select(func.count()).where(storage.StoredFile.name == name)
        return db.session.scalar(found) == 1
    return (Path(app.config["PHOTO_DIR"]) / name).exists()


def _post_with_photos(client, n: int) -> Offer:
    photos = [(io.BytesIO(png_bytes()), f"p{i}.png") for i in range(n)]
    response = client.post(
        "/offers/new", data=FORM | {"photos": photos}, content_type="multipart/form-data"
    )
    assert response.status_code == 302
    return db.session.scalar(select(Offer))


def test_a_photo_is_served_with_caching_headers_and_revalidates(
    app, client, auth, member_factory, file_storage
):
    auth.login(member_factory("exporter").email)
    photo = _post_with_photos(client, 1).photos[0]
    visitor = app.test_client()
    served = visitor.get(f"/photos/{photo.filename}")
    assert served.status_code == 200 and served.mimetype == "image/png"
    assert served.data.startswith(b"\x89PNG") and "max-age=86400" in served.headers["Cache-Control"]
    assert served.headers.get("ETag") and served.headers.get("Last-Modified")
    again = visitor.get(
        f"/photos/{photo.filename}", headers={"If-None-Match": served.headers["ETag"]}
    )
    assert again.status_code == 304 and again.data == b""


def test_a_removed_photo_is_deleted_once_the_edit_commits(
    app, client, auth, member_factory, file_storage
):
    auth.login(member_factory("exporter").email)
    offer = _post_with_photos(client, 2)
    kept, removed = offer.photos
    names = (removed.filename, removed.thumb_filename)
    assert all(_stored(app, n) for n in names)
    client.post(
        f"/offers/{offer.id}/edit",
        data=FORM | {"remove_photo": str(removed.id)},
        content_type="multipart/form-data",
    )
    assert not any(_stored(app, n) for n in names)
    assert _stored(app, kept.filename) and _stored(app, kept.thumb_filename)


def test_a_file_another_offer_shows_stays_when_one_offer_drops_it(
    app, client, auth, member_factory, file_storage
):
    # The demo's drawn illustrations are one file shown by many offers.
    from marketplace.offers.models import OfferPhoto

    auth.login(member_factory("exporter").email)
    first = _post_with_photos(client, 1)
    shared = first.photos[0]
    names = (shared.filename, shared.thumb_filename)
    response = client.post("/offers/new", data=FORM, content_type="multipart/form-data")
    second = db.session.get(Offer, int(response.headers["Location"].rsplit("/", 1)[1]))
    second.photos.append(
        OfferPhoto(
            position=0,
            filename=shared.filename,
            thumb_filename=shared.thumb_filename,
            content_type=shared.content_type,
            width=shared.width,
            height=shared.height,
        )
    )
    db.session.commit()
    client.post(
        f"/offers/{first.id}/edit",
        data=FORM | {"remove_photo": str(shared.id)},
        content_type="multipart/form-data",
    )
    assert all(_stored(app, n) for n in names)
    assert client.get(f"/photos/{shared.thumb_filename}").status_code == 200
    kept = second.photos[0]
    client.post(
        f"/offers/{second.id}/edit",
        data=FORM | {"remove_photo": str(kept.id)},
        content_type="multipart/form-data",
    )
    assert not any(_stored(app, n) for n in names)  # the last one to drop it removes it


def test_files_follow_the_transaction(app, file_storage):
    files = storage.store("photos")
    files.save("undone.png", png_bytes(), "image/png")
    db.session.rollback()
    assert not _stored(app, "undone.png")  # written, then rolled back: gone
    files.save("kept.png", png_bytes(), "image/png")
    db.session.commit()
    files.delete(["kept.png"])
    db.session.rollback()
    assert _stored(app, "kept.png")  # a failed request loses no file it still refers to
    files.delete(["kept.png"])
    db.session.commit()
    assert not _stored(app, "kept.png")
