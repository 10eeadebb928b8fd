import unicodedata
from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from bantin.models import Category, NewsItem

from .factories import make_category, make_news_item

NFD = lambda text: unicodedata.normalize("NFD", text)  # noqa: E731

pytestmark = pytest.mark.django_db


def visible(item, now):
    return NewsItem.objects.published(now).filter(pk=item.pk).exists()


def test_published_item_at_its_publish_time_is_visible():
    now = timezone.now()
    assert visible(make_news_item(publish_at=now), now)


def test_item_one_microsecond_in_the_future_is_not_visible():
    now = timezone.now()
    assert not visible(make_news_item(publish_at=now + timedelta(microseconds=1)), now)


def test_item_expiring_now_is_not_visible():
    now = timezone.now()
    item = make_news_item(publish_at=now - timedelta(days=1), unpublish_at=now)
    assert not visible(item, now)


def test_item_expiring_later_is_visible():
    now = timezone.now()
    item = make_news_item(
        publish_at=now - timedelta(days=1), unpublish_at=now + timedelta(seconds=1)
    )
    assert visible(item, now)


@pytest.mark.parametrize(
    "status", [s for s in NewsItem.Status.values if s != NewsItem.Status.PUBLISHED]
)
def test_only_published_status_is_visible(status):
    now = timezone.now()
    assert not visible(make_news_item(status=status), now)


def test_text_is_stored_in_nfc_whatever_the_input():
    category = make_category(NFD("Văn hóa - Xã hội"), description=NFD("Đời sống"))
    item = make_news_item(
        NFD("Đà Nẵng đón đoàn"),
        category=category,
        sapo=NFD("Lễ hội ở Bắc Kạn"),
        body=NFD("<p>Người dân đến thực hiện TTHC</p>"),
        source=NFD("Báo Bắc Kạn"),
    )
    item.refresh_from_db()
    category.refresh_from_db()
    for value in (
        item.title,
        item.sapo,
        item.body,
        item.source,
        category.name,
        category.description,
    ):
        assert unicodedata.is_normalized("NFC", value)
    assert item.title == "Đà Nẵng đón đoàn"


def test_slug_is_made_from_the_title():
    assert make_news_item("Đà Nẵng đón đoàn").slug == "da-nang-don-doan"


def test_category_slugs_are_unique():
    first = make_category("Kinh tế")
    second = make_category("Kinh tế")
    assert (first.slug, second.slug) == ("kinh-te", "kinh-te-2")


def test_published_item_needs_a_publish_date():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_news_item(publish_at=None)


def test_unknown_status_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_news_item(status="bogus")


def test_expiry_before_publication_is_refused_by_the_database():
    now = timezone.now()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_news_item(publish_at=now, unpublish_at=now - timedelta(hours=1))


def test_section_includes_its_subsections():
    parent = make_category("Kinh tế")
    child = make_category("Nông nghiệp", parent=parent)
    item = make_news_item(category=child)
    assert list(NewsItem.objects.in_section(parent)) == [item]
    assert list(NewsItem.objects.in_section(parent, with_subsections=False)) == []


def test_a_section_cannot_be_its_own_ancestor():
    parent = make_category("Kinh tế")
    child = make_category("Nông nghiệp", parent=parent)
    parent.parent = child
    with pytest.raises(Exception, match="chính nó"):
        parent.full_clean()
    assert Category.objects.get(pk=parent.pk).parent is None


def test_caption_falls_back_to_the_images_own(db):
    from .factories import make_image

    image = make_image(caption="Chú thích của ảnh")
    item = make_news_item(lead_image=image)
    assert item.caption == "Chú thích của ảnh"
    item.lead_image_caption = "Chú thích riêng của bài"
    assert item.caption == "Chú thích riêng của bài"


def test_line_breaks_in_a_title_become_spaces():
    item = make_news_item("Tin A\r\nBcc: x@example.com\tthêm")
    item.refresh_from_db()
    assert item.title == "Tin A Bcc: x@example.com thêm"
