"""Uploaded documents (verification evidence, quotation attachments).

PDF, JPEG or PNG, at most 10 MB, checked by what they contain.

They are kept in the private file store (kind ``documents``, a folder of the
data directory or the ``stored_file`` table), never under the public photo
path, and served only through a view that checks who is asking.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from marketplace.core import images, storage
from marketplace.core.fields import FieldError

MAX_BYTES = 10 * 1024 * 1024
_IMAGE_TYPES = {"JPEG": ("image/jpeg", "jpg"), "PNG": ("image/png", "png")}


@dataclass(frozen=True)
class Document:
    """A checked upload, ready to store."""

    data: bytes
    content_type: str
    extension: str
    filename: str  # as the member named it, for display


def _check_pdf(data: bytes) -> None:
    # A PDF starts with its header in the first KiB and ends with an end-of-file
    # marker near the end; a script or a program renamed .pdf has neither.
    if b"%PDF-" not in data[:1024] or b"%%EOF" not in data[-2048:]:
        raise FieldError(_l("This file is not a PDF, although its name says so."))


def _check_image(data: bytes) -> str:
    try:
        fmt = images.probe_format(data)
    except images.TooManyPixels:
        raise FieldError(_l("That picture is too large in pixels.")) from None
    except images.NotAPicture:
        fmt = ""
    if fmt not in _IMAGE_TYPES:
        raise FieldError(_l("Documents must be PDF files or JPEG or PNG pictures."))
    return fmt


def check(upload) -> Document | None:
    """Read and check an uploaded file (werkzeug FileStorage); None when none was chosen."""
    if upload is None or not getattr(upload, "filename", ""):
        return None
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise FieldError(_l("A document can be at most %(mb)d MB.", mb=MAX_BYTES // (1024 * 1024)))
    if not data:
        raise FieldError(_l("That file is empty."))
    filename = " ".join(str(upload.filename).replace("/", " ").replace("\\", " ").split())[-200:]
    if data.startswith(b"%PDF-") or filename.lower().endswith(".pdf"):
        _check_pdf(data)
        return Document(data, "application/pdf", "pdf", filename)
    content_type, extension = _IMAGE_TYPES[_check_image(data)]
    return Document(data, content_type, extension, filename)


def save(document: Document) -> str:
    """Store a checked document in the private store; its stored name."""
    name = f"{uuid.uuid4().hex}.{document.extension}"
    storage.store("documents").save(name, document.data, document.content_type)
    return name
