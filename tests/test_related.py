"""Tin liên quan ranked when content changes (bantin/related.py): the kept lists rank as the
block ranked on every read before, a publication enters them in a few queries, readers never
see what they may not, and the caches follow."""

import io
import random
from datetime import timedelta
from functools import reduce
from operator import or_

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from bantin import related, roles, workflow
from bantin.models import Layout, NewsItem, Placement, Tag

from .factories import make_category, make_news_item, make_user
from .test_blocks import article, page_for, render
from .test_fragments import renders  # noqa: F401 - a fixture
from .test_pagecache import cached

pytestmark = pytest.mark.django_db


def reference_ranking(item, now, count=related.RELATED_KEPT):
    """The ids the block ranked on every read before the lists were kept: candidates among the
    newest CANDIDATES of the section and of each topic, visible now; most shared topics, same
    section, newest."""
    tag_ids = list(item.tags.values_list("pk", flat=True))
    visible = NewsItem.objects.published(now).exclude(pk=item.pk)

    def newest(**condition):
        return (
            visible.filter(**condition)
            .order_by("-publish_at", "-pk")
            .values("pk")[: related.CANDIDATES]
        )

    pools = [newest(category_id=item.category_id), *(newest(tags=tag) for tag in tag_ids)]
    candidates = visible.filter(reduce(or_, (Q(pk__in=pool) for pool in pools)))
    if tag_ids:
        candidates = candidates.annotate(
            shared_tags=Count("tags", filter=Q(tags__in=tag_ids), distinct=True)
        )
    else:
        candidates = candidates.annotate(shared_tags=Value(0))
    ranked = candidates.annotate(
        in_section=Case(
            When(category_id=item.category_id, then=1), default=0, output_field=IntegerField()
        )
    ).order_by("-shared_tags", "-in_section", "-publish_at", "-pk")
    return list(ranked.values_list("pk", flat=True)[:count])


def is_ranking(callback):
    """Whether an on-commit callback is the ranking of a saved item (bantin/related.py)."""
    return getattr(callback, "__name__", "") == "rank_after_commit"


def kept(item):
    item.refresh_from_db(fields=["related"])
    return None if item.related is None else [entry[0] for entry in item.related]


def fixture_set(rng, now, count=60):
    """Items over three sections and five topics, a few hidden from readers, on distinct dates."""
    sections = [make_category(name) for name in ("Kinh tế", "Xã hội", "Văn hóa")]
    topics = [Tag.objects.create(name=name) for name in ("OCOP", "Du lịch", "Y tế", "Lễ hội", "Số")]
    items = []
    for number in range(count):
        fields = {}
        hidden = rng.random()
        if hidden < 0.05:
            fields["status"] = NewsItem.Status.UNPUBLISHED
        elif hidden < 0.1:
            fields["deleted_at"] = now
        elif hidden < 0.15:
            fields["unpublish_at"] = now - timedelta(minutes=1)
        item = make_news_item(
            f"Tin {number}",
            category=rng.choice(sections),
            publish_at=now - timedelta(hours=rng.randint(1, 5000), seconds=number),
            **fields,
        )
        item.tags.set(rng.sample(topics, rng.randint(0, 3)))
        items.append(item)
    return items


@pytest.mark.parametrize("candidates", [4, 200])
def test_kept_lists_rank_as_the_block_ranked_when_read(monkeypatch, candidates):
    monkeypatch.setattr(related, "CANDIDATES", candidates)
    now = timezone.now()
    items = fixture_set(random.Random(candidates), now)
    visible = [item for item in items if NewsItem.objects.published(now).filter(pk=item.pk)]
    assert related.refresh_all(now=now) == len(visible)
    for item in visible:
        expected = reference_ranking(item, now)
        assert kept(item) == expected, item.title
        assert [entry[0] for entry in related.rank_for(item, now=now)] == expected


def test_each_publication_enters_the_lists_it_ranks_in(django_capture_on_commit_callbacks):
    rng = random.Random(5)
    now = timezone.now()
    sections = [make_category("Kinh tế"), make_category("Xã hội")]
    topics = [Tag.objects.create(name=name) for name in ("OCOP", "Du lịch", "Y tế")]
    items = []
    # Published one after the other, in the order of their dates, topics given after saving.
    for number in range(30):
        with django_capture_on_commit_callbacks(execute=True):
            item = make_news_item(
                f"Tin {number}",
                category=rng.choice(sections),
                publish_at=now - timedelta(hours=100 - number),
            )
        with django_capture_on_commit_callbacks(execute=True):
            item.tags.set(rng.sample(topics, rng.randint(0, 2)))
        items.append(item)
    for item in items:
        assert kept(item) == reference_ranking(item, timezone.now()), item.title


def test_a_publication_takes_a_handful_of_queries(django_capture_on_commit_callbacks):
    section = make_category("Kinh tế")
    topics = [Tag.objects.create(name=name) for name in ("OCOP", "Du lịch")]
    for number in range(40):
        item = make_news_item(f"Tin {number}", category=section)
        item.tags.set(topics[: number % 3])
    related.refresh_all()
    publisher = make_user(role=roles.PUBLISHER)
    new = make_news_item("Tin mới", category=section, status=NewsItem.Status.UNPUBLISHED)
    new.tags.set(topics)
    new.refresh_from_db()
    with django_capture_on_commit_callbacks() as callbacks:
        workflow.news_item_publish(item=new, actor=publisher)
    entering = [callback for callback in callbacks if is_ranking(callback)]
    assert entering
    with CaptureQueriesContext(connection) as queries:
        for callback in callbacks:
            if is_ranking(callback):
                callback()
    # The item, its topics, three windows, the scores and the lists of the 40, one write.
    writes = [query for query in queries if "UPDATE" in query["sql"]]
    assert len(writes) == 1
    assert len(queries) == 7, [query["sql"][:80] for query in queries]
    ranked_in = NewsItem.objects.exclude(pk=new.pk).filter(status=NewsItem.Status.PUBLISHED)
    assert all(kept(other)[0] == new.pk for other in ranked_in if other.tags.count() == 2)
    assert kept(new) == reference_ranking(new, timezone.now())


def test_keeping_the_lists_changes_no_version_and_no_revision(django_capture_on_commit_callbacks):
    section = make_category("Kinh tế")
    older = make_news_item("Tin cũ", category=section)
    version = NewsItem.objects.get(pk=older.pk).version
    revisions = older.revisions.count()
    with django_capture_on_commit_callbacks(execute=True):
        make_news_item("Tin mới", category=section)
    older.refresh_from_db()
    assert older.version == version and older.revisions.count() == revisions


def test_an_unpublished_or_trashed_item_leaves_the_block_at_once(
    django_capture_on_commit_callbacks, django_assert_num_queries
):
    section = make_category("Kinh tế")
    now = timezone.now()
    reading = make_news_item("Bài đang đọc", category=section, publish_at=now)
    others = [
        make_news_item(f"Tin {n}", category=section, publish_at=now - timedelta(hours=n + 1))
        for n in range(4)
    ]
    related.refresh_all()
    page = page_for("article", item=article(reading))
    html = render("related", page, django_assert_num_queries, 1, count=3)
    assert "Tin 0" in html and "Tin 2" in html and "Tin 3" not in html
    publisher = make_user(role=roles.PUBLISHER)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.news_item_unpublish(item=others[0], actor=publisher)
        workflow.news_item_trash(item=others[1], actor=publisher)
    # Still in the kept list, skipped when read; the entries after them stand in.
    assert kept(reading)[:2] == [others[0].pk, others[1].pk]
    html = render(
        "related", page_for("article", item=article(reading)), django_assert_num_queries, 1, count=3
    )
    assert "Tin 0" not in html and "Tin 1" not in html and "Tin 3" in html
    # A later change of the item ranks its list again, without them.
    reading = NewsItem.objects.get(pk=reading.pk)
    with django_capture_on_commit_callbacks(execute=True):
        reading.tags.add(Tag.objects.create(name="OCOP"))
    assert kept(reading) == [others[2].pk, others[3].pk]


def test_topics_added_and_removed_rank_again(django_capture_on_commit_callbacks):
    economy, society = make_category("Kinh tế"), make_category("Xã hội")
    ocop = Tag.objects.create(name="OCOP")
    reading = make_news_item("Bài đang đọc", category=economy)
    reading.tags.add(ocop)
    neighbour = make_news_item("Cùng chuyên mục", category=economy)
    far = make_news_item("Khác chuyên mục", category=society)
    related.refresh_all()
    assert kept(reading) == [neighbour.pk]
    with django_capture_on_commit_callbacks(execute=True):
        far.tags.add(ocop)
    assert kept(reading) == [far.pk, neighbour.pk]
    assert kept(far) == [reading.pk]
    with django_capture_on_commit_callbacks(execute=True):
        far.tags.remove(ocop)
    assert kept(reading) == [neighbour.pk]
    assert kept(far) == []
    # From the topic's side too.
    with django_capture_on_commit_callbacks(execute=True):
        ocop.news_items.add(far)
    assert kept(reading) == [far.pk, neighbour.pk]
    with django_capture_on_commit_callbacks(execute=True):
        ocop.news_items.clear()
    assert kept(reading) == [neighbour.pk] and kept(far) == []


def test_moving_an_item_to_another_section_ranks_it_there(django_capture_on_commit_callbacks):
    economy, society = make_category("Kinh tế"), make_category("Xã hội")
    moving = make_news_item("Tin chuyển mục", category=economy)
    left = make_news_item("Ở lại", category=economy)
    there = make_news_item("Bên kia", category=society)
    related.refresh_all()
    assert kept(left) == [moving.pk] and kept(there) == []
    moving = NewsItem.objects.get(pk=moving.pk)
    moving.category = society
    with django_capture_on_commit_callbacks(execute=True):
        moving.save()
    assert kept(left) == [] and kept(there) == [moving.pk] and kept(moving) == [there.pk]


def test_a_text_edit_ranks_nothing(django_capture_on_commit_callbacks):
    item = make_news_item("Tiêu đề")
    related.refresh_all()
    item = NewsItem.objects.get(pk=item.pk)
    item.title = "Tiêu đề mới"
    with django_capture_on_commit_callbacks() as callbacks:
        item.save()
    assert not [callback for callback in callbacks if is_ranking(callback)]


def test_a_list_never_ranked_is_ranked_when_read(django_assert_num_queries):
    section = make_category("Kinh tế")
    reading = make_news_item("Bài đang đọc", category=section)
    make_news_item("Cùng chuyên mục", category=section)
    NewsItem.objects.update(related=None)
    html = render(
        "related", page_for("article", item=article(reading)), django_assert_num_queries, 1
    )
    assert "Cùng chuyên mục" in html and "Bài đang đọc" not in html


def test_the_block_reads_the_kept_list_in_one_query(django_assert_num_queries):
    section = make_category("Kinh tế")
    reading = make_news_item("Bài đang đọc", category=section)
    for n in range(25):
        make_news_item(f"Tin số {n}", category=section)
    related.refresh_all()
    html = render(
        "related",
        page_for("article", item=article(reading)),
        django_assert_num_queries,
        1,
        count=20,
    )
    assert html.count('<article class="card') == 20 and "Bài đang đọc" not in html


def test_generate_news_and_refresh_related_rank_every_list():
    call_command("load_demo", "--no-users", verbosity=0)
    assert not NewsItem.objects.published().filter(related=None).exists()
    call_command("generate_news", count=60, stdout=io.StringIO())
    now = timezone.now()
    published = NewsItem.objects.published(now)
    assert not published.filter(related=None).exists()
    # Ranked in memory as one item's list is ranked by a query (scheduled items included).
    for item in published.order_by("?")[:20]:
        assert kept(item) == [entry[0] for entry in related.rank_for(item, now=now)]
    NewsItem.objects.update(related=None)
    out = io.StringIO()
    call_command("refresh_related", stdout=out)
    assert f"{NewsItem.objects.published_or_scheduled().count()} bản tin" in out.getvalue()
    assert not published.filter(related=None).exists()


@pytest.fixture
def fragments_only(settings):
    settings.PORTAL_PAGE_CACHE = False
    settings.PORTAL_FRAGMENT_CACHE = True


def related_renders(renders, item):  # noqa: F811 - the fixture's list
    return [name for name, pk in renders if name == "related" and pk == item.pk]


def test_the_fragment_follows_the_items_it_shows_not_the_section(
    client,
    fragments_only,
    renders,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    economy, society = make_category("Kinh tế"), make_category("Xã hội")
    ocop = Tag.objects.create(name="OCOP")
    now = timezone.now()
    reading = make_news_item("Bài đang đọc", category=economy, publish_at=now - timedelta(days=1))
    reading.tags.add(ocop)
    sharing = []
    for n in range(related.RELATED_KEPT):
        item = make_news_item(
            f"Tin cùng chủ đề {n}", category=society, publish_at=now - timedelta(hours=n + 1)
        )
        item.tags.add(ocop)
        sharing.append(item)
    related.refresh_all()
    url = reading.get_absolute_url()
    assert "Tin cùng chủ đề 0" in client.get(url).content.decode()
    renders.clear()
    # A publication in the section that ranks below every item kept: the fragment stays.
    with django_capture_on_commit_callbacks(execute=True):
        make_news_item("Tin khác", category=economy, publish_at=now - timedelta(days=3))
    assert "Tin khác" in client.get(url).content.decode()  # in the other news
    assert related_renders(renders, reading) == []
    # An edit of an item it shows: rendered again.
    shown = NewsItem.objects.get(pk=sharing[0].pk)
    shown.title = "Tin cùng chủ đề, tiêu đề sửa"
    with django_capture_on_commit_callbacks(execute=True):
        shown.save()
    assert "tiêu đề sửa" in client.get(url).content.decode()
    assert related_renders(renders, reading) == ["related"]


def test_a_publication_entering_the_list_drops_the_whole_page(
    client, django_capture_on_commit_callbacks
):
    economy = make_category("Kinh tế")
    # A layout of only the related news: no other block follows the section.
    layout = Layout.objects.create(page_type="article", category=economy)
    Placement.objects.create(layout=layout, region="main", block="related", position=1)
    now = timezone.now()
    reading = make_news_item("Bài đang đọc", category=economy, publish_at=now - timedelta(days=1))
    related.refresh_all()
    url = reading.get_absolute_url()
    client.get(url)
    assert cached(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        make_news_item("Tin cùng chuyên mục mới", category=economy, publish_at=now)
    assert not cached(client, url)
    assert "Tin cùng chuyên mục mới" in client.get(url).content.decode()


def test_a_publication_of_another_section_entering_the_list_drops_the_whole_page(
    client, django_capture_on_commit_callbacks
):
    """Shared by topic only: neither the section's tags nor the topic's list follow it, the
    kept list's own tag (``related:<id>``) does."""
    economy, culture = make_category("Kinh tế"), make_category("Văn hóa")
    layout = Layout.objects.create(page_type="article", category=economy)
    Placement.objects.create(layout=layout, region="main", block="related", position=1)
    topic = Tag.objects.create(name="Du lịch cộng đồng", slug="du-lich-cong-dong")
    now = timezone.now()
    reading = make_news_item("Bài đang đọc", category=economy, publish_at=now - timedelta(days=1))
    reading.tags.add(topic)
    related.refresh_all()
    url = reading.get_absolute_url()
    client.get(url)
    assert cached(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        other = make_news_item("Làng văn hóa đón khách", category=culture, publish_at=now)
        other.tags.add(topic)
    assert not cached(client, url)
    assert "Làng văn hóa đón khách" in client.get(url).content.decode()


def test_saving_an_item_loaded_before_a_publication_keeps_its_list(
    django_capture_on_commit_callbacks,
):
    section = make_category("Kinh tế")
    reading = make_news_item("Bài đang đọc", category=section)
    related.refresh_all()
    loaded = NewsItem.objects.get(pk=reading.pk)  # an editor's form, open
    with django_capture_on_commit_callbacks(execute=True):
        new = make_news_item("Tin mới", category=section)
    assert kept(reading) == [new.pk]
    loaded.title = "Bài đang đọc, sửa"
    with django_capture_on_commit_callbacks(execute=True):
        loaded.save()
    assert kept(reading) == [new.pk]


def test_topics_given_in_the_admin_rank_once_after_the_save(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    from .test_history import edit_data

    economy, society = make_category("Kinh tế"), make_category("Xã hội")
    ocop = Tag.objects.create(name="OCOP")
    reading = make_news_item("Bài đang đọc", category=society)
    reading.tags.add(ocop)
    edited = make_news_item("Tin được sửa", category=economy)
    related.refresh_all()
    ranked = []
    entered = related.entered
    monkeypatch.setattr(related, "entered", lambda pk, **kw: ranked.append(pk) or entered(pk, **kw))
    client.force_login(make_user(is_superuser=True))
    url = reverse("admin:bantin_newsitem_change", args=[edited.pk])
    edited.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, edit_data(edited, tags=[ocop.pk], category=society.pk))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ranked == [edited.pk]
    assert kept(reading) == [edited.pk] and kept(edited) == [reading.pk]


def test_ranking_holds_the_lists_lock_shared_by_every_process(monkeypatch):
    """Ranking reads lists and writes them back: two workers at once would lose an entry."""
    from django.core.cache import cache

    held = []
    monkeypatch.setattr(
        related,
        "rank_into_lists",
        lambda pk, **options: held.append(cache.get("lock:related-lists")),
    )
    monkeypatch.setattr(
        related, "rank_every_list", lambda **options: held.append(cache.get("lock:related-lists"))
    )
    related.entered(1)
    related.refresh_all()
    assert held == [1, 1]
    assert cache.get("lock:related-lists") is None


def test_a_failed_ranking_still_lets_the_page_cache_drop_the_pages(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    economy = make_category("Kinh tế")
    reading = make_news_item("Bài đang đọc", category=economy)
    url = reading.get_absolute_url()
    client.get(url)
    assert cached(client, url)

    def failing(pk, **options):
        raise RuntimeError("ranking failed")

    monkeypatch.setattr(related, "rank_into_lists", failing)
    with django_capture_on_commit_callbacks(execute=True):
        reading.title = "Bài đang đọc, đã sửa"
        reading.save()
        reading.tags.add(Tag.objects.create(name="Nông thôn mới", slug="nong-thon-moi"))
    assert not cached(client, url)
    assert "Bài đang đọc, đã sửa" in client.get(url).content.decode()
