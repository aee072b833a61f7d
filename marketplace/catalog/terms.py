"""Trade terms an offer may carry: Incoterms, units, payment terms, currencies, countries."""

from __future__ import annotations

import re
from functools import cache

import pycountry
from flask_babel import lazy_gettext as _l

INCOTERMS: dict[str, object] = {
    "EXW": _l("Ex Works"),
    "FCA": _l("Free Carrier"),
    "CPT": _l("Carriage Paid To"),
    "CIP": _l("Carriage and Insurance Paid To"),
    "DAP": _l("Delivered at Place"),
    "DPU": _l("Delivered at Place Unloaded"),
    "DDP": _l("Delivered Duty Paid"),
    "FAS": _l("Free Alongside Ship"),
    "FOB": _l("Free on Board"),
    "CFR": _l("Cost and Freight"),
    "CIF": _l("Cost, Insurance and Freight"),
}

# The rules whose named place is where the goods are delivered to the buyer (the C and D
# rules); for the E and F rules the place is at the seller's end, on the way out.
DESTINATION_INCOTERMS = frozenset({"CPT", "CIP", "DAP", "DPU", "DDP", "CFR", "CIF"})

# The UN/ECE Recommendation 20 codes traders use most.
UNITS: dict[str, object] = {
    "C62": _l("pieces"),
    "KGM": _l("kilograms"),
    "TNE": _l("tonnes"),
    "GRM": _l("grams"),
    "LTR": _l("litres"),
    "MTQ": _l("cubic metres"),
    "MTR": _l("metres"),
    "MTK": _l("square metres"),
    "SET": _l("sets"),
    "PR": _l("pairs"),
    "DZN": _l("dozens"),
    "BX": _l("boxes"),
    "CT": _l("cartons"),
    "BG": _l("bags"),
    "BLL": _l("barrels"),
    "CNT": _l("containers"),
    "KWH": _l("kilowatt hours"),
}

UNIT_SINGULAR: dict[str, object] = {
    "C62": _l("piece"),
    "KGM": _l("kg"),
    "TNE": _l("tonne"),
    "GRM": _l("gram"),
    "LTR": _l("litre"),
    "MTQ": _l("m³"),
    "MTR": _l("metre"),
    "MTK": _l("m²"),
    "SET": _l("set"),
    "PR": _l("pair"),
    "DZN": _l("dozen"),
    "BX": _l("box"),
    "CT": _l("carton"),
    "BG": _l("bag"),
    "BLL": _l("barrel"),
    "CNT": _l("container"),
    "KWH": _l("kWh"),
}

PAYMENT_TERMS: dict[str, object] = {
    "TT": _l("T/T (telegraphic transfer)"),
    "LC": _l("L/C (letter of credit)"),
    "DP": _l("D/P (documents against payment)"),
    "DA": _l("D/A (documents against acceptance)"),
    "OA": _l("Open account"),
}

# As traders abbreviate them in a table cell.
PAYMENT_SHORT: dict[str, object] = {
    "TT": "T/T",
    "LC": "L/C",
    "DP": "D/P",
    "DA": "D/A",
    "OA": _l("Open account"),
}

# A UN/LOCODE: two-letter country code and a three-character location (KRPUS = Busan).
LOCODE_RE = re.compile(r"^[A-Z]{2}[A-Z2-9]{3}$")


@cache
def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 codes to English short names, sorted by name."""
    pairs = sorted(
        ((c.alpha_2, getattr(c, "common_name", c.name)) for c in pycountry.countries),
        key=lambda p: p[1],
    )
    return dict(pairs)


# ISO 4217's X codes are metals, fund units and test codes, except these four currencies.
_X_CURRENCIES = frozenset({"XAF", "XCD", "XOF", "XPF"})


@cache
def currencies() -> dict[str, str]:
    """ISO 4217 currency codes to names (no gold, no "XTS" test code)."""
    return {
        c.alpha_3: c.name
        for c in sorted(pycountry.currencies, key=lambda c: c.alpha_3)
        if not c.alpha_3.startswith("X") or c.alpha_3 in _X_CURRENCIES
    }


# The currencies offered first in a select box; every ISO 4217 code is accepted.
COMMON_CURRENCIES = ("USD", "EUR", "KRW", "CNY", "JPY", "GBP")


def country_name(code: str | None) -> str:
    """The English name of a country code, or the code itself when unknown."""
    if not code:
        return ""
    return countries().get(code, code)
