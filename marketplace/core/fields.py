"""Small parsers shared by every validator: text, numbers, dates, codes.

Each takes a raw value as it came from a form (a string) or a JSON body (any
type) and returns a clean value or raises :class:`FieldError` with a message a
non-expert understands.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from flask_babel import lazy_gettext as _l

# Control characters other than tab and newlines never belong in offer text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")


class FieldError(ValueError):
    """A single field's problem, carrying its user-facing message."""

    def __init__(self, message: object):
        super().__init__(str(message))
        self.message = message


def is_blank(value: object) -> bool:
    """True for None, empty strings and whitespace."""
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: object, *, min_len: int = 0, max_len: int, multiline: bool = False) -> str:
    """A trimmed string of bounded length, with control characters removed."""
    if not isinstance(value, str):
        raise FieldError(_l("Enter text."))
    cleaned = _CONTROL.sub("", value).strip()
    if not multiline:
        cleaned = " ".join(cleaned.split())
    if len(cleaned) < min_len:
        raise FieldError(_l("Enter at least %(n)d characters.", n=min_len))
    if len(cleaned) > max_len:
        raise FieldError(
            _l("Use at most %(n)d characters (you entered %(got)d).", n=max_len, got=len(cleaned))
        )
    return cleaned


def choice(value: object, allowed, *, upper: bool = False) -> str:
    """One of ``allowed`` (case-folded to upper when ``upper``)."""
    if not isinstance(value, str):
        raise FieldError(_l("Choose one of the listed options."))
    cleaned = value.strip().upper() if upper else value.strip()
    if cleaned not in allowed:
        raise FieldError(_l("Choose one of the listed options."))
    return cleaned


def decimal(value: object, *, places: int, maximum: Decimal = Decimal("1e15")) -> Decimal:
    """A positive decimal number with at most ``places`` decimal places."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        raise FieldError(_l("Enter a number such as 1200 or 12.5."))
    raw = str(value).strip().replace(" ", "") if isinstance(value, str) else str(value)
    if "," in raw:
        # "1,250.50" and "12,000" group thousands; "1850,50" is a decimal comma,
        # which we refuse rather than read as 185050.
        if not _GROUPED.match(raw):
            raise FieldError(
                _l("Use a dot for decimals, e.g. 1850.50 (commas only between thousands).")
            )
        raw = raw.replace(",", "")
    try:
        number = Decimal(raw)
    except InvalidOperation:
        raise FieldError(_l("Enter a number such as 1200 or 12.5.")) from None
    if not number.is_finite() or number <= 0:
        raise FieldError(_l("Enter a number greater than zero."))
    if number >= maximum:
        raise FieldError(_l("That number is too large."))
    if -int(number.as_tuple().exponent) > places:  # finite here: the exponent is a number
        raise FieldError(_l("Use at most %(n)d decimal places.", n=places))
    return number


def iso_date(value: object) -> date:
    """A date written as YYYY-MM-DD."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise FieldError(_l("Enter a date as YYYY-MM-DD."))
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise FieldError(_l("Enter a date as YYYY-MM-DD.")) from None


def code_list(value: object, allowed, *, max_items: int) -> list[str]:
    """A list of codes from ``allowed``, given as a list or a comma-separated string."""
    if isinstance(value, str):
        items = [v for v in re.split(r"[\s,;]+", value) if v]
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = [v.strip() for v in value if v.strip()]
    else:
        raise FieldError(_l("Enter a list of codes."))
    items = list(dict.fromkeys(v.upper() for v in items))
    unknown = [v for v in items if v not in allowed]
    if unknown:
        raise FieldError(_l("Unknown code: %(codes)s.", codes=", ".join(unknown[:5])))
    if len(items) > max_items:
        raise FieldError(_l("Choose at most %(n)d.", n=max_items))
    return items


def decimal_str(value: Decimal | None) -> str | None:
    """A decimal as plain text without exponent or needless trailing zeros (200.000 -> 200)."""
    if value is None:
        return None
    text = format(value, "f")
    if "." in text:
        whole, frac = text.split(".")
        frac = frac.rstrip("0")
        text = f"{whole}.{frac}" if frac else whole
    return text


def country_list(value: object, *, max_items: int) -> list[str]:
    """Countries as ISO alpha-2 codes, given as codes or English names ("DE, United States")."""
    import pycountry

    if isinstance(value, str):
        items = [v.strip() for v in re.split(r"[,;\n]+", value) if v.strip()]
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = [v.strip() for v in value if v.strip()]
    else:
        raise FieldError(_l("Enter a list of codes."))
    codes, unknown = [], []
    for item in items:
        code = _COUNTRY_ALIASES.get(item.upper(), item.upper())
        if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
            try:
                code = pycountry.countries.lookup(item).alpha_2
            except LookupError:
                unknown.append(item)
                continue
        codes.append(code)
    if unknown:
        raise FieldError(
            _l(
                "Unknown country: %(names)s. Use 2-letter codes such as DE, US, JP.",
                names=", ".join(unknown[:5]),
            )
        )
    codes = list(dict.fromkeys(codes))
    if len(codes) > max_items:
        raise FieldError(_l("Choose at most %(n)d.", n=max_items))
    return codes


def optional_country(value: object) -> str | None:
    """One country as an ISO alpha-2 code, or None when left blank."""
    if is_blank(value):
        return None
    if not isinstance(value, str):
        raise FieldError(_l("Use a 2-letter country code such as KR."))
    return country_list([value], max_items=1)[0]


# Names traders write that ISO does not use as codes.
_COUNTRY_ALIASES = {"UK": "GB", "USA": "US", "UAE": "AE", "KOREA": "KR", "SOUTH KOREA": "KR"}
