"""Media on S3 (django-storages), as production's settings configure it: uploads and image
renditions go through the storage API, never a path on disk."""

import pytest
from django.test import Client

from bantin import renditions, roles
from bantin.models import Image

from .factories import image_bytes, make_news_item, make_user, upload
from .s3 import s3_endpoint_fixture, s3_media_fixture  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_bucket(s3_media, settings):
    """The bucket with the options portal/settings.py gives S3Storage."""
    options = settings.STORAGES["default"]["OPTIONS"]
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {**options, "querystring_auth": False, "file_overwrite": False},
        },
    }
    settings.MEDIA_ROOT = "/nonexistent-folder"  # nothing may be written on disk
    return s3_media


def test_an_upload_and_its_renditions_are_stored_in_the_bucket(production_bucket):
    image = Image.objects.create(
        file=upload(content=image_bytes(size=(400, 300))), alt_text="Người dân làm thủ tục"
    )
    assert image.file.url.startswith(production_bucket.client.meta.endpoint_url)
    assert "X-Amz-Signature" not in image.file.url  # cached pages keep it
    item = make_news_item(lead_image=image)
    html = Client().get(item.get_absolute_url()).content.decode()
    url = renditions.url_of(image, "16x9", 320, "webp")
    assert url in html

    response = Client().get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/webp"
    assert b"".join(response.streaming_content)[:4] == b"RIFF"
    keys = set(production_bucket.checksums())
    assert image.file.name in keys and renditions.name_of(image, "16x9", 320, "webp") in keys


def test_two_uploads_with_one_name_keep_two_files(production_bucket):
    first = Image.objects.create(file=upload("anh.jpg"), alt_text="Ảnh một")
    second = Image.objects.create(file=upload("anh.jpg"), alt_text="Ảnh hai")
    assert first.file.name != second.file.name
    assert len(production_bucket.checksums()) == 2


def test_the_editor_upload_answers_with_the_bucket_url(production_bucket, client):
    client.force_login(make_user(role=roles.EDITOR))
    response = client.post("/tai-anh-len/", {"upload": upload()})
    assert response.status_code == 200
    assert response.json()["url"].startswith(production_bucket.client.meta.endpoint_url)
