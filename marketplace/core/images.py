"""What an uploaded picture really is, read without decoding its pixels."""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError

# Refuse decompression bombs: a small file that expands to a gigantic bitmap.
MAX_PIXELS = 40_000_000


class TooManyPixels(Exception):
    """The picture would decode to more than ``MAX_PIXELS`` pixels."""


class NotAPicture(Exception):
    """Pillow cannot read the data as a picture."""


def probe_format(data: bytes) -> str:
    """The picture format Pillow reads in ``data`` ("JPEG", "PNG", …), its header verified.

    Raises TooManyPixels for an image bomb and NotAPicture for anything unreadable;
    the pixels are never decoded here, so both checks are cheap.
    """
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.width * probe.height > MAX_PIXELS:
                raise TooManyPixels()
            fmt = probe.format
            probe.verify()
    except Image.DecompressionBombError:
        raise TooManyPixels() from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise NotAPicture() from None
    return fmt or ""
