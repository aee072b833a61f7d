"""Every page, as each kind of user meets it, at a phone's width and a laptop's: nothing
scrolls sideways, nothing sticks out of its box, and axe-core finds no serious or critical
accessibility fault.

The pages are reached the way a user reaches them (links from the pages before), so a
page that a change makes unreachable fails here too.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.e2e.conftest import log_in, shot

WIDTHS = (390, 1366)

# Elements whose right or left edge lies outside the viewport, or outside a parent that
# does not clip or scroll them: what a reader sees as cut off or as a sideways scroll.
OVERFLOW_SCRIPT = """
() => {
  const width = document.documentElement.clientWidth;
  const clipped = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(p).overflowX)) return true;
    }
    return false;
  };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
    ' "' + (el.innerText || '').trim().slice(0, 30) + '"';
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (box.width < 2 || box.height < 2 || style.visibility === 'hidden' || style.position === 'fixed') continue;
    if (clipped(el)) continue;
    if (box.right > width + 1 || box.left < -1) { out.push('outside the screen: ' + name(el)); continue; }
    const parent = el.parentElement;
    if (parent && parent !== document.body && !['inline', 'contents'].includes(getComputedStyle(parent).display)) {
      const outer = parent.getBoundingClientRect();
      if (box.right > outer.right + 2) out.push('wider than its box: ' + name(el) + ' in ' + name(parent));
    }
  }
  return out.slice(0, 12);
}
"""

AXE = Axe()


def problems(page) -> list[str]:
    """What is wrong with the page now shown: overflow and serious accessibility faults."""
    found = []
    width = page.viewport_size["width"]
    scroll = page.evaluate("document.documentElement.scrollWidth")
    if scroll > width:
        found.append(f"scrolls sideways: {scroll} px wide on a {width} px screen")
    found += page.evaluate(OVERFLOW_SCRIPT)
    results = AXE.run(page)
    for violation in results.response["violations"]:
        if violation["impact"] in ("serious", "critical"):
            targets = [node["target"] for node in violation["nodes"][:3]]
            found.append(
                f"axe {violation['impact']}: {violation['id']} ({violation['help']}) {targets}"
            )
    return found


def report(failures: dict[str, list[str]]) -> str:
    """The failures, one page per paragraph, for the assertion message."""
    return "\n\n".join(path + ":\n  " + "\n  ".join(found) for path, found in failures.items())


def first_link(page, selector: str) -> str:
    """The path of the first link matching ``selector`` on the page now shown."""
    href = page.locator(selector).first.get_attribute("href")
    assert href, f"no link {selector} on {page.url}"
    return href


def visit_all(page, base: str, steps, label: str) -> dict[str, list[str]]:
    """Open each step's page; a step is a path or a function of the page returning one."""
    failures = {}
    for index, step in enumerate(steps):
        path = step(page) if callable(step) else step
        page.goto(f"{base}{path}")
        found = problems(page)
        if found:
            failures[path] = found
            shot(page, f"page-{label}-{index}")
    return failures


VISITOR_PAGES = (
    "/",
    "/search?q=stainless+steel+pipe",
    "/search?q=steel&country=KR&type=sell",
    "/search?q=zzzqqq",
    "/categories/minerals",
    "/companies",
    lambda page: first_link(
        page, ".company-list a, table a[href^='/companies/'], a[href^='/companies/']"
    ),
    lambda page: first_link(page, "a[href^='/offers/']"),
    "/metasearch?q=valves",
    "/login",
    "/register",
    "/password/forgot",
    "/no-such-page",
)
MY_FIRST_OFFER = "main table td:first-child a[href^='/offers/']"


def path_of(page) -> str:
    """The path of the page now shown."""
    return "/" + page.url.split("/", 3)[3]


EXPORTER_PAGES = (
    "/my",
    lambda page: first_link(page, MY_FIRST_OFFER),
    lambda page: path_of(page) + "/edit",
    "/offers/new",
    "/my/company",
    "/my/verification",
    "/my/reports",
    "/my/password",
    "/inbox",
    lambda page: first_link(page, "a[href^='/inbox/']"),
    "/notifications",
    "/search?type=buy",
    lambda page: first_link(page, ".offer-list a[href^='/offers/']"),
    lambda page: path_of(page) + "/quotation",
    lambda page: path_of(page).replace("/quotation", "/consultation"),
)
BUYER_PAGES = (
    "/my",
    lambda page: first_link(page, MY_FIRST_OFFER),
    lambda page: path_of(page) + "/quotations",
    "/inbox",
    lambda page: first_link(page, "a[href^='/inbox/']"),
    "/notifications",
)
OPERATOR_PAGES = (
    "/operator",
    "/operator/indicators",
    "/operator/verification",
    "/operator/reports",
    "/operator/spam",
    "/operator/hidden-offers",
    "/operator/partners",
    "/operator/health",
    "/operator/exchange-rates",
)


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def sized_page(request, browser):
    context = browser.new_context(viewport={"width": request.param, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert errors == [], errors


def test_every_public_page_fits_and_is_accessible(sized_page, portal):
    width = sized_page.viewport_size["width"]
    failures = visit_all(sized_page, portal, VISITOR_PAGES, f"visitor-{width}")
    assert not failures, report(failures)


@pytest.mark.parametrize(
    ("email", "steps"),
    [
        ("exporter@tradewind.demo", EXPORTER_PAGES),
        ("buyer@tradewind.demo", BUYER_PAGES),
        ("operator@tradewind.demo", OPERATOR_PAGES),
    ],
    ids=["exporter", "buyer", "operator"],
)
def test_every_members_page_fits_and_is_accessible(sized_page, portal, email, steps):
    width = sized_page.viewport_size["width"]
    log_in(sized_page, portal, email)
    role = email.split("@")[0]
    failures = visit_all(sized_page, portal, steps, f"{role}-{width}")
    assert not failures, report(failures)


def test_on_a_phone_the_menu_folds_and_opens(browser, portal):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        log_in(page, portal, "exporter@tradewind.demo")
        page.goto(f"{portal}/")
        menu = page.locator(".menu-toggle")
        assert menu.is_visible() and not page.locator("#site-menu").is_visible()
        assert page.locator("#site-q").is_visible()  # the search box never folds away
        menu.click()
        assert menu.get_attribute("aria-expanded") == "true"
        post = page.get_by_role("link", name="Post an offer").first
        assert post.is_visible() and post.bounding_box()["x"] + post.bounding_box()["width"] <= 390
        page.get_by_role("link", name="My page").click()
        assert page.url.endswith("/my")
        shot(page, "e-phone-menu")
    finally:
        context.close()


def test_the_keyboard_focus_is_always_visible(page, portal):
    page.goto(f"{portal}/")
    outlines = []
    for _ in range(6):
        page.keyboard.press("Tab")
        outlines.append(
            page.evaluate(
                "(() => { const s = getComputedStyle(document.activeElement);"
                " return [document.activeElement.tagName, s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
            )
        )
    assert all(style != "none" and width >= 2 for _tag, style, width in outlines), outlines
