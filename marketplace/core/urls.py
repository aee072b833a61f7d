"""URL helpers: safe redirects, and absolute URLs only from the configured public address."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from flask import Flask, current_app, has_request_context, request, url_for
from werkzeug.routing import BuildError, MapAdapter


def safe_next(target: str | None, default: str = "/") -> str:
    """``target`` when it is a path on this site, else ``default``.

    Refuses absolute URLs, scheme-relative ``//host`` and backslash tricks, so a
    crafted ``next`` link can never send a member to another site after log-in.
    """
    if not target or not isinstance(target, str):
        return default
    target = target.strip()
    parts = urlsplit(target)
    if (
        parts.scheme
        or parts.netloc
        or not target.startswith("/")
        or target.startswith("//")
        or "\\" in target
        or any(ord(c) < 32 for c in target)
    ):
        return default
    return target


_ANCHOR_SAFE = "%!#$&'()*+,/:;=?@"  # what Flask leaves unquoted in an anchor


class PublicUrls(Flask):
    """Flask mix-in: every absolute URL is built from ``PUBLIC_URL``, never from ``Host``.

    ``url_for(..., _external=True)`` in views and templates, and any URL built
    outside a request (the worker, mails), name the portal's configured public
    address. A request with a forged ``Host`` header therefore cannot plant
    links to another site in notifications, mails, feeds or API answers.
    Relative URLs within a request are Flask's own.
    """

    _public_adapter: MapAdapter | None = None

    def public_adapter(self) -> MapAdapter:
        """A URL adapter bound to ``PUBLIC_URL`` (scheme, host, port and path prefix)."""
        if self._public_adapter is None:
            base = urlsplit(self.config["PUBLIC_URL"])
            self._public_adapter = self.url_map.bind(
                base.netloc,
                script_name=base.path.rstrip("/") or "/",
                url_scheme=base.scheme or "http",
            )
        return self._public_adapter

    def set_public_url(self, url: str) -> None:
        """Change the public address (a test server learns its port only once it listens)."""
        self.config["PUBLIC_URL"] = url
        self._public_adapter = None

    def url_for(
        self,
        endpoint: str,
        *,
        _anchor: str | None = None,
        _method: str | None = None,
        _scheme: str | None = None,
        _external: bool | None = None,
        **values,
    ) -> str:
        in_request = has_request_context()
        if in_request and not _external and _scheme is None:
            return super().url_for(endpoint, _anchor=_anchor, _method=_method, **values)
        if endpoint[:1] == ".":
            blueprint = request.blueprint if in_request else None
            endpoint = f"{blueprint}{endpoint}" if blueprint else endpoint[1:]
        self.inject_url_defaults(endpoint, values)
        try:
            rv = self.public_adapter().build(
                endpoint,
                values,
                method=_method,
                url_scheme=_scheme,
                force_external=_external is not False,
            )
        except BuildError as error:
            values.update(_anchor=_anchor, _method=_method, _scheme=_scheme, _external=_external)
            return self.handle_url_build_error(error, endpoint, values)
        if _anchor is not None:
            rv = f"{rv}#{quote(_anchor, safe=_ANCHOR_SAFE)}"
        return rv


def external_url(endpoint: str, **values) -> str:
    """An absolute URL on this portal's public address, inside a request or not."""
    return url_for(endpoint, _external=True, **values)


def public_base() -> str:
    """The portal's public address, without a trailing slash."""
    return current_app.config["PUBLIC_URL"].rstrip("/")
