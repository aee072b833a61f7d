"""From request to deal in a real browser: a new buyer posts a buying request, two suppliers
quote (one new, one with a data sheet), the buyer compares in one currency, shortlists,
accepts one and declines the other with a reason, and both suppliers read the outcome
(issue 13's quotation journey)."""

from __future__ import annotations

import logging
import os
import re
from datetime import date, timedelta

import pytest

from tests.e2e.conftest import CHROMIUM, log_in, mailed_path, shot

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Chromium is not installed")

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
TITLE = "316L welded stainless pipe, 2 inch, for Hamburg"


def _context(browser, width=1366):
    context = browser.new_context(viewport={"width": width, "height": 900})
    return context, context.new_page()


def _register(page, portal, caplog, role, email, company, country):
    page.goto(f"{portal}/register?role={role}")
    page.fill("#name", company.split()[0])
    page.fill("#email", email)
    page.fill("#password", "deal-journey-2026!")
    page.fill("#company_name", company)
    page.select_option("#country", country)
    page.click("form button[type=submit]")
    page.wait_for_url("**/my")
    page.goto(portal + mailed_path(caplog, "/confirm/"))
    page.wait_for_load_state()


def _post_request(page, portal) -> str:
    page.goto(f"{portal}/offers/new?type=buy")
    page.check("input[name=type][value=buy]")
    page.fill("#title", TITLE)
    page.fill("#hs_code", "730640")
    page.click("details.terms-section summary")
    page.fill("#quantity", "5000")
    page.select_option("#unit", "MTR")
    page.select_option("#incoterm", "CIF")
    page.fill("#port", "DEHAM")
    page.click("form.offer-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/offers/\d+$"))
    return page.url


def _quote(page, request_url, price, currency, lead_time, attachment=None):
    page.goto(request_url)
    page.click("a:has-text('Send a quotation')")
    page.wait_for_selector("form.quote-form")
    assert page.input_value("#place") == "DEHAM"  # the request's end of a C rule
    page.fill("#unit_price", price)
    page.select_option("#currency", currency)
    page.fill("#min_order", "1000")
    page.fill("#lead_time_days", lead_time)
    page.fill("#valid_until", (date.today() + timedelta(days=25)).isoformat())
    page.check("input[name=payment_terms][value=LC]")
    page.fill("#message", "ASTM A312 TP316L, pickled and passivated, in wooden cases.")
    if attachment:
        page.set_input_files("#attachments", str(attachment))
    page.click("form.quote-form button")
    page.wait_for_url("**/inbox/*")
    assert "waiting for the buyer" in page.inner_text(".quotation-card")


def test_buyer_compares_quotations_and_accepts_one(browser, portal, caplog, tmp_path):
    caplog.set_level(logging.INFO, logger="marketplace")
    sheet = tmp_path / "datasheet-316L.pdf"
    sheet.write_bytes(PDF)
    buyer_ctx, buyer = _context(browser)
    _register(buyer, portal, caplog, "buyer", "einkauf@nordrohr.example", "Nordrohr GmbH", "DE")
    request_url = _post_request(buyer, portal)

    first_ctx, first = _context(browser)
    log_in(first, portal, "exporter@tradewind.demo")
    _quote(first, request_url, "12.40", "USD", "30", attachment=sheet)
    second_ctx, second = _context(browser, width=390)  # a supplier on a phone
    _register(
        second, portal, caplog, "exporter", "sales@gangnam-tube.example", "Gangnam Tube", "KR"
    )
    _quote(second, request_url, "11.90", "EUR", "45")

    buyer.goto(request_url)
    assert "2 suppliers have sent quotations" in buyer.inner_text("#quotations")
    buyer.click("a:has-text('Compare quotations')")
    buyer.wait_for_selector("table.compare")
    rows = buyer.locator("table.compare tbody tr")
    assert rows.count() == 2
    assert "indicative" in buyer.inner_text(".indicative-note")
    buyer.select_option("#currency", "EUR")
    buyer.select_option("#sort", "lead_time")
    buyer.click(".compare-controls button")
    buyer.wait_for_selector("table.compare")
    assert "≈ EUR" in rows.nth(0).inner_text()  # the dollar quotation, shown in euros
    assert "Gangnam Tube" in rows.nth(1).inner_text()  # the longer lead time comes second
    rows.nth(0).locator("button:has-text('Shortlist')").click()
    buyer.wait_for_selector(".flash.success")
    assert "shortlisted" in rows.nth(0).inner_text()
    shot(buyer, "g-quotations-compare")

    gangnam = buyer.locator("table.compare tbody tr", has_text="Gangnam Tube")
    gangnam.locator("summary:has-text('Decline')").click()
    gangnam.locator("button:has-text('Decline this quotation')").click()  # no reason chosen
    assert "Choose why you decline" in buyer.inner_text("main")
    gangnam = buyer.locator("table.compare tbody tr", has_text="Gangnam Tube")
    gangnam.locator("select[name=reason]").select_option("lead_time")
    gangnam.locator("textarea[id^=decline-note]").fill("We need delivery within five weeks.")
    gangnam.locator("button:has-text('Decline this quotation')").click()
    buyer.wait_for_selector(".flash.success")
    chosen = buyer.locator("table.compare tbody tr", has_text="shortlisted")
    chosen.locator("summary:has-text('Accept')").click()
    chosen.locator("textarea[id^=accept-note]").fill("Please send the pro-forma invoice.")
    chosen.locator("button:has-text('Accept this quotation')").click()
    buyer.wait_for_selector(".flash.success")
    assert "accepted" in buyer.inner_text("table.compare")
    buyer.set_viewport_size({"width": 390, "height": 844})
    buyer.reload()
    assert buyer.evaluate("document.documentElement.scrollWidth") <= 390
    shot(buyer, "g-quotations-compare-phone")

    first.goto(f"{portal}/notifications")
    assert "was accepted" in first.inner_text("main")
    first.locator("a:has-text('was accepted')").first.click()
    assert "accepted" in first.inner_text(".quotation-card")
    assert "Please send the pro-forma invoice." in first.inner_text(".thread")
    assert "datasheet-316L.pdf" in first.inner_text(".quotation-card")
    second.goto(f"{portal}/inbox")
    second.locator("a", has_text=TITLE).first.click()
    card = second.inner_text(".quotation-card")
    assert "declined" in card and "The lead time is too long" in card
    assert "We need delivery within five weeks." in card
    shot(second, "g-quotation-declined-phone")
    for context in (buyer_ctx, first_ctx, second_ctx):
        context.close()
