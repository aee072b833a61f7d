"""A booked video consultation in two real browsers (Chromium with fake camera and
microphone): a buyer in Berlin proposes a time from an offer, the supplier in Seoul books
it, both join the room, each receives the other's video (WebRTC statistics), the chat
reaches both, and the record lands on the thread (issue 13's consultation journey)."""

from __future__ import annotations

import os
import re
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.conftest import CHROMIUM, log_in, shot

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Chromium is not installed")

FAKE_MEDIA = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]


@pytest.fixture
def two_browsers():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browsers = [
            p.chromium.launch(
                executable_path=CHROMIUM,
                args=["--no-sandbox", "--disable-gpu", "--no-first-run", *FAKE_MEDIA],
            )
            for _ in range(2)
        ]
        yield browsers
        for browser in browsers:
            browser.close()


def _frames(page) -> int:
    pairs = page.evaluate("() => window.tradewindRoom.framesDecoded()")
    return sum(frames for _name, frames in pairs)


def _wait_for_video(page, seconds: float = 40) -> int:
    deadline = time.monotonic() + seconds
    frames = 0
    while time.monotonic() < deadline:
        frames = _frames(page)
        if frames > 0:
            return frames
        page.wait_for_timeout(500)
    return frames


def test_two_browsers_hold_a_booked_consultation(two_browsers, portal):
    berlin = two_browsers[0].new_context(
        viewport={"width": 1366, "height": 900}, timezone_id="Europe/Berlin"
    )
    seoul = two_browsers[1].new_context(
        viewport={"width": 1366, "height": 900}, timezone_id="Asia/Seoul"
    )
    buyer, supplier = berlin.new_page(), seoul.new_page()
    errors: list[str] = []
    for page in (buyer, supplier):
        page.on("pageerror", lambda e: errors.append(str(e)))

    log_in(supplier, portal, "exporter@tradewind.demo")
    supplier.goto(f"{portal}/my")
    offer_url = supplier.locator("a[href^='/offers/']:not([href$='/new'])").first.get_attribute(
        "href"
    )
    assert re.match(r"/offers/\d+$", offer_url)

    log_in(buyer, portal, "buyer@tradewind.demo")
    buyer.goto(portal + offer_url)
    buyer.click("a:has-text('Propose a video consultation')")
    at = (datetime.now(UTC) + timedelta(minutes=4)).astimezone(ZoneInfo("Europe/Berlin"))
    buyer.fill("#body", "We would like to see the production line and discuss 5,000 m of 316L.")
    buyer.fill("#slot-0", at.strftime("%Y-%m-%dT%H:%M"))
    buyer.select_option("#duration", "30")
    buyer.click("form button:has-text('Send the proposed times')")
    buyer.wait_for_url("**/inbox/*")
    thread_url = buyer.url.split("#")[0]
    # The hidden field carried the browser's zone: the supplier reads the time in Seoul's.
    supplier.goto(thread_url)
    slot = supplier.locator(".consultation .slots li").first
    assert at.astimezone(ZoneInfo("Asia/Seoul")).strftime("%-I:%M") in slot.inner_text()
    assert at.strftime("%-I:%M") in slot.inner_text()  # and in the buyer's, Berlin
    slot.locator("button:has-text('Book this time')").click()
    supplier.wait_for_selector(".flash.success")
    assert "booked" in supplier.inner_text(".consultation")

    buyer.goto(thread_url)
    buyer.click("a:has-text('Join the video room')")
    supplier.click("a:has-text('Join the video room')")
    buyer.wait_for_url("**/room")
    supplier.wait_for_url("**/room")
    assert _wait_for_video(buyer) > 0, "the buyer never decoded the supplier's video"
    assert _wait_for_video(supplier) > 0, "the supplier never decoded the buyer's video"

    buyer.fill("#chat-text", "Can you hold 12.10 USD/m until January?")
    buyer.click("#chat-form button")
    supplier.wait_for_selector(
        "#chat li:has-text('Can you hold 12.10 USD/m until January?')", timeout=15000
    )
    supplier.fill("#chat-text", "Yes, with L/C at sight.")
    supplier.click("#chat-form button")
    buyer.wait_for_selector("#chat li:has-text('Yes, with L/C at sight.')", timeout=15000)
    supplier.fill("#notes", "Price 12.10 USD/m held until 31 January; L/C at sight.")
    supplier.click("#save-notes")
    supplier.wait_for_selector("#notes-state:not(:empty)")
    buyer.wait_for_function(  # the other browser shows the notes it did not type
        "() => document.getElementById('notes').value.includes('held until 31 January')"
    )
    buyer.wait_for_timeout(1500)  # a few polls, so time present is counted
    shot(buyer, "h-consultation-room")

    buyer.click("#leave")
    buyer.goto(thread_url)
    buyer.once("dialog", lambda dialog: dialog.accept())  # "End the consultation now?"
    buyer.click("button:has-text('End the consultation and keep the record')")
    buyer.wait_for_selector(".flash.success")
    record = buyer.inner_text(".thread")
    assert "Record of the video consultation" in record
    assert "present about" in record
    supplier.goto(thread_url)
    assert "held" in supplier.inner_text(".consultation")
    supplier.click("a:has-text('Chat transcript and notes')")
    page_text = supplier.inner_text("main")
    assert "Yes, with L/C at sight." in page_text and "Price 12.10 USD/m held" in page_text
    shot(supplier, "h-consultation-record")
    assert errors == [], errors
    berlin.close()
    seoul.close()
