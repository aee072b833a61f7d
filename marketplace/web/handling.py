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
    """Run a service call that changes data (the request's unit of work commits it).

    Returns ``(result, None)`` or ``(None, errors)`` with field messages, having
    rolled back, so a failed submission saves nothing.
    """
    try:
        result = action(*args, **kwargs)
    except InvalidInput as exc:
        db.session.rollback()
        return None, exc.messages()
    return result, None


def init_unit_of_work(app) -> None:
    """One unit of work per request: commit once the view has answered, roll back on an error.

    Views and services only add and flush (as Indico's request handler does). A
    view that catches a domain error rolls back itself (``submit``,
    ``domain_errors_as_http``), so what it refused is not saved; the writes made
    while answering (a view counted, a search recorded) are committed after the
    page is rendered, so they never expire what is being rendered.
    """

    @app.after_request
    def _commit(response):
        db.session.commit()
        return response

    @app.teardown_request
    def _roll_back(error):
        if error is not None:
            db.session.rollback()


def page_arg() -> int:
    """The ``page`` query argument as a positive integer (bad values mean page 1)."""
    try:
        return max(1, min(int(request.args.get("page", 1)), 10_000))
    except (TypeError, ValueError):
        return 1


def confirmed_email_required(view):
    """View decorator: a member who has not confirmed their address is told how, with a
    button to mail the link again, instead of a form they could not send."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if current_user.is_authenticated and not current_user.email_confirmed:
            from flask import render_template

            return render_template("accounts/confirm_needed.html"), 403
        return view(*args, **kwargs)

    return wrapped


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
