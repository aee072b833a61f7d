"""The one HTTP layer for every partner call: meta-search, multi-posting and lead relay.

One connection pool per process; bodies capped; redirects never followed;
requests only to the hosts the partner file names; and a partner's
``timeout`` bounds the *whole* call: connecting, sending, waiting for the
headers and reading the body. Socket timeouts alone bound each read, so a
site that trickles a byte a second could hold a call for minutes; here every
read is given only the time left before the call's deadline.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpcore

from marketplace.partners.config import Partner, origin_of

MAX_BODY_BYTES = 2 * 1024 * 1024
USER_AGENT = "Tradewind/1.0 (+partner network)"

_call_deadline = threading.local()  # calls are synchronous: one deadline per thread


class CallFailed(Exception):
    """A partner call that produced no usable HTTP answer.

    ``message`` is for traders, ``detail`` for engineers. ``sent`` tells whether
    the request may have reached the partner (then its outcome is unknown);
    ``timeout`` whether the time ran out.
    """

    def __init__(self, message: str, detail: str = "", *, sent: bool, timeout: bool = False):
        super().__init__(message)
        self.message, self.detail, self.sent, self.timeout = message, detail, sent, timeout


@dataclass
class Request:
    """One HTTP request to a partner. Query parameters already in ``url`` are kept."""

    url: str
    params: dict = field(default_factory=dict)
    headers: dict = field(default_factory=dict)
    method: str = "GET"
    body: bytes = b""

    def full_url(self) -> str:
        """``url`` with ``params`` merged into its own query string (``params`` win)."""
        if not self.params:
            return self.url
        parts = urlsplit(self.url)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        query.update({k: str(v) for k, v in self.params.items()})
        return urlunsplit(parts._replace(query=urlencode(query)))


@dataclass
class Response:
    """What came back (body capped)."""

    status: int
    headers: dict
    body: bytes
    url: str

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def _time_left(timeout: float | None, expired: type[Exception]) -> float | None:
    deadline = getattr(_call_deadline, "at", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the call's time is up")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write ends by the call's deadline."""

    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        return _DeadlineStream(
            self._inner.start_tls(
                ssl_context, server_hostname, _time_left(timeout, httpcore.ConnectTimeout)
            )
        )

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self):
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        return _DeadlineStream(
            self._inner.connect_tcp(
                host,
                port,
                _time_left(timeout, httpcore.ConnectTimeout),
                local_address,
                socket_options,
            )
        )

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


_pool = httpcore.ConnectionPool(
    max_connections=64,
    max_keepalive_connections=32,
    keepalive_expiry=30.0,
    network_backend=_DeadlineBackend(),
)


def _check_host(partner: Partner, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or origin_of(url) not in partner.hosts:
        host = f"{parts.hostname or '?'}:{parts.port or ''}".rstrip(":")
        raise CallFailed(
            f"{partner.title} gave an address on a site the partner file does not name",
            f"partner {partner.name}: refused to call {host}, which is not "
            f"named for it in the partner file",
            sent=False,
        )


def call(partner: Partner, request: Request, timeout: float | None = None) -> Response:
    """Make ``request`` to ``partner`` within ``timeout`` seconds in all (its own by default).

    Returns any HTTP answer, 4xx and 5xx included, with the body read up to
    MAX_BODY_BYTES; a redirect is never followed. Raises CallFailed when no
    usable answer arrived.
    """
    url = request.full_url()
    _check_host(partner, url)
    timeout = partner.timeout if timeout is None else max(0.01, timeout)
    headers = {"User-Agent": USER_AGENT, **request.headers}
    if request.body and "Content-Length" not in headers:
        headers["Content-Length"] = str(len(request.body))
    started = time.monotonic()
    _call_deadline.at = started + timeout
    try:
        with _pool.stream(
            request.method,
            url,
            headers=list(headers.items()),
            content=request.body or None,
            extensions={"timeout": dict.fromkeys(("connect", "read", "write", "pool"), timeout)},
        ) as answer:
            chunks, size = [], 0
            for chunk in answer.iter_stream():
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    raise CallFailed(
                        "sent far more data than expected",
                        f"body over {MAX_BODY_BYTES} bytes",
                        sent=True,
                    )
                chunks.append(chunk)
            return Response(
                status=answer.status,
                headers={
                    k.decode("latin-1").lower(): v.decode("latin-1") for k, v in answer.headers
                },
                body=b"".join(chunks),
                url=url,
            )
    except (httpcore.ConnectTimeout, httpcore.PoolTimeout) as exc:
        raise CallFailed(
            "did not answer in time",
            f"no connection within {timeout:.1f} s: {exc}",
            sent=False,
            timeout=True,
        ) from None
    except httpcore.TimeoutException as exc:
        raise CallFailed(
            "did not answer in time",
            f"answer not complete within {timeout:.1f} s ({type(exc).__name__})",
            sent=True,
            timeout=True,
        ) from None
    except httpcore.ConnectError as exc:
        raise CallFailed("could not be reached", f"connect error: {exc}", sent=False) from None
    except (httpcore.NetworkError, httpcore.ProtocolError) as exc:
        raise CallFailed(
            "broke off the connection", f"{type(exc).__name__}: {exc}", sent=True
        ) from None
    except httpcore.UnsupportedProtocol as exc:
        raise CallFailed("has an address we cannot call", str(exc), sent=False) from None
    finally:
        _call_deadline.at = None
