"""Two web nodes and two workers on one PostgreSQL: how soon node 2 finds what node 1 took.

    .venv/bin/python -m bench.cluster_bench [--rate 20] [--seconds 60] [--down 30]

On one machine over loopback, with PostgreSQL on 127.0.0.1:5432 (a database of its
own, ``tradewind_bench``, created afresh and migrated with ``flask db upgrade``):

1. node 1 and node 2 (gunicorn, ``TRADEWIND_WORKER=0``, separate data directories),
   worker 1 and worker 2 (``flask worker``, their own data directories), a webhook
   partner on loopback that receives every posting, and a buyer's trade alert;
2. offers posted through node 1's API at ``--rate`` per second for ``--seconds``,
   while one searcher asks node 2 for the newest offers every 50 ms: for each offer,
   the time from node 1's 201 answer to node 2's first answer that lists it;
3. afterwards ``flask search check`` on both nodes, postings delivered per offer
   (and distinct idempotency keys), alert notifications per offer;
4. node 2 killed with SIGKILL for ``--down`` seconds while posting goes on, then
   started again: the time until it answers and until its index has every offer.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from tests.cluster.nodes import REPO, Cluster, Process
from tests.partners.conftest import partner_toml
from tests.partners.servers import WebhookReceiver, serving

SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"
DATABASE = "tradewind_bench"
URL = f"{SERVER}/{DATABASE}"


def _fresh_database() -> None:
    admin = create_engine(f"{SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {DATABASE}"))
    admin.dispose()


def _flask(process_env: dict, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "app", *args],
        check=False,  # `search check` exits 1 on drift: its verdict is what we print
        cwd=REPO,
        env=process_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result.stdout + result.stderr


def _member_and_token(tmp: Path) -> tuple[str, int]:
    """An exporter's API token, and a buyer with an alert on the probe word."""
    from app import create_app
    from marketplace.accounts.services import create_token, register_member
    from marketplace.conversations import alerts
    from marketplace.core.db import db

    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": URL, "DATA_DIR": str(tmp / "setup"), "DEMO": False}
    )
    with app.app_context():
        exporter = register_member(
            {"email": "bench@exporter.example", "password": "x" * 12, "role": "exporter"},
            {"name": "Bench Rice Mills", "country": "TH", "business_type": "manufacturer"},
        )
        buyer = register_member(
            {"email": "bench@buyer.example", "password": "x" * 12, "role": "buyer"},
            {"name": "Bench Foods GmbH", "country": "DE", "business_type": "buyer"},
        )
        alerts.save(buyer, {"q": "alertprobe"})
        _, secret = create_token(exporter)
        db.session.commit()
        buyer_id = buyer.id
        db.session.remove()
        db.engine.dispose()
    return secret, buyer_id


class Poster:
    """Posts offers through one node at a steady rate; remembers when each was accepted.

    Requests are sent on schedule from a few threads, so that one slow answer does
    not hold back the next offer (a node answers in about 50-150 ms under this load).
    """

    THREADS = 4

    def __init__(self, node: Process, secret: str, rate: float):
        self.node, self.secret, self.rate = node, secret, rate
        self.accepted: dict[int, float] = {}  # offer id -> monotonic time of the 201
        self.failed = 0
        self.sent = 0
        self._lock = threading.Lock()

    def _post(self, client: httpx.Client, n: int) -> None:
        probe = " alertprobe" if n % 20 == 0 else ""
        title = f"Benchrun jasmine rice lot {n}{probe}"
        try:
            response = client.post(
                "/api/v1/offers",
                json={"type": "sell", "title": title, "hs_code": "100630"},
                headers={"Authorization": f"Bearer {self.secret}"},
            )
            ok = response.status_code == 201
            offer_id = response.json()["id"] if ok else None
        except (httpx.HTTPError, ValueError, KeyError):
            ok, offer_id = False, None
        with self._lock:
            if ok:
                self.accepted[offer_id] = time.monotonic()
            else:
                self.failed += 1

    def run(self, seconds: float) -> None:
        """Post ``rate`` offers a second for ``seconds`` (numbers continue across calls)."""
        first, count = self.sent, int(seconds * self.rate)
        self.sent += count
        started = time.monotonic()

        def lane(k: int) -> None:
            with httpx.Client(base_url=self.node.url, trust_env=False, timeout=10) as client:
                for i in range(k, count, self.THREADS):
                    time.sleep(max(0.0, started + i / self.rate - time.monotonic()))
                    self._post(client, first + i)

        lanes = [threading.Thread(target=lane, args=(k,)) for k in range(self.THREADS)]
        for thread in lanes:
            thread.start()
        for thread in lanes:
            thread.join()


class Searcher:
    """Asks a node for the newest offers every 50 ms; notes when each offer first appears."""

    def __init__(self, node: Process):
        self.node = node
        self.seen: dict[int, float] = {}
        self.errors = 0
        self.stop = threading.Event()

    def run(self) -> None:
        client = httpx.Client(base_url=self.node.url, trust_env=False, timeout=10)
        while not self.stop.is_set():
            try:
                answer = client.get(
                    "/api/v1/offers", params={"q": "benchrun", "sort": "newest", "per_page": 50}
                ).json()
                now = time.monotonic()
                for result in answer["results"]:
                    self.seen.setdefault(result["id"], now)
            except (httpx.HTTPError, ValueError, KeyError):
                self.errors += 1
            self.stop.wait(0.05)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _indexed_count(node: Process) -> int:
    from search_index import backends

    whoosh = backends.get("whoosh")
    index = str(node.data_dir / "index")
    return len(whoosh.stamps(index, "offers")) if whoosh.exists(index) else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--down", type=float, default=30)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="tradewind-cluster-"))
    _fresh_database()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWIND_")}
    env.update(TRADEWIND_DATABASE_URL=URL, TRADEWIND_DATA_DIR=str(tmp / "setup"))
    _flask(env, "db", "upgrade")
    secret, buyer_id = _member_and_token(tmp)
    print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores)")

    with ExitStack() as stack:
        receiver = WebhookReceiver()
        hook = stack.enter_context(serving(receiver))
        os.environ["BENCH_HOOK_SECRET"] = receiver.secret
        partners = partner_toml(
            {
                "name": "hook",
                "title": "Webhook partner",
                "kind": "webhook",
                "url": f"{hook}/events",
                "search": False,
                "post": True,
                "timeout": 5.0,
                "token_env": "BENCH_HOOK_SECRET",
            }
        )
        cluster = Cluster(tmp, URL, partners_toml=partners, BENCH_HOOK_SECRET=receiver.secret)
        stack.callback(cluster.stop)
        node1, node2 = cluster.web("node-1"), cluster.web("node-2")
        workers = [cluster.worker("worker-1"), cluster.worker("worker-2")]
        for process in (node1, node2, *workers):
            process.wait_ready()

        # The baseline, in the same run: node 1 searching for what it took itself.
        poster = Poster(node1, secret, args.rate)
        searchers = {"node 2 (the other node)": Searcher(node2), "node 1 (itself)": Searcher(node1)}
        watching = [threading.Thread(target=s.run, daemon=True) for s in searchers.values()]
        for thread in watching:
            thread.start()
        poster.run(args.seconds)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not all(
            set(poster.accepted) <= set(s.seen) for s in searchers.values()
        ):
            time.sleep(0.2)
        for searcher in searchers.values():
            searcher.stop.set()
        for thread in watching:
            thread.join(5)
        load = os.getloadavg()[0]
        errors = sum(s.errors for s in searchers.values())
        print(
            f"\nposted {len(poster.accepted)} offers through node 1 in {args.seconds:.0f} s "
            f"({args.rate:.0f}/s asked; {poster.failed} refused or failed); node 1 and node 2 "
            f"each searched every 50 ms ({errors} failed searches); load average {load:.2f}"
        )
        for label, searcher in searchers.items():
            seen = searcher.seen
            delays = [seen[i] - t for i, t in poster.accepted.items() if i in seen]
            print(
                f"time until {label} finds a new offer: "
                f"p50 {statistics.median(delays) * 1000:.0f} ms, "
                f"p95 {_percentile(delays, 0.95) * 1000:.0f} ms, max {max(delays) * 1000:.0f} ms; "
                f"never found: {len(poster.accepted) - len(delays)}"
            )

        # Kill node 2 while posting goes on; bring it back.
        node2.kill()
        poster.run(args.down)
        restarted = time.monotonic()
        node2.start().wait_ready()
        answering = time.monotonic() - restarted
        total = len(poster.accepted)
        while time.monotonic() - restarted < 120 and _indexed_count(node2) < total:
            time.sleep(0.1)
        caught_up = time.monotonic() - restarted
        print(
            f"node 2 killed (SIGKILL) for {args.down:.0f} s while {args.rate:.0f} offers/s were "
            f"posted: answering again {answering:.1f} s after restart, every one of "
            f"{total} offers in its index after {caught_up:.1f} s"
        )

        # Let deliveries and alerts settle, then count.
        time.sleep(15)
        for node in (node1, node2):
            node_env = dict(node.env)
            verdict = _flask(node_env, "search", "check").strip().splitlines()[-1]
            print(f"search check on {node.name}: {verdict}")
        created = Counter(
            e["body"]["offer_id"] for e in receiver.events if e["body"]["event"] == "created"
        )
        keys = Counter(
            (e["body"]["offer_id"], e["headers"].get("Idempotency-Key"))
            for e in receiver.events
            if e["body"]["event"] == "created"
        )
        twice = sum(1 for n in created.values() if n > 1)
        print(
            f"postings: {len(created)} of {total} offers delivered to the webhook partner; "
            f"delivered more than once: {twice} (same idempotency key repeated: "
            f"{sum(1 for n in keys.values() if n > 1)})"
        )
        engine = create_engine(URL)
        with engine.connect() as connection:
            texts = connection.execute(
                text("SELECT text FROM notification WHERE user_id = :u AND kind = 'alert'"),
                {"u": buyer_id},
            ).scalars()
            notified = sum(int(re.match(r"(\d+)", t).group(1)) for t in texts)
            probes = connection.execute(
                text("SELECT count(*) FROM offer WHERE title LIKE '%alertprobe%'")
            ).scalar()
            runs = dict(connection.execute(text("SELECT name, runs FROM periodic_job")).all())
        engine.dispose()
        print(
            f"alerts: {probes} matching offers, {notified} announced in notifications "
            f"(more would mean an offer notified twice); periodic job runs {runs}"
        )
        print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
