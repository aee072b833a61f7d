"""Members' time zones: the one their browser reported, else their company's country's."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from babel.core import get_global

UTC = ZoneInfo("UTC")


def valid(name: object) -> str | None:
    """``name`` when it is an IANA time zone this machine knows, else None."""
    if not isinstance(name, str) or not name or len(name) > 64:
        return None
    if name not in available_timezones():
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def of_country(country: str | None) -> ZoneInfo:
    """The main time zone of a country (CLDR's first for it), UTC when unknown."""
    zones = get_global("territory_zones").get(country or "", [])
    return ZoneInfo(zones[0]) if zones else UTC


def of_user(user) -> ZoneInfo:
    """Where the member is: their own setting, else their company's country."""
    if user is not None and valid(getattr(user, "timezone", "")):
        return ZoneInfo(user.timezone)
    company = getattr(user, "company", None)
    return of_country(company.country if company else None)


def local_to_utc(value: str, zone: ZoneInfo) -> datetime:
    """A ``YYYY-MM-DDTHH:MM`` wall-clock time in ``zone`` as an aware UTC datetime."""
    naive = datetime.fromisoformat(value.strip())
    if naive.tzinfo is not None:
        return naive.astimezone(UTC)
    return naive.replace(tzinfo=zone).astimezone(UTC)
