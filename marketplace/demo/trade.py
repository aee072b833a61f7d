"""Trade terms of demo offers: quantities, prices, Incoterms, ports, payment and dates."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta
from decimal import Decimal

from marketplace.demo.companies import DemoCompany
from marketplace.demo.places import MARKETS, PORTS, SOURCING

HISTORY_DAYS = 120  # offers were posted over the last four months

SELL_INCOTERMS = {
    "FOB": 40,
    "CIF": 18,
    "CFR": 10,
    "EXW": 10,
    "FCA": 10,
    "DAP": 5,
    "CIP": 3,
    "DDP": 2,
    "FAS": 2,
}
BUY_INCOTERMS = {
    "CIF": 30,
    "CFR": 18,
    "FOB": 18,
    "DAP": 12,
    "DDP": 10,
    "EXW": 4,
    "CPT": 4,
    "FCA": 4,
}
SELL_PAYMENTS = (
    (("TT",), 30),
    (("TT", "LC"), 30),
    (("LC",), 12),
    (("TT", "LC", "DP"), 10),
    (("TT", "DP"), 8),
    ((), 10),
)
BUY_PAYMENTS = (
    (("TT",), 25),
    (("LC",), 20),
    (("TT", "LC"), 20),
    (("TT", "OA"), 10),
    (("DP", "DA"), 8),
    (("OA",), 7),
    ((), 10),
)
# Rough exchange rates, so that a price shown in another currency stays plausible.
USD_RATES = {"USD": 1, "EUR": 0.92, "KRW": 1350, "CNY": 7.2, "JPY": 150}
EURO_AREA = {"DE", "FR", "IT", "NL"}


def _weighted(rng: random.Random, weights: dict) -> object:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def _round_amount(x: float) -> Decimal:
    """A quantity as traders write it: two significant digits, at least 1."""
    if x < 10:
        return Decimal(max(1, round(x)))
    step = 10 ** (int(math.log10(x)) - 1)
    return Decimal(int(round(x / step) * step))


def _round_price(x: float, currency: str) -> Decimal:
    if currency in ("KRW", "JPY"):  # no minor unit in use
        return Decimal(max(1, int(round(x, -1 if x >= 1000 else 0))))
    if x < 100:
        return max(Decimal("0.01"), Decimal(str(round(x, 2))))
    return Decimal(int(round(x, -1 if x >= 10000 else 0)))


def trade_terms(
    rng: random.Random,
    company: DemoCompany,
    offer_type: str,
    unit: str,
    price: tuple[float, float],
    quantity: tuple[float, float],
    midnight: datetime,
) -> dict:
    """Quantity, price, Incoterm, port, countries, payment and dates of one offer.

    ``price`` is a USD range per ``unit``; ``midnight`` is the start of today (UTC), so
    every offer was created before today and is valid from today on.
    """
    sell = offer_type == "sell"
    amount = _round_amount(_log_uniform(rng, *quantity))
    has_quantity = rng.random() < (0.88 if sell else 0.93)
    min_order = None
    if rng.random() < (0.85 if sell else 0.15):
        min_order = min(amount, _round_amount(float(amount) * rng.uniform(0.02, 0.3)))
    currency = _currency(rng, company.country)
    price_amount = None
    if rng.random() < 0.75:
        price_amount = _round_price(_log_uniform(rng, *price) * USD_RATES[currency], currency)
    home = PORTS[company.country]
    home_port = home[0][0] if rng.random() < 0.6 else rng.choice(home)[0]
    if sell:
        markets = [c for c in MARKETS if c != company.country]
        targets = rng.sample(markets, rng.choice((0, 1, 2, 2, 3, 4)))
        origin: str | None = company.country
    else:
        sources = [c for c in SOURCING if c != company.country]
        targets = rng.sample(sources, rng.choice((0, 1, 1, 2, 3)))
        origin = targets[0] if targets and rng.random() < 0.5 else None
    payments = SELL_PAYMENTS if sell else BUY_PAYMENTS
    incoterm = (
        _weighted(rng, SELL_INCOTERMS if sell else BUY_INCOTERMS) if rng.random() < 0.92 else None
    )
    port = _named_place(rng, incoterm, sell, home_port, targets if sell else [origin])
    age = int(HISTORY_DAYS * rng.random() ** 1.4)  # more recent offers than old ones
    created = midnight - timedelta(days=age, seconds=rng.randint(1, 86399))
    values = {
        "quantity": amount if has_quantity else None,
        "min_order": min_order,
        "price_amount": price_amount,
        "price_currency": currency if price_amount is not None else None,
        "incoterm": incoterm,
        "port": port if rng.random() < 0.9 else None,
        "origin_country": origin,
        "target_countries": targets,
        "payment_terms": list(
            rng.choices([p for p, _ in payments], weights=[w for _, w in payments])[0]
        ),
        "valid_until": midnight.date() + timedelta(days=rng.randint(10, 180)),
        "created_at": created,
        "views": min(400, int((age + 1) * rng.uniform(0.2, 3.4))),
    }
    uses_unit = any(values[k] is not None for k in ("quantity", "min_order", "price_amount"))
    values["unit"] = unit if uses_unit else None
    return values


def _named_place(
    rng: random.Random, incoterm, sell: bool, home_port: str, other_side: list
) -> str | None:
    """The port an Incoterm names: where the goods are handed over (E and F rules, at the
    seller's end) or where carriage is paid to (C and D rules, at the buyer's end)."""
    at_seller = incoterm is None or str(incoterm)[0] in "EF"
    if at_seller == sell:
        return home_port  # a seller's FOB port, a buyer's CIF port: their own
    ports = [p for country in other_side if country for p in PORTS.get(country, ())]
    return rng.choice(ports)[0] if ports else None


def _currency(rng: random.Random, country: str) -> str:
    """Mostly USD; some offers in the home currency (euro area, Korea, China, Japan)."""
    r = rng.random()
    if country == "KR" and r < 0.15:
        return "KRW"
    if country == "CN" and r < 0.15:
        return "CNY"
    if country == "JP" and r < 0.3:
        return "JPY"
    if (country in EURO_AREA and r < 0.6) or r < 0.06:
        return "EUR"
    return "USD"
