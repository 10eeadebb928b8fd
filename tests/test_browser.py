"""What depends on JavaScript, in a real headless Chromium against the live server."""

import pytest

from bantin import roles

from .factories import make_category, make_news_item, make_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("migration_data"),
]


@pytest.fixture(autouse=True)
def site_on_the_live_server(live_server, settings):
    """The site's own address (canonical and share links) is the live server's."""
    settings.PORTAL_BASE_URL = live_server.url


def article_font_size(page):
    return page.eval_on_selector(
        ".article__body", "element => parseFloat(getComputedStyle(element).fontSize)"
    )


def test_text_size_buttons_change_the_article_and_survive_a_reload(live_server, browser_page):
    section = make_category("Cải cách hành chính")
    first = make_news_item("Ba Bể đẩy mạnh cải cách hành chính", category=section)
    second = make_news_item("Một cửa liên thông", category=section)
    page = browser_page

    page.goto(live_server.url + first.get_absolute_url())
    normal = article_font_size(page)
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    larger = article_font_size(page)
    assert larger > normal

    page.reload()
    assert article_font_size(page) == larger

    page.goto(live_server.url + second.get_absolute_url())
    assert article_font_size(page) == larger

    for _ in range(4):
        page.get_by_role("button", name="Giảm cỡ chữ").click()
    smaller = article_font_size(page)
    assert smaller < normal
    page.reload()
    assert article_font_size(page) == smaller


def test_admin_body_editor_is_ckeditor_5_without_raw_html_features(live_server, browser_page):
    editor = make_user(role=roles.EDITOR)
    make_category("Kinh tế")
    page = browser_page
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(live_server.url + "/admin/login/?next=/admin/bantin/newsitem/add/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", "mat-khau-thu-nghiem")
    page.click("input[type=submit]")
    page.wait_for_selector(".ck-editor__editable", timeout=15000)
    plugins = page.evaluate(
        "Object.values(window.editors)[0].plugins ? "
        "Array.from(Object.values(window.editors)[0].plugins, ([P]) => P.pluginName).filter(Boolean) : []"
    )
    assert errors == []
    assert "Paragraph" in plugins and "ImageUpload" in plugins
    for removed in ["SourceEditing", "HtmlEmbed", "GeneralHtmlSupport", "Markdown"]:
        assert removed not in plugins


FAKE_SPEECH = """
window.__speech = [];
window.SpeechSynthesisUtterance = function (text) { this.text = text; };
const fakeSynthesis = {
  speaking: false, paused: false,
  getVoices: function () { return [{ lang: "vi-VN", name: "Tiếng Việt" }]; },
  speak: function (u) { window.__speech.push(["speak", u.text, u.lang, u.voice && u.voice.lang]); this.speaking = true; },
  pause: function () { window.__speech.push(["pause"]); this.paused = true; },
  resume: function () { window.__speech.push(["resume"]); this.paused = false; },
  cancel: function () { window.__speech.push(["cancel"]); this.speaking = false; },
};
Object.defineProperty(window, "speechSynthesis", { value: fakeSynthesis, configurable: true });
"""

NO_SPEECH = "delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;"


BROWSER_USER_AGENT = (
    "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131 Mobile Safari/537.36"
)


LOCAL_NETWORK_CHECKS = [
    "LocalNetworkAccessChecks",
    "BlockInsecurePrivateNetworkRequests",
    "PrivateNetworkAccessSendPreflights",
]


def open_article(live_server, browser_page, init_script=None):
    item = make_news_item(
        "Ba Bể đẩy mạnh cải cách hành chính",
        sapo="Đẩy mạnh cải cách hành chính là nhiệm vụ trọng tâm.",
        body="<p>Câu thứ nhất. Câu thứ hai.</p>",
    )
    if init_script:
        browser_page.add_init_script(init_script)
    browser_page.goto(live_server.url + item.get_absolute_url())
    return item


def test_print_control_opens_the_print_dialog(live_server, browser_page):
    open_article(live_server, browser_page, "window.print = () => { window.__printed = true; };")
    browser_page.get_by_role("button", name="In bài viết").click()
    assert browser_page.evaluate("window.__printed") is True


def test_share_links_carry_the_canonical_url(live_server, browser_page):
    from urllib.parse import quote

    item = open_article(live_server, browser_page)
    canonical = live_server.url + item.get_absolute_url()
    assert browser_page.locator("link[rel=canonical]").get_attribute("href") == canonical
    facebook = browser_page.get_by_role("link", name="Chia sẻ lên Facebook").get_attribute("href")
    assert facebook.endswith("?u=" + quote(canonical, safe=""))
    mail = browser_page.get_by_role("link", name="Gửi qua e-mail").get_attribute("href")
    assert quote(canonical, safe="") in mail
    copy = browser_page.get_by_role("button", name="Sao chép liên kết")
    assert copy.get_attribute("data-url") == canonical
    zalo = browser_page.get_by_role("button", name="Chia sẻ qua Zalo")
    assert zalo.get_attribute("data-url") == canonical


def test_copy_link_puts_the_canonical_url_on_the_clipboard(live_server, browser_page):
    browser_page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    item = open_article(live_server, browser_page)
    browser_page.get_by_role("button", name="Sao chép liên kết").click()
    browser_page.get_by_text("Đã sao chép liên kết").wait_for()
    clipboard = browser_page.evaluate("navigator.clipboard.readText()")
    assert clipboard == live_server.url + item.get_absolute_url()


def test_listen_starts_pauses_resumes_and_stops_speech(live_server, browser_page):
    open_article(live_server, browser_page, FAKE_SPEECH)
    listen = browser_page.get_by_role("button", name="Nghe đọc bài")
    listen.click()
    speech = browser_page.evaluate("window.__speech")
    spoken = [entry for entry in speech if entry[0] == "speak"]
    assert spoken[0][1].startswith("Ba Bể đẩy mạnh cải cách hành chính")
    assert spoken[0][2] == "vi-VN" and spoken[0][3] == "vi-VN"
    browser_page.get_by_role("button", name="Tạm dừng đọc").click()
    assert browser_page.evaluate("window.__speech.at(-1)") == ["pause"]
    browser_page.get_by_role("button", name="Đọc tiếp").click()
    assert browser_page.evaluate("window.__speech.at(-1)") == ["resume"]
    browser_page.get_by_role("button", name="Ngừng đọc").click()
    assert browser_page.evaluate("window.__speech.at(-1)") == ["cancel"]
    assert browser_page.get_by_role("button", name="Nghe đọc bài").is_visible()


def test_listen_is_absent_where_the_browser_cannot_speak(live_server, browser_page):
    open_article(live_server, browser_page, NO_SPEECH)
    assert browser_page.get_by_role("button", name="Tăng cỡ chữ").is_visible()
    assert browser_page.get_by_role("button", name="Nghe đọc bài").count() == 0


def test_text_size_persists_from_an_article_to_a_section_page(live_server, browser_page):
    item = open_article(live_server, browser_page)
    browser_page.get_by_role("button", name="Tăng cỡ chữ").click()
    scale = browser_page.evaluate("document.documentElement.dataset.textScale")
    browser_page.goto(live_server.url + item.category.get_absolute_url())
    assert browser_page.evaluate("document.documentElement.dataset.textScale") == scale == "1.125"


def test_a_readers_visit_is_counted_through_the_beacon(live_server, browser):
    from bantin.models import DailyViewCount

    context = browser.new_context(user_agent=BROWSER_USER_AGENT)
    page = context.new_page()
    try:
        with page.expect_request(lambda request: "/luot-xem/" in request.url) as sent:
            item = open_article(live_server, page)
        assert sent.value.method == "POST"
        assert sent.value.response().status == 204
        assert DailyViewCount.objects.get(news_item=item).count == 1
    finally:
        context.close()


def test_a_beacon_sent_from_another_sites_page_is_not_counted(live_server, browser):
    """Another site copies a page's token and makes its visitors' browsers post it: Chromium
    says where the request comes from, and the view is not counted."""
    from bantin import stats
    from bantin.models import DailyViewCount

    from .conftest import CHROMIUM_ARGS, chromium_path

    # Chromium refuses a page's requests to another loopback origin outright (Local Network
    # Access); the other site here is on the loopback address too, so that check is turned off
    # and the portal's own is what refuses the view.
    lenient = browser.browser_type.launch(
        executable_path=chromium_path(),
        args=[*CHROMIUM_ARGS, "--disable-features=" + ",".join(LOCAL_NETWORK_CHECKS)],
    )
    context = lenient.new_context(user_agent=BROWSER_USER_AGENT)
    page = context.new_page()
    try:
        item = make_news_item("Tin bị mua lượt xem")
        beacon = f"{live_server.url}/luot-xem/{item.pk}/"
        token = stats.view_token(item.pk)
        script = (
            f"<script>fetch('{beacon}', {{method: 'POST', mode: 'no-cors', "
            f"body: new URLSearchParams({{token: '{token}'}})}});</script>"
        )
        # Another site: the server's own address under another name.
        elsewhere = live_server.url.replace("localhost", "127.0.0.1") + "/trang-khac/"
        assert elsewhere.split("/")[2] != beacon.split("/")[2]
        page.route(elsewhere, lambda route: route.fulfill(content_type="text/html", body=script))
        with page.expect_response(lambda response: "/luot-xem/" in response.url) as answered:
            page.goto(elsewhere)
        assert answered.value.status == 403
        assert not DailyViewCount.objects.filter(news_item=item).exists()
    finally:
        context.close()
        lenient.close()


def test_a_click_on_the_picture_sets_the_focal_point(live_server, browser_page):
    from bantin.models import Image as LibraryImage

    from .factories import upload

    image = LibraryImage.objects.create(file=upload(), alt_text="Ảnh")
    admin_user = make_user(role=roles.SITE_ADMIN)
    page = browser_page
    page.goto(live_server.url + f"/admin/login/?next=/admin/bantin/image/{image.pk}/change/")
    page.fill("#id_username", admin_user.username)
    page.fill("#id_password", "mat-khau-thu-nghiem")
    page.click("input[type=submit]")
    picture = page.locator("[data-focal-picker] img")
    box = picture.bounding_box()
    picture.click(position={"x": box["width"] * 0.25, "y": box["height"] * 0.75})
    assert abs(float(page.input_value("#id_focal_x")) - 0.25) < 0.02
    assert abs(float(page.input_value("#id_focal_y")) - 0.75) < 0.02
    page.click("input[name=_save]")
    page.wait_for_url("**/admin/bantin/image/")
    image.refresh_from_db()
    assert abs(image.focal_x - 0.25) < 0.02 and image.rendition_version == 2


def test_the_print_stylesheet_keeps_the_article_and_its_url_and_drops_navigation(
    live_server, browser_page
):
    item = open_article(live_server, browser_page)
    browser_page.emulate_media(media="print")

    def shown(selector):
        return browser_page.eval_on_selector(
            selector, "element => getComputedStyle(element).display !== 'none'"
        )

    for kept in [".article__title", ".toolbar__date", ".article__body", ".article__url"]:
        assert shown(kept), kept
    for dropped in [".site-nav", ".site-header", ".toolbar__controls", ".region--aside"]:
        assert not shown(dropped), dropped
    url = browser_page.text_content(".article__url").strip()
    assert url == live_server.url + item.get_absolute_url()
    browser_page.emulate_media(media="screen")
    assert not shown(".article__url")
