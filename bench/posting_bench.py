"""Multi-posting benchmark: 1,000 offers to 4 partners (2 Tradewind portals, 2 webhooks).

    .venv/bin/python -m bench.posting_bench --offers 1000

Reports how long until every posting is posted, deliveries per second, and the
p95 time from posting an offer to "posted" on a site.
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

from tests.partners.conftest import partner_toml
from tests.partners.servers import WebhookReceiver, serving


def pct(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def portal(tmp: str, name: str):
    """A receiving Tradewind with a member and a token for the sender."""
    from app import create_app
    from marketplace.accounts.services import create_token, register_member
    from marketplace.core.db import db

    app = create_app(
        {
            "DATA_DIR": f"{tmp}/{name}",
            "SECRET_KEY": name,
            "DEMO": False,
            "PASSWORD_TIME_COST": 1,
            "PASSWORD_MEMORY_COST": 1024,
        }
    )
    with app.app_context():
        db.create_all()
        member = register_member(
            {"email": f"sender@{name}.example", "password": "x" * 12, "role": "exporter"},
            {"name": "Sender", "country": "KR", "business_type": "trading"},
        )
        _, token = create_token(member)
        db.session.commit()
        db.session.remove()
    return app, token


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=1000)
    args = parser.parse_args()

    from sqlalchemy import func, select

    from app import create_app
    from marketplace.accounts.services import register_member
    from marketplace.core.db import db
    from marketplace.offers.services import create_offer
    from marketplace.posting.models import Posting
    from marketplace.worker import start_in_thread

    tmp = tempfile.mkdtemp(prefix="tradewind-posting-")
    with ExitStack() as stack:
        entries = []
        for n in range(2):
            app_b, token = portal(tmp, f"portal{n}")
            url = stack.enter_context(serving(app_b))
            os.environ[f"PORTAL{n}_TOKEN"] = token
            entries.append(
                {
                    "name": f"portal{n}",
                    "title": f"Portal {n}",
                    "kind": "portal",
                    "url": url,
                    "search": False,
                    "post": True,
                    "timeout": 5.0,
                    "token_env": f"PORTAL{n}_TOKEN",
                }
            )
        for n in range(2):
            url = stack.enter_context(serving(WebhookReceiver()))
            os.environ[f"HOOK{n}_SECRET"] = "s3cret"
            entries.append(
                {
                    "name": f"hook{n}",
                    "title": f"Hook {n}",
                    "kind": "webhook",
                    "url": f"{url}/events",
                    "search": False,
                    "post": True,
                    "timeout": 5.0,
                    "token_env": f"HOOK{n}_SECRET",
                }
            )
        partners_file = Path(tmp) / "partners.toml"
        partners_file.write_text(partner_toml(*entries))
        app = create_app(
            {
                "DATA_DIR": f"{tmp}/sender",
                "SECRET_KEY": "sender",
                "DEMO": False,
                "PARTNERS_FILE": str(partners_file),
                "PASSWORD_TIME_COST": 1,
                "PASSWORD_MEMORY_COST": 1024,
            }
        )
        with app.app_context():
            db.create_all()
            member = register_member(
                {"email": "s@sender.example", "password": "x" * 12, "role": "exporter"},
                {"name": "Hanbit", "country": "KR", "business_type": "manufacturer"},
            )
            db.session.commit()
            worker = start_in_thread(app)
            started = time.monotonic()
            for n in range(args.offers):
                create_offer(
                    member, {"type": "sell", "title": f"Steel pipes lot {n}", "hs_code": "730640"}
                )
                db.session.commit()
            posted_in = time.monotonic() - started
            total = args.offers * len(entries)
            while True:
                db.session.expire_all()
                done = db.session.scalar(
                    select(func.count()).select_from(Posting).where(Posting.state == "posted")
                )
                if done >= total or time.monotonic() - started > 900:
                    break
                time.sleep(0.2)
            elapsed = time.monotonic() - started
            worker.stop()
            delays = [
                (p.changed_at - p.created_at).total_seconds() * 1000
                for p in db.session.scalars(select(Posting).where(Posting.state == "posted"))
            ]
    print(
        f"{args.offers} offers x {len(entries)} partners = {total} postings "
        f"(offers created over {posted_in:.1f} s while the worker delivered)"
    )
    print(
        f"all posted after {elapsed:.1f} s: {done} / {total} posted, "
        f"{done / elapsed:.0f} deliveries/s"
    )
    print(
        f"posting -> posted: p50 {statistics.median(delays):.0f} ms   p95 {pct(delays, 95):.0f} ms"
    )


if __name__ == "__main__":
    main()
