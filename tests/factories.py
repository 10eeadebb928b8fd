"""Plain factory functions for the tests."""

import io
import itertools
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image as PILImage

from bantin.models import Author, Category, Image, NewsItem, NewsItemAuthor

_numbers = itertools.count(1)


def image_bytes(format="JPEG", size=(32, 24), colour=(200, 30, 40)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format)
    return buffer.getvalue()


def upload(name="anh.jpg", content=None, content_type="image/jpeg"):
    return SimpleUploadedFile(name, image_bytes() if content is None else content, content_type)


def make_category(name=None, **fields):
    name = name or f"Chuyên mục {next(_numbers)}"
    return Category.objects.create(name=name, **fields)


def make_author(name=None, **fields):
    return Author.objects.create(name=name or f"Tác giả {next(_numbers)}", **fields)


def make_image(alt_text="Ảnh minh họa", **fields):
    return Image.objects.create(file=upload(), alt_text=alt_text, **fields)


def make_news_item(
    title=None,
    *,
    category=None,
    authors=(),
    status=NewsItem.Status.PUBLISHED,
    publish_at="past",
    **fields,
):
    if publish_at == "past":
        publish_at = timezone.now() - timedelta(hours=next(_numbers))
    item = NewsItem.objects.create(
        title=title or f"Bản tin số {next(_numbers)}",
        sapo=fields.pop("sapo", "Đoạn mở đầu của bản tin."),
        body=fields.pop("body", "<p>Nội dung bản tin.</p>"),
        category=category or make_category(),
        status=status,
        publish_at=publish_at,
        **fields,
    )
    for position, author in enumerate(authors):
        NewsItemAuthor.objects.create(news_item=item, author=author, position=position)
    return item


def make_user(username=None, *, role=None, is_staff=True, **fields):
    user = get_user_model().objects.create_user(
        username=username or f"user{next(_numbers)}",
        password="mat-khau-thu-nghiem",
        is_staff=is_staff,
        **fields,
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def search_query_budget():
    """The queries a search page's results may take, however many items match: the count, at
    most one per ranking tier, the items; on PostgreSQL one to restore the planner settings
    of the count and one for the ts_headline passages."""
    from django.db import connection

    from bantin import search

    return 1 + len(search.TIERS) + 1 + (2 if connection.vendor == "postgresql" else 0)


def make_tag(name=None, **fields):
    from bantin.models import Tag

    return Tag.objects.create(name=name or f"Chủ đề {next(_numbers)}", **fields)


def most_read_block(html):
    """The markup of a page's most-read block."""
    return html.split('data-block="mostread"')[1].split("</section>")[0]
