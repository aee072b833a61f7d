"""HTTP for partner calls: bounded in time and bytes, no redirects, plain-word errors."""
from __future__ import annotations

import time

import httpx

from marketplace.partners.adapters.base import PartnerError, Request, Response

MAX_BODY_BYTES = 2 * 1024 * 1024
USER_AGENT = "Tradewind/1.0 (+meta-search)"


def fetch(client: httpx.Client, request: Request, timeout: float) -> Response:
    """GET ``request`` within ``timeout`` seconds in all, reading at most MAX_BODY_BYTES.

    Raises PartnerError with a message a trader understands; TimeoutError when
    the time is up (so the caller can count timeouts apart from errors).
    """
    deadline = time.monotonic() + timeout
    headers = {"User-Agent": USER_AGENT, **request.headers}
    try:
        with client.stream("GET", request.url, params=request.params or None, headers=headers,
                           timeout=httpx.Timeout(timeout), follow_redirects=False) as answer:
            if 300 <= answer.status_code < 400:
                raise PartnerError("sent us to another address instead of answering",
                                   f"HTTP {answer.status_code} to {answer.headers.get('location', '')[:200]}")
            if answer.status_code >= 400:
                first = answer.read()[:300] if answer.status_code < 600 else b""
                raise PartnerError(f"had a problem (HTTP {answer.status_code})",
                                   f"HTTP {answer.status_code}: {first[:300]!r}")
            chunks, size = [], 0
            for chunk in answer.iter_bytes():
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    raise PartnerError("sent far more data than a search result",
                                       f"body over {MAX_BODY_BYTES} bytes")
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise TimeoutError("body still arriving at the deadline")
            return Response(status=answer.status_code,
                            headers={k.lower(): v for k, v in answer.headers.items()},
                            body=b"".join(chunks), url=str(answer.url))
    except httpx.TimeoutException as exc:
        raise TimeoutError(str(exc) or type(exc).__name__) from None
    except httpx.ConnectError as exc:
        raise PartnerError("could not be reached", f"connect error: {exc}") from None
    except httpx.HTTPError as exc:
        raise PartnerError("broke off the connection", f"{type(exc).__name__}: {exc}") from None
