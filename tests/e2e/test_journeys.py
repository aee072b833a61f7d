"""The three journeys in a real browser (Debian's Chromium, driven by Playwright).

A real Tradewind with the demo data is served on 127.0.0.1 with its worker
threads running; screenshots of each final page go to test-artifacts/.
Skipped where Chromium is not installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import logging
import os

import pytest

from tests.e2e.conftest import CHROMIUM, log_in, mailed_path, shot

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Chromium is not installed")


def test_exporter_registers_posts_with_hs_suggestion_and_sees_postings(page, portal, caplog):
    caplog.set_level(logging.INFO, logger="marketplace")
    page.goto(f"{portal}/register?role=exporter")
    page.fill("#name", "Park Ji-won")
    page.fill("#email", "jiwon@seoul-valves.example")
    page.fill("#password", "valves-2026!")
    page.fill("#company_name", "Seoul Valves")
    page.select_option("#country", "KR")
    page.click("form button[type=submit]")
    page.wait_for_url("**/my")
    assert "We mailed a link to jiwon@seoul-valves.example" in page.inner_text("main")
    page.goto(portal + mailed_path(caplog, "/confirm/"))  # the link in the mail
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


def test_an_offer_written_while_logged_out_in_another_tab_is_not_lost(browser, portal):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    writing, other_tab = context.new_page(), context.new_page()
    try:
        log_in(writing, portal, "exporter@tradewind.demo")
        writing.goto(f"{portal}/offers/new")
        writing.fill("#title", "Hot-dip galvanised steel coils DX51D Z275")
        writing.fill("#hs_code", "7210.49")
        writing.fill(
            "#description",
            "0.3-2.0 mm, width 1000-1250 mm, coil ID 508 mm, export seaworthy packing.",
        )
        other_tab.goto(f"{portal}/")
        other_tab.click(".menu-toggle")
        other_tab.get_by_role("button", name="Log out").click()
        writing.click("form.offer-form button[type=submit]")
        assert "/login" in writing.url
        assert "what you typed will be waiting" in writing.inner_text("main")
        writing.fill("#email", "exporter@tradewind.demo")
        writing.fill("#password", "tradewind-demo")
        writing.click("main form button[type=submit]")
        assert writing.url.endswith("/kept-form")
        assert "Hot-dip galvanised steel coils DX51D Z275" in writing.inner_text("main")
        shot(writing, "e-kept-form")
        writing.get_by_role("button", name="Send it now").click()
        assert writing.locator("h1").inner_text() == "Hot-dip galvanised steel coils DX51D Z275"
    finally:
        context.close()
