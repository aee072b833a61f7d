"""Search benchmark: Whoosh search path vs SQLite FTS5 on the same synthetic corpus.

    .venv/bin/python -m bench.search_bench --offers 100000

Prints rebuild speed, first-time and repeated query latency (whole path: parse,
search, facets, loading rows, highlighting) beside FTS5 on the same queries,
freshness while offers are posted at 20/s, and a web process's memory.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from sqlalchemy import text

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary(samples: list[float]) -> str:
    return f"p50 {statistics.median(samples):7.2f} ms   p95 {pct(samples, 95):7.2f} ms   (n={len(samples)})"


def make_app(data_dir: str):
    from app import create_app

    return create_app(
        {"DATA_DIR": data_dir, "SECRET_KEY": "bench", "DEMO": False, "SERVER_NAME": "bench.local"}
    )


def whole_path(params: dict) -> None:
    """One search as the results page does it: search, load rows, highlight snippets."""
    from marketplace.search.params import parse_search_args
    from marketplace.search.services import find_offers
    from search_index.highlight import mark

    query, _ = parse_search_args(params)
    page = find_offers(query)
    for offer in page.offers:
        mark(offer.title, page.terms, page.cjk)
        mark(offer.description, page.terms, page.cjk, fragment=True)


def fts_setup(db) -> float:
    started = time.perf_counter()
    db.session.execute(
        text(
            "CREATE VIRTUAL TABLE offer_fts USING fts5(title, description, "
            "content='offer', content_rowid='id', tokenize='porter')"
        )
    )
    db.session.execute(
        text(
            "INSERT INTO offer_fts(rowid, title, description) "
            "SELECT id, title, description FROM offer"
        )
    )
    db.session.commit()
    return time.perf_counter() - started


def fts_query(db, params: dict) -> None:
    """The same question answered by SQLite FTS5: count, facets, top 20 with snippets."""
    q = params.get("q", "")
    where, args = ["o.status = 'active'", "o.valid_until >= date('now')"], {}
    digits = q.replace(".", "")
    if digits.isdigit():
        # a prefix as a range, so SQLite uses the hs_code index
        where.append("o.hs_code >= :hs_low AND o.hs_code < :hs_high")
        args["hs_low"], args["hs_high"] = digits, digits[:-1] + chr(ord(digits[-1]) + 1)
        match = None
    else:
        match = q if q.startswith('"') else " AND ".join(f'"{w}"' for w in q.split())
    if params.get("hs"):
        code = params["hs"]
        where.append("o.hs_code >= :hs_low AND o.hs_code < :hs_high")
        args["hs_low"], args["hs_high"] = code, code[:-1] + chr(ord(code[-1]) + 1)
    for name, column in (
        ("type", "type"),
        ("category", "category"),
        ("country", "origin_country"),
        ("incoterm", "incoterm"),
    ):
        if params.get(name):
            where.append(f"o.{column} = :{name}")
            args[name] = params[name]
    source = "offer o"
    if match:
        # CROSS JOIN keeps SQLite from probing the FTS index once per offer row.
        source = "offer_fts CROSS JOIN offer o ON o.id = offer_fts.rowid"
        where.append("offer_fts MATCH :match")
        args["match"] = match
    clause = " AND ".join(where)
    db.session.execute(text(f"SELECT count(*) FROM {source} WHERE {clause}"), args).scalar()
    for column in ("type", "category", "origin_country"):
        db.session.execute(
            text(f"SELECT o.{column}, count(*) FROM {source} WHERE {clause} GROUP BY o.{column}"),
            args,
        ).all()
    order = "ORDER BY bm25(offer_fts)" if match else "ORDER BY o.created_at DESC"
    snippet = (
        "snippet(offer_fts, 1, '<mark>', '</mark>', '…', 30)"
        if match
        else "substr(o.description, 1, 200)"
    )
    db.session.execute(
        text(f"SELECT o.id, o.title, {snippet} FROM {source} WHERE {clause} {order} LIMIT 20"), args
    ).all()


def time_queries(run, mix: dict, rounds: int, before=lambda: None) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {}
    for _ in range(rounds):
        for kind, queries in mix.items():
            for params in queries:
                before()
                started = time.perf_counter()
                run(params)
                samples.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
    return samples


def freshness(app, seconds: float, rate: float) -> list[float]:
    """Post offers at ``rate`` per second with the worker thread running; time until found."""
    from marketplace.accounts.models import User
    from marketplace.core.db import db
    from marketplace.offers.services import create_offer, today
    from marketplace.worker import start_in_thread
    from search_index.contract import OfferQuery
    from search_index.engine import engine

    worker = start_in_thread(app)
    latencies: list[float] = []
    pending: dict[str, float] = {}
    lock = threading.Lock()
    done = threading.Event()

    def poster():
        with app.app_context():
            author = db.session.get(User, 1)
            n = 0
            start = time.monotonic()
            while time.monotonic() - start < seconds:
                token = f"fresh{n}probe"
                create_offer(
                    author,
                    {"type": "sell", "title": f"Freshness {token} widget", "hs_code": "731815"},
                )
                db.session.commit()
                with lock:
                    pending[token] = time.monotonic()
                n += 1
                time.sleep(max(0.0, start + n / rate - time.monotonic()))
        done.set()

    thread = threading.Thread(target=poster)
    thread.start()
    with app.test_request_context():
        while not done.is_set() or pending:
            with lock:
                tokens = list(pending.items())
            for token, posted in tokens:
                hits = engine().search_offers(OfferQuery(q=token), today())
                if hits and hits.total:
                    latencies.append((time.monotonic() - posted) * 1000)
                    with lock:
                        pending.pop(token, None)
            time.sleep(0.01)
    worker.stop()
    thread.join()
    return latencies


def rss_probe(data_dir: str) -> None:
    """Child process: a web process that opened the index and served the query mix."""
    from bench.corpus import QUERY_MIX

    app = make_app(data_dir)
    with app.test_request_context():
        time_queries(whole_path, QUERY_MIX, 1)
    status = Path("/proc/self/status").read_text()
    rss_kb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))
    print(json.dumps({"rss_mb": rss_kb / 1024}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--fresh-seconds", type=float, default=15)
    parser.add_argument("--rss-probe", metavar="DATA_DIR")
    args = parser.parse_args()
    if args.rss_probe:
        rss_probe(args.rss_probe)
        return

    from bench.corpus import QUERY_MIX, generate
    from marketplace.core.db import db
    from marketplace.search.indexing import rebuild
    from search_index.engine import engine

    data_dir = tempfile.mkdtemp(prefix="tradewind-bench-")
    app = make_app(data_dir)
    print(f"corpus: {args.offers} offers in {data_dir}")
    with app.app_context():
        db.create_all()
        started = time.perf_counter()
        generate(args.offers)
        print(f"generated in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        counts = rebuild(app.config["SEARCH_INDEX_DIR"])
        elapsed = time.perf_counter() - started
        print(
            f"rebuild: {counts['offers']} offers in {elapsed:.1f} s = "
            f"{counts['offers'] / elapsed:.0f} offers/s"
        )
        fts_seconds = fts_setup(db)
        print(f"FTS5 build: {fts_seconds:.1f} s = {args.offers / fts_seconds:.0f} offers/s")

    with app.test_request_context():
        whole_path({"q": "warm up"})  # open the searcher once, as a running server has
        cache = engine()._cache
        first = time_queries(whole_path, QUERY_MIX, args.rounds, before=cache.clear)
        time_queries(whole_path, QUERY_MIX, 1)  # the first pass fills the cache
        repeated = time_queries(whole_path, QUERY_MIX, args.rounds)
        fts = time_queries(lambda p: fts_query(db, p), QUERY_MIX, args.rounds)

    print("\nfirst-time queries (no cache), whole search path:")
    all_first = [s for v in first.values() for s in v]
    all_fts = [s for v in fts.values() for s in v]
    for kind in first:
        print(f"  {kind:12s} whoosh {summary(first[kind])}   fts5 {summary(fts[kind])}")
    print(f"  {'ALL':12s} whoosh {summary(all_first)}   fts5 {summary(all_fts)}")
    print(
        f"  ratio whoosh/fts5: p50 {statistics.median(all_first) / statistics.median(all_fts):.2f}x"
        f"   p95 {pct(all_first, 95) / pct(all_fts, 95):.2f}x"
    )
    all_repeated = [s for v in repeated.values() for s in v]
    print(f"repeated queries (cached): {summary(all_repeated)}")

    latencies = freshness(app, args.fresh_seconds, 20)
    print(f"freshness at 20 offers/s: {summary(latencies)}  max {max(latencies):.0f} ms")

    probe = subprocess.run(
        [sys.executable, "-m", "bench.search_bench", "--rss-probe", data_dir],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    print(f"web process RSS with the index open: {json.loads(probe.stdout)['rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
