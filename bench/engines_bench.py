"""Search engines benchmark: Tradewind on Whoosh and on tantivy, beside SQLite FTS5 and
bare tantivy, on one corpus, in one run, interleaved.

    .venv/bin/python -m bench.engines_bench --offers 100000

The query mix: 200 unique queries of seven kinds drawn from the corpus with a fixed
seed (see :func:`query_mix`): common word, rare word, two words, three words, a typo,
word + HS heading, word + category + country. Every query is asked of every system
in turn (the order rotates per query), cold: Tradewind's result cache is cleared
before each of its queries.

Systems:
  whoosh / tantivy (http)    GET /api/v1/offers on a Tradewind served on 127.0.0.1
                             (werkzeug's threaded server; one client, sequential)
  whoosh / tantivy (process) the results page's whole path in-process: parse, search,
                             facets, load the 20 rows, highlight title and snippet
  fts5                       SQLite FTS5: bm25 top 20 with snippets + count + three
                             facet GROUP BYs, in the same database
  bare tantivy               tantivy's own query parser over title + description,
                             top 20 + count + three terms aggregations

Also printed: full rebuild speed (rows read from the database included), hot
(repeated) p95 over HTTP, freshness while offers are posted at 20/s, and the
resident memory of a process that served the whole mix with each engine.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import text

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.search_bench import freshness, fts_query, fts_setup, pct, whole_path

ENGINES = ("whoosh", "tantivy")
KINDS = (
    "common word",
    "rare word",
    "two words",
    "three words",
    "typo",
    "word + HS",
    "word + cat + country",
)


def make_app(data_dir: str, engine: str):
    """A Tradewind on ``data_dir`` (one database for all) searching with ``engine``."""
    from app import create_app

    return create_app(
        {
            "DATA_DIR": data_dir,
            "SECRET_KEY": "bench",
            "DEMO": False,
            "SEARCH_ENGINE": engine,
            "SEARCH_INDEX_DIR": f"{data_dir}/index-{engine}",  # both side by side
            "NODE_NAME": f"bench-{engine}",  # two nodes (indexes) on one database
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{data_dir}/bench.db",
        }
    )


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1 :]  # a letter left out
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # two letters swapped


def query_mix(db, seed: int = 7) -> dict[str, list[dict]]:
    """200 unique queries, stated and fair: what buyers type, drawn from the corpus."""
    rng = random.Random(seed)
    rows = db.session.execute(
        text("SELECT title, hs_code, category, origin_country FROM offer ORDER BY id LIMIT 20000")
    ).all()
    words_of = [[w.lower() for w in re.findall(r"[A-Za-z]{4,}", r[0])] for r in rows]
    counts = Counter(w for ws in words_of for w in set(ws))
    ranked = [w for w, _ in counts.most_common()]
    common = ranked[:30]
    rare = [w for w in ranked if 2 <= counts[w] <= 6]
    middle = [w for w in ranked[30:400] if len(w) >= 6]
    with_words = [(r, ws) for r, ws in zip(rows, words_of, strict=True) if len(ws) >= 3]
    mix: dict[str, dict[str, dict]] = {kind: {} for kind in KINDS}

    def add(kind: str, params: dict, limit: int) -> None:
        if len(mix[kind]) < limit:
            mix[kind][json.dumps(params, sort_keys=True)] = params

    for w in common:
        add("common word", {"q": w}, 30)
    for w in rng.sample(rare, min(len(rare), 60)):
        add("rare word", {"q": w}, 30)
    while len(mix["two words"]) < 30 or len(mix["three words"]) < 30:
        row, ws = rng.choice(with_words)
        start = rng.randrange(0, len(ws) - 2)
        add("two words", {"q": " ".join(ws[start : start + 2])}, 30)
        add("three words", {"q": " ".join(ws[start : start + 3])}, 30)
    for w in rng.sample(middle, min(len(middle), 60)):
        add("typo", {"q": _typo(w, rng)}, 30)
    while len(mix["word + HS"]) < 25 or len(mix["word + cat + country"]) < 25:
        row, ws = rng.choice(with_words)
        word = rng.choice(ws)
        add("word + HS", {"q": word, "hs": row[1][:4]}, 25)
        add("word + cat + country", {"q": word, "category": row[2], "country": row[3]}, 25)
    return {kind: list(queries.values()) for kind, queries in mix.items()}


class BareTantivy:
    """tantivy used directly: what the compiled engine costs without Tradewind around it."""

    def __init__(self, directory: str):
        import tantivy

        self.tantivy = tantivy
        b = tantivy.SchemaBuilder()
        b.add_integer_field("id", indexed=True, fast=True)
        b.add_text_field("title", tokenizer_name="en_stem")
        b.add_text_field("description", tokenizer_name="en_stem")
        for name in ("type", "category", "country", "hs4"):
            b.add_text_field(name, tokenizer_name="raw", fast=True)
        self.schema = b.build()
        Path(directory).mkdir(parents=True, exist_ok=True)
        self.index = tantivy.Index(self.schema, path=directory)

    def build(self, db) -> int:
        writer = self.index.writer(heap_size=200_000_000, num_threads=2)
        count = 0
        for row in db.session.execute(
            text(
                "SELECT id, title, description, type, category, origin_country, hs_code "
                "FROM offer WHERE status = 'active'"
            )
        ):
            writer.add_document(
                self.tantivy.Document(
                    id=row[0],
                    title=row[1],
                    description=row[2],
                    type=row[3],
                    category=row[4],
                    country=row[5],
                    hs4=row[6][:4],
                )
            )
            count += 1
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        return count

    def query(self, params: dict) -> None:
        tantivy = self.tantivy
        words = re.sub(r"[^\w ]", " ", params.get("q", "")).split()
        parts = []
        if words:
            parsed = self.index.parse_query(
                " ".join(words), ["title", "description"], conjunction_by_default=True
            )
            parts.append((tantivy.Occur.Must, parsed))
        for name, field in (("type", "type"), ("category", "category"), ("country", "country")):
            if params.get(name):
                term = tantivy.Query.term_query(self.schema, field, params[name])
                parts.append((tantivy.Occur.Must, term))
        if params.get("hs"):
            term = tantivy.Query.term_query(self.schema, "hs4", params["hs"][:4])
            parts.append((tantivy.Occur.Must, term))
        query = tantivy.Query.boolean_query(parts) if parts else tantivy.Query.all_query()
        searcher = self.index.searcher()
        result = searcher.search(query, limit=20, count=True)
        searcher.fast_field_values("id", [address for _score, address in result.hits])
        searcher.aggregate(
            query,
            {
                name: {"terms": {"field": name, "size": 300}}
                for name in ("type", "category", "country")
            },
        )


def rss_probe(data_dir: str, engine: str) -> None:
    """Child process: a web process that served the whole mix with ``engine``; print its RSS."""
    from marketplace.core.db import db

    app = make_app(data_dir, engine)
    with app.test_request_context():
        for queries in query_mix(db).values():
            for params in queries:
                whole_path(params)
    status = Path("/proc/self/status").read_text()
    rss_kb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))
    print(json.dumps({"rss_mb": rss_kb / 1024}))


def _line(name: str, samples: list[float]) -> str:
    return (
        f"  {name:22s} p50 {statistics.median(samples):8.2f} ms   "
        f"p95 {pct(samples, 95):8.2f} ms   (n={len(samples)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--fresh-seconds", type=float, default=10)
    parser.add_argument("--rss-probe", nargs=2, metavar=("DATA_DIR", "ENGINE"))
    args = parser.parse_args()
    if args.rss_probe:
        rss_probe(*args.rss_probe)
        return

    import httpx

    from bench.corpus import generate
    from marketplace.core.db import db
    from marketplace.search.indexing import rebuild
    from tests.partners.servers import serving

    print(f"load average at start: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
    data_dir = tempfile.mkdtemp(prefix="tradewind-engines-")
    apps = {engine: make_app(data_dir, engine) for engine in ENGINES}
    # The freshness probes find matches, whose mails (no SMTP here) would fill the output.
    logging.getLogger("marketplace").setLevel(logging.WARNING)
    with apps["whoosh"].app_context():
        db.create_all()
        started = time.perf_counter()
        generate(args.offers)
        print(f"corpus: {args.offers} offers, generated in {time.perf_counter() - started:.1f} s")
        mix = query_mix(db)
        fts_seconds = fts_setup(db)
        print(f"rebuild  fts5          {args.offers / fts_seconds:8.0f} offers/s")
        bare = BareTantivy(f"{data_dir}/bare-tantivy")
        started = time.perf_counter()
        built = bare.build(db)
        print(f"rebuild  bare tantivy  {built / (time.perf_counter() - started):8.0f} offers/s")
    for engine, app in apps.items():
        with app.app_context():
            started = time.perf_counter()
            counts = rebuild(app.config["SEARCH_INDEX_DIR"])
            db.session.commit()
            rate = counts["offers"] / (time.perf_counter() - started)
            size = sum(
                f.stat().st_size
                for f in Path(app.config["SEARCH_INDEX_DIR"]).rglob("*")
                if f.is_file()
            )
            print(f"rebuild  {engine:13s} {rate:8.0f} offers/s   index {size / 1e6:.0f} MB")
    print("query mix: " + ", ".join(f"{k} {len(v)}" for k, v in mix.items()))

    samples: dict[str, dict[str, list[float]]] = {}

    def timed(system: str, kind: str, run) -> None:
        started = time.perf_counter()
        run()
        samples.setdefault(system, {}).setdefault(kind, []).append(
            (time.perf_counter() - started) * 1000
        )

    with serving(apps["whoosh"]) as whoosh_url, serving(apps["tantivy"]) as tantivy_url:
        urls = {"whoosh": whoosh_url, "tantivy": tantivy_url}
        client = httpx.Client(timeout=60)

        def in_process(engine: str, params: dict):
            def run():
                with apps[engine].test_request_context():
                    apps[engine].extensions["search"]._cache.clear()
                    whole_path(params)

            return run

        def over_http(engine: str, params: dict):
            def run():
                apps[engine].extensions["search"]._cache.clear()
                response = client.get(f"{urls[engine]}/api/v1/offers", params=params)
                response.raise_for_status()

            return run

        def fts(params: dict):
            def run():
                with apps["whoosh"].app_context():
                    fts_query(db, params)

            return run

        for engine in ENGINES:  # open every searcher once, as a running server has
            over_http(engine, {"q": "warm"})()
            in_process(engine, {"q": "warm"})()
        position = 0
        for kind, queries in mix.items():
            for params in queries:
                systems = [
                    ("whoosh (http)", over_http("whoosh", params)),
                    ("tantivy (http)", over_http("tantivy", params)),
                    ("whoosh (process)", in_process("whoosh", params)),
                    ("tantivy (process)", in_process("tantivy", params)),
                    ("fts5", fts(params)),
                    ("bare tantivy", lambda p=params: bare.query(p)),
                ]
                position += 1
                rotation = position % len(systems)
                for system, run in systems[rotation:] + systems[:rotation]:
                    timed(system, kind, run)
        hot: dict[str, list[float]] = {}
        for engine in ENGINES:
            for queries in mix.values():
                for params in queries:
                    client.get(f"{urls[engine]}/api/v1/offers", params=params)  # fill the cache
            for queries in mix.values():
                for params in queries:
                    started = time.perf_counter()
                    client.get(f"{urls[engine]}/api/v1/offers", params=params)
                    hot.setdefault(engine, []).append((time.perf_counter() - started) * 1000)

    print("\ncold queries (each system in turn, per query):")
    for kind in KINDS:
        print(f" {kind}:")
        for system, by_kind in samples.items():
            print(_line(system, by_kind[kind]))
    every = {
        system: [s for v in by_kind.values() for s in v] for system, by_kind in samples.items()
    }
    print(" ALL:")
    for system, values in every.items():
        print(_line(system, values))
    fts_all, bare_all = every["fts5"], every["bare tantivy"]
    print("\nratios (p50 / p95):")
    for system, values in every.items():
        if system in ("fts5", "bare tantivy"):
            continue
        print(
            f"  {system:22s} / fts5 {statistics.median(values) / statistics.median(fts_all):6.2f}x"
            f" / {pct(values, 95) / pct(fts_all, 95):5.2f}x"
            f"    / bare tantivy {statistics.median(values) / statistics.median(bare_all):6.1f}x"
            f" / {pct(values, 95) / pct(bare_all, 95):5.1f}x"
        )
    print("\nhot (repeated) queries over HTTP:")
    for engine, values in hot.items():
        print(_line(engine, values))

    for engine, app in apps.items():
        latencies = freshness(app, args.fresh_seconds, 20)
        print(f"freshness at 20 offers/s, {engine:8s} {_line('', latencies).strip()}")
    for engine in ENGINES:
        probe = subprocess.run(
            [sys.executable, "-m", "bench.engines_bench", "--rss-probe", data_dir, engine],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
        rss = json.loads(probe.stdout.strip().splitlines()[-1])["rss_mb"]
        print(f"RSS of a process that served the mix, {engine:8s} {rss:6.0f} MB")
    print(f"load average at end: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")


if __name__ == "__main__":
    main()
