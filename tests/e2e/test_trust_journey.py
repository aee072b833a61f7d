"""Trust, end to end in a real browser: verification with evidence, a report that hides an
offer, the payee lock, a password reset through the mail log, and a copied cookie that
stops working after a password change (issue 12's journey)."""

from __future__ import annotations

import logging
import os
import re
from datetime import date, timedelta

import pytest

from tests.e2e.conftest import CHROMIUM, log_in, mailed_path, shot

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Chromium is not installed")

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EMAIL, PASSWORD = "minji@busan-fittings.example", "fittings-2026!"
OTHER_IBAN = "GB33 BUKB 2020 1555 5555 55"


def _new_page(browser, width=1366):
    context = browser.new_context(viewport={"width": width, "height": 900})
    return context, context.new_page()


def _register_and_post(page, portal, caplog) -> str:
    page.goto(f"{portal}/register?role=exporter")
    page.fill("#name", "Lee Min-ji")
    page.fill("#email", EMAIL)
    page.fill("#password", PASSWORD)
    page.fill("#company_name", "Busan Fittings")
    page.select_option("#country", "KR")
    page.click("form button[type=submit]")
    page.wait_for_url("**/my")
    page.goto(portal + mailed_path(caplog, "/confirm/"))
    page.wait_for_url("**/offers/new")
    page.fill("#title", "Butt-weld elbow fittings 316L")
    page.fill("#hs_code", "730723")
    page.click("form.offer-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/offers/\d+$"))
    return page.url


def _submit_evidence(page, portal, tmp_path):
    document = tmp_path / "evidence.pdf"
    document.write_bytes(PDF)
    page.goto(f"{portal}/my/verification")
    page.fill("#number", "134-86-72683")
    page.set_input_files("#reg-document", str(document))
    page.click("form[action$='/registration'] button")
    page.wait_for_selector(".flash.success")
    page.select_option("#certificate_type", "ISO 9001")
    page.fill("#issuer", "Korea Standards Association")
    page.fill("#certificate_number", "KSA-QMS-3141")
    page.fill("#valid_until", (date.today() + timedelta(days=400)).isoformat())
    page.set_input_files("#cert-document", str(document))
    page.click("form[action$='/certificate'] button")
    page.wait_for_selector(".flash.success")
    page.fill("#holder", "Busan Fittings Co., Ltd.")
    page.fill("#iban", "DE89 3704 0044 0532 0130 00")
    page.click("form[action$='/my/payee'] button")
    page.wait_for_selector(".flash.success")


def _operator_decides(page, portal):
    log_in(page, portal, "operator@tradewind.demo")
    page.goto(f"{portal}/operator/verification")
    ours = page.locator("article.queue-item", has_text="Busan Fittings")
    ours.filter(has_text="Registration number").locator("button[value=approve]").click()
    page.wait_for_selector(".flash.success")
    certificate = page.locator("article.queue-item", has_text="KSA-QMS-3141")
    certificate.locator("input[name=reason]").fill("The certificate scan has no issuer stamp.")
    certificate.locator("button[value=refuse]").click()
    page.wait_for_selector(".flash.success")
    page.locator("tr", has_text="Busan Fittings").locator("button[value=verify]").click()
    page.wait_for_selector(".flash.success")
    shot(page, "f-operator-verification")


def test_trust_journey(browser, portal, caplog, tmp_path):
    caplog.set_level(logging.INFO, logger="marketplace")
    exporter_context, exporter = _new_page(browser)
    operator_context, operator = _new_page(browser)
    buyer_context, buyer = _new_page(browser, width=390)  # the buyer is on a phone
    try:
        offer_url = _register_and_post(exporter, portal, caplog)
        offer_id = offer_url.rsplit("/", 1)[1]
        _submit_evidence(exporter, portal, tmp_path)
        _operator_decides(operator, portal)

        # The member reads the refusal's reason; the badge shows with its date.
        exporter.goto(f"{portal}/my/verification")
        assert "no issuer stamp" in exporter.inner_text("main")
        exporter.goto(offer_url)
        assert "Business registration checked" in exporter.inner_text(".company-card")
        company_url = exporter.locator(".company-card h2 a").get_attribute("href")
        exporter.goto(portal + company_url)
        profile = exporter.inner_text(".company-profile")
        assert "Business registration checked" in profile and "ISO 9001" not in profile

        # A search card carries the badge; "verified only" finds the company (once indexed).
        for _ in range(40):
            buyer.goto(f"{portal}/search?q=elbow+fittings&verified=1")
            if "Busan Fittings" in buyer.inner_text("main"):
                break
            buyer.wait_for_timeout(250)
        card = buyer.locator("article.offer-card", has_text="Busan Fittings")
        assert "Verified" in card.inner_text()

        # The buyer asks; the thread shows the badge; the exporter names another IBAN.
        log_in(buyer, portal, "buyer@tradewind.demo")
        buyer.goto(offer_url)
        buyer.fill("#body", "Please quote 2,000 pieces of 4 inch elbows, CIF Hamburg.")
        buyer.click("#inquiry button")
        buyer.wait_for_url("**/inbox/*")
        thread_url = buyer.url
        assert "Verified" in buyer.inner_text(".thread-parties")
        exporter.goto(thread_url)
        exporter.fill("#body", f"Our bank changed: please pay the deposit to IBAN {OTHER_IBAN}.")
        exporter.click("#reply button")
        exporter.wait_for_selector(".payee-warning")
        assert "The other side was warned" in exporter.inner_text(".payee-warning")
        buyer.goto(thread_url)
        warning = buyer.inner_text(".payee-warning")
        assert "not the one Tradewind verified for Busan Fittings" in warning
        assert buyer.evaluate("document.documentElement.scrollWidth") <= 390
        shot(buyer, "g-buyer-payee-warning-phone")

        # The buyer reports the offer; the operator hides it; both are told.
        buyer.goto(f"{portal}/report/offer/{offer_id}")
        buyer.select_option("#reason", "scam")
        buyer.fill("#text", "The seller asked for the deposit on a new account in another country.")
        buyer.click("form button.danger")
        buyer.wait_for_url("**/my/reports")
        operator.goto(f"{portal}/operator/reports")
        case = operator.locator("article.queue-item", has_text="new account in another country")
        case.locator("input[name=note]").fill("Payment to an unverified account was requested.")
        case.locator("button[value=hidden]").click()
        operator.wait_for_selector(".flash.success")
        exporter.goto(offer_url)
        assert "Payment to an unverified account was requested" in exporter.inner_text("main")
        buyer.goto(f"{portal}/my/reports")
        assert "the offer was hidden" in buyer.inner_text("main")
        shot(buyer, "h-buyer-report-outcome-phone")

        # A password reset through the mail log, then a change that ends a copied cookie.
        reset_context, reset = _new_page(browser)
        reset.goto(f"{portal}/password/forgot")
        reset.fill("#email", EMAIL)
        reset.click("form button[type=submit]")
        reset.goto(portal + mailed_path(caplog, "/password/reset/"))
        reset.fill("#new", "new-fittings-2026")
        reset.fill("#confirm", "new-fittings-2026")
        reset.click("form button[type=submit]")
        reset.wait_for_url("**/login*")
        log_in(reset, portal, EMAIL, "new-fittings-2026")
        reset.wait_for_url("**/my")
        copied_context = browser.new_context()
        copied_context.add_cookies(reset_context.cookies())  # someone copied the cookie
        copied = copied_context.new_page()
        copied.goto(f"{portal}/my")
        assert copied.url.endswith("/my")  # the copy works... until the password changes
        reset.goto(f"{portal}/my/password")
        reset.fill("#current", "new-fittings-2026")
        reset.fill("#new", "third-fittings-2026")
        reset.fill("#confirm", "third-fittings-2026")
        reset.click("form button[type=submit]")
        reset.wait_for_selector(".flash.success")
        copied.goto(f"{portal}/my")
        assert "/login" in copied.url
        reset.goto(f"{portal}/my")
        assert reset.url.endswith("/my")  # the device that changed it stays logged in
        copied_context.close()
        reset_context.close()
    finally:
        for context in (exporter_context, operator_context, buyer_context):
            context.close()
