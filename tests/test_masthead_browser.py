"""The masthead in a real Chromium: reader aids on every page, the subsection menus, the date
of a page left open past midnight, and a desktop layout that does not shift."""

from urllib.parse import quote

import pytest
from django.core.management import call_command

from .factories import make_category, make_news_item
from .public_pages import demo_urls

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("migration_data"),
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
HIGH = "document.documentElement.classList.contains('high-contrast')"


def header_aids(page):
    return page.get_by_role("group", name="Cỡ chữ và độ tương phản")


def test_contrast_switched_on_in_an_article_is_switched_off_from_home_section_and_search(
    live_server, browser_page
):
    section = make_category("Cải cách hành chính")
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính", category=section)
    page = browser_page
    for url in ["/", section.get_absolute_url(), "/tim-kiem/?q=" + quote("cải cách")]:
        page.goto(live_server.url + item.get_absolute_url())
        page.get_by_role("group", name="Công cụ bài viết").get_by_role(
            "button", name="Tương phản cao"
        ).click()
        assert page.evaluate(HIGH)
        page.goto(live_server.url + url)
        toggle = header_aids(page).get_by_role("button", name="Tương phản cao")
        assert page.evaluate(HIGH), url
        assert toggle.get_attribute("aria-pressed") == "true", url
        toggle.click()
        assert not page.evaluate(HIGH) and toggle.get_attribute("aria-pressed") == "false"
        page.reload()
        assert not page.evaluate(HIGH), url
        page.goto(live_server.url + item.get_absolute_url())
        assert not page.evaluate(HIGH), url


def test_text_size_buttons_are_disabled_at_their_ends_everywhere(live_server, browser_page):
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính")
    page = browser_page
    page.goto(live_server.url + "/")
    smaller = header_aids(page).get_by_role("button", name="Giảm cỡ chữ")
    larger = header_aids(page).get_by_role("button", name="Tăng cỡ chữ")
    assert smaller.is_enabled() and larger.is_enabled()
    root_size = "parseFloat(getComputedStyle(document.documentElement).fontSize)"
    normal = page.evaluate(root_size)
    smaller.click()
    assert smaller.is_disabled() and larger.is_enabled()
    assert page.evaluate(root_size) < normal
    smaller.dispatch_event("click")  # a click on a disabled button changes nothing
    assert page.evaluate("document.documentElement.dataset.textScale") == "0.875"
    for _ in range(6):
        larger.click()
    assert larger.is_disabled() and smaller.is_enabled()
    assert page.evaluate("document.documentElement.dataset.textScale") == "1.75"
    assert page.evaluate("document.activeElement.dataset.textSize") == "up"  # focus kept
    page.goto(live_server.url + item.get_absolute_url())
    toolbar = page.get_by_role("group", name="Công cụ bài viết")
    assert toolbar.get_by_role("button", name="Tăng cỡ chữ").is_disabled()
    assert header_aids(page).get_by_role("button", name="Tăng cỡ chữ").is_disabled()
    toolbar.get_by_role("button", name="Giảm cỡ chữ").click()
    assert header_aids(page).get_by_role("button", name="Tăng cỡ chữ").is_enabled()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_subsections_open_from_the_keyboard_and_escape_closes_them(live_server, browser, viewport):
    economy = make_category("Kinh tế")
    make_category("Nông nghiệp", parent=economy)
    context = browser.new_context(locale="vi-VN", viewport=viewport)
    page = context.new_page()
    page.goto(live_server.url + "/")
    if viewport is PHONE:
        page.get_by_role("button", name="Chuyên mục").click()
    toggle = page.get_by_role("button", name="Chuyên mục con của Kinh tế")
    farming = page.get_by_role("link", name="Nông nghiệp")
    assert toggle.get_attribute("aria-expanded") == "false" and not farming.is_visible()
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and farming.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Nông nghiệp"
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false" and not farming.is_visible()
    assert page.evaluate("document.activeElement.hasAttribute('data-submenu-toggle')")
    page.keyboard.press("Space")
    assert farming.is_visible()
    page.locator("main").click()  # a click elsewhere closes it
    assert not farming.is_visible()
    context.close()


def test_without_javascript_subsections_are_a_plain_list(live_server, browser):
    economy = make_category("Kinh tế")
    make_category("Nông nghiệp", parent=economy)
    for viewport in (PHONE, DESKTOP):
        context = browser.new_context(locale="vi-VN", viewport=viewport, java_script_enabled=False)
        page = context.new_page()
        page.goto(live_server.url + "/")
        assert page.get_by_role("link", name="Nông nghiệp").is_visible()
        assert not page.get_by_role("button", name="Chuyên mục con của Kinh tế").is_visible()
        assert not page.get_by_role("button", name="Tương phản cao").is_visible()
        context.close()


def test_a_page_left_open_past_midnight_moves_its_date_on_never_back(live_server, browser):
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    page.goto(live_server.url + "/")
    date = page.locator("time[data-today]")
    served = date.get_attribute("datetime")
    year, month, day = map(int, served.split("-"))
    from datetime import date as Date
    from datetime import timedelta

    tomorrow = Date(year, month, day) + timedelta(days=1)
    # Two days on, at 00:30 in Hà Nội (17:30 UTC the day before).
    page.clock.set_fixed_time(f"{tomorrow.isoformat()}T17:30:00Z")
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    after = tomorrow + timedelta(days=1)
    assert date.get_attribute("datetime") == after.isoformat()
    weekdays = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
    assert date.text_content() == f"{weekdays[after.weekday()]}, {after:%d/%m/%Y}"
    page.clock.set_fixed_time("2001-01-01T00:00:00Z")  # a reader's clock far behind
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))")
    assert date.get_attribute("datetime") == after.isoformat()
    context.close()


RECORD_LAYOUT = """
window.__shift = 0;
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (entry) {
    if (!entry.hadRecentInput) { window.__shift += entry.value; }
  });
}).observe({type: "layout-shift", buffered: true});
new MutationObserver(function (changes, observer) {
  var main = document.querySelector("main");
  if (main) {
    observer.disconnect();
    requestAnimationFrame(function () {
      window.__firstWidth = main.getBoundingClientRect().width;
      window.__asideAtFirst = !!document.querySelector("aside");
    });
  }
}).observe(document, {childList: true, subtree: true});
"""


def test_the_desktop_main_column_keeps_its_width_from_first_paint_to_load(live_server, browser):
    call_command("load_demo", "--no-users", verbosity=0)
    urls = demo_urls()
    context = browser.new_context(locale="vi-VN", viewport=DESKTOP)
    context.add_init_script(RECORD_LAYOUT)
    page = context.new_page()
    # A slow line, so the browser paints before the aside (late in the HTML) has arrived.
    session = context.new_cdp_session(page)
    session.send("Network.enable")
    session.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 40, "downloadThroughput": 24_000, "uploadThroughput": 24_000},
    )
    shifts, widths, early = [], [], 0
    for _ in range(5):
        page.goto(live_server.url + urls["article"], wait_until="load")
        page.wait_for_timeout(300)
        first = page.evaluate("window.__firstWidth")
        final = page.evaluate("document.querySelector('main').getBoundingClientRect().width")
        widths.append((first, final))
        shifts.append(page.evaluate("window.__shift"))
        early += not page.evaluate("window.__asideAtFirst")
    context.close()
    assert all(first == final for first, final in widths), widths
    assert max(shifts) < 0.01, shifts
    assert early, "the aside was always there at the first frame: the test measured nothing"
