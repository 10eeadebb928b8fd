"""The media library: safe uploads, re-encoding, duplicates and renditions."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.template import Context, Template
from django.urls import reverse
from PIL import Image as PILImage

from bantin import renditions
from bantin.models import Image, NewsItem

from .factories import image_bytes, make_news_item, upload

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("endpoints:editor_image_upload")


def post(client, name, content, content_type="image/jpeg"):
    return client.post(
        UPLOAD_URL, {"upload": upload(name, content=content, content_type=content_type)}
    )


def stored_picture(image):
    with image.file.open("rb") as handle:
        picture = PILImage.open(io.BytesIO(handle.read()))
        picture.load()
        return picture


def jpeg_with_exif(size=(40, 20), orientation=None, gps=True):
    picture = PILImage.new("RGB", size, (200, 30, 40))
    exif = PILImage.Exif()
    exif[0x010F] = "Máy ảnh"  # Make
    if orientation:
        exif[0x0112] = orientation
    if gps:
        exif[0x8825] = {1: "N", 2: (21.0, 1.0, 2.0), 3: "E", 4: (105.0, 51.0, 3.0)}
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def png_of_size(width, height):
    """A tiny PNG file that declares a huge size: a decompression bomb."""
    import struct
    import zlib

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 100))
        + chunk(b"IEND", b"")
    )


# Safe uploads


def test_camera_gps_and_metadata_are_gone(client, editor):
    client.force_login(editor)
    original = jpeg_with_exif()
    assert PILImage.open(io.BytesIO(original)).getexif().get_ifd(0x8825)
    assert post(client, "dsc001.jpg", original).status_code == 200
    picture = stored_picture(Image.objects.get())
    assert not picture.getexif()


def test_exif_orientation_is_honoured(client, editor):
    client.force_login(editor)
    post(client, "xoay.jpg", jpeg_with_exif(size=(40, 20), orientation=6, gps=False))
    image = Image.objects.get()
    assert (image.width, image.height) == (20, 40)
    assert stored_picture(image).size == (20, 40)


def test_a_png_html_polyglot_is_stored_only_re_encoded(client, editor):
    client.force_login(editor)
    polyglot = image_bytes("PNG") + b"<html><script>alert(document.cookie)</script></html>"
    assert post(client, "anh.png", polyglot, "image/png").status_code == 200
    with Image.objects.get().file.open("rb") as handle:
        assert b"<script" not in handle.read()


def test_a_decompression_bomb_is_refused_by_its_declared_size(client, editor):
    client.force_login(editor)
    bomb = png_of_size(20000, 20000)
    assert len(bomb) < 2000
    response = post(client, "bom.png", bomb, "image/png")
    assert response.status_code == 400
    assert "quá lớn" in response.json()["error"]["message"]
    assert not Image.objects.exists()


def test_an_animation_whose_frames_pass_the_cap_is_refused(client, editor, settings):
    settings.IMAGE_MAX_PIXELS = 10_000
    frames = [PILImage.new("RGB", (40, 40), (20 * n, 0, 0)) for n in range(10)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
    client.force_login(editor)
    response = post(client, "dong.gif", buffer.getvalue(), "image/gif")
    assert response.status_code == 400
    assert not Image.objects.exists()


def test_a_file_over_the_size_cap_is_refused(client, editor, settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 1000
    client.force_login(editor)
    response = post(client, "lon.jpg", image_bytes(size=(400, 400)) + b"\0" * 2000)
    assert response.status_code == 400
    assert "MB" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    "name", ["../../x.jpg", "a%00.php.jpg", "a\x00.php.jpg", "x" * 300 + ".jpg"]
)
def test_hostile_names_are_never_used(client, editor, name):
    client.force_login(editor)
    assert post(client, name, image_bytes(colour=(len(name) % 255, 1, 2))).status_code == 200
    stored = Image.objects.get().file.name
    assert stored.startswith("images/") and ".." not in stored and "php" not in stored
    assert len(stored.rsplit("/", 1)[-1]) == 36  # 32 hex digits and ".jpg"


def test_the_same_photo_uploaded_twice_is_reused_from_the_editor(client, editor):
    client.force_login(editor)
    first = post(client, "a.jpg", image_bytes(colour=(5, 6, 7))).json()["url"]
    second = post(client, "khac.jpg", image_bytes(colour=(5, 6, 7))).json()["url"]
    assert first == second and Image.objects.count() == 1


def test_the_library_form_offers_the_existing_copy(client, editor):
    client.force_login(editor)
    post(client, "a.jpg", image_bytes(colour=(5, 6, 7)))
    existing = Image.objects.get()
    response = client.post(
        reverse("admin:bantin_image_add"),
        {"file": upload("b.jpg", content=image_bytes(colour=(5, 6, 7))), "alt_text": "Ảnh"},
    )
    assert response.status_code == 200
    assert f"mã {existing.pk}" in response.content.decode()
    assert Image.objects.count() == 1


def test_only_permitted_staff_upload_in_the_library(client, reporter):
    from .factories import make_user

    client.force_login(make_user(is_staff=False))
    assert post(client, "a.jpg", image_bytes()).status_code == 302
    assert not Image.objects.exists()


# Renditions


def make_library_image(
    size=(1600, 400), halves=((220, 20, 20), (20, 20, 220)), shown=True, **fields
):
    """A wide picture, red on the left half, blue on the right; ``shown``: the lead image of a
    published item, so readers may fetch its renditions."""
    picture = PILImage.new("RGB", size, halves[0])
    picture.paste(halves[1], (size[0] // 2, 0, size[0], size[1]))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=95)
    image = Image.objects.create(
        file=upload("x.jpg", content=buffer.getvalue()), alt_text="Ảnh", **fields
    )
    if shown:
        make_news_item(lead_image=image)
    return image


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    picture = PILImage.open(io.BytesIO(b"".join(response.streaming_content)))
    picture.load()
    return response, picture


def test_renditions_are_webp_at_the_asked_width_and_ratio(client):
    image = make_library_image()
    for crop, height in [("original", 160), ("16x9", 360), ("4x3", 480), ("1x1", 640)]:
        response, picture = fetch(client, renditions.url_of(image, crop, 640, "webp"))
        assert picture.format == "WEBP" and picture.size == (640, height)
        assert response["Content-Type"] == "image/webp"
        assert "immutable" in response["Cache-Control"]


def test_renditions_are_never_upscaled(client):
    image = make_library_image(size=(800, 400))
    assert renditions.widths_for(image) == [320, 640, 800]
    assert client.get(renditions.url_of(image, "original", 960, "webp")).status_code == 404
    assert client.get(renditions.url_of(image, "original", 123, "webp")).status_code == 404


def test_the_fallback_keeps_the_original_format(client):
    image = make_library_image()
    _response, picture = fetch(client, renditions.url_of(image, "4x3", 640, "jpg"))
    assert picture.format == "JPEG"
    assert client.get(renditions.url_of(image, "4x3", 640, "png")).status_code == 404


@pytest.mark.parametrize(("focal_x", "colour"), [(0.1, "red"), (0.9, "blue")])
def test_crops_centre_on_the_focal_point(client, focal_x, colour):
    image = make_library_image(focal_x=focal_x, focal_y=0.5)
    _response, picture = fetch(client, renditions.url_of(image, "1x1", 320, "webp"))
    red, _green, blue = picture.convert("RGB").getpixel((160, 160))
    assert (red > blue) == (colour == "red")


def test_a_lost_rendition_is_built_again(client):
    image = make_library_image()
    url = renditions.url_of(image, "16x9", 320, "webp")
    fetch(client, url)
    default_storage.delete(renditions.name_of(image, "16x9", 320, "webp"))
    fetch(client, url)


def test_an_old_version_redirects_to_the_current_crop(client):
    image = make_library_image()
    old = renditions.url_of(image, "1x1", 320, "webp")
    image.rendition_version += 1
    image.save()
    response = client.get(old)
    assert response.status_code == 302
    assert response["Location"] == renditions.url_of(image, "1x1", 320, "webp")


def test_the_picture_tag_emits_srcset_sizes_and_dimensions():
    image = make_library_image(size=(1600, 900))
    html = Template(
        '{% load bantin_images %}{% picture image crop="16x9" sizes="100vw" priority=True %}'
    ).render(Context({"image": image}))
    assert 'type="image/webp"' in html and 'sizes="100vw"' in html
    for width in (320, 640, 960, 1280, 1600):
        assert f"-{width}.webp {width}w" in html
    assert 'width="1600" height="900"' in html
    assert 'fetchpriority="high"' in html and 'loading="eager"' in html
    assert "16x9-960.jpg" in html


def test_article_page_uses_renditions_and_lazy_thumbnails(client):
    lead = make_library_image(size=(1600, 900))
    section_item = make_news_item("Bài chính", lead_image=lead)
    # More than "Tin khác" lists: "Tin liên quan" has others to show, with their thumbnails.
    for number in range(10):
        make_news_item(f"Bài khác {number}", category=section_item.category,
                       lead_image=make_library_image())  # fmt: skip
    call_command("refresh_related", verbosity=0)
    html = client.get(section_item.get_absolute_url()).content.decode()
    assert 'fetchpriority="high"' in html
    assert f"{renditions.url_of(lead, '16x9', 640, 'webp')} 640w" in html
    assert 'loading="lazy"' in html


def test_changing_the_focal_point_in_the_admin_changes_the_crops(client, editor):
    from bantin import roles

    from .factories import make_user

    image = make_library_image()
    client.force_login(make_user(role=roles.SITE_ADMIN))
    client.post(
        reverse("admin:bantin_image_change", args=[image.pk]),
        {"alt_text": "Ảnh", "caption": "", "credit": "", "focal_x": "0.2", "focal_y": "0.5"},
    )
    image.refresh_from_db()
    assert (image.focal_x, image.rendition_version) == (0.2, 2)


def camera_photo(width=3000, height=2000):
    picture = PILImage.effect_noise((width // 4, height // 4), 60).convert("RGB")
    picture = picture.resize((width, height), PILImage.Resampling.BICUBIC)
    exif = PILImage.Exif()
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 2.0), 3: "E", 4: (105.0, 51.0, 3.0)}
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=92, exif=exif)
    return buffer.getvalue()


def test_a_reporters_camera_photo_reaches_a_phone_as_a_small_rendition(client):
    """The issue's end to end: the editor's upload, described by its reporter, shown in the
    article with caption and credit, and a phone takes a rendition far smaller than it."""
    from bantin import roles, workflow
    from bantin.models import NewsItem

    from .factories import make_category, make_user

    reporter = make_user("phongvien", role=roles.REPORTER)
    client.force_login(reporter)
    url = post(client, "DSC_0042.JPG", camera_photo()).json()["url"]
    image = Image.objects.get()
    assert image.uploaded_by == reporter
    response = client.post(
        reverse("admin:bantin_image_change", args=[image.pk]),
        {"alt_text": "Nông dân gặt lúa", "caption": "", "credit": "Minh Đức"},
    )
    assert response.status_code == 302
    body = (
        f'<p>Mở đầu.</p><figure class="image"><img src="{url}" alt="">'
        "<figcaption>Nông dân xã Tân An gặt lúa mùa</figcaption></figure>"
    )
    item = make_news_item(
        "Vụ mùa bội thu",
        body=body,
        created_by=reporter,
        status=NewsItem.Status.DRAFT,
        publish_at=None,
        category=make_category(),
    )
    workflow.news_item_submit(item=item, actor=reporter)
    workflow.news_item_send_for_approval(item=item, actor=make_user(role=roles.EDITOR))
    workflow.news_item_publish(item=item, actor=make_user(role=roles.PUBLISHER))

    html = client.get(item.get_absolute_url()).content.decode()
    assert "Nông dân xã Tân An gặt lúa mùa" in html
    assert '<span class="article__credit">Ảnh: Minh Đức</span>' in html
    assert 'alt="Nông dân gặt lúa"' in html
    srcset = re.search(rf'srcset="([^"]*/pictures/{image.pk}/[^"]*)"', html).group(1)
    phone = re.search(r"(\S+) 960w", srcset).group(1)  # a 375 px phone at 2x picks 960w
    rendition = b"".join(client.get(phone).streaming_content)
    assert len(rendition) * 4 < image.file.size


def test_reporters_describe_only_their_own_uploads(client):
    from bantin import roles

    from .factories import make_user

    owner = make_user(role=roles.REPORTER)
    image = Image.objects.create(file=upload(), alt_text="Ảnh", uploaded_by=owner)
    client.force_login(make_user(role=roles.REPORTER))
    response = client.post(
        reverse("admin:bantin_image_change", args=[image.pk]),
        {"alt_text": "Đổi", "caption": "", "credit": "Ai đó"},
    )
    assert response.status_code == 403
    image.refresh_from_db()
    assert image.credit == ""


def test_dimensions_are_stored_so_a_page_never_opens_the_picture_file(client):
    image = Image(alt_text="Cầu treo Bản Khe")
    # As the demo loader stores its pictures.
    image.file.save("cau-treo.jpg", ContentFile(image_bytes()), save=False)
    image.save()
    assert Image.objects.filter(pk=image.pk).values_list("width", "height").get() == (
        image.width,
        image.height,
    )
    assert image.width and image.height
    # Loading the row no longer measures the file: a lost file costs the picture, not the page.
    item = make_news_item("Khánh thành cầu treo", lead_image=image)
    default_storage.delete(image.file.name)
    assert client.get(item.get_absolute_url()).status_code == 200


# The rendition set kept with each image


def render_picture(image, crop="16x9", **options):
    return Template(
        "{% load bantin_images %}{% picture image crop=crop sizes='100vw' alt='' %}"
    ).render(Context({"image": image, "crop": crop, **options}))


def picture_computed(image, crop):
    """The picture as the tag makes it without a stored set."""
    unstored = Image.objects.get(pk=image.pk)
    unstored.rendition_set = {}
    return render_picture(unstored, crop)


def test_an_image_is_saved_with_its_rendition_set():
    image = make_library_image(shown=False)
    image.refresh_from_db()
    assert image.rendition_set == renditions.rendition_set_of(image)
    assert set(image.rendition_set["crops"]) == set(renditions.CROPS)
    assert image.rendition_set["crops"]["16x9"]["src"] == renditions.url_of(
        image, "16x9", 960, "jpg"
    )


def test_the_picture_from_the_stored_set_is_the_computed_one():
    image = Image.objects.get(pk=make_library_image(shown=False).pk)
    for crop in renditions.CROPS:
        assert render_picture(image, crop) == picture_computed(image, crop)
        assert f"{renditions.url_of(image, crop, 1280, 'webp')} 1280w" in render_picture(
            image, crop
        )


def test_a_picture_with_its_stored_set_is_shown_without_a_query_or_a_hash(
    monkeypatch, django_assert_num_queries
):
    image = make_library_image(shown=False)
    item = NewsItem.objects.for_cards().get(pk=make_news_item(lead_image=image).pk)

    def no_hash(*args):
        raise AssertionError("a rendition key was computed")

    monkeypatch.setattr(renditions, "_key", no_hash)
    with django_assert_num_queries(0):
        assert "<picture>" in render_picture(item.lead_image)


def test_a_new_focal_point_rebuilds_the_rendition_set(client):
    from bantin import roles

    from .factories import make_user

    image = make_library_image()
    before = Image.objects.get(pk=image.pk).rendition_set
    client.force_login(make_user(role=roles.SITE_ADMIN))
    client.post(
        reverse("admin:bantin_image_change", args=[image.pk]),
        {"alt_text": "Ảnh", "caption": "", "credit": "", "focal_x": "0.2", "focal_y": "0.5"},
    )
    image.refresh_from_db()
    assert image.rendition_set != before
    assert image.rendition_set == renditions.rendition_set_of(image)
    assert f"/pictures/{image.pk}/2-" in image.rendition_set["crops"]["1x1"]["src"]


def test_a_set_stored_under_another_secret_key_is_not_served(settings):
    image = Image.objects.get(pk=make_library_image(shown=False).pk)
    stored = image.rendition_set["crops"]["4x3"]["src"]
    settings.SECRET_KEY = "một khóa bí mật khác, sau khi đổi khóa " * 2
    html = render_picture(image, "4x3")
    assert stored not in html
    assert renditions.url_of(image, "4x3", 960, "jpg") in html
    assert html == picture_computed(image, "4x3")


def test_a_set_stored_under_another_media_url_is_not_served(settings):
    image = Image.objects.get(pk=make_library_image(shown=False).pk)
    settings.MEDIA_URL = "https://anh.example.gov.vn/media/"
    html = render_picture(image)
    assert 'src="https://anh.example.gov.vn/media/pictures/' in html
    assert html == picture_computed(image, "16x9")


def test_a_set_of_another_version_is_not_served():
    image = Image.objects.get(pk=make_library_image(shown=False).pk)
    Image.objects.filter(pk=image.pk).update(rendition_version=7)  # no save: the set stays
    image.refresh_from_db()
    assert f"/pictures/{image.pk}/7-" in render_picture(image)


def test_a_set_made_with_other_widths_is_not_served(monkeypatch):
    image = Image.objects.get(pk=make_library_image(shown=False).pk)
    assert " 1280w" in image.rendition_set["crops"]["16x9"]["srcset"]
    # A release with other standard widths: the stored set names a width no longer made.
    monkeypatch.setattr(renditions, "WIDTHS", (320, 640, 960, 1920))
    monkeypatch.setattr(renditions, "SET_FORMAT", renditions.SET_FORMAT.replace(" 1280,", ""))
    html = render_picture(image)
    assert " 1280w" not in html
    assert html == picture_computed(image, "16x9")


def test_an_animated_picture_has_no_set_and_is_shown_as_it_is():
    frames = [PILImage.new("RGB", (400, 300), colour) for colour in ("red", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
    image = Image.objects.create(
        file=upload("dong.gif", content=buffer.getvalue(), content_type="image/gif"),
        alt_text="Ảnh động",
    )
    image.refresh_from_db()
    assert image.rendition_set == {}
    assert render_picture(image).startswith(f'<img class="" src="{image.file.url}"')


def test_the_migration_gives_existing_images_their_sets():
    from importlib import import_module
    from types import SimpleNamespace

    from django.apps import apps
    from django.db import connection

    migration = import_module("bantin.migrations.0023_image_rendition_set")
    image = make_library_image(shown=False)
    Image.objects.update(rendition_set={})
    migration.compute(apps, SimpleNamespace(connection=connection))
    image.refresh_from_db()
    assert image.rendition_set == renditions.rendition_set_of(image) != {}


def test_refresh_renditions_recomputes_the_sets_after_a_key_change(settings):
    from django.core.management import call_command

    image = make_library_image(shown=False)
    settings.SECRET_KEY = "khóa mới của cổng thông tin, đủ dài để dùng " * 2
    image.refresh_from_db()
    assert renditions.current_set(image) is None
    out = io.StringIO()
    call_command("refresh_renditions", stdout=out)
    image.refresh_from_db()
    assert renditions.current_set(image) == renditions.rendition_set_of(image)["crops"]
    assert "1 ảnh" in out.getvalue()
