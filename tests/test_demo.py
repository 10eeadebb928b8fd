import io
import random
import re
import unicodedata
from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Max
from django.utils import timezone

from bantin import corpus, roles
from bantin.corpus import Writer
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


def generate(count, **options):
    """Run generate_news; return the items it made, oldest first, and what it printed."""
    before = NewsItem.objects.aggregate(last=Max("pk"))["last"] or 0
    out = io.StringIO()
    call_command("generate_news", count=count, stdout=out, **options)
    return list(NewsItem.objects.filter(pk__gt=before).order_by("pk")), out.getvalue()


def test_generate_news_makes_published_searchable_items():
    from bantin import search

    call_command("load_demo", "--no-users", verbosity=0)
    made, _output = generate(120, batch=50)
    assert len(made) == 120
    # 3.5% of the items, rounded per state, are not visible: 2 drafts, 1 each of the others.
    assert sum(item.status == NewsItem.Status.PUBLISHED for item in made) == 118
    assert NewsItem.objects.published().filter(pk__in=[item.pk for item in made]).count() == 115
    assert all(item.bylines.exists() for item in made)
    assert all(unicodedata.is_normalized("NFC", item.title + item.body) for item in made)
    # Prepared as a save would, though bulk_create skips save().
    assert all(item.body_html and item.body_html.startswith("<") for item in made)
    assert len(search.ranked(NewsItem.objects.published(), search.parse("cai cach"))) > 3


def test_generate_news_is_deterministic_for_a_seed():
    call_command("load_demo", "--no-users", verbosity=0)

    def shape(items):
        return [
            (item.title, item.sapo, item.body, item.status, item.category_id, item.is_featured)
            for item in items
        ]

    first, _output = generate(40, seed=7)
    again, _output = generate(40, seed=7, batch=15)
    other, _output = generate(40, seed=8)
    assert shape(first) == shape(again)
    assert [item.bylines.count() for item in first] == [item.bylines.count() for item in again]
    assert {item.title for item in first}.isdisjoint(item.title for item in other)


def test_generated_titles_are_almost_all_distinct():
    writer = Writer(random.Random(2026))
    titles = [
        writer.article(date(2025, 6, 1) - timedelta(days=n % 1000)).title for n in range(10_000)
    ]
    assert len(set(titles)) >= 9_500


def test_generate_news_mixes_states_that_the_visibility_filters_tell_apart():
    call_command("load_demo", "--no-users", verbosity=0)
    made, output = generate(400)
    now = timezone.now()
    by_state = {
        "draft": [item for item in made if item.status == NewsItem.Status.DRAFT],
        "scheduled": [item for item in made if item.publish_at and item.publish_at > now],
        "expired": [item for item in made if item.unpublish_at is not None],
        "trash": [item for item in made if item.deleted_at is not None],
    }
    assert {state: len(items) for state, items in by_state.items()} == {
        "draft": 6,
        "scheduled": 2,
        "expired": 2,
        "trash": 2,
    }
    assert all(item.publish_at is None for item in by_state["draft"])
    for item in by_state["scheduled"]:
        assert item.status == NewsItem.Status.PUBLISHED
        assert now < item.publish_at <= now + timedelta(days=30)
    assert all(item.publish_at > now - timedelta(days=3 * 366) for item in made if item.publish_at)
    for item in by_state["expired"]:
        assert item.status == NewsItem.Status.PUBLISHED
        assert item.publish_at < item.unpublish_at <= now
    for item in by_state["trash"]:
        assert item.publish_at <= item.deleted_at <= now and item.deleted_by is None
    for item in made:
        item.full_clean()
    published = NewsItem.objects.published().filter(pk__in=[item.pk for item in made])
    assert published.count() == 388
    assert (
        "Đã sinh 400 bản tin: 388 đã xuất bản, 6 nháp, 2 hẹn giờ, 2 hết hạn, 2 trong thùng rác."
        in output
    )
    assert NewsItem.objects.in_trash().filter(pk__in=[item.pk for item in made]).count() == 2


def test_generated_text_is_nfc_vietnamese_in_the_html_the_sanitiser_keeps():
    from bantin.sanitize import sanitize_html

    writer = Writer(random.Random(3))
    articles = [writer.article(date(2024, 9, 2)) for _ in range(300)]
    for article in articles:
        text = article.title + article.sapo + article.body
        assert unicodedata.is_normalized("NFC", text)
        assert not re.search(r"[{}]", text), text
        assert set(re.findall(r"</?([a-z0-9]+)", article.body)) <= {"p", "h2", "ul", "li"}
        assert 4 <= article.body.count("<p>") <= 11
        assert sanitize_html(article.body) == article.body
    assert {"ấ", "ộ", "ư", "ơ", "đ"} <= set(" ".join(article.body for article in articles))


def test_every_topic_compiles_and_names_demo_sections_and_tags():
    from bantin.demo_content import SECTIONS
    from bantin.management.commands.load_demo import DEMO_TAGS

    assert len(corpus.TOPICS) >= 40
    assert len({topic.name for topic in corpus.TOPICS}) == len(corpus.TOPICS)
    sections = {slug for slug, *_rest in SECTIONS}
    for topic in corpus.TOPICS:
        assert topic.section in sections
        assert set(topic.tags) <= set(DEMO_TAGS)
    writer = Writer(random.Random(1))  # compiling every template resolves every slot
    assert len(writer.topics) == len(corpus.TOPICS)


def test_generate_news_needs_sections_first():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="load_demo"):
        call_command("generate_news", count=5, verbosity=0)
