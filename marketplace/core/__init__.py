"""Pieces every domain package shares: database, extensions, errors, i18n, security."""
