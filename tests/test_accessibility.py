"""WCAG 2.1 AA on the readers' pages: structure read from the HTML, axe-core and the phone
layout in a real Chromium, and the keyboard, menu and contrast controls.

axe-core's script comes from the PyPI package axe-playwright-python (the `test` extra), which
bundles axe.min.js; the test injects it into the page and runs it there.
"""

from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.management import call_command

from .factories import make_category, make_news_item
from .public_pages import demo_urls

PHONE = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
#: Axe's impacts that fail the test; "moderate" and "minor" ones are best practices.
BLOCKING = ("serious", "critical")


class Outline(HTMLParser):
    """What assistive technology reads from a page: headings, landmarks, ids, images, controls
    and their labels."""

    LANDMARKS = ("header", "nav", "main", "aside", "footer")

    def __init__(self, html):
        super().__init__()
        self.lang = None
        self.headings, self.landmarks, self.ids, self.images = [], [], [], []
        self.controls, self.labelled = [], set()
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append(int(tag[1]))
        if tag in self.LANDMARKS:
            self.landmarks.append(tag)
        if tag == "img":
            self.images.append(attrs)
        if tag == "label" and attrs.get("for"):
            self.labelled.add(attrs["for"])
        if tag in ("input", "select", "textarea") and attrs.get("type") not in ("hidden", "submit"):
            self.controls.append(attrs)

    def unlabelled_controls(self):
        return [
            control
            for control in self.controls
            if control.get("id") not in self.labelled
            and not control.get("aria-label")
            and not control.get("aria-labelledby")
        ]


@pytest.fixture
def outlines(demo_pages):
    return {name: Outline(html) for name, html in demo_pages.items()}


@pytest.mark.django_db  # the pages are rendered from the test database (conftest.demo_pages)
def test_every_page_is_vietnamese_with_one_h1_and_headings_in_order(outlines):
    for name, outline in outlines.items():
        assert outline.lang == "vi", name
        assert outline.headings.count(1) == 1, (name, outline.headings)
        assert outline.headings[0] == 1, (name, outline.headings)
        for before, after in zip(outline.headings, outline.headings[1:], strict=False):
            assert after <= before + 1, f"{name}: h{before} followed by h{after}"


@pytest.mark.django_db
def test_every_page_has_its_landmarks_and_a_skip_link_to_the_main_content(outlines, demo_pages):
    for name, outline in outlines.items():
        assert outline.landmarks.count("main") == 1, name
        for landmark in ("header", "nav", "footer"):
            assert landmark in outline.landmarks, (name, landmark)
        html = demo_pages[name]
        assert html.index('<a class="skip-link" href="#noi-dung">') < html.index("<header")
        assert '<main id="noi-dung"' in html, name
    for name in ("home", "section", "article", "search", "author", "tag"):
        assert outlines[name].landmarks.count("aside") == 1, name


@pytest.mark.django_db
def test_every_image_has_alt_text_and_every_control_a_label(outlines):
    for name, outline in outlines.items():
        assert all("alt" in image for image in outline.images), name
        assert outline.unlabelled_controls() == [], name
        duplicates = {i for i in outline.ids if outline.ids.count(i) > 1}
        assert not duplicates, (name, duplicates)


# In Chromium.


def axe_script():
    import axe_playwright_python

    return Path(axe_playwright_python.__file__).with_name("axe.min.js").read_text(encoding="utf-8")


def axe_violations(page):
    """Axe-core's violations of the open page, as readable lines, serious and critical only."""
    page.add_script_tag(content=axe_script())
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['impact']} {violation['id']}: {violation['help']} — "
        + "; ".join(f"{node['target']} {node['html'][:120]}" for node in violation["nodes"][:5])
        for violation in results["violations"]
        if violation["impact"] in BLOCKING
    ]


def in_chromium(test):
    """A real browser against the live server, with the data the migrations make."""
    for mark in (
        pytest.mark.browser,
        pytest.mark.django_db(transaction=True),
        pytest.mark.usefixtures("migration_data"),
    ):
        test = mark(test)
    return test


@in_chromium
def test_axe_finds_nothing_serious_on_any_page_type(live_server, browser):
    call_command("load_demo", "--no-users", verbosity=0)
    urls = {**demo_urls(), "404": "/khong-co-trang-nay/"}
    found = []
    for label, viewport, contrast in [
        ("máy tính", DESKTOP, False),
        ("điện thoại", PHONE, False),
        ("tương phản cao", DESKTOP, True),
    ]:
        # axe is injected as an inline script, which the site's Content-Security-Policy forbids.
        context = browser.new_context(locale="vi-VN", viewport=viewport, bypass_csp=True)
        if contrast:
            context.add_init_script("localStorage.setItem('portal.contrast', 'high')")
        page = context.new_page()
        for name, url in urls.items():
            page.goto(live_server.url + url)
            if contrast:
                assert page.evaluate("document.documentElement.classList.contains('high-contrast')")
            found += [f"{name} ({label}): {line}" for line in axe_violations(page)]
        context.close()
    assert not found, "axe-core finds:\n" + "\n".join(found)


@in_chromium
def test_no_page_scrolls_sideways_on_a_320px_phone(live_server, browser):
    call_command("load_demo", "--no-users", verbosity=0)
    urls = {**demo_urls(), "404": "/khong-co-trang-nay/"}
    context = browser.new_context(locale="vi-VN", viewport=PHONE)
    page = context.new_page()
    wide = {}
    for name, url in urls.items():
        page.goto(live_server.url + url)
        for menu_open in (False, True):
            if menu_open:
                page.get_by_role("button", name="Chuyên mục").click()
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > PHONE["width"]:
                wide[f"{name}{' (menu open)' if menu_open else ''}"] = width
    context.close()
    assert not wide, f"wider than 320px: {wide}"


@in_chromium
def test_text_is_at_least_16px_with_room_for_diacritics(live_server, browser_page):
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính", body="<p>Nội dung bài.</p>")
    measure = (
        "e => { const s = getComputedStyle(e);"
        " return [parseFloat(s.fontSize), parseFloat(s.lineHeight) / parseFloat(s.fontSize)]; }"
    )
    for url, selectors in [
        (item.get_absolute_url(), ["body", ".article__sapo", ".article__body p"]),
        (item.category.get_absolute_url(), [".card__sapo", ".card__meta"]),
    ]:
        browser_page.goto(live_server.url + url)
        for selector in selectors:
            size, line = browser_page.eval_on_selector(selector, measure)
            # Dates and bylines may be smaller; reading text is 16px at least.
            assert size >= (14 if selector == ".card__meta" else 16), (selector, size)
            assert round(line, 2) >= 1.6, (selector, line)


@in_chromium
def test_the_phone_menu_is_a_button_that_opens_and_closes(live_server, browser):
    make_category("Kinh tế")
    context = browser.new_context(locale="vi-VN", viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + "/")
    toggle = page.get_by_role("button", name="Chuyên mục")
    economy = page.get_by_role("navigation", name="Trình đơn chính").get_by_role(
        "link", name="Kinh tế"
    )
    assert toggle.get_attribute("aria-expanded") == "false"
    assert toggle.get_attribute("aria-controls") == "trinh-don-chinh"
    assert not economy.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true" and economy.is_visible()
    economy.focus()
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false" and not economy.is_visible()
    assert page.evaluate("document.activeElement.hasAttribute('data-menu-toggle')")
    page.keyboard.press("Enter")
    assert economy.is_visible()
    page.set_viewport_size(DESKTOP)
    page.reload()
    assert not toggle.is_visible() and economy.is_visible()
    context.close()


@in_chromium
def test_without_javascript_the_menu_is_open_and_no_dead_button_shows(live_server, browser):
    make_category("Kinh tế")
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính")
    context = browser.new_context(locale="vi-VN", viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + item.get_absolute_url())
    assert page.get_by_role("link", name="Kinh tế").first.is_visible()
    for name in ["Chuyên mục", "Tăng cỡ chữ", "Tương phản cao", "In bài viết"]:
        assert not page.get_by_role("button", name=name).is_visible(), name
    context.close()


@in_chromium
def test_if_the_script_never_loads_the_menu_stays_open(live_server, browser):
    make_category("Kinh tế")
    context = browser.new_context(locale="vi-VN", viewport=PHONE)
    page = context.new_page()
    page.route("**/bantin/js/portal*.js", lambda route: route.abort())
    page.goto(live_server.url + "/", wait_until="load")
    assert page.get_by_role("link", name="Kinh tế").first.is_visible()
    assert not page.get_by_role("button", name="Chuyên mục").is_visible()
    context.close()


REMEMBER_CLASS_AT_FIRST_BODY = """
new MutationObserver(function (changes, observer) {
  if (document.body) {
    window.__contrastAtBody = document.documentElement.classList.contains("high-contrast");
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


@in_chromium
def test_high_contrast_is_a_pressed_button_remembered_before_the_first_paint(
    live_server, browser_page
):
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính")
    page = browser_page
    page.add_init_script(REMEMBER_CLASS_AT_FIRST_BODY)
    page.goto(live_server.url + item.get_absolute_url())
    toggle = page.get_by_role("button", name="Tương phản cao")
    assert toggle.get_attribute("aria-pressed") == "false"
    background = "getComputedStyle(document.body).backgroundColor"
    normal = page.evaluate(background)
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    assert page.evaluate(background) == "rgb(0, 0, 0)" != normal

    page.goto(live_server.url + "/")  # a page without the toolbar
    assert page.evaluate("window.__contrastAtBody") is True
    assert page.evaluate(background) == "rgb(0, 0, 0)"
    page.goto(live_server.url + item.get_absolute_url())
    assert toggle.get_attribute("aria-pressed") == "true"
    toggle.click()
    page.reload()
    assert page.evaluate("window.__contrastAtBody") is False
    assert toggle.get_attribute("aria-pressed") == "false"


@in_chromium
def test_the_skip_link_comes_first_and_focus_is_always_visible(live_server, browser_page):
    make_category("Kinh tế")
    item = make_news_item("Ba Bể đẩy mạnh cải cách hành chính")
    page = browser_page
    page.goto(live_server.url + item.get_absolute_url())
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Bỏ qua, đến nội dung chính")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0 and box["width"] > 20
    ring = (
        "() => { const s = getComputedStyle(document.activeElement);"
        " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; }"
    )
    assert page.evaluate(ring)
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "noi-dung"
    page.goto(live_server.url + item.get_absolute_url())
    for _ in range(12):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.outerHTML.slice(0, 80)")
        assert page.evaluate(ring), focused
