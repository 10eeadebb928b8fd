import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from bantin.models import Image, NewsItem

from .factories import image_bytes, make_category, make_news_item, make_user, upload

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:bantin_newsitem_add")
UPLOAD_URL = reverse("endpoints:editor_image_upload")


def news_item_post(category, **fields):
    data = {
        "title": "Bài viết thử",
        "slug": "",
        "sapo": "Sapo của bài.",
        "body": "<p>Nội dung</p>",
        "category": category.pk,
        "status": NewsItem.Status.DRAFT,
        "bylines-TOTAL_FORMS": "0",
        "bylines-INITIAL_FORMS": "0",
        "bylines-MIN_NUM_FORMS": "0",
        "bylines-MAX_NUM_FORMS": "1000",
    }
    data.update(fields)
    return data


def test_raw_post_to_the_admin_is_sanitised(client, editor):
    client.force_login(editor)
    body = (
        '<p onclick="steal()">Xin chào</p><script>alert(1)</script>'
        '<a href="javascript:alert(1)">bấm</a><iframe src="https://evil.example"></iframe>'
        '<img src="/media/a.jpg" onerror="alert(1)">'
    )
    response = client.post(ADD_URL, news_item_post(make_category(), body=body))
    assert response.status_code == 302, response.content.decode()[:2000]
    stored = NewsItem.objects.get().body
    for forbidden in ["onclick", "<script", "javascript:", "<iframe", "onerror"]:
        assert forbidden not in stored
    assert "<p>Xin chào</p>" in stored


def test_admin_records_who_created_the_item(client, editor):
    client.force_login(editor)
    client.post(ADD_URL, news_item_post(make_category(), title="Đà Nẵng đón đoàn"))
    item = NewsItem.objects.get()
    assert item.created_by == editor and item.updated_by == editor
    assert item.slug == "da-nang-don-doan"


def test_news_list_renders_with_filters_and_search(client, editor):
    client.force_login(editor)
    make_news_item("Cải cách hành chính", is_featured=True)
    url = reverse("admin:bantin_newsitem_changelist")
    response = client.get(url, {"status__exact": "published", "q": "cải cách"})
    assert response.status_code == 200
    assert "Cải cách hành chính" in response.content.decode()


def test_change_form_uses_ckeditor_5(client, editor):
    client.force_login(editor)
    item = make_news_item(status=NewsItem.Status.SUBMITTED, publish_at=None)
    response = client.get(reverse("admin:bantin_newsitem_change", args=[item.pk]))
    html = response.content.decode()
    assert "django_ckeditor_5" in html
    assert UPLOAD_URL in html


def test_admin_is_in_vietnamese_for_a_browser_asking_for_another_language(client, editor):
    # English is offered too (tests/test_i18n.py); any other language gets Vietnamese.
    client.force_login(editor)
    url = reverse("admin:bantin_newsitem_changelist")
    html = client.get(url, headers={"accept-language": "fr-FR,fr;q=0.9"}).content.decode()
    assert "Quản trị cổng thông tin" in html
    assert '<html lang="vi"' in html
    assert "Welcome" not in html and "Chào mừng" in html


def test_staff_preview_shows_a_draft_in_its_page_layout(client, editor):
    # A draft is its writer's until submitted: here the editor wrote it.
    item = make_news_item(
        "Bản nháp chưa duyệt", status=NewsItem.Status.DRAFT, publish_at=None, created_by=editor
    )
    client.force_login(editor)
    response = client.get(reverse("bantin:preview", args=[item.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-block="viewdata"' in html and "Bản xem trước" in html
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_anonymous_readers_cannot_preview(client):
    item = make_news_item(status=NewsItem.Status.DRAFT, publish_at=None)
    response = client.get(reverse("bantin:preview", args=[item.pk]))
    assert response.status_code == 302
    assert item.title not in response.content.decode()


def test_staff_without_view_permission_cannot_preview(client):
    item = make_news_item(status=NewsItem.Status.DRAFT, publish_at=None)
    client.force_login(make_user())
    response = client.get(reverse("bantin:preview", args=[item.pk]))
    assert response.status_code in (403, 404)
    assert item.title not in response.content.decode()


def test_reporters_preview_their_own_drafts_only(client, reporter):
    from bantin import roles

    mine = make_news_item(
        "Nháp của tôi", status=NewsItem.Status.DRAFT, publish_at=None, created_by=reporter
    )
    other = make_user(role=roles.REPORTER)
    theirs = make_news_item(
        "Nháp của người khác", status=NewsItem.Status.DRAFT, publish_at=None, created_by=other
    )
    client.force_login(reporter)
    assert client.get(reverse("bantin:preview", args=[mine.pk])).status_code == 200
    response = client.get(reverse("bantin:preview", args=[theirs.pk]))
    assert response.status_code == 404
    assert theirs.title not in response.content.decode()


def test_editor_upload_becomes_a_library_image_with_a_random_name(client, editor):
    client.force_login(editor)
    response = client.post(UPLOAD_URL, {"upload": upload("../../anh cua toi.jpg")})
    assert response.status_code == 200, response.content
    image = Image.objects.get()
    assert response.json() == {"url": image.file.url}
    assert "anh" not in image.file.name and ".." not in image.file.name
    assert image.file.name.endswith(".jpg") and image.uploaded_by == editor
    assert (image.width, image.height) == (32, 24)


def test_two_uploads_of_the_same_name_never_overwrite(client, editor):
    client.force_login(editor)
    client.post(UPLOAD_URL, {"upload": upload("a.jpg", content=image_bytes(colour=(1, 2, 3)))})
    client.post(UPLOAD_URL, {"upload": upload("a.jpg", content=image_bytes(colour=(9, 8, 7)))})
    names = set(Image.objects.values_list("file", flat=True))
    assert len(names) == 2


def test_upload_names_the_file_by_its_real_format(client, editor):
    client.force_login(editor)
    png = upload("anh.jpg", content=image_bytes("PNG"), content_type="image/jpeg")
    client.post(UPLOAD_URL, {"upload": png})
    assert Image.objects.get().file.name.endswith(".png")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("rong.jpg", b""),
        ("trang.jpg", b"<html><script>alert(1)</script></html>"),
        ("hinh.jpg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("cut.jpg", image_bytes("JPEG", size=(400, 300))[:300]),
        ("anh.bmp", image_bytes("BMP")),
    ],
    ids=["empty", "html", "svg", "truncated", "bmp"],
)
def test_bad_uploads_get_a_vietnamese_error_and_store_nothing(client, editor, name, content):
    client.force_login(editor)
    response = client.post(UPLOAD_URL, {"upload": upload(name, content=content)})
    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert message and any(ord(ch) > 127 for ch in message)  # Vietnamese, not English
    assert not Image.objects.exists()


def test_oversized_declared_image_is_refused_before_decoding(client, editor, settings):
    settings.IMAGE_MAX_PIXELS = 1000
    client.force_login(editor)
    response = client.post(UPLOAD_URL, {"upload": upload(content=image_bytes(size=(100, 100)))})
    assert response.status_code == 400
    assert "quá lớn" in response.json()["error"]["message"]
    assert not Image.objects.exists()


def test_anonymous_upload_is_refused(client):
    response = client.post(UPLOAD_URL, {"upload": upload()})
    assert response.status_code == 302
    assert not Image.objects.exists()


def test_staff_without_permission_cannot_upload(client):
    user = make_user()
    user.user_permissions.add(Permission.objects.get(codename="view_newsitem"))
    client.force_login(user)
    response = client.post(UPLOAD_URL, {"upload": upload()})
    assert response.status_code == 403
    assert not Image.objects.exists()


def test_upload_without_csrf_token_is_refused(editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(UPLOAD_URL, {"upload": upload()})
    assert response.status_code == 403
    assert not Image.objects.exists()


def test_upload_accepts_only_post(client, editor):
    client.force_login(editor)
    assert client.get(UPLOAD_URL).status_code == 405
