import unicodedata

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from bantin import roles
from bantin.models import Author, Category, Image, NewsItem

pytestmark = pytest.mark.django_db


def counts():
    return (
        Category.objects.count(),
        Author.objects.count(),
        Image.objects.count(),
        NewsItem.objects.count(),
        get_user_model().objects.count(),
    )


def test_load_demo_is_idempotent(settings):
    settings.DEBUG = True
    call_command("load_demo", verbosity=0)
    first = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == first


def test_demo_has_sixty_published_items_and_others(settings):
    call_command("load_demo", "--no-users", verbosity=0)
    published = NewsItem.objects.published()
    assert published.count() >= 60
    assert published.filter(is_featured=True).exists()
    assert NewsItem.objects.filter(status=NewsItem.Status.DRAFT).exists()
    scheduled = NewsItem.objects.filter(status=NewsItem.Status.PUBLISHED).exclude(pk__in=published)
    assert scheduled.exists()
    for item in NewsItem.objects.all():
        assert unicodedata.is_normalized("NFC", item.title + item.sapo + item.body)
        assert item.lead_image is not None and item.bylines.exists()


def test_demo_has_an_item_shaped_like_the_seed(client, settings):
    call_command("load_demo", "--no-users", verbosity=0)
    item = NewsItem.objects.published().get(
        bylines__author__name="Hương Dịu", is_featured=True, title__icontains="cải cách hành chính"
    )
    html = client.get(item.get_absolute_url()).content.decode()
    assert item.caption and item.caption in html
    assert html.count("<p>") >= 8
    assert "Hương Dịu" in html


def test_demo_users_get_one_role_each(settings, capsys):
    settings.DEBUG = True
    call_command("load_demo")
    output = capsys.readouterr().out
    User = get_user_model()
    for role in roles.ALL:
        user = User.objects.get(groups__name=role)
        assert user.is_staff and not user.is_superuser
        assert user.username in output


def test_no_demo_users_without_debug(settings):
    settings.DEBUG = False
    call_command("load_demo", verbosity=0)
    assert not get_user_model().objects.exists()


def test_generate_news_makes_published_searchable_items():
    from bantin import search

    call_command("load_demo", "--no-users", verbosity=0)
    before = NewsItem.objects.count()
    call_command("generate_news", count=120, batch=50, verbosity=0)
    made = NewsItem.objects.order_by("-pk")[:120]
    assert NewsItem.objects.count() == before + 120
    assert all(item.status == NewsItem.Status.PUBLISHED and item.bylines.exists() for item in made)
    assert all(unicodedata.is_normalized("NFC", item.title + item.body) for item in made)
    assert len(search.ranked(NewsItem.objects.published(), search.parse("cai cach"))) > 3


def test_generate_news_needs_sections_first():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="load_demo"):
        call_command("generate_news", count=5, verbosity=0)
