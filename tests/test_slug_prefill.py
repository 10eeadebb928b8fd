"""The admin's slug prefill, in a real headless Chromium: the slug a reporter sees while typing
is the one the server would make (bantin/text.py, slugify_vi), for NFC, NFD and capitals."""

import unicodedata

import pytest

from bantin import roles, workflow
from bantin.models import NewsItem
from bantin.text import slugify_vi

from .factories import make_category, make_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("migration_data"),
]

TITLE = "Huyện Tân Lập khởi công đường giao thông nông thôn liên xã Đồng Tâm"
TITLE_SLUG = "huyen-tan-lap-khoi-cong-duong-giao-thong-nong-thon-lien-xa-dong-tam"


@pytest.fixture(params=[390, 1366], ids=["phone", "desktop"])
def admin_page(request, browser):
    """A Chromium page as wide as a phone or a desktop screen."""
    context = browser.new_context(
        locale="vi-VN",
        viewport={"width": request.param, "height": 844 if request.param < 800 else 768},
    )
    page = context.new_page()
    yield page
    context.close()


def log_in(page, live_server, user, next_path):
    page.goto(f"{live_server.url}/admin/login/?next={next_path}")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "mat-khau-thu-nghiem")
    page.click("input[type=submit]")
    page.wait_for_url(f"**{next_path}")


def typed_slug(page, source, text):
    """Type ``text`` key by key into the field ``source``, as a reporter does, and read the
    slug field that the admin fills from it."""
    page.locator(source).press_sequentially(text)
    return page.input_value("#id_slug")


def test_reporter_typing_a_title_gets_the_folded_slug_and_the_article_its_url(
    live_server, admin_page
):
    reporter = make_user(role=roles.REPORTER)
    publisher = make_user(role=roles.PUBLISHER)
    section = make_category("Kinh tế")
    page = admin_page
    log_in(page, live_server, reporter, "/admin/bantin/newsitem/add/")

    assert typed_slug(page, "#id_title", TITLE) == TITLE_SLUG

    page.fill("#id_sapo", "Công trình dài 5 km, hoàn thành trong năm.")
    page.select_option("#id_category", str(section.pk))
    page.click("input[name=_save]")
    page.wait_for_url("**/admin/bantin/newsitem/")
    item = NewsItem.objects.get(title=TITLE)
    assert item.slug == TITLE_SLUG

    item = workflow.news_item_submit(item=item, actor=reporter)
    item.status = NewsItem.Status.AWAITING_APPROVAL
    item.save()
    item = workflow.news_item_publish(item=item, actor=publisher)
    assert item.get_absolute_url() == f"/tin-tuc/{TITLE_SLUG}-{item.pk}/"
    response = page.goto(live_server.url + item.get_absolute_url())
    assert response.status == 200
    assert page.url == live_server.url + f"/tin-tuc/{TITLE_SLUG}-{item.pk}/"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Đà Nẵng đón đoàn", "da-nang-don-doan"),
        (unicodedata.normalize("NFD", "Đà Nẵng đón đoàn"), "da-nang-don-doan"),
        ("ĐỒNG TÂM", "dong-tam"),
        (unicodedata.normalize("NFD", "ĐỒNG TÂM"), "dong-tam"),
        ("Da Nang don doan", "da-nang-don-doan"),
    ],
    ids=["nfc", "nfd", "capitals", "nfd-capitals", "no-diacritics"],
)
def test_tag_form_prefills_the_folded_slug(live_server, admin_page, text, slug):
    log_in(admin_page, live_server, make_user(role=roles.REPORTER), "/admin/bantin/tag/add/")
    assert typed_slug(admin_page, "#id_name", text) == slug


def test_author_form_prefills_the_folded_slug(live_server, browser_page):
    log_in(browser_page, live_server, make_user(role=roles.EDITOR), "/admin/bantin/author/add/")
    assert typed_slug(browser_page, "#id_name", "Hương Dịu") == "huong-diu"


def test_section_form_prefills_the_folded_slug(live_server, browser_page):
    admin = make_user(role=roles.SITE_ADMIN)
    log_in(browser_page, live_server, admin, "/admin/bantin/category/add/")
    slug = typed_slug(browser_page, "#id_name", unicodedata.normalize("NFD", "Đời sống – Xã hội"))
    assert slug == "doi-song-xa-hoi"


SAMPLES = [
    TITLE,
    "Quý I/2026: 1.700 hồ sơ “Một cửa”",
    "  --Ba Bể__ đẩy   mạnh--  ",
    "Đắk\u200bLắk Đông \u202eabc\u202c",
    "Café ﬁt ½ Ø ß — ©",
    "Ưu tiên ngư dân ở Cửa Lò",
    "Привет мир 北京",
    "a_-b",
    "",
]


def test_prefill_in_the_browser_is_the_servers_slug_for_every_sample(live_server, browser_page):
    log_in(browser_page, live_server, make_user(role=roles.REPORTER), "/admin/bantin/tag/add/")
    for text in SAMPLES:
        for form in ("NFC", "NFD"):
            value = unicodedata.normalize(form, text)
            for max_length in (120, 9):
                in_browser = browser_page.evaluate(
                    "([value, maxLength]) => URLify(value, maxLength, false)", [value, max_length]
                )
                assert in_browser == slugify_vi(value, max_length=max_length), (value, max_length)
