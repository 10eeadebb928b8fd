"""The page cache for anonymous readers: served without queries, dropped by exactly the changes
that show on a page, never mixed with staff pages; and the HTTP caching headers."""

import time
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bantin import pagecache, roles, workflow
from bantin.blocks.settings import LIST_DEPTH
from bantin.listing import EXTRA
from bantin.models import Category, Layout, NewsItem, Placement

from .factories import (
    make_author,
    make_category,
    make_image,
    make_news_item,
    make_user,
    most_read_block,
)

pytestmark = pytest.mark.django_db


def get(client, url, **headers):
    """The response and how many queries it took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    return response, len(queries)


def cached(client, url):
    """Whether ``url`` is answered from the page cache (no query at all)."""
    response, queries = get(client, url)
    assert response.status_code == 200
    return queries == 0


def test_a_reader_gets_the_stored_page_without_a_query(client):
    item = make_news_item("Khánh thành cầu treo Bản Khe")
    first, queries = get(client, item.get_absolute_url())
    assert queries > 0
    second, queries = get(client, item.get_absolute_url())
    assert queries == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert "s-maxage=1" in second["Cache-Control"] and "public" in second["Cache-Control"]
    assert "Cookie" in second["Vary"] and second["ETag"] == first["ETag"]


def test_conditional_requests_get_304(client):
    item = make_news_item("Đường mới về xã")
    first = client.get(item.get_absolute_url())
    etag, modified = first["ETag"], first["Last-Modified"]
    again = client.get(item.get_absolute_url(), headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b""
    since = client.get(item.get_absolute_url(), headers={"if-modified-since": modified})
    assert since.status_code == 304
    other = client.get(item.get_absolute_url(), headers={"if-none-match": '"khac"'})
    assert other.status_code == 200 and other.content == first.content


def test_staff_never_get_a_readers_page_nor_readers_a_staff_one(client):
    item = make_news_item("Họp báo quý IV")
    url = item.get_absolute_url()
    reader_page = client.get(url)
    client.force_login(make_user(role=roles.EDITOR))
    staff_page, queries = get(client, url)
    assert queries > 0  # rendered for them, not taken from the cache
    assert "no-store" in staff_page["Cache-Control"] and "private" in staff_page["Cache-Control"]
    client.logout()
    again, queries = get(client, url)
    assert queries == 0 and again.content == reader_page.content
    # A page rendered for a logged-in user is never stored for readers.
    pagecache_entries_before = _entries()
    client.force_login(make_user(role=roles.REPORTER))
    client.get("/")
    assert _entries() == pagecache_entries_before


def _entries():
    from django.core.cache import cache

    # Keys as the cache API takes them, without the local-memory backend's version prefix.
    return sorted(key.split(":", 2)[2] for key in cache._cache if pagecache.PAGE_PREFIX in key)


def test_previews_are_never_cached(client):
    editor = make_user(role=roles.EDITOR)
    # A draft is its writer's until submitted: here the editor wrote it.
    draft = make_news_item(
        "Bản nháp", status=NewsItem.Status.DRAFT, publish_at=None, created_by=editor
    )
    client.force_login(editor)
    response = client.get(f"/xem-truoc/{draft.pk}/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_publishing_shows_at_once_and_leaves_other_articles_cached(client):
    section = make_category("Kinh tế")
    other = make_news_item("Chợ phiên vùng cao", category=make_category("Văn hóa"))
    client.get("/")
    client.get(other.get_absolute_url())
    reporter = make_user(role=roles.REPORTER)
    item = make_news_item(
        "Tin mới về giá lúa", category=section, status=NewsItem.Status.DRAFT, publish_at=None,
        created_by=reporter,
    )  # fmt: skip
    assert cached(client, "/")  # a draft changes nothing readers see
    workflow.news_item_submit(item=item, actor=reporter)
    workflow.news_item_send_for_approval(item=item, actor=make_user(role=roles.EDITOR))
    workflow.news_item_publish(item=item, actor=make_user(role=roles.PUBLISHER))
    assert not cached(client, "/")
    assert "Tin mới về giá lúa" in client.get("/").content.decode()
    # Every article lists the newest items beside it: the other one shows it too.
    assert "Tin mới về giá lúa" in client.get(other.get_absolute_url()).content.decode()


def test_unpublishing_and_trashing_hide_at_once(client):
    publisher = make_user(role=roles.PUBLISHER)
    item = make_news_item("Tin sẽ gỡ")
    url = item.get_absolute_url()
    assert client.get(url).status_code == 200 and "Tin sẽ gỡ" in client.get("/").content.decode()
    workflow.news_item_unpublish(item=item, actor=publisher)
    assert client.get(url).status_code == 404
    assert "Tin sẽ gỡ" not in client.get("/").content.decode()
    workflow.news_item_publish(item=item, actor=publisher)
    assert client.get(url).status_code == 200
    workflow.news_item_trash(item=item, actor=publisher)
    assert client.get(url).status_code == 404
    assert "Tin sẽ gỡ" not in client.get("/").content.decode()


def test_an_edit_drops_the_article_and_its_lists_and_nothing_else(client):
    section = make_category("Xã hội")
    now = timezone.now()
    # An older item: below the newest items of its section, so in no site-wide list.
    item = make_news_item("Tiêu đề cũ", category=section, publish_at=now - timedelta(days=30))
    recent = now - timedelta(hours=1)
    neighbour = make_news_item("Tin cùng chuyên mục", category=section, publish_at=recent)
    # As many as the deepest list reads, the items it may leave out included.
    for number in range(LIST_DEPTH + EXTRA):
        make_news_item(f"Tin mới {number}", category=section, publish_at=recent)
    far = make_news_item(
        "Tin chuyên mục khác", category=make_category("Thể thao"), publish_at=recent
    )
    # The section's page that lists it, 20 to a page: after the neighbour and the newer ones.
    its_page = (LIST_DEPTH + EXTRA + 1) // 20 + 1
    urls = [item.get_absolute_url(), section.get_absolute_url() + f"?page={its_page}", "/"]
    urls.append(far.get_absolute_url())
    for url in urls + [neighbour.get_absolute_url()]:
        client.get(url)
    item.refresh_from_db()
    item.title = "Tiêu đề mới"
    item.save()
    for url in urls[:2]:
        assert "Tiêu đề mới" in client.get(url).content.decode(), url
    assert cached(client, "/")  # the home page lists only the newest items
    # The far article does not list it: still served from the cache.
    assert cached(client, far.get_absolute_url())


def test_a_scheduled_publication_caps_the_lifetime(client):
    soon = timezone.now() + timedelta(seconds=30)
    make_news_item("Tin hẹn giờ", publish_at=soon)
    response = client.get("/")
    assert "Tin hẹn giờ" not in response.content.decode()
    (key,) = _entries()
    from django.core.cache import cache

    entry = cache.get(key)
    assert entry["expires"] <= soon.timestamp() + 1
    max_age = int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert max_age <= 30


def test_a_scheduled_publication_shows_when_its_time_comes(client):
    make_news_item("Tin hẹn giờ gần", publish_at=timezone.now() + timedelta(seconds=1.2))
    assert "Tin hẹn giờ gần" not in client.get("/").content.decode()
    time.sleep(1.5)
    assert "Tin hẹn giờ gần" in client.get("/").content.decode()


def test_a_layout_edit_drops_the_pages_of_that_layout(client):
    item = make_news_item("Tin có khối")
    client.get(item.get_absolute_url())
    layout = Layout.objects.get(page_type="article", category=None)
    Placement.objects.create(
        layout=layout, region="aside", block="html", position=99,
        settings={"html": "<p>Đường dây nóng 1022</p>"},
    )  # fmt: skip
    assert "Đường dây nóng 1022" in client.get(item.get_absolute_url()).content.decode()


def test_author_and_section_renames_show(client):
    author = make_author("Hương Dịu")
    item = make_news_item("Tin có tác giả", authors=[author])
    assert "Hương Dịu" in client.get(item.get_absolute_url()).content.decode()
    author.name = "Hương Giang"
    author.save()
    assert "Hương Giang" in client.get(item.get_absolute_url()).content.decode()
    section = Category.objects.get(pk=item.category_id)
    section.name = "Thời sự địa phương"
    section.save()
    assert "Thời sự địa phương" in client.get("/").content.decode()


def test_the_cache_can_be_switched_off(client, settings):
    settings.PORTAL_PAGE_CACHE = False
    item = make_news_item("Tin không lưu")
    client.get(item.get_absolute_url())
    assert not cached(client, item.get_absolute_url())


def test_the_body_is_prepared_when_saved_and_again_when_its_image_changes(client, settings):
    image = make_image(credit="Minh Đức")
    src = f"{settings.MEDIA_URL}{image.file.name}"
    item = make_news_item(
        "Mùa gặt", body=f'<figure class="image"><img src="{src}" alt="Gặt lúa"></figure>'
    )
    assert "<picture" in item.body_html and "Ảnh: Minh Đức" in item.body_html
    with CaptureQueriesContext(connection) as queries:
        client.get(item.get_absolute_url())
    # The body's images are not looked up again on a view.
    assert not any('"bantin_image"."file" IN' in q["sql"] for q in queries.captured_queries)
    image.credit = "Thu Hà"
    image.save()
    item.refresh_from_db()
    assert "Ảnh: Thu Hà" in item.body_html
    assert "Ảnh: Thu Hà" in client.get(item.get_absolute_url()).content.decode()


def test_most_read_lists_follow_the_counts(client):
    from bantin import stats

    read = make_news_item("Tin được đọc nhiều")
    assert "Tin được đọc nhiều" not in most_read_block(client.get("/").content.decode())
    for _n in range(3):
        stats.view_add(item_id=read.pk)
    assert "Tin được đọc nhiều" in most_read_block(client.get("/").content.decode())


class SteppedClock:
    """Django's clock, moved on by the test."""

    def __init__(self, monkeypatch):
        self.now = timezone.now()
        monkeypatch.setattr(timezone, "now", lambda: self.now)

    def step(self, **delta):
        self.now += timedelta(**delta)


@pytest.mark.parametrize("fragments", [True, False])
def test_a_page_rendered_across_a_publication_is_never_served_without_the_item_after_it(
    client, monkeypatch, settings, fragments
):
    from bantin.blocks import registry

    settings.PORTAL_FRAGMENT_CACHE = fragments
    clock = SteppedClock(monkeypatch)
    section = make_category("Thời sự")
    make_news_item("Tin đã đăng", category=section)
    make_news_item("Tin hẹn giờ", category=section, publish_at=clock.now + timedelta(seconds=5))
    listdata = registry.get("listdata")
    read_list = listdata.get_context

    def read_then_cross_the_boundary(page, **options):
        context = read_list(page, **options)
        clock.step(seconds=6)  # the list was read before the publication, rendered after it
        return context

    monkeypatch.setattr(listdata, "get_context", read_then_cross_the_boundary)
    assert "Tin hẹn giờ" not in client.get(section.get_absolute_url()).content.decode()
    monkeypatch.setattr(listdata, "get_context", read_list)
    for _ in range(3):
        clock.step(seconds=1)
        assert "Tin hẹn giờ" in client.get(section.get_absolute_url()).content.decode()


def test_the_cache_keeps_a_page_as_long_as_it_may_be_served(client):
    from django.core.cache import cache

    soon = timezone.now() + timedelta(seconds=30.6)
    make_news_item("Tin hẹn giờ", publish_at=soon)
    client.get("/")
    (key,) = _entries()
    entry = cache.get(key)
    # The cache's timeout is whole seconds: rounded down, the copy was dropped 0.6 s early.
    assert cache._expire_info[cache.make_key(key)] >= entry["expires"]
