"""Fixtures of the browser journeys: a demo portal served on 127.0.0.1 with its worker,
Debian's Chromium driven by Playwright, screenshots in test-artifacts/.

Skipped where Chromium is not installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import make_app
from tests.partners.conftest import partner_toml
from tests.partners.servers import WebhookReceiver, serving

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

# The journeys serve their own portal on a SQLite file whatever the leg, so the
# PostgreSQL leg would only run them a second time (about two minutes): it skips them.
if os.environ.get("TRADEWIND_TEST_DATABASE_URL"):
    collect_ignore_glob = ["test_*.py"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def portal(tmp_path_factory):
    """A demo portal with a webhook partner for multi-posting, served with its worker."""
    from marketplace.core.db import db, unit_of_work
    from marketplace.demo.loader import load_demo
    from marketplace.indicators.rollup import rollup
    from marketplace.search.indexing import rebuild
    from marketplace.worker import start_in_thread

    tmp = tmp_path_factory.mktemp("e2e")
    receiver = WebhookReceiver(secret="s3cret")
    with serving(receiver) as hook_url, pytest.MonkeyPatch.context() as environment:
        environment.setenv("E2E_HOOK_SECRET", "s3cret")  # undone when the module's tests end
        partners = tmp / "partners.toml"
        partners.write_text(
            partner_toml(
                {
                    "name": "asia-hub",
                    "title": "Asia Trade Hub",
                    "kind": "webhook",
                    "url": f"{hook_url}/events",
                    "search": False,
                    "post": True,
                    "timeout": 2.0,
                    "token_env": "E2E_HOOK_SECRET",
                }
            )
        )
        app = make_app(
            tmp / "data",
            SERVER_NAME=None,
            WTF_CSRF_ENABLED=True,
            PARTNERS_FILE=str(partners),
            SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp}/e2e.db",
        )
        with app.app_context():
            with unit_of_work():
                load_demo()
            with unit_of_work():
                rollup(full=True)
                rebuild(app.config["SEARCH_INDEX_DIR"])
            db.session.remove()
        worker = start_in_thread(app)
        with serving(app) as url:
            yield url
        worker.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert errors == [], errors


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def log_in(page, base, email, password="tradewind-demo"):
    page.goto(f"{base}/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("form button[type=submit]")


def mailed_path(caplog, prefix: str) -> str:
    """The path of the last link starting with ``prefix`` in a mail written to the log."""
    import time

    for _ in range(50):  # the server thread logs the mail once its transaction commits
        paths = re.findall(rf"https?://[^/\s]+({re.escape(prefix)}[\w.-]+)", caplog.text)
        if paths:
            return paths[-1]
        time.sleep(0.1)
    raise AssertionError(f"no mail with a {prefix} link")
