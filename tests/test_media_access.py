"""Who may fetch a picture's renditions: readers only those of pictures readers may see."""

import pytest
from django.core.files.storage import default_storage
from django.test import Client, TestCase
from django.utils import timezone

from bantin import renditions, roles, workflow
from bantin.models import Image, NewsItem, SiteSettings

from .factories import make_author, make_news_item, make_user
from .test_images import make_library_image

pytestmark = pytest.mark.django_db

#: Every crop and format a page or a feed may link, among them the uncropped fallback JPEG.
ADDRESSES = [("original", 320, "webp"), ("16x9", 640, "webp"), ("original", 960, "jpg")]


def draft_picture(**fields):
    image = make_library_image(shown=False, **fields)
    make_news_item(lead_image=image, status=NewsItem.Status.DRAFT, publish_at=None)
    return image


def files_under(folder):
    found = []
    for root, _dirs, files in _walk(folder):
        found += [f"{root}/{name}" for name in files]
    return found


def _walk(folder):
    if not default_storage.exists(folder):
        return
    dirs, files = default_storage.listdir(folder)
    yield folder, dirs, files
    for name in dirs:
        yield from _walk(f"{folder}/{name}")


@pytest.fixture
def staff():
    client = Client()
    client.force_login(make_user(role=roles.REPORTER))
    return client


def test_a_drafts_renditions_are_not_found_for_the_public(client):
    image = draft_picture()
    for crop, width, fmt in ADDRESSES:
        assert client.get(renditions.url_of(image, crop, width, fmt)).status_code == 404
    assert files_under(renditions.PUBLIC_FOLDER) == []


def test_staff_see_a_drafts_renditions_in_previews_never_cached_for_others(staff, client):
    image = draft_picture()
    for crop, width, fmt in ADDRESSES:
        response = staff.get(renditions.url_of(image, crop, width, fmt))
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-store"
    # Built where the web server does not serve files, so still refused to the public.
    assert files_under(renditions.PUBLIC_FOLDER) == []
    assert client.get(renditions.url_of(image, "original", 320, "webp")).status_code == 404


def test_a_drafts_preview_is_shown_as_it_will_be_published(staff):
    image = draft_picture()
    response = staff.get(renditions.url_of(image, "16x9", 640, "webp"))
    assert b"".join(response.streaming_content)[:4] == b"RIFF"


def test_a_published_pictures_renditions_are_public_for_a_year(client):
    image = make_library_image()
    for crop, width, fmt in ADDRESSES:
        response = client.get(renditions.url_of(image, crop, width, fmt))
        assert response.status_code == 200
        assert response["Cache-Control"] == "public, max-age=31536000, immutable"


def test_a_draft_published_makes_its_pictures_public_from_the_staff_preview(staff, client):
    image = draft_picture()
    url = renditions.url_of(image, "16x9", 640, "webp")
    previewed = b"".join(staff.get(url).streaming_content)
    item = NewsItem.objects.get(lead_image=image)
    item.status, item.publish_at = NewsItem.Status.PUBLISHED, timezone.now()
    item.save()
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == previewed
    assert default_storage.exists(renditions.name_of(image, "16x9", 640, "webp"))


def test_an_existing_public_rendition_is_served_without_a_query(client, django_assert_num_queries):
    image = make_library_image()
    url = renditions.url_of(image, "16x9", 320, "webp")
    assert client.get(url).status_code == 200
    with django_assert_num_queries(0):
        response = client.get(url)
    assert response.status_code == 200


def test_an_address_with_a_wrong_key_is_not_found_without_a_query(
    client, django_assert_num_queries
):
    image = make_library_image()
    url = renditions.url_of(image, "16x9", 320, "webp")
    key = renditions.key_of(image.pk, image.rendition_version)
    guessed = url.replace(key, "0" * renditions.KEY_LENGTH)
    client.get(guessed)  # the 404 page reads the site's structure once into the cache
    with django_assert_num_queries(0):
        assert client.get(guessed).status_code == 404
    # Another picture's key does not open this one.
    other = make_library_image()
    wrong = url.replace(f"/{image.pk}/", f"/{other.pk}/")
    assert client.get(wrong).status_code == 404


def test_keys_depend_on_the_secret_key(settings):
    before = renditions.key_of(7, 1)
    settings.SECRET_KEY = "another-secret-key-of-the-portal"
    assert renditions.key_of(7, 1) != before


def test_an_address_of_a_rotated_secret_key_leads_to_the_current_one(client, settings):
    image = make_library_image()
    old = renditions.url_of(image, "1x1", 320, "webp")
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "another-secret-key-of-the-portal"
    response = client.get(old)
    assert response.status_code == 302
    assert response["Location"] == renditions.url_of(image, "1x1", 320, "webp") != old


def test_an_old_version_of_a_published_picture_redirects_to_the_current_crop(client):
    image = make_library_image()
    old = renditions.url_of(image, "1x1", 320, "webp")
    image.rendition_version += 1
    image.save()
    response = client.get(old)
    assert response.status_code == 302
    assert response["Location"] == renditions.url_of(image, "1x1", 320, "webp")


def test_an_old_version_of_a_drafts_picture_is_not_found_for_the_public(client, staff):
    image = draft_picture()
    old = renditions.url_of(image, "1x1", 320, "webp")
    image.rendition_version += 1
    image.save()
    assert client.get(old).status_code == 404
    assert staff.get(old)["Location"] == renditions.url_of(image, "1x1", 320, "webp")


def test_an_address_of_the_former_layout_moves_for_good_for_a_published_picture(client):
    image = make_library_image()
    response = client.get(f"/media/renditions/{image.pk}/v1/16x9-640.webp")
    assert response.status_code == 301
    assert response["Location"] == renditions.url_of(image, "16x9", 640, "webp")


def test_an_address_of_the_former_layout_is_not_found_for_a_drafts_picture(client):
    image = draft_picture()
    assert client.get(f"/media/renditions/{image.pk}/v1/original-320.webp").status_code == 404
    assert client.get(f"/media/renditions/{image.pk}/v1/original-1024.jpg").status_code == 404


def test_masters_are_kept_apart_from_what_the_web_server_serves(staff):
    image = draft_picture(size=(3000, 1000))
    staff.get(renditions.url_of(image, "16x9", 640, "webp"))
    assert renditions.master_name(image).startswith("private/")
    assert default_storage.exists(renditions.master_name(image))
    assert files_under(renditions.PUBLIC_FOLDER) == []


def test_a_body_picture_of_a_published_item_is_public(client):
    image = make_library_image(shown=False)
    body = f'<figure class="image"><img src="{image.file.url}" alt=""></figure>'
    item = make_news_item(body=body)
    assert list(item.body_images.all()) == [image]
    assert client.get(renditions.url_of(image, "16x9", 640, "webp")).status_code == 200


def test_a_body_picture_of_a_draft_is_not_public(client):
    image = make_library_image(shown=False)
    body = f'<figure class="image"><img src="{image.file.url}" alt=""></figure>'
    make_news_item(body=body, status=NewsItem.Status.DRAFT, publish_at=None)
    assert client.get(renditions.url_of(image, "16x9", 640, "webp")).status_code == 404


def test_a_picture_taken_out_of_a_body_is_no_longer_counted_as_its(client):
    image = make_library_image(shown=False)
    item = make_news_item(body=f'<img src="{image.file.url}" alt="">')
    item.body = "<p>Không còn ảnh.</p>"
    item.save()
    assert not item.body_images.exists()
    assert client.get(renditions.url_of(image, "16x9", 640, "webp")).status_code == 404


def unpublish(item):
    with TestCase.captureOnCommitCallbacks(execute=True):
        workflow.news_item_unpublish(item=item, actor=make_user(role=roles.PUBLISHER))


def test_renditions_built_for_readers_are_withdrawn_when_the_item_is_unpublished(client):
    image = make_library_image(shown=False)
    item = make_news_item(lead_image=image)
    url = renditions.url_of(image, "16x9", 320, "webp")
    assert client.get(url).status_code == 200
    unpublish(item)
    assert files_under(f"{renditions.PUBLIC_FOLDER}/{image.pk}") == []
    assert client.get(url).status_code == 404


def test_renditions_of_a_trashed_items_body_picture_are_withdrawn(client):
    image = make_library_image(shown=False)
    item = make_news_item(body=f'<img src="{image.file.url}" alt="">')
    url = renditions.url_of(image, "16x9", 320, "webp")
    assert client.get(url).status_code == 200
    with TestCase.captureOnCommitCallbacks(execute=True):
        workflow.news_item_trash(item=item, actor=make_user(role=roles.SITE_ADMIN))
    assert client.get(url).status_code == 404


def test_a_picture_another_published_item_shows_stays_public_after_an_unpublish(client):
    image = make_library_image()  # the lead image of a published item
    item = make_news_item(lead_image=image)
    url = renditions.url_of(image, "16x9", 320, "webp")
    assert client.get(url).status_code == 200
    unpublish(item)
    assert default_storage.exists(renditions.name_of(image, "16x9", 320, "webp"))
    assert client.get(url).status_code == 200


def test_a_not_yet_built_rendition_of_an_unpublished_item_is_not_found(client):
    image = make_library_image(shown=False)
    item = make_news_item(lead_image=image)
    assert client.get(renditions.url_of(image, "16x9", 320, "webp")).status_code == 200
    workflow.news_item_unpublish(item=item, actor=make_user(role=roles.PUBLISHER))
    assert client.get(renditions.url_of(image, "16x9", 640, "webp")).status_code == 404


def test_author_photos_and_the_emblem_are_public(client):
    photo, emblem = make_library_image(shown=False), make_library_image(shown=False)
    make_author(photo=photo)
    SiteSettings.objects.create(emblem=emblem)
    assert set(Image.objects.visible()) == {photo, emblem}
    for image in (photo, emblem):
        assert client.get(renditions.url_of(image, "1x1", 320, "webp")).status_code == 200


def test_the_migration_prepares_existing_bodies_with_keyed_addresses(client):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("bantin.migrations.0020_body_images")
    image = make_library_image(shown=False)
    item = make_news_item(body=f'<img src="{image.file.url}" alt="">')
    # As an item saved before: the former addresses, no pictures recorded.
    legacy = f'<img src="/media/renditions/{image.pk}/v1/original-960.jpg" alt="">'
    NewsItem.objects.filter(pk=item.pk).update(body_html=legacy)
    item.body_images.clear()
    migration.prepare_bodies(apps, None)
    item.refresh_from_db()
    assert list(item.body_images.all()) == [image]
    assert renditions.url_of(image, "original", 960, "jpg") in item.body_html
    assert client.get(renditions.url_of(image, "original", 960, "jpg")).status_code == 200
