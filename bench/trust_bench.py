"""What the trust ranking bonus costs and changes: each engine with and without it.

    .venv/bin/python -m bench.trust_bench --offers 20000

Search scores a hit up when its company is verified or answers most inquiries
(``search_index.query.TRUST_WEIGHTS``, constant-score clauses beside the text query).
This runs the engines bench's query mix (``bench.engines_bench.query_mix``: common and
rare words, two and three words, typos, word + HS heading, word + category + country)
through the results page's whole in-process path, on Whoosh and on tantivy, once with
the bonus and once without (``TRUST_WEIGHTS`` emptied), interleaved per query with the
order rotating, cold (the result cache cleared before every query). The corpus is
``bench.corpus.generate``: a third of its companies are verified.

Printed per engine: median and p95 with and without the bonus and their ratio (the
cost), and what the bonus changes: the share of verified sellers in the first ten
results and how many queries' first ten differ.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.engines_bench import ENGINES, make_app, query_mix
from bench.search_bench import pct, whole_path


def _first_ten(app, params: dict) -> list[int]:
    """The ids of the first ten hits for ``params`` (ranked by score)."""
    from marketplace.search.params import parse_search_args

    query, _ = parse_search_args(params)
    hits = app.extensions["search"].search_offers(query, date.today())
    return hits.ids[:10] if hits else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=20_000)
    args = parser.parse_args()

    from sqlalchemy import select

    from bench.corpus import generate
    from marketplace.companies.models import Company
    from marketplace.core.db import db
    from marketplace.offers.models import Offer
    from marketplace.search.indexing import rebuild
    from search_index import query as search_query

    weights = dict(search_query.TRUST_WEIGHTS)
    print(f"load average at start: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
    data_dir = tempfile.mkdtemp(prefix="tradewind-trust-")
    apps = {engine: make_app(data_dir, engine) for engine in ENGINES}
    logging.getLogger("marketplace").setLevel(logging.WARNING)
    with apps["whoosh"].app_context():
        db.create_all()
        generate(args.offers)
        mix = query_mix(db)
        verified_offers = set(
            db.session.scalars(select(Offer.id).join(Company).where(Company.verified.is_(True)))
        )
    for app in apps.values():
        with app.app_context():
            rebuild(app.config["SEARCH_INDEX_DIR"])
            db.session.commit()
    queries = [params for kind in mix.values() for params in kind]
    print(f"corpus {args.offers} offers; {len(queries)} queries")

    def set_bonus(on: bool) -> None:
        search_query.TRUST_WEIGHTS.clear()
        if on:
            search_query.TRUST_WEIGHTS.update(weights)

    def run(engine: str, params: dict, bonus: bool) -> float:
        set_bonus(bonus)
        app = apps[engine]
        with app.test_request_context():
            app.extensions["search"]._cache.clear()
            started = time.perf_counter()
            whole_path(params)
            return (time.perf_counter() - started) * 1000

    samples: dict[tuple[str, bool], list[float]] = {}
    for engine in ENGINES:  # open the searchers once, as a running server has
        run(engine, {"q": "warm"}, True)
    for position, params in enumerate(queries):
        systems = [(engine, bonus) for engine in ENGINES for bonus in (True, False)]
        rotation = position % len(systems)
        for engine, bonus in systems[rotation:] + systems[:rotation]:
            samples.setdefault((engine, bonus), []).append(run(engine, params, bonus))

    print("\nwhole in-process path, cold, ms (median / p95):")
    for engine in ENGINES:
        on, off = samples[(engine, True)], samples[(engine, False)]
        print(
            f"  {engine:8s} with bonus {statistics.median(on):6.2f} / {pct(on, 95):6.2f}"
            f"   without {statistics.median(off):6.2f} / {pct(off, 95):6.2f}"
            f"   ratio of medians {statistics.median(on) / statistics.median(off):.2f}"
        )
    print("\nwhat the bonus changes in the first ten (text queries only):")
    for engine in ENGINES:
        app = apps[engine]
        shares = {True: [], False: []}
        differ = 0
        with app.test_request_context():
            for params in queries:
                tops = {}
                for bonus in (True, False):
                    set_bonus(bonus)
                    app.extensions["search"]._cache.clear()
                    tops[bonus] = _first_ten(app, params)
                    if tops[bonus]:
                        share = sum(i in verified_offers for i in tops[bonus]) / len(tops[bonus])
                        shares[bonus].append(share)
                differ += tops[True] != tops[False]
        print(
            f"  {engine:8s} verified sellers in the first ten: with "
            f"{statistics.mean(shares[True]):.0%}, without {statistics.mean(shares[False]):.0%}; "
            f"first ten differ for {differ} of {len(queries)} queries"
        )
    set_bonus(True)
    print(f"\nload average at end: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")


if __name__ == "__main__":
    main()
