"""The one partner registry that meta-search, multi-posting and lead relay all ask.

Filled once at start-up from the partner file (``TRADEWIND_PARTNERS``); a bad
file stops the app there, with the partner and field named.
"""

from __future__ import annotations

from flask import Flask, current_app

from marketplace.partners.config import Partner, PartnerConfigError, load_partners


def init_app(app: Flask) -> None:
    """Read the partner file into the app; raises PartnerConfigError on a bad one."""
    partners = load_partners(app.config["PARTNERS_FILE"])
    own = app.config["PORTAL_NAME"]
    if any(p.name == own for p in partners):
        raise PartnerConfigError(
            f"partner {own!r}: field 'name' is this portal's own name (TRADEWIND_PORTAL_NAME); "
            "give the partner its own name, or this portal another one"
        )
    app.extensions["partners"] = partners


def partners() -> list[Partner]:
    """Every configured partner, in file order."""
    return current_app.extensions["partners"]


def searchable() -> list[Partner]:
    """Partners that take part in meta-search."""
    return [p for p in partners() if p.search]


def posting() -> list[Partner]:
    """Partners that receive auto multi-posting."""
    return [p for p in partners() if p.post]


def get(name: str | None) -> Partner | None:
    """The partner of this name, or None."""
    return next((p for p in partners() if p.name == name), None)


def titles() -> dict[str, str]:
    """Display names of every configured partner, by name."""
    return {p.name: p.title for p in partners()}
