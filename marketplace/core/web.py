"""Helpers shared by the HTML views: permission translation, form state, paging input."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import contextmanager
from functools import wraps

from flask import abort, request
from flask_login import current_user

from marketplace.core.db import db
from marketplace.core.errors import InvalidInput, NotFound, PermissionDenied


@contextmanager
def domain_errors_as_http():
    """Turn NotFound and PermissionDenied raised by a service into 404 and 403."""
    try:
        yield
    except NotFound:
        db.session.rollback()
        abort(404)
    except PermissionDenied:
        db.session.rollback()
        abort(403)


def form_values(names: Iterable[str], list_names: Iterable[str] = ()) -> dict:
    """The submitted form as a plain dict: one string per field, lists for ``list_names``."""
    lists = set(list_names)
    return {
        name: (request.form.getlist(name) if name in lists else request.form.get(name, ""))
        for name in names
    }


def submit(action: Callable, *args, **kwargs):
    """Run a service call that changes data; commit on success.

    Returns ``(result, None)`` or ``(None, errors)`` with field messages, having
    rolled back, so a failed submission saves nothing.
    """
    try:
        result = action(*args, **kwargs)
    except InvalidInput as exc:
        db.session.rollback()
        return None, exc.messages()
    db.session.commit()
    return result, None


def page_arg() -> int:
    """The ``page`` query argument as a positive integer (bad values mean page 1)."""
    try:
        return max(1, min(int(request.args.get("page", 1)), 10_000))
    except (TypeError, ValueError):
        return 1


def role_required(*roles: str):
    """View decorator: the member must be logged in with one of ``roles``."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                from marketplace.core.extensions import login_manager

                return login_manager.unauthorized()
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator
