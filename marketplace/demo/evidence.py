"""Verification evidence for the demo: a few companies wait for an operator's decision, so
the operators' queue and console show what the work looks like."""

from __future__ import annotations

import random
from io import BytesIO

from werkzeug.datastructures import FileStorage

from marketplace.core.fields import FieldError
from marketplace.trust import numbers, verification

WAITING = 3
# A one-page PDF standing in for a scanned business registration certificate.
_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _korean_brn(rng: random.Random) -> str:
    # A business registration number whose check digit is right (one in ten are).
    while True:
        digits = "".join(rng.choice("0123456789") for _ in range(10))
        try:
            return numbers.check_registration("KR", digits).number
        except FieldError:
            continue


def submit_demo_evidence(companies, authors, rng: random.Random) -> int:
    """Three unverified Korean companies have sent their registration number with a
    document; returns how many submissions were made."""
    made = 0
    for key, company in companies.items():
        if made == WAITING:
            break
        if company.verified or company.country != "KR" or key not in authors:
            continue
        upload = FileStorage(
            stream=BytesIO(_PDF),
            filename="business-registration.pdf",
            content_type="application/pdf",
        )
        verification.submit_registration(
            company, authors[key], {"number": _korean_brn(rng)}, upload
        )
        made += 1
    return made
