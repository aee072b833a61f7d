"""The three journeys in a real browser (Debian's Chromium, driven by Playwright).

A real Tradewind with the demo data is served on 127.0.0.1 with its worker
threads running; screenshots of each final page go to test-artifacts/.
Skipped where Chromium is not installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import make_app
from tests.partners.conftest import partner_toml
from tests.partners.servers import WebhookReceiver, serving

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Chromium is not installed")


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


def test_exporter_registers_posts_with_hs_suggestion_and_sees_postings(page, portal):
    page.goto(f"{portal}/register?role=exporter")
    page.fill("#name", "Park Ji-won")
    page.fill("#email", "jiwon@seoul-valves.example")
    page.fill("#password", "valves-2026!")
    page.fill("#company_name", "Seoul Valves")
    page.select_option("#country", "KR")
    page.click("form button[type=submit]")
    page.wait_for_url("**/offers/new")
    page.fill("#title", "Frozen shrimp vannamei")
    page.locator("#hs-suggestions li button").first.click(timeout=15000)
    assert page.input_value("#hs_code").startswith("0306")
    assert page.input_value("#category") == "agricultural-food"
    assert page.is_checked("input[name=targets][value=asia-hub]")
    page.click("form.offer-form button[type=submit]")
    page.wait_for_selector("#postings")
    page.wait_for_timeout(1500)
    page.reload()
    assert "Asia Trade Hub" in page.inner_text("#postings")
    assert "posted" in page.inner_text("#postings")
    shot(page, "a-exporter-offer")


def test_buyer_searches_narrows_opens_and_inquires(page, portal):
    log_in(page, portal, "buyer@tradewind.demo")
    page.fill("#site-q", "stainless steel pipes")
    page.press("#site-q", "Enter")
    page.wait_for_selector(".offer-list")
    before = page.inner_text(".results-head")
    page.click(".facets a:has-text('South Korea')")
    page.wait_for_selector(".facets li.current")
    assert page.inner_text(".results-head") != before
    page.locator(".offer-list h3 a").first.click()
    page.fill("#body", "Please quote 20 tonnes, CIF Hamburg, delivery in March.")
    page.click("#inquiry button")
    page.wait_for_url("**/inbox/*")
    assert "Please quote 20 tonnes" in page.inner_text(".thread")
    shot(page, "b-buyer-inquiry")


def test_operator_dashboard_charts_draw(page, portal):
    log_in(page, portal, "operator@tradewind.demo")
    page.goto(f"{portal}/operator/indicators")
    assert page.locator("figure.chart svg rect").count() > 20
    assert page.locator("section.indicator").count() >= 10
    shot(page, "c-operator-dashboard")


def test_the_same_in_korean(page, portal):
    log_in(page, portal, "buyer@tradewind.demo")
    page.click("form.lang button[value=ko]")
    page.fill("#site-q", "강관")
    page.press("#site-q", "Enter")
    page.wait_for_selector(".offer-list")
    assert page.get_attribute("html", "lang") == "ko"
    assert "오퍼 유형" in page.inner_text(".facets")
    page.locator(".offer-list h3 a").first.click()
    assert "문의 보내기" in page.content()
    page.goto(f"{portal}/my")
    assert "마이페이지" in page.inner_text("h1")
    shot(page, "d-korean")


def test_a_buyer_registering_from_the_plain_form_gets_a_buyer_company(page, portal):
    page.goto(f"{portal}/register")  # no role in the link: the exporter choice is preset
    page.check("input[name=role][value=buyer]")
    assert page.input_value("#business_type") == "buyer"
    page.select_option("#business_type", "trading")  # chosen by hand: left alone
    page.check("input[name=role][value=exporter]")
    assert page.input_value("#business_type") == "trading"


def test_on_a_phone_search_results_come_before_the_filters(browser, portal):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(f"{portal}/search?q=steel&country=KR")
        first_result = page.locator(".offer-list").bounding_box()
        filters = page.locator("#filters").bounding_box()
        assert first_result["y"] < filters["y"]
        assert first_result["y"] < 844  # on the first screen
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.click("a.filters-link")  # the way to the filters is on the first screen too
        assert "Filters (1 chosen)" in page.inner_text(".results-head")
        shot(page, "e-phone-search")
    finally:
        context.close()


@pytest.mark.parametrize("width", [390, 1366])
def test_no_page_of_a_member_scrolls_sideways(browser, portal, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        log_in(page, portal, "exporter@tradewind.demo")
        wide = {}
        for path in (
            "/",
            "/search?q=steel",
            "/categories/minerals",
            "/companies",
            "/my",
            "/my/company",
            "/offers/new",
            "/inbox",
            "/notifications",
        ):
            page.goto(f"{portal}{path}")
            scroll = page.evaluate("document.documentElement.scrollWidth")
            if scroll > width:
                wide[path] = scroll
        assert wide == {}
    finally:
        context.close()
