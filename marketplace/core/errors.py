"""Domain errors that services raise and the web and API layers translate."""

from __future__ import annotations


class DomainError(Exception):
    """Base of the errors a service raises on purpose."""


class InvalidInput(DomainError):
    """One or more fields failed validation; ``fields`` maps field name to message."""

    def __init__(self, fields: dict[str, object]):
        super().__init__(", ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields

    def messages(self) -> dict[str, str]:
        """The field messages as plain strings in the current language."""
        return {name: str(message) for name, message in self.fields.items()}


class PermissionDenied(DomainError):
    """The acting user may not do this (HTTP 403)."""


class EmailNotConfirmed(PermissionDenied):
    """The member has not confirmed their e-mail address yet (HTTP 403, said so)."""


class NotFound(DomainError):
    """The thing asked for does not exist or is not visible (HTTP 404)."""


class Conflict(DomainError):
    """The request conflicts with an earlier one (HTTP 409)."""
