"""An item's history in the admin: one page, readable comparisons, a confirmed restore, the two
versions side by side after a refused stale save, and the body as readers see it."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse

from bantin import roles, workflow
from bantin.admin.history import body_blocks, body_diff
from bantin.models import NewsItem, Tag

from .factories import make_author, make_category, make_image, make_news_item, make_user

pytestmark = pytest.mark.django_db

S = NewsItem.Status


def edit_data(item, **changes):
    data = {
        "title": item.title,
        "slug": item.slug,
        "sapo": item.sapo,
        "body": item.body,
        "category": item.category_id,
        "loaded_version": item.version,
        "bylines-TOTAL_FORMS": "0",
        "bylines-INITIAL_FORMS": "0",
        "bylines-MIN_NUM_FORMS": "0",
        "bylines-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


@pytest.fixture
def editor():
    return make_user("bientap1", role=roles.EDITOR, first_name="Minh", last_name="Đức")


def history_url(item, **query):
    url = reverse("admin:bantin_newsitem_history", args=[item.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def two_revisions(item, actor, **after):
    """A revision of the item as it is, then one after ``after`` was applied."""
    old = workflow.news_item_record_revision(item=item, actor=actor, reason="một")
    tags = after.pop("tags", None)
    for field, value in after.items():
        setattr(item, field, value)
    item.save()
    if tags is not None:
        item.tags.set(tags)
    new = workflow.news_item_record_revision(item=item, actor=actor, reason="hai")
    return old, new


# The body, block by block


def test_body_blocks_keep_paragraphs_list_items_cells_and_headings_apart():
    html = (
        "<h2>Tiêu đề</h2><p>Mưa lũ.</p><p><strong>Đậm</strong> nhạt</p>"
        "<ul><li>Một</li><li>Hai</li></ul><table><tr><td>Ô một</td><td>Ô hai</td></tr></table>"
    )
    assert body_blocks(html) == [
        ("h2", "Tiêu đề"),
        ("p", "Mưa lũ."),
        ("p", "Đậm nhạt"),
        ("li", "Một"),
        ("li", "Hai"),
        ("td", "Ô một"),
        ("td", "Ô hai"),
    ]


def test_body_diff_marks_words_within_the_block_that_changed():
    rows = body_diff(
        "<p>Huyện tổ chức hội nghị tổng kết</p><p>Đoạn hai</p>",
        "<p>Huyện tổ chức lễ tổng kết năm</p><p>Đoạn hai</p>",
    )
    assert [row["state"] for row in rows] == ["changed", "same"]
    assert rows[0]["parts"] == [
        ("same", "Huyện tổ chức"),
        ("removed", "hội nghị"),
        ("added", "lễ"),
        ("same", "tổng kết"),
        ("added", "năm"),
    ]


def test_body_diff_shows_an_added_paragraph_as_a_block_of_its_own():
    rows = body_diff("<p>Một</p><p>Ba</p>", "<p>Một</p><p>Hai mới</p><p>Ba</p>")
    assert [(row["state"], row["parts"]) for row in rows] == [
        ("same", [("same", "Một")]),
        ("added", [("added", "Hai mới")]),
        ("same", [("same", "Ba")]),
    ]


def test_body_diff_names_images_by_their_alt_text():
    rows = body_diff("<p>Chữ</p>", '<p>Chữ</p><figure><img src="/a.jpg" alt="Cầu mới"></figure>')
    assert rows[-1]["state"] == "added" and rows[-1]["parts"] == [("added", "[Ảnh: Cầu mới]")]


def test_compare_page_keeps_blocks_apart(client, editor):
    item = make_news_item(status=S.SUBMITTED, publish_at=None, body="<p>Mưa lũ.</p><p>Đậm</p>")
    old, new = two_revisions(item, editor, body="<p>Mưa lũ.</p><p>Đậm nét</p><ul><li>Ý</li></ul>")
    client.force_login(editor)
    html = client.get(history_url(item, a=old.pk, b=new.pk)).content.decode()
    assert "lũ.Đậm" not in html and "lũ. Đậm" not in html
    assert 'class="diff-block diff-block--p diff-block--same"><span>Mưa lũ.</span>' in html
    assert '<span>Đậm</span> <ins class="diff-added">nét</ins>' in html
    assert 'class="diff-block diff-block--li diff-block--added"' in html


def test_compare_page_escapes_the_body_and_the_fields(client, editor):
    item = make_news_item(status=S.SUBMITTED, publish_at=None, body="<p>Trước</p>")
    # A revision is JSON; what it holds reaches the page only as text.
    old, new = two_revisions(item, editor)
    new.data["body"] = "<p>&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(2)></p>"
    new.data["title"] = "<b onmouseover=alert(3)>Tiêu đề</b>"
    new.save()
    client.force_login(editor)
    html = client.get(history_url(item, a=old.pk, b=new.pk)).content.decode()
    assert "<script>alert(1)" not in html and "onerror=alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b onmouseover" not in html and "&lt;b onmouseover=alert(3)&gt;" in html


# The fields, as people read them


def test_compare_page_shows_verbose_names_and_display_values(client, editor):
    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    section = make_category("Kinh tế")
    item = make_news_item(
        status=S.AWAITING_APPROVAL, publish_at=None, category=make_category("Xã hội")
    )
    nong, duc = Tag.objects.create(name="Nông thôn"), Tag.objects.create(name="Đức Phổ")
    image = make_image(alt_text="Cầu Đồng Tâm")
    old, new = two_revisions(
        item,
        editor,
        sapo="Sapo mới",
        category=section,
        status=S.PUBLISHED,
        publish_at=datetime(2026, 12, 2, 22, 59, tzinfo=tz),
        lead_image=image,
        tags=[nong, duc],
    )
    client.force_login(editor)
    html = client.get(history_url(item, a=old.pk, b=new.pk)).content.decode()
    for shown in [
        '<th scope="row">Sapo</th>',
        '<th scope="row">Thời điểm xuất bản</th>',
        '<th scope="row">Chủ đề</th>',
        '<th scope="row">Ảnh đại diện</th>',
        "02/12/2026 22:59",
        "Đã xuất bản",
        "Chờ duyệt",
        "Xã hội",
        "Kinh tế",
        "Cầu Đồng Tâm",
        "Nông thôn",
        "Đức Phổ",
    ]:
        assert shown in html, shown
    assert f"[{nong.pk}, {duc.pk}]" not in html and "published" not in html
    assert '<th scope="row">sapo</th>' not in html and "publish_at" not in html


def test_compare_page_names_authors_and_says_when_one_was_deleted(client, editor):
    kept, gone = make_author("Hương Dịu"), make_author("Bút danh cũ")
    item = make_news_item(status=S.SUBMITTED, publish_at=None, authors=[gone])
    old = workflow.news_item_record_revision(item=item, actor=editor, reason="một")
    item.bylines.all().delete()
    item.bylines.create(author=kept, position=0)
    new = workflow.news_item_record_revision(item=item, actor=editor, reason="hai")
    gone_pk = gone.pk
    item.bylines.all().delete()
    gone.delete()
    client.force_login(editor)
    html = client.get(history_url(item, a=old.pk, b=new.pk)).content.decode()
    assert "Hương Dịu" in html
    assert f"(đã xóa, mã {gone_pk})" in html


def test_compare_with_a_revision_of_another_item_says_so_instead_of_failing(client, editor):
    item = make_news_item(status=S.SUBMITTED, publish_at=None)
    other = make_news_item(status=S.SUBMITTED, publish_at=None)
    mine = workflow.news_item_record_revision(item=item, actor=editor, reason="x")
    theirs = workflow.news_item_record_revision(item=other, actor=editor, reason="x")
    client.force_login(editor)
    for query in [{"a": mine.pk, "b": theirs.pk}, {"a": "abc", "b": mine.pk}]:
        response = client.get(history_url(item, **query))
        assert response.status_code == 200
        assert "Hãy chọn hai phiên bản của bài này để so sánh." in response.content.decode()


# Restoring asks first


def test_restore_get_asks_for_confirmation_and_changes_nothing(client, editor):
    item = make_news_item(status=S.SUBMITTED, publish_at=None, body="<p>Bản cũ</p>")
    old, _new = two_revisions(item, editor, body="<p>Bản mới</p>")
    client.force_login(editor)
    url = reverse("admin:bantin_newsitem_restore", args=[item.pk, old.pk])
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'method="post"' in html and "csrfmiddlewaretoken" in html
    assert (
        '<del class="diff-removed">mới</del>' in html and '<ins class="diff-added">cũ</ins>' in html
    )
    item.refresh_from_db()
    assert item.body == "<p>Bản mới</p>" and item.revisions.count() == 2


def test_restore_post_restores_as_a_new_revision(client, editor):
    item = make_news_item(status=S.SUBMITTED, publish_at=None, body="<p>Bản cũ</p>")
    old, _new = two_revisions(item, editor, body="<p>Bản mới</p>")
    client.force_login(editor)
    response = client.post(reverse("admin:bantin_newsitem_restore", args=[item.pk, old.pk]))
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.body == "<p>Bản cũ</p>" and item.revisions.count() == 3


def test_restore_post_needs_the_csrf_token(editor):
    item = make_news_item(status=S.SUBMITTED, publish_at=None, body="<p>Bản cũ</p>")
    old, _new = two_revisions(item, editor, body="<p>Bản mới</p>")
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(reverse("admin:bantin_newsitem_restore", args=[item.pk, old.pk]))
    assert response.status_code == 403
    item.refresh_from_db()
    assert item.body == "<p>Bản mới</p>"


def test_restore_confirmation_is_refused_to_who_may_not_edit(client):
    reporter = make_user(role=roles.REPORTER)
    item = make_news_item(status=S.SUBMITTED, publish_at=None, created_by=reporter)
    old, _new = two_revisions(item, reporter, body="<p>Khác</p>")
    client.force_login(reporter)
    url = reverse("admin:bantin_newsitem_restore", args=[item.pk, old.pk])
    response = client.get(url, follow=True)
    assert "Bạn không thể sửa bài này ở trạng thái hiện tại." in response.content.decode()
    assert client.post(url).status_code == 302
    item.refresh_from_db()
    assert item.body == "<p>Khác</p>"


def test_reporters_see_no_history_of_others_items(client):
    reporter = make_user(role=roles.REPORTER)
    item = make_news_item(status=S.SUBMITTED, publish_at=None)
    revision = workflow.news_item_record_revision(item=item, actor=None, reason="x")
    client.force_login(reporter)
    assert client.get(history_url(item)).status_code == 404
    restore = reverse("admin:bantin_newsitem_restore", args=[item.pk, revision.pk])
    assert client.get(restore).status_code == 404


# One history page


def test_history_page_joins_steps_with_comments_revisions_and_the_admin_log(client, editor):
    reporter = make_user(role=roles.REPORTER, first_name="Lan", last_name="Phạm")
    item = make_news_item(status=S.DRAFT, publish_at=None, created_by=reporter)
    workflow.news_item_submit(item=item, actor=reporter)
    workflow.news_item_return(item=item, actor=editor, comment="Thiếu nguồn ảnh, bổ sung giúp.")
    publisher = make_user(role=roles.PUBLISHER)
    LogEntry.objects.log_actions(
        user_id=publisher.pk, queryset=[item], action_flag=CHANGE, change_message="Sửa tay"
    )
    client.force_login(editor)
    response = client.get(history_url(item))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Lịch sử của bài" in html
    assert "Thiếu nguồn ảnh, bổ sung giúp." in html
    assert "Nháp → Chờ biên tập" in html and "Chờ biên tập → Trả lại" in html
    assert "Sửa tay" in html
    assert (
        html.index("Sửa tay")
        < html.index("Chờ biên tập → Trả lại")
        < html.index("Nháp → Chờ biên tập")
    )
    assert 'name="a"' in html and 'name="b"' in html


def test_a_save_reads_as_one_line_of_the_history(client, editor):
    item = make_news_item(status=S.SUBMITTED, publish_at=None)
    client.force_login(editor)
    change = reverse("admin:bantin_newsitem_change", args=[item.pk])
    assert client.post(change, edit_data(item, body="<p>Một</p>")).status_code == 302
    html = client.get(history_url(item)).content.decode()
    assert html.count('class="history-when"') == 1
    assert "Lưu nội dung" in html


def test_djangos_history_link_is_the_items_one_history_page(client, editor):
    item = make_news_item(status=S.SUBMITTED, publish_at=None)
    client.force_login(editor)
    html = client.get(reverse("admin:bantin_newsitem_change", args=[item.pk])).content.decode()
    assert f'href="{history_url(item)}" class="historylink">Lịch sử</a>' in html
    assert "Các phiên bản" not in html and "Lịch sử xử lý" not in html
    assert "Bản ghi nhớ" not in html


def test_old_revisions_address_leads_to_the_history_page(client, editor):
    item = make_news_item(status=S.SUBMITTED, publish_at=None)
    client.force_login(editor)
    response = client.get(reverse("admin:bantin_newsitem_revisions", args=[item.pk]) + "?a=1&b=2")
    assert response.status_code == 302 and response.url == history_url(item, a=1, b=2)


def test_history_of_an_unknown_item_is_not_found(client, editor):
    client.force_login(editor)
    assert client.get("/admin/bantin/newsitem/999999/history/").status_code == 404
    assert client.get("/admin/bantin/newsitem/abc/history/").status_code == 404


# After a refused stale save


def test_a_refused_stale_save_shows_both_versions_side_by_side(editor):
    second = make_user("bientap2", role=roles.EDITOR)
    item = make_news_item(
        status=S.SUBMITTED, publish_at=None, body="<p>Đoạn chung.</p><p>Bản gốc</p>"
    )
    url = reverse("admin:bantin_newsitem_change", args=[item.pk])
    a, b = Client(), Client()
    a.force_login(editor)
    b.force_login(second)
    loaded = edit_data(item)
    first_body = "<p>Đoạn chung.</p><p>Bản của người thứ nhất</p>"
    assert a.post(url, {**loaded, "body": first_body, "sapo": "Sapo thứ nhất"}).status_code == 302
    response = b.post(url, {**loaded, "body": "<p>Đoạn chung.</p><p>Bản của người thứ hai</p>"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bản đang lưu (của Minh Đức" in html and "Bản bạn gõ" in html
    saved, typed = (
        html.index('data-label="Bản đang lưu"><span>Bản của người thứ</span>'),
        html.index(
            'data-label="Bản bạn gõ"><span>Bản của người thứ</span> <ins class="diff-added">hai</ins>'
        ),
    )
    assert saved < typed and '<del class="diff-removed">nhất</del>' in html[saved:typed]
    assert "Sapo thứ nhất" in html  # a changed field, saved value beside the typed one
    assert "Bản của người thứ hai" in html  # and still in the form


def test_after_seeing_both_versions_the_merged_text_saves(editor):
    second = make_user("bientap2", role=roles.EDITOR)
    item = make_news_item(status=S.SUBMITTED, publish_at=None, body="<p>Bản gốc</p>")
    url = reverse("admin:bantin_newsitem_change", args=[item.pk])
    a, b = Client(), Client()
    a.force_login(editor)
    b.force_login(second)
    loaded = edit_data(item)
    assert a.post(url, {**loaded, "body": "<p>Bản một</p>"}).status_code == 302
    refused = b.post(url, {**loaded, "body": "<p>Bản hai</p>"})
    version = refused.context["adminform"].form["loaded_version"].value()
    item.refresh_from_db()
    assert str(version) == str(item.version)
    merged = {**loaded, "loaded_version": version, "body": "<p>Bản một và hai</p>"}
    assert b.post(url, merged).status_code == 302
    item.refresh_from_db()
    assert item.body == "<p>Bản một và hai</p>"


# Out of the user's hands


def test_read_only_view_shows_the_body_as_readers_see_it(client):
    reporter = make_user(role=roles.REPORTER)
    body = "<p>Đoạn <strong>đậm</strong></p><ul><li>Ý một</li></ul>"
    item = make_news_item(status=S.SUBMITTED, publish_at=None, created_by=reporter, body=body)
    client.force_login(reporter)
    response = client.get(reverse("admin:bantin_newsitem_change", args=[item.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        '<div class="rendered-body"><p>Đoạn <strong>đậm</strong></p><ul><li>Ý một</li></ul>' in html
    )
    assert "&lt;p&gt;" not in html


def test_read_only_body_is_the_sanitised_one(client):
    reporter = make_user(role=roles.REPORTER)
    item = make_news_item(status=S.SUBMITTED, publish_at=None, created_by=reporter)
    # Past the form and the model's save, straight into the table.
    NewsItem.objects.filter(pk=item.pk).update(
        body="<p>x</p><script>alert(1)</script>", body_html=""
    )
    client.force_login(reporter)
    html = client.get(reverse("admin:bantin_newsitem_change", args=[item.pk])).content.decode()
    assert "<script>alert(1)" not in html


def test_editable_items_keep_the_body_editor(client, editor):
    item = make_news_item(status=S.SUBMITTED, publish_at=None)
    client.force_login(editor)
    html = client.get(reverse("admin:bantin_newsitem_change", args=[item.pk])).content.decode()
    assert 'name="body"' in html and "rendered-body" not in html


def test_history_log_entries_are_those_of_the_item_only(client, editor):
    item = make_news_item(status=S.SUBMITTED, publish_at=None)
    other = make_news_item(status=S.SUBMITTED, publish_at=None)
    LogEntry.objects.create(
        user=editor,
        content_type=ContentType.objects.get_for_model(NewsItem),
        object_id=str(other.pk),
        object_repr="khác",
        action_flag=CHANGE,
        change_message="Của bài khác",
    )
    client.force_login(editor)
    assert "Của bài khác" not in client.get(history_url(item)).content.decode()


def test_restoring_a_version_whose_section_image_and_topic_were_deleted_keeps_what_exists(
    client, editor
):
    old_section, new_section = make_category("Sẽ xóa"), make_category("Còn lại")
    kept_tag, gone_tag = Tag.objects.create(name="Còn"), Tag.objects.create(name="Mất")
    item = make_news_item(
        status=S.SUBMITTED, publish_at=None, category=old_section, lead_image=make_image()
    )
    item.tags.set([kept_tag, gone_tag])
    old, _new = two_revisions(item, editor, category=new_section, body="<p>Mới</p>")
    old_section.delete()
    gone_tag.delete()
    item.lead_image.delete()
    client.force_login(editor)
    url = reverse("admin:bantin_newsitem_restore", args=[item.pk, old.pk])
    assert "đã bị xóa nên không khôi phục được" in client.get(url).content.decode()
    assert client.post(url).status_code == 302
    item.refresh_from_db()
    assert item.category == new_section and item.lead_image is None
    assert list(item.tags.all()) == [kept_tag]
    assert item.body == "<p>Nội dung bản tin.</p>"


def test_body_diff_sees_no_change_between_nfd_and_nfc_text():
    import unicodedata

    nfc = "<p>Huyện Đồng Tâm khởi công đường</p>"
    rows = body_diff(nfc, unicodedata.normalize("NFD", nfc))
    assert [row["state"] for row in rows] == ["same"]
