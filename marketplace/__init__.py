"""Tradewind's domain packages: accounts, companies, offers, catalog, API and demo data."""
