"""Partner network benchmark: lead round trips, posting beside a trickling site, meta-search
beside a trickling site. Every server runs in this process on 127.0.0.1.

    .venv/bin/python -m bench.federation_bench --leads 100 --offers 200 --searches 100

1. Lead round trip: a buyer's inquiry on portal B's copy until it is in the
   exporter's Inbox on portal A, with both portals' real worker threads running
   (polling every 0.1 s). Baseline in the same run, interleaved: the same
   inquiry POSTed straight to A's API (the floor a relay cannot beat).
2. Posting to 4 webhook partners of which one trickles its answer a byte at a
   time for 30 s (timeout 1 s): deliveries per second to the 3 healthy ones,
   against the same 3 with no slow partner; runs alternate, 5 each (median).
3. Meta-search over 3 healthy partners (100, 200, 300 ms) and one trickler
   (timeout 1 s): p95 against the slowest healthy partner + 100 ms, and the
   longest call to the trickler against its timeout + 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.partners.network import Portal, portal_entry, serve
from tests.partners.servers import FakeSite, Trickle, WebhookReceiver, json_partner, serving

OFFER = {"type": "sell", "title": "Stainless steel welded pipes TP316L", "hs_code": "730640"}


def pct(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def _wait(condition, timeout=30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.005)
    return False


def lead_round_trip(root: Path, count: int) -> None:
    """Figures 1: relay round trip against a direct API call, interleaved."""
    from sqlalchemy import func, select

    from marketplace.accounts.models import User
    from marketplace.accounts.services import create_token
    from marketplace.conversations.models import InquiryMessage
    from marketplace.core.db import db
    from marketplace.offers import services as offers
    from marketplace.offers.models import Offer
    from marketplace.worker import start_in_thread

    a, b = Portal(root, "portal-a", "Portal A"), Portal(root, "portal-b", "Portal B")
    a.partners = [portal_entry(b, "A_TO_B", post=True)]
    b.partners = [portal_entry(a, "B_TO_A")]
    for portal in (a, b):
        portal.build()
        portal.app.config["INQUIRIES_PER_HOUR"] = 10 * count
    exporter = a.member("sales@hanbit.example", "Hanbit Steel")
    b.member("buyer@berlin.example", "Berlin Imports", role="buyer", country="DE")
    direct_buyer = a.member("buyer@osaka.example", "Osaka Trading", role="buyer", country="JP")
    b.member("listings@b.example", "Portal A listings")
    a.member("relay@a.example", "Portal B buyers")
    os.environ["A_TO_B"] = b.partner_token("listings@b.example", "portal-a")
    os.environ["B_TO_A"] = a.partner_token("relay@a.example", "portal-b")
    direct_token = a.run(lambda: create_token(db.session.get(User, direct_buyer), "bench")[1])

    def messages_on_a() -> int:
        with a.app.app_context():
            n = db.session.scalar(select(func.count()).select_from(InquiryMessage))
            db.session.remove()
            return n

    with ExitStack() as stack:
        serve(stack, a, b)
        offer_id = a.run(lambda: offers.create_offer(db.session.get(User, exporter), OFFER).id)
        a.work()
        copy_id = b.rows(Offer)[0].id
        workers = [start_in_thread(a.app), start_in_thread(b.app)]
        buyer_client, api = b.client("buyer@berlin.example"), a.client()
        relayed, direct = [], []
        try:
            for n in range(count):
                before = messages_on_a()
                started = time.perf_counter()
                buyer_client.post(
                    f"/offers/{copy_id}/inquiries",
                    data={"body": f"Inquiry number {n}: 40 t of 2 inch pipe, CIF Hamburg, please."},
                )
                if not _wait(lambda before=before: messages_on_a() > before):
                    raise SystemExit("a lead did not arrive within 30 s")
                relayed.append(time.perf_counter() - started)
                before = messages_on_a()
                started = time.perf_counter()
                api.post(
                    f"/api/v1/offers/{offer_id}/inquiries",
                    json={"message": f"Direct inquiry number {n}: 40 t of 2 inch pipe, FOB Busan."},
                    headers={"Authorization": f"Bearer {direct_token}"},
                )
                direct.append(time.perf_counter() - started)
        finally:
            for worker in workers:
                worker.stop()
    print(f"\n1. Lead round trip over {count} inquiries (worker polling 0.1 s)")
    print(
        f"   relayed B -> A inbox   p50 {ms(statistics.median(relayed))}  p95 {ms(pct(relayed, 95))}"
        f"  max {ms(max(relayed))}"
    )
    print(
        f"   direct POST to A's API p50 {ms(statistics.median(direct))}  p95 {ms(pct(direct, 95))}"
    )


def posting_rate(root: Path, offers_count: int, slow: bool) -> float:
    """Deliveries per second to 3 healthy webhook partners, with or without a trickler."""
    from sqlalchemy import func, select

    from marketplace.accounts.models import User
    from marketplace.core.db import db
    from marketplace.offers import services as offers
    from marketplace.posting import deliverer
    from marketplace.posting.models import Posting

    receivers = [WebhookReceiver(secret="bench-secret") for _ in range(3)]
    os.environ["BENCH_HOOK"] = "bench-secret"
    with ExitStack() as stack:
        urls = [stack.enter_context(serving(r)) for r in receivers]
        portal = Portal(
            root, f"poster-{'slow' if slow else 'plain'}-{time.monotonic_ns()}", "Poster"
        )
        portal.partners = [
            {
                "name": f"hook{n}",
                "title": f"Hook {n}",
                "kind": "webhook",
                "url": url,
                "post": True,
                "search": False,
                "timeout": 2.0,
                "token_env": "BENCH_HOOK",
            }
            for n, url in enumerate(urls)
        ]
        if slow:
            trickle = stack.enter_context(Trickle(seconds=30))
            portal.partners.append(
                {
                    "name": "trickler",
                    "title": "Trickler",
                    "kind": "webhook",
                    "url": trickle.url,
                    "post": True,
                    "search": False,
                    "timeout": 1.0,
                    "token_env": "BENCH_HOOK",
                }
            )
        portal.build()
        exporter = portal.member("sales@a.example", "Hanbit Steel")
        for n in range(offers_count):
            portal.run(
                lambda n=n: offers.create_offer(
                    db.session.get(User, exporter), {**OFFER, "title": f"{OFFER['title']} {n}"}
                )
            )
        target = 3 * offers_count
        healthy = Posting.partner.in_(["hook0", "hook1", "hook2"])
        with portal.app.app_context():
            started = time.perf_counter()
            while True:
                deliverer.deliver_due(wait=False)
                done = db.session.scalar(
                    select(func.count())
                    .select_from(Posting)
                    .where(healthy, Posting.state == "posted")
                )
                db.session.remove()
                if done >= target:
                    break
                time.sleep(0.01)
            elapsed = time.perf_counter() - started
    return target / elapsed


def metasearch_with_trickler(root: Path, searches: int) -> None:
    """Figures 3: meta-search latency beside a trickling partner."""
    from sqlalchemy import func, select

    from marketplace.core.db import db
    from marketplace.partners.models import PartnerCall
    from marketplace.partners.service import clear_cache

    offers = [
        (f"Steel pipes lot {n}", f"http://site.example/offers/{n}", "welded steel pipes")
        for n in range(20)
    ]
    with ExitStack() as stack:
        entries, healthy = [], []
        for n, delay in enumerate((0.1, 0.2, 0.3)):
            fake = FakeSite(offers=offers, delay=delay)
            fake.base = stack.enter_context(serving(fake))
            healthy.append(fake)
            entries.append(json_partner(f"site{n}", fake))
        trickle = stack.enter_context(Trickle(seconds=30))
        entries.append(
            {
                "name": "trickler",
                "title": "Trickler",
                "kind": "json",
                "url": f"{trickle.url}/search",
                "search": True,
                "timeout": 1.0,
                "mapping": {"results": "results"},
            }
        )
        portal = Portal(root, "searcher", "Searcher")
        portal.partners = entries
        portal.build()
        client = portal.client()
        import httpx

        total, slowest = [], []
        for n in range(searches):
            clear_cache()
            started = time.perf_counter()
            client.get(f"/api/v1/metasearch?q=pipes+{n}")
            total.append(time.perf_counter() - started)
            started = time.perf_counter()  # interleaved: the slowest healthy partner alone
            httpx.get(f"{healthy[-1].base}/json", params={"query": f"pipes {n}"})
            slowest.append(time.perf_counter() - started)
        with portal.app.app_context():
            longest = db.session.scalar(
                select(func.max(PartnerCall.elapsed_ms)).where(
                    PartnerCall.partner == "trickler", PartnerCall.outcome != "suspended"
                )
            )
            asked = db.session.scalar(
                select(func.count())
                .select_from(PartnerCall)
                .where(PartnerCall.partner == "trickler", PartnerCall.outcome != "suspended")
            )
            db.session.remove()
    target = pct(slowest, 95) + 0.1
    print(f"\n3. Meta-search, 3 healthy partners + 1 trickler, {searches} searches")
    print(
        f"   meta-search            p50 {ms(statistics.median(total))}  p95 {ms(pct(total, 95))}"
        f"  max {ms(max(total))}"
    )
    print(
        f"   slowest healthy alone  p50 {ms(statistics.median(slowest))}  p95 {ms(pct(slowest, 95))}"
    )
    print(f"   target p95 <= {ms(target)}: {'met' if pct(total, 95) <= target else 'NOT met'}")
    print(
        f"   trickler asked {asked} times (then paused); longest call {longest} ms "
        f"(limit {ms(1.5)}): {'met' if longest <= 1500 else 'NOT met'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100)
    parser.add_argument("--offers", type=int, default=200)
    parser.add_argument("--searches", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5, help="posting runs per configuration")
    args = parser.parse_args()
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="tradewind-federation-") as tmp:
        root = Path(tmp)
        lead_round_trip(root / "leads", args.leads)
        rates = {True: [], False: []}
        for _ in range(args.runs):
            for slow in (True, False):
                rates[slow].append(posting_rate(root / "posting", args.offers, slow))
        with_slow, without = statistics.median(rates[True]), statistics.median(rates[False])
        print(
            f"\n2. Posting {args.offers} offers to 3 healthy webhook partners "
            f"({args.runs} runs each, alternating)"
        )
        print(
            f"   with a trickling 4th partner: {with_slow:,.1f} deliveries/s "
            f"(runs: {', '.join(f'{r:.1f}' for r in rates[True])})"
        )
        print(
            f"   with no slow partner:         {without:,.1f} deliveries/s "
            f"(runs: {', '.join(f'{r:.1f}' for r in rates[False])})"
        )
        print(
            f"   ratio {with_slow / without:.2f} (target >= 0.90: "
            f"{'met' if with_slow >= 0.9 * without else 'NOT met'})"
        )
        metasearch_with_trickler(root / "meta", args.searches)
    print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
