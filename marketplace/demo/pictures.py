"""Photos for the demo offers: the drawn product illustrations of :mod:`illustrations`.

Most sell offers and some buying requests get one, as on a real portal. One picture
is drawn per product family and look (each company keeps one look), stored once and
shown by every offer of that family and look: about a hundred and fifty files rather
than two thousand, and the demo loads in seconds. A file shared this way stays until
the last offer showing it drops it (:func:`marketplace.offers.photos.remove_photos`).
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from marketplace.demo import illustrations
from marketplace.offers import photos
from marketplace.offers.models import Offer, OfferPhoto

# Share of offers with a picture, by type: suppliers show their goods, buyers rarely do.
PICTURED = {"sell": 0.92, "buy": 0.3}
LOOKS = 2  # colour variants per family; a company's offers all use one


def add_pictures(offers: Iterable[Offer], seed: int) -> int:
    """Give most demo offers a drawn picture of their product; return how many got one.

    The offers must have ids (flushed); the pictures join the session with them.
    """
    rng = random.Random(seed)
    stored: dict[tuple[str, int], tuple[str, str, photos.PreparedPhoto]] = {}
    pictured = 0
    for offer in offers:
        if rng.random() >= PICTURED.get(offer.type, 0):
            continue
        family = illustrations.family(offer.hs_code, offer.category, offer.title)
        key = (family, offer.company_id % LOOKS)
        if key not in stored:
            drawn = illustrations.illustration(offer.hs_code, offer.category, offer.title, key[1])
            prepared = photos.prepare_photo(drawn)
            stored[key] = (*photos.store_prepared(prepared), prepared)
        filename, thumb, prepared = stored[key]
        offer.photos.append(
            OfferPhoto(
                position=0,
                filename=filename,
                thumb_filename=thumb,
                content_type=prepared.content_type,
                width=prepared.width,
                height=prepared.height,
            )
        )
        pictured += 1
    return pictured
