"""What depends on JavaScript, in a real headless Chromium against the live server."""

import pytest

from .factories import make_category, make_news_item

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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
