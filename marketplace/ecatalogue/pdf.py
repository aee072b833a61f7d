"""The PDF catalogue: printed from HTML by WeasyPrint, kept until what it shows changes."""

from __future__ import annotations

import base64
from collections.abc import Callable

import segno
from sqlalchemy.exc import IntegrityError

from marketplace.companies.models import Company
from marketplace.core import storage
from marketplace.core.db import db, utcnow
from marketplace.ecatalogue.booth import Booth, booth, fingerprint
from marketplace.ecatalogue.models import CatalogueFile

CONTENT_TYPE = "application/pdf"


def qr_code(url: str) -> str:
    """A QR code of ``url`` as a PNG ``data:`` URI, ready for an ``<img src>``.

    PNG, not SVG: the printer draws an SVG code module by module, several times slower.
    """
    return segno.make(url, error="m").png_data_uri(scale=4, border=1)


def photo_uri(name: str, content_type: str = "image/jpeg") -> str | None:
    """A stored photo as a ``data:`` URI (the printer fetches nothing itself), or None."""
    data = storage.store("photos").read(name)
    if data is None:
        return None
    return f"data:{content_type};base64,{base64.b64encode(data).decode('ascii')}"


def render(html: str) -> bytes:
    """Print ``html`` to PDF.

    Only ``data:`` URIs are fetched: a catalogue embeds its photos and codes, and an
    address in a member's text can never make the server fetch anything.
    """
    import weasyprint

    fetcher = weasyprint.urls.URLFetcher(allowed_protocols={"data"})
    return weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf()


def catalogue(
    company: Company, language: str, make_html: Callable[[Booth], str]
) -> tuple[bytes, str]:
    """The company's catalogue in ``language`` and its fingerprint (an ETag).

    Printed again only when something it shows changed (see :func:`booth.fingerprint`);
    otherwise the stored copy is served. The previous copy is removed with the new one's
    commit.
    """
    shown = booth(company)
    digest = fingerprint(shown, language)
    files = storage.store("catalogues")
    known = db.session.get(CatalogueFile, (company.id, language))
    if known is not None and known.fingerprint == digest:
        stored = files.read(known.filename)
        if stored is not None:
            return stored, digest
    data = render(make_html(shown))
    name = f"catalogue-{company.id}-{language}-{digest[:20]}.pdf"
    try:
        if known is None:
            db.session.add(
                CatalogueFile(
                    company_id=company.id, language=language, fingerprint=digest, filename=name
                )
            )
        elif known.filename != name:
            files.delete([known.filename])
            known.fingerprint, known.filename, known.generated_at = digest, name, utcnow()
        files.save(name, data, CONTENT_TYPE)
        db.session.commit()
    except IntegrityError:
        # Another request printed the same catalogue at the same moment and stored it first.
        db.session.rollback()
    return data, digest
