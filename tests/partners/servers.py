"""Real HTTP servers on 127.0.0.1 for partner tests: another Tradewind, and small partner sites."""

from __future__ import annotations

import json
import logging
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape

from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response


@contextmanager
def serving(wsgi_app, port: int = 0):
    """Serve a WSGI app on loopback (a free port unless given); yields its base URL."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no access log per request
    server = make_server("127.0.0.1", port, wsgi_app, threaded=True)
    url = f"http://127.0.0.1:{server.server_port}"
    if hasattr(wsgi_app, "set_public_url"):  # a Tradewind: its links name where it is served
        wsgi_app.set_public_url(url)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield url
    finally:
        server.shutdown()
        thread.join(5)
        # Close the listening socket now, not when the object is collected: a test
        # that serves on this port again must find it free.
        server.server_close()


@dataclass
class FakeSite:
    """A small trading site speaking OpenSearch+RSS, OpenSearch+Atom and JSON.

    ``offers`` are (title, url, summary); the knobs inject latency, failures,
    hangs and hostile content. ``hits`` counts search requests.
    """

    offers: list[tuple[str, str, str]] = field(default_factory=list)
    delay: float = 0.0
    hang: bool = False
    status: int = 200
    body: bytes | None = None
    content_type: str | None = None
    hits: int = 0
    base: str = ""
    extra: dict = field(default_factory=dict)  # merged into the JSON answer's top level
    last_args: dict = field(default_factory=dict)

    def _rss(self, query: str) -> bytes:
        items = "".join(
            f"<item><title>{escape(t)}</title><link>{escape(u)}</link>"
            f"<description>{escape(s)}</description>"
            f"<pubDate>{format_datetime(datetime(2026, 11, 1, tzinfo=UTC))}</pubDate></item>"
            for t, u, s in self.offers
            if query.lower() in (t + s).lower()
        )
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Fake</title>'
            f"<link>{self.base}</link><description>x</description>{items}</channel></rss>"
        ).encode()

    def _atom(self, query: str) -> bytes:
        entries = "".join(
            f'<entry><title>{escape(t)}</title><id>{escape(u)}</id><link href="{escape(u)}"/>'
            f"<summary>{escape(s)}</summary><updated>2026-11-01T00:00:00Z</updated></entry>"
            for t, u, s in self.offers
            if query.lower() in (t + s).lower()
        )
        return (
            f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Fake</title>'
            f"<id>{self.base}</id><updated>2026-11-01T00:00:00Z</updated>{entries}</feed>"
        ).encode()

    def _json(self, query: str) -> bytes:
        items = [
            {"name": t, "link": u, "summary": s, "kind": "sell", "origin": "VN"}
            for t, u, s in self.offers
            if query.lower() in (t + s).lower()
        ]
        return json.dumps({"data": {"items": items}, **self.extra}).encode()

    def _description(self, feed: str) -> bytes:
        kind = "application/rss+xml" if feed == "rss" else "application/atom+xml"
        return (
            f'<?xml version="1.0"?><OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">'
            f'<ShortName>Fake</ShortName><Url type="{kind}" '
            f'template="{self.base}/{feed}?q={{searchTerms}}&amp;n={{count?}}"/>'
            f"</OpenSearchDescription>"
        ).encode()

    def __call__(self, environ, start_response):
        request = Request(environ)
        path = request.path.strip("/")
        if path in ("rss.xml", "atom.xml"):
            body, kind = self._description(path[:-4]), "application/opensearchdescription+xml"
        else:
            self.hits += 1
            self.last_args = dict(request.args)
            if self.hang:
                time.sleep(8)  # bounded: the test's deadline is far shorter
            time.sleep(self.delay)
            query = request.args.get("q") or request.args.get("query") or ""
            body, kind = {
                "rss": (self._rss, "application/rss+xml"),
                "atom": (self._atom, "application/atom+xml"),
                "json": (self._json, "application/json"),
            }[path]
            body = body(query)
            if self.body is not None:
                body = self.body
            if self.content_type:
                kind = self.content_type
        return Response(body, status=self.status, content_type=kind)(environ, start_response)


def json_partner(name: str, site: FakeSite, timeout: float = 2.0) -> dict:
    """A partner-file entry for a FakeSite's JSON search (benchmarks use it)."""
    return {
        "name": name,
        "title": name.title(),
        "kind": "json",
        "url": f"{site.base}/json",
        "search": True,
        "timeout": timeout,
        "mapping": {"results": "data.items", "title": "name", "url": "link"},
        "params": {"q": "query"},
    }


class SlowAfter:
    """Middleware: let the app do its work, then hold the first answer back for ``seconds``.

    The partner has acted, but the caller does not know yet: the window in which
    a worker can die "between sending and recording". Later answers are prompt.
    """

    def __init__(self, app, seconds: float):
        self.app, self.seconds, self.slowed = app, seconds, False

    def __call__(self, environ, start_response):
        body = b"".join(self.app(environ, start_response))
        if not self.slowed:
            self.slowed = True
            time.sleep(self.seconds)
        return [body]


@dataclass
class WebhookReceiver:
    """Receives signed offer events and keeps them, answering with ``status``."""

    secret: str = "s3cret"
    status: int = 200
    delay: float = 0.0
    events: list = field(default_factory=list)

    def __call__(self, environ, start_response):
        import hashlib
        import hmac

        request = Request(environ)
        body = request.get_data()
        # Verified as a partner would, from the documented scheme (not our own code):
        # t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">, no older than five minutes.
        header = dict(
            p.split("=", 1)
            for p in request.headers.get("X-Tradewind-Signature", "").split(",")
            if "=" in p
        )
        stamp = header.get("t", "")
        expected = hmac.new(
            self.secret.encode(), stamp.encode() + b"." + body, hashlib.sha256
        ).hexdigest()
        signed = (
            stamp.isdigit()
            and abs(time.time() - int(stamp)) < 300
            and hmac.compare_digest(header.get("v1", ""), expected)
        )
        self.events.append(
            {"signed": signed, "body": json.loads(body), "headers": dict(request.headers)}
        )
        time.sleep(self.delay)
        return Response(
            json.dumps({"ok": True}), status=self.status, content_type="application/json"
        )(environ, start_response)


class Trickle:
    """A partner that answers a byte at a time: headers dribble in for ``seconds`` in all.

    A socket timeout alone never fires on it (every read gets a byte in time),
    so only a deadline on the whole call stops waiting. ``finished`` is set
    once it has sent its whole answer; ``connections`` counts calls.
    """

    def __init__(self, seconds: float = 20.0, interval: float = 0.5):
        import socket

        self.seconds, self.interval = seconds, interval
        self.connections = 0
        self.finished = threading.Event()
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._threads: list[threading.Thread] = []

    def _answer(self, conn) -> None:
        body = b'{"results": []}'
        answer = (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + str(len(body)).encode()
            + b"\r\n\r\n"
            + body
        )
        steps = max(1, int(self.seconds / self.interval))
        chunk = max(1, -(-len(answer) // steps))
        try:
            conn.settimeout(2)
            conn.recv(65536)
            for start in range(0, len(answer), chunk):
                if self._stop.wait(self.interval):
                    return
                conn.sendall(answer[start : start + chunk])
            self.finished.set()
        except OSError:
            pass  # the caller gave up and closed: what we want
        finally:
            conn.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                continue
            self.connections += 1
            thread = threading.Thread(target=self._answer, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def __enter__(self) -> Trickle:
        thread = threading.Thread(target=self._serve, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(5)
        self._listener.close()
