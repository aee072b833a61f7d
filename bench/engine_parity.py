"""Do both engines find the same offers? The demo data, one list of buyer queries.

    .venv/bin/python -m bench.engine_parity

For each query: the total, the ids of the first 100 results (as a set) and the
facets, from Whoosh and from tantivy over the same database. "order" means the same
offers (or, beyond 100 results, the same total and facets) in a different order:
their scores differ by design.
"""

from __future__ import annotations

import logging
import tempfile

QUERIES = [
    "stainless steel pipe", "stainles steel pipe", "steel", "7306", "730640", "강관", "钢管",
    "cotton yarn", "frozen shrimp", "solar panels", "rice", "valve", "stainles stel",
    "froozen shrimpp", "cottn yran", "yran", "generators", "fittings", "fitness", "fitting",
    "organic", "parts", "shipping", "pipe fittings", "led lights", "basmati",
]  # fmt: skip


def main() -> None:
    from app import create_app
    from marketplace.core.db import db
    from marketplace.demo.loader import load_demo
    from marketplace.search.indexing import rebuild

    data_dir = tempfile.mkdtemp(prefix="tradewind-parity-")
    apps = {
        engine: create_app(
            {
                "DATA_DIR": data_dir,
                "SECRET_KEY": "parity",
                "DEMO": True,
                "SEARCH_ENGINE": engine,
                "SEARCH_INDEX_DIR": f"{data_dir}/index-{engine}",
                "NODE_NAME": f"parity-{engine}",
            }
        )
        for engine in ("whoosh", "tantivy")
    }
    logging.getLogger("marketplace").setLevel(logging.WARNING)
    with apps["whoosh"].app_context():
        db.create_all()
        load_demo()
        db.session.commit()
    for app in apps.values():
        with app.app_context():
            rebuild(app.config["SEARCH_INDEX_DIR"])
            db.session.commit()
    same = 0
    for q in QUERIES:
        answers = {}
        for engine, app in apps.items():
            body = app.test_client().get("/api/v1/offers", query_string={"q": q, "per_page": 100})
            r = body.get_json()
            answers[engine] = (r["total"], [x["id"] for x in r["results"]], r["facets"])
        (wt, wi, wf), (tt, ti, tf) = answers["whoosh"], answers["tantivy"]
        verdict = "same" if (wt, wi, wf) == (tt, ti, tf) else "order"
        # Beyond 100 results only totals and facets are compared: which 100 come first
        # is ranking, and the engines score differently.
        if wt != tt or wf != tf or (wt <= 100 and set(wi) != set(ti)):
            verdict = "DIFF"
        same += verdict != "DIFF"
        print(f"{verdict:5s} {q!r:24s} whoosh {wt:4d}  tantivy {tt:4d}")
    print(f"{same}/{len(QUERIES)} queries find the same offers with the same facets")


if __name__ == "__main__":
    main()
