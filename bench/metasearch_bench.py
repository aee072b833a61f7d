"""Meta-search benchmark: 8 partners answering in 100-400 ms plus one that never answers.

    .venv/bin/python -m bench.metasearch_bench --searches 100

Reports meta-search latency p50/p95 beside the slowest healthy partner's own
latency, against the targets: p95 within the slowest healthy partner + 100 ms,
and never beyond the deadline + 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.partners.conftest import partner_toml
from tests.partners.servers import FakeSite, json_partner, serving

DELAYS = [0.10, 0.14, 0.18, 0.22, 0.26, 0.30, 0.35, 0.40]
OFFERS = [
    (f"Steel pipes lot {n}", f"http://site.example/offers/{n}", "welded steel pipes")
    for n in range(20)
]


def pct(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--searches", type=int, default=100)
    parser.add_argument("--deadline", type=float, default=3.0)
    args = parser.parse_args()

    from app import create_app
    from marketplace.core.db import db

    with ExitStack() as stack:
        entries = []
        sites = []
        for n, delay in enumerate(DELAYS):
            fake = FakeSite(offers=OFFERS, delay=delay)
            fake.base = stack.enter_context(serving(fake))
            sites.append(fake)
            entries.append(json_partner(f"site{n}", fake))
        hung = FakeSite(offers=OFFERS, hang=True)
        hung.base = stack.enter_context(serving(hung))
        entries.append(
            {
                "name": "never",
                "title": "Never answers",
                "kind": "json",
                "url": f"{hung.base}/json",
                "search": True,
                "timeout": 2.0,
                "mapping": {"results": "data.items", "title": "name", "url": "link"},
            }
        )
        data_dir = tempfile.mkdtemp(prefix="tradewind-meta-")
        partners_file = Path(data_dir) / "partners.toml"
        partners_file.write_text(partner_toml(*entries))
        app = create_app(
            {
                "DATA_DIR": data_dir,
                "SECRET_KEY": "bench",
                "DEMO": False,
                "PARTNERS_FILE": str(partners_file),
                "SERVER_NAME": "bench.local",
                "METASEARCH_DEADLINE": args.deadline,
            }
        )
        with app.app_context():
            db.create_all()
        client = app.test_client()
        latencies = []
        for n in range(args.searches):
            started = time.perf_counter()
            answer = client.get(f"/api/v1/metasearch?q=steel+{n}").get_json()
            latencies.append((time.perf_counter() - started) * 1000)
        statuses = {}
        for source in answer["sources"]:
            statuses[source["name"]] = source["status"]
    slowest = max(DELAYS) * 1000
    p50, p95 = statistics.median(latencies), pct(latencies, 95)
    print(
        f"{args.searches} meta-searches over 8 partners (100-400 ms) + 1 that never answers, "
        f"deadline {args.deadline:.1f} s"
    )
    print(f"meta-search latency: p50 {p50:.0f} ms   p95 {p95:.0f} ms   max {max(latencies):.0f} ms")
    print(
        f"slowest healthy partner: {slowest:.0f} ms -> target p95 <= {slowest + 100:.0f} ms: "
        f"{'met' if p95 <= slowest + 100 else 'NOT met'}"
    )
    print(
        f"never beyond deadline + 100 ms ({args.deadline * 1000 + 100:.0f} ms): "
        f"{'met' if max(latencies) <= args.deadline * 1000 + 100 else 'NOT met'}"
    )
    print(f"last search's statuses: {statuses}")


if __name__ == "__main__":
    main()
