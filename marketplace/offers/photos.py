"""Product photos: checked by content, re-encoded, thumbnailed once, kept in the file store.

Images are decoded with Pillow and written out again, so what we serve is an
image we made ourselves: a file that only claims to be a JPEG, or one carrying
a script in its metadata, never reaches a visitor.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from flask import current_app
from flask_babel import lazy_gettext as _l
from PIL import Image, ImageOps, UnidentifiedImageError

from marketplace.core import images, storage
from marketplace.core.errors import InvalidInput

FORMATS = {
    "JPEG": ("image/jpeg", "jpg"),
    "PNG": ("image/png", "png"),
    "WEBP": ("image/webp", "webp"),
}
MAX_SIDE = 1600
THUMB_SIDE = 320


@dataclass
class PreparedPhoto:
    """A validated photo, ready to write."""

    image_bytes: bytes
    thumb_bytes: bytes
    content_type: str
    extension: str
    width: int
    height: int


def _encode(image: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    image = (
        image.convert("RGB") if fmt == "JPEG" and image.mode not in ("RGB", "L") else image.copy()
    )
    # Pillow writes what ``info`` holds (a JPEG comment, EXIF, XMP) back out: only pixels go.
    image.info = {}
    image.save(buffer, format=fmt, quality=85)
    return buffer.getvalue()


def prepare_photo(data: bytes) -> PreparedPhoto:
    """Check one picture by its content and re-encode it with its thumbnail (nothing saved)."""
    try:
        fmt = images.probe_format(data)
    except images.TooManyPixels:
        raise InvalidInput({"photos": _l("That picture is too large in pixels.")}) from None
    except images.NotAPicture:
        fmt = ""
    try:
        if fmt not in FORMATS:
            raise UnidentifiedImageError()
        image: Image.Image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise InvalidInput({"photos": _l("Photos must be JPEG, PNG or WebP pictures.")}) from None
    image = ImageOps.exif_transpose(image)
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    thumb = image.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE))
    content_type, extension = FORMATS[fmt]
    return PreparedPhoto(
        _encode(image, fmt), _encode(thumb, fmt), content_type, extension, image.width, image.height
    )


def prepare_photos(files: Sequence, *, existing: int) -> list[PreparedPhoto]:
    """Validate uploaded files (werkzeug FileStorage) before anything is saved."""
    files = [f for f in files if f and getattr(f, "filename", "")]
    limit = current_app.config["MAX_PHOTOS"]
    if existing + len(files) > limit:
        raise InvalidInput({"photos": _l("An offer can have at most %(n)d photos.", n=limit)})
    max_bytes = current_app.config["MAX_PHOTO_BYTES"]
    prepared = []
    for upload in files:
        data = upload.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InvalidInput(
                {
                    "photos": _l(
                        "Each photo must be at most %(mb)d MB.", mb=max_bytes // (1024 * 1024)
                    )
                }
            )
        prepared.append(prepare_photo(data))
    return prepared


def find_photo(filename: str):
    """The photo row a stored file (picture or thumbnail) belongs to, or None."""
    from sqlalchemy import or_, select

    from marketplace.core.db import db
    from marketplace.offers.models import OfferPhoto

    return db.session.scalar(
        select(OfferPhoto).where(
            or_(OfferPhoto.filename == filename, OfferPhoto.thumb_filename == filename)
        )
    )


def store_prepared(photo: PreparedPhoto) -> tuple[str, str]:
    """Write a prepared photo and its thumbnail to the file store: their two names."""
    files = storage.store("photos")
    stem = uuid.uuid4().hex
    name, thumb = f"{stem}.{photo.extension}", f"{stem}-thumb.{photo.extension}"
    files.save(name, photo.image_bytes, photo.content_type)
    files.save(thumb, photo.thumb_bytes, photo.content_type)
    return name, thumb


def attach_photos(offer, prepared: Sequence[PreparedPhoto], pending: Sequence = ()) -> None:
    """Store prepared photos and add their rows to the offer, after the ``pending`` ones
    (photos kept from an earlier try, already stored: they become the offer's)."""
    from marketplace.core.db import db
    from marketplace.offers.models import OfferPhoto

    start = max((p.position for p in offer.photos), default=-1) + 1
    for position, kept in enumerate(pending, start=start):
        offer.photos.append(
            OfferPhoto(
                position=position,
                filename=kept.filename,
                thumb_filename=kept.thumb_filename,
                content_type=kept.content_type,
                width=kept.width,
                height=kept.height,
            )
        )
        db.session.delete(kept)
    for position, photo in enumerate(prepared, start=start + len(pending)):
        name, thumb = store_prepared(photo)
        offer.photos.append(
            OfferPhoto(
                position=position,
                filename=name,
                thumb_filename=thumb,
                content_type=photo.content_type,
                width=photo.width,
                height=photo.height,
            )
        )


def remove_photos(offer, photos: Sequence) -> None:
    """Take photos off an offer; their files go once the transaction commits, unless
    another offer shows the same file (the demo's drawn illustrations are shared)."""
    from sqlalchemy import or_, select

    from marketplace.core.db import db
    from marketplace.offers.models import OfferPhoto

    names = {n for p in photos for n in (p.filename, p.thumb_filename)}
    if not names:
        return
    others = select(OfferPhoto.filename, OfferPhoto.thumb_filename).where(
        or_(OfferPhoto.filename.in_(names), OfferPhoto.thumb_filename.in_(names)),
        OfferPhoto.id.not_in([p.id for p in photos]),
    )
    in_use = {n for row in db.session.execute(others) for n in row}
    storage.store("photos").delete(sorted(names - in_use))
    for photo in photos:
        offer.photos.remove(photo)
