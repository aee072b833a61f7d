"""Jinja filters for prices, dates, countries and labels in the visitor's language."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from babel import dates, numbers
from flask import Flask
from flask_babel import format_date, format_decimal, get_locale
from flask_babel import lazy_gettext as _l

from marketplace.catalog import terms
from marketplace.conversations import reasons
from marketplace.core import zones

BUSINESS_TYPE_LABELS = {
    "manufacturer": _l("Manufacturer"),
    "trading": _l("Trading company"),
    "buyer": _l("Buyer / importer"),
    "service": _l("Service provider"),
}
SIZE_CLASS_LABELS = {"sme": _l("Small or medium enterprise"), "large": _l("Large enterprise")}
ROLE_LABELS = {"exporter": _l("Exporter"), "buyer": _l("Buyer"), "operator": _l("Operator")}


def price(value: Decimal) -> str:
    """A money amount with two decimals and grouping, in the visitor's locale."""
    return format_decimal(value, format="#,##0.00")


def money(value: Decimal, currency: str, as_quoted: bool = True) -> str:
    """An amount with its currency code and that currency's usual decimals (KRW 4,920,683;
    USD 12.50), in the visitor's locale. ``as_quoted``: more decimals when the amount was
    given with them (a unit price of USD 0.0350 stays so); conversions are rounded."""
    digits = numbers.get_currency_precision(currency)
    if as_quoted:
        written = -int(value.normalize().as_tuple().exponent)
        digits = max(digits, min(written, 4))
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return f"{currency} {format_decimal(value, format=pattern)}"


def amount(value: Decimal) -> str:
    """A quantity without needless trailing zeros."""
    return format_decimal(value, format="#,##0.###")


def _viewer_zone():
    # Logged-in members read times in their own zone; visitors, and tests, in UTC.
    from flask import has_request_context
    from flask_login import current_user

    if has_request_context() and current_user and current_user.is_authenticated:
        return zones.of_user(current_user)
    return zones.UTC


def as_date(value: date | datetime | None) -> str:
    """A date in the visitor's locale (medium format); a moment's date where the reader is."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(_viewer_zone()).date() if value.tzinfo else value.date()
    return format_date(value, format="medium")


def _short_time(locale) -> str:
    """The locale's short time with the wide day period: CLDR abbreviates Korean's as
    "PM" where Korean pages write "오후"; English reads "PM" either way."""
    if locale is None:
        return "short"
    return re.sub(r"(?<!a)a(?!a)", "aaaa", locale.time_formats["short"].pattern)


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")


def table_cell(value):
    """A figure table's cell for the page: days (2026-11-04) and months (2026-11), which
    tables and their CSV keep in ISO form, in the reader's locale; anything else as is."""
    if isinstance(value, str) and _ISO_DAY.match(value):
        return format_date(date.fromisoformat(value), format="medium")
    if isinstance(value, str) and _ISO_MONTH.match(value):
        return format_date(date.fromisoformat(value + "-01"), format="MMM y")
    return value


def as_datetime(value: datetime | None) -> str:
    """A moment in the visitor's locale: its medium date and short time, in the reader's
    time zone (UTC for visitors), which is named.

    Joined the way the locale joins them ("Dec 1, 2026, 6:56 PM UTC",
    "2026. 12. 1. 오후 6:56 UTC", "Dec 1, 2026, 7:56 PM GMT+1"), so every page shows times alike.
    """
    if value is None:
        return ""
    locale = get_locale()
    zone = _viewer_zone()
    if value.tzinfo is None:
        value = value.replace(tzinfo=zones.UTC)
    pattern = locale.datetime_formats["medium"] if locale else "{1}, {0}"
    code = str(locale or "en")
    local = value.astimezone(zone)
    joined = str(pattern).format(
        dates.format_time(
            local, _short_time(locale) if locale else "HH:mm", tzinfo=zone, locale=code
        ),
        dates.format_date(local.date(), "medium", locale=code),
    )
    return f"{joined} {_offset_label(local, zone)}"


def _offset_label(local: datetime, zone) -> str:
    # "UTC", or the offset as people write it: "GMT+9", "GMT+5:30", "GMT-5".
    if str(zone) == "UTC":
        return "UTC"
    minutes = round(local.utcoffset().total_seconds() / 60)  # type: ignore[union-attr]
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    hours, rest = divmod(minutes, 60)
    return f"GMT{sign}{hours}" + (f":{rest:02d}" if rest else "")


def country(code: str | None) -> str:
    """A country's name in the visitor's language when Babel knows it, else in English."""
    if not code:
        return ""
    locale = get_locale()
    return (locale.territories.get(code) if locale else None) or terms.country_name(code)


def atom_date(value: datetime | None) -> str:
    """RFC 3339 for Atom; the current time when there is nothing newer to say."""
    from marketplace.core.db import utcnow

    return (value or utcnow()).isoformat().replace("+00:00", "Z")


def unit_label(code: str | None, quantity: int | None = None) -> str:
    """A unit's name (``tonnes``), or per-unit wording (``tonne``) when ``quantity`` is 1."""
    if not code:
        return ""
    label = terms.UNIT_SINGULAR.get(code) if quantity == 1 else terms.UNITS.get(code)
    return str(label or code)


def _certificate_label(kind: str) -> str:
    from marketplace.trust.verification import certificate_label

    return certificate_label(kind)


def verification_checks(company) -> list[dict]:
    """What Tradewind checked of a company and still counts today, in words, with dates."""
    from marketplace.trust import verification

    checks = []
    for entry in verification.current(getattr(company, "verifications", None)):
        label = verification.describe(entry["scope"], entry.get("detail") or "")
        checks.append(
            {
                "label": label[:1].upper() + label[1:],
                "at": date.fromisoformat(entry["at"]),
                "until": date.fromisoformat(entry["until"]) if entry.get("until") else None,
            }
        )
    return checks


def response_line(company) -> str:
    """ "Answers 92% of inquiries, usually within 6 hours" (last 90 days), or "" when too few."""
    from flask_babel import gettext

    from marketplace.companies import responsiveness

    if company is None or not responsiveness.shown(company):
        return ""
    share = round((company.response_rate or 0) * 100)
    hours = company.response_hours
    if hours is None:
        return gettext("Answers %(share)d%% of inquiries (last 90 days)", share=share)
    if hours < 1:
        within = gettext("within an hour")
    elif hours < 48:
        within = gettext("within %(n)d hours", n=max(1, round(hours)))
    else:
        within = gettext("within %(n)d days", n=round(hours / 24))
    return gettext(
        "Answers %(share)d%% of inquiries, usually %(within)s (last 90 days)",
        share=share,
        within=within,
    )


def in_zone(value: datetime | None, zone) -> str:
    """A moment as a wall-clock time in ``zone`` (day, date, hour), in the visitor's language."""
    if value is None:
        return ""
    locale = get_locale() or "en"
    day = dates.format_skeleton("MMMEd", value, tzinfo=zone, locale=locale)
    hour = dates.format_time(
        value, _short_time(dates.Locale.parse(locale)), tzinfo=zone, locale=locale
    )
    return f"{day}, {hour}"


def in_zone_input(value: datetime, zone) -> str:
    """A moment as a ``datetime-local`` input value in ``zone`` (YYYY-MM-DDTHH:MM)."""
    return value.astimezone(zone).strftime("%Y-%m-%dT%H:%M")


def zone_name(zone) -> str:
    """A time zone as people name it ("Germany (Berlin) Time"), in the visitor's language."""
    if str(zone) == "UTC":
        return "UTC"
    return dates.get_timezone_location(
        dates.get_timezone(str(zone)), locale=get_locale() or "en", return_city=False
    )


def _partner_title(name: str | None) -> str:
    from marketplace.partners import registry

    return registry.titles().get(name or "", name or "")


def port_label(code: str | None) -> str:
    """ "Busan (KRPUS)" for a listed port, the code alone for any other place."""
    from marketplace.catalog import ports

    known = ports.get(code)
    return f"{known.name} ({code})" if known else (code or "")


def init_app(app: Flask) -> None:
    """Register the filters."""
    filters = {
        "price": price,
        "amount": amount,
        "money": money,
        "date": as_date,
        "datetime": as_datetime,
        "cell": table_cell,
        "country": country,
        "unit": unit_label,
        "port": port_label,
        "atom_date": atom_date,
        "payment_term": lambda code: str(terms.PAYMENT_TERMS.get(code, code)),
        "payment_short": lambda code: str(terms.PAYMENT_SHORT.get(code, code)),
        "business_type": lambda v: str(BUSINESS_TYPE_LABELS.get(v, v)),
        "size_class": lambda v: str(SIZE_CLASS_LABELS.get(v, v)),
        "partner_title": _partner_title,
        "role": lambda v: str(ROLE_LABELS.get(v, v)),
        "business_type_options": lambda values: {v: BUSINESS_TYPE_LABELS[v] for v in values},
        "size_class_options": lambda values: {v: SIZE_CLASS_LABELS[v] for v in values},
        "category_options": lambda cats: {c.slug: c.name for c in cats},
        "code_options": lambda mapping: {k: f"{k} — {v}" for k, v in mapping.items()},
        "currency_options": lambda mapping, common: {
            **{c: f"{c} — {mapping[c]}" for c in common},
            **{k: f"{k} — {v}" for k, v in mapping.items() if k not in common},
        },
    }
    app.jinja_env.filters.update(filters)
    # Globals, not a context processor: the shared macros (imported without context) use them.
    app.jinja_env.globals.update(
        verification_checks=verification_checks,
        response_line=response_line,
        certificate_label=_certificate_label,
        in_zone=in_zone,
        zone_name=zone_name,
        in_zone_input=in_zone_input,
        match_reason=reasons.shown,
    )

    @app.context_processor
    def _portal():
        return {"portal_title": app.config["PORTAL_TITLE"]}

    @app.context_processor
    def _member_counts():
        # Unread messages and notifications for the header; nothing for visitors.
        from flask_login import current_user

        if not current_user or not current_user.is_authenticated:
            return {}
        from marketplace.conversations import inquiries, notifications

        return {
            "unread_messages": inquiries.unread_count(current_user),
            "unread_notifications": notifications.unread_count(current_user),
        }
