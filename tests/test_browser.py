"""What depends on JavaScript, in a real headless Chromium against the live server."""

import pytest

from .factories import make_category, make_news_item, make_user

# serialized_rollback keeps what migrations created (the role groups) for every test.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


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
    # Transactional tests flush the role groups that migrations create; what is tested here is
    # the editor, not the role, so a superuser writes.
    editor = make_user(is_superuser=True)
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
