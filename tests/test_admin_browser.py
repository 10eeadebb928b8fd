"""The newsroom's admin in a real headless Chromium: what waits for whom, and the pickers."""

import unicodedata

import pytest

from bantin import roles, workflow
from bantin.models import NewsItem

from .factories import make_category, make_image, make_news_item, make_tag, make_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("migration_data"),
]

S = NewsItem.Status
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


def log_in(page, live_server, user, next_path="/admin/"):
    page.goto(f"{live_server.url}/admin/login/?next={next_path}")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "mat-khau-thu-nghiem")
    page.click("input[type=submit]")
    page.wait_for_load_state()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_returned_item_shows_why_above_the_form(live_server, browser_page, viewport):
    reporter = make_user(role=roles.REPORTER)
    editor = make_user(role=roles.EDITOR, first_name="Biên tập", last_name="Hà")
    item = make_news_item(status=S.DRAFT, publish_at=None, created_by=reporter)
    item = workflow.news_item_submit(item=item, actor=reporter)
    workflow.news_item_return(item=item, actor=editor, comment="Thiếu ảnh hiện trường.")
    page = browser_page
    page.set_viewport_size(viewport)
    log_in(page, live_server, reporter, f"/admin/bantin/newsitem/{item.pk}/change/")
    note = page.get_by_role("note")
    assert note.is_visible()
    assert "Thiếu ảnh hiện trường." in note.inner_text()
    assert "Hà" in note.inner_text()
    note_box = note.bounding_box()
    title_box = page.locator("#id_title").bounding_box()
    assert note_box["y"] + note_box["height"] <= title_box["y"]
    # Readable on a phone: the note fits the screen's width.
    assert note_box["x"] >= 0 and note_box["x"] + note_box["width"] <= viewport["width"]


def test_the_index_count_links_to_what_waits_for_me(live_server, browser_page):
    reporter = make_user(role=roles.REPORTER)
    publisher = make_user(role=roles.PUBLISHER)
    for title in ["Chờ duyệt một", "Chờ duyệt hai"]:
        make_news_item(title, status=S.AWAITING_APPROVAL, publish_at=None, created_by=reporter)
    make_news_item("Đang hiển thị", created_by=reporter)
    page = browser_page
    log_in(page, live_server, publisher)
    link = page.get_by_role("link", name="Chờ tôi xử lý: 2 bài")
    assert link.is_visible()
    link.click()
    page.wait_for_load_state()
    titles = page.locator("#result_list tbody .field-title").all_inner_texts()
    assert sorted(title.strip() for title in titles) == ["Chờ duyệt hai", "Chờ duyệt một"]


def pick(page, field, typed):
    """Open ``field``'s autocomplete, type ``typed``, and return the options it finds."""
    page.click(f".field-{field} .select2-selection")
    search = page.locator(".select2-container--open .select2-search__field")
    search.fill(typed)
    page.wait_for_selector(".select2-results__option:not(.loading-results)")
    page.wait_for_function(
        "() => !document.querySelector('.select2-results__option.loading-results')"
    )
    return [text.strip() for text in page.locator(".select2-results__option").all_inner_texts()]


@pytest.mark.parametrize(
    ("field", "typed", "found"),
    [
        ("tags", "nong", "Nông thôn mới"),
        ("tags", "duc", "Giáo dục"),
        ("tags", unicodedata.normalize("NFD", "Đồng"), "Đồng Tâm"),
        ("lead_image", "khoi cong", "Lễ khởi công đường liên xã"),
    ],
)
def test_the_pickers_find_without_diacritics(live_server, browser_page, field, typed, found):
    editor = make_user(role=roles.EDITOR)
    make_category("Kinh tế")
    for name in ["Nông thôn mới", "Giáo dục", "Đồng Tâm"]:
        make_tag(name)
    make_image("Lễ khởi công đường liên xã")
    make_image("Hội nghị cải cách hành chính")
    page = browser_page
    log_in(page, live_server, editor, "/admin/bantin/newsitem/add/")
    assert pick(page, field, typed) == [found]
