"""How a company answers inquiries, as the pages, search ranking and matching read it.

The figures (``Company.inquiries_received``, ``response_rate``, ``response_hours``,
last 90 days) are computed by ``marketplace.conversations.responsiveness``.
"""

from __future__ import annotations

MIN_INQUIRIES = 5  # below this the figures say too little to show or rank by
# "Responsive" in ranking and matching: answers most inquiries within two days.
RESPONSIVE_RATE = 0.8
RESPONSIVE_HOURS = 48.0


def shown(company) -> bool:
    """True when there are enough inquiries for the figures to be shown."""
    return company.inquiries_received >= MIN_INQUIRIES and company.response_rate is not None


def responsive(company) -> bool:
    """The ranking and matching signal: enough inquiries, most answered within two days.
    Takes a Company or any row with the same three columns."""
    return (
        (company.inquiries_received or 0) >= MIN_INQUIRIES
        and (company.response_rate or 0) >= RESPONSIVE_RATE
        and company.response_hours is not None
        and company.response_hours <= RESPONSIVE_HOURS
    )
