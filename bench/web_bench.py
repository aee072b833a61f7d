"""Web throughput: Tradewind's pages against a minimal Flask page, same gunicorn settings.

    .venv/bin/python -m bench.web_bench            (needs wrk: apt-get install wrk)

Three servers on 127.0.0.1, each under gunicorn with 2 worker processes x 8 threads:
Tradewind on Whoosh and Tradewind on tantivy (each on its own copy of the demo data,
worker threads running as in `make run`), and ``bench/minimal_app.py`` (Flask, sqlite3
and a small template over the same demo database). ``wrk -t2 -c8`` hits one page at a
time; every Tradewind page is measured between two runs of the minimal page, and each
pair is repeated, so a busy moment of the shared machine hits both sides.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PAGES = {
    "home": ("/", 0.2),
    "category": ("/categories/minerals", 0.2),
    "offer page": ("/offers/{offer}", 0.2),
    "search": ("/search?q=steel", 0.1),
    "API search": ("/api/v1/offers?q=steel", 0.1),
}


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(directory: Path, engine: str) -> dict:
    """A data directory with the demo data and its index; the environment to serve it."""
    env = dict(os.environ)
    env.update(
        TRADEWIND_DATA_DIR=str(directory),
        TRADEWIND_SECRET_KEY="bench",
        TRADEWIND_SEARCH_ENGINE=engine,
        TRADEWIND_DEMO="1",
    )
    for command in (["db", "upgrade"], ["demo", "load"], ["search", "rebuild"]):
        subprocess.run(
            [str(BIN / "flask"), "--app", "app", *command],
            cwd=REPO,
            env=env,
            check=True,
            capture_output=True,
        )
    return env


@contextmanager
def gunicorn(arguments: list[str], env: dict, directory: Path):
    """Serve under gunicorn until the block ends; yields the base URL."""
    port = _free_port()
    env = {**env, "PORT": str(port), "WEB_CONCURRENCY": "2"}
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            *arguments,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "8",
            "--access-logfile",
            "/dev/null",
            "--control-socket",
            str(directory / "gunicorn.ctl"),  # per instance: the default is shared
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(directory / "gunicorn.log", "w"),  # noqa: SIM115  - closed with the process
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(20)


def wrk(url: str, seconds: int) -> float:
    """Requests per second wrk measured against ``url`` (non-2xx answers fail the run)."""
    urllib.request.urlopen(url, timeout=10).read()  # warm: searchers open, caches fill
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", url], capture_output=True, text=True, check=True
    ).stdout
    if "Non-2xx" in out:
        raise SystemExit(f"{url} answered errors under load:\n{out}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5, help="per wrk run")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    root = Path(tempfile.mkdtemp(prefix="tradewind-web-"))
    envs = {}
    for engine in ("whoosh", "tantivy"):
        (root / engine).mkdir()
        envs[engine] = prepare(root / engine, engine)
    database = root / "whoosh" / "tradewind.db"
    with sqlite3.connect(database) as connection:
        offer = connection.execute(
            "SELECT id FROM offer WHERE status = 'active' ORDER BY id LIMIT 1 OFFSET 50"
        ).fetchone()[0]
    (root / "minimal").mkdir()
    with ExitStack() as stack:
        minimal = stack.enter_context(
            gunicorn(
                ["bench.minimal_app:app"],
                {**os.environ, "MINIMAL_DB": str(database)},
                root / "minimal",
            )
        )
        portals = {
            engine: stack.enter_context(
                gunicorn(["--config", "config/gunicorn.conf.py"], envs[engine], root / engine)
            )
            for engine in envs
        }
        ceiling: list[float] = []
        figures: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.rounds):
            for engine, url in portals.items():
                for page, (path, _target) in PAGES.items():
                    ceiling.append(wrk(minimal + "/", args.seconds))
                    rate = wrk(url + path.format(offer=offer), args.seconds)
                    figures.setdefault((engine, page), []).append(rate)
        ceiling.append(wrk(minimal + "/", args.seconds))
    top = statistics.median(ceiling)
    print(f"minimal Flask page: {top:.0f} requests/s (median of {len(ceiling)} runs)")
    print(f"{'page':12s} {'engine':8s} {'req/s':>7s} {'ratio':>6s} target")
    for (engine, page), rates in figures.items():
        rate = statistics.median(rates)
        target = PAGES[page][1]
        verdict = "met" if rate / top >= target else "not met"
        print(f"{page:12s} {engine:8s} {rate:7.0f} {rate / top:6.3f} >= {target} {verdict}")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
