"""An item's history in a real headless Chromium: compare two versions, restore one after
confirming, on a desktop and on a phone."""

import pytest

from bantin import roles, workflow
from bantin.models import NewsItem

from .factories import make_news_item, make_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("migration_data"),
]

S = NewsItem.Status


def log_in(page, live_server, user, next_url):
    page.goto(f"{live_server.url}/admin/login/?next={next_url}")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "mat-khau-thu-nghiem")
    page.click("input[type=submit]")


def item_with_two_versions(actor):
    item = make_news_item(
        "Mưa lũ ở vùng cao",
        status=S.SUBMITTED,
        publish_at=None,
        body="<p>Mưa lũ.</p><p>Đậm đặc sương mù</p>",
    )
    workflow.news_item_record_revision(item=item, actor=actor, reason="Lưu nội dung")
    item.body = "<p>Mưa lũ.</p><p>Đậm đặc mây</p><ul><li>Thêm ý</li></ul>"
    item.version += 1
    item.save()
    workflow.news_item_record_revision(item=item, actor=actor, reason="Lưu nội dung")
    return item


@pytest.mark.parametrize("width", [1366, 390])
def test_compare_then_restore_after_confirming(live_server, browser, width):
    editor = make_user(role=roles.EDITOR, first_name="Minh", last_name="Đức")
    item = item_with_two_versions(editor)
    context = browser.new_context(locale="vi-VN", viewport={"width": width, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, live_server, editor, f"/admin/bantin/newsitem/{item.pk}/change/")

    page.click("a.historylink")
    page.get_by_role("button", name="So sánh hai phiên bản đã chọn").click()
    blocks = page.locator(".diff-body .diff-block")
    assert blocks.all_inner_texts()[:2] == ["Mưa lũ.", "Đậm đặc sương mù mây"]
    assert page.locator(".diff-body del.diff-removed").all_inner_texts() == ["sương mù"]
    assert page.locator(".diff-body ins.diff-added").all_inner_texts() == ["mây", "Thêm ý"]
    assert "lũ.Đậm" not in page.inner_text("#content")
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    page.get_by_role("link", name="Khôi phục…").click()
    assert page.get_by_role("heading", name="Những gì sẽ thay đổi").is_visible()
    item.refresh_from_db()
    assert "mây" in item.body  # asking changed nothing
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    page.get_by_role("button", name="Có, khôi phục phiên bản này").click()
    page.wait_for_url(f"**/admin/bantin/newsitem/{item.pk}/change/")
    assert "Đã khôi phục phiên bản" in page.inner_text(".messagelist")
    item.refresh_from_db()
    assert item.body == "<p>Mưa lũ.</p><p>Đậm đặc sương mù</p>"
    assert errors == []
    context.close()


def test_cancelling_the_restore_changes_nothing(live_server, browser_page):
    editor = make_user(role=roles.EDITOR)
    item = item_with_two_versions(editor)
    page = browser_page
    log_in(page, live_server, editor, f"/admin/bantin/newsitem/{item.pk}/history/")
    page.get_by_role("link", name="Khôi phục…").click()
    page.get_by_role("link", name="Không, quay lại lịch sử").click()
    page.wait_for_url(f"**/admin/bantin/newsitem/{item.pk}/history/")
    item.refresh_from_db()
    assert "mây" in item.body and item.revisions.count() == 2
