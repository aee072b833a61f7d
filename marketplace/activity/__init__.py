"""The activity log: what happened on the portal, recorded by the domain packages.

It sits below them (it needs only the database), so accounts, offers, search,
partners and conversations record events without knowing the indicators that
read them; ``marketplace.indicators`` rolls the log up into figures.
"""
