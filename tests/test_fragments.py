"""Blocks cached as fragments (bantin/fragments.py): shared by the pages that show them, dropped
exactly when what they show changes, never past a scheduled change, never for staff."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from bantin import fragments, roles
from bantin.blocks import Block
from bantin.models import NewsItem

from .factories import make_author, make_category, make_news_item, make_user, most_read_block

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def pages_rendered_every_time(settings):
    """Whole pages off, so that each request renders its page from its fragments."""
    settings.PORTAL_PAGE_CACHE = False
    settings.PORTAL_FRAGMENT_CACHE = True


@pytest.fixture
def renders(monkeypatch):
    """The blocks rendered from scratch, as (block name, id of the page's item or None)."""
    seen = []
    original = Block.render_with_tags

    def recording(self, page, options):
        seen.append((self.name, page.item.pk if page.item is not None else None))
        return original(self, page, options)

    monkeypatch.setattr(Block, "render_with_tags", recording)
    return seen


def fragment_entries():
    # Keys as the cache API takes them, without the local-memory backend's version prefix.
    return sorted(key.split(":", 2)[2] for key in cache._cache if fragments.FRAGMENT_PREFIX in key)


def test_a_second_page_reuses_the_site_wide_blocks_and_renders_only_its_own(client, renders):
    first = make_news_item("Khánh thành trường mầm non", category=make_category("Giáo dục"))
    second = make_news_item("Hội chợ nông sản", category=make_category("Kinh tế"))
    client.get(first.get_absolute_url())
    renders.clear()
    client.get(second.get_absolute_url())
    rendered = {name for name, _item in renders}
    assert {"latest", "mostread", "searchbox"}.isdisjoint(rendered)
    assert {"viewdata", "toolbar", "related", "othernews"} <= rendered
    renders.clear()
    assert "Hội chợ nông sản" in client.get(second.get_absolute_url()).content.decode()
    assert renders == []


def test_an_edit_re_renders_the_items_blocks_and_the_lists_showing_it_and_nothing_else(
    client, renders
):
    edited = make_news_item(
        "Tiêu đề cũ", category=make_category("Xã hội"), authors=[make_author("Thu Hà")]
    )
    other = make_news_item(
        "Tin chuyên mục khác",
        category=make_category("Thể thao"),
        authors=[make_author("Minh Đức")],
        publish_at=timezone.now() - timedelta(days=3),
    )
    section_url = edited.category.get_absolute_url()
    urls = [edited.get_absolute_url(), other.get_absolute_url(), section_url, "/"]
    for url in urls:
        client.get(url)
    renders.clear()
    edited.refresh_from_db()
    edited.title = "Tiêu đề mới"
    edited.save()
    for url in urls:
        assert "Tiêu đề mới" in client.get(url).content.decode(), url
    # Its own blocks, its section's lists, and the site's latest lists, each once for every
    # page: the aside's, and the home page's by section.
    assert {"viewdata", "toolbar", "related", "othernews"} <= {
        name for name, item in renders if item == edited.pk
    }
    assert [name for name, _item in renders].count("latest") == 2
    assert ("listdata", None) in renders
    # Nothing of the other article's own, and no other site-wide block.
    assert {name for name, item in renders if item == other.pk} <= {"latest"}
    assert {"mostread", "featured", "searchbox", "sectionmenu"}.isdisjoint(
        name for name, _item in renders
    )


def test_a_most_read_list_is_dropped_when_an_item_it_shows_is_edited(client, settings):
    from bantin import stats

    read = make_news_item("Tin được đọc nhiều", publish_at=timezone.now() - timedelta(days=2))
    for _n in range(3):
        stats.view_add(item_id=read.pk)
    assert "Tin được đọc nhiều" in most_read_block(client.get("/").content.decode())
    read.refresh_from_db()
    read.title = "Tin đọc nhiều, tiêu đề sửa"
    read.save()
    assert "tiêu đề sửa" in most_read_block(client.get("/").content.decode())


class SteppedClock:
    """Django's clock, moved on by the test."""

    def __init__(self, monkeypatch):
        self.now = timezone.now()
        monkeypatch.setattr(timezone, "now", lambda: self.now)

    def step(self, **delta):
        self.now += timedelta(**delta)


def test_a_scheduled_publication_enters_every_list_on_time_with_fragments_cached(
    client, monkeypatch, settings
):
    settings.PORTAL_PAGE_CACHE = True
    clock = SteppedClock(monkeypatch)
    section = make_category("Thời sự")
    neighbour = make_news_item("Tin đã đăng", category=section)
    make_news_item(
        "Tin hẹn giờ đăng", category=section, publish_at=clock.now + timedelta(seconds=10)
    )
    urls = ["/", section.get_absolute_url(), neighbour.get_absolute_url()]
    for url in urls:
        assert "Tin hẹn giờ đăng" not in client.get(url).content.decode()
    assert fragment_entries()
    clock.step(seconds=9)
    for url in urls:
        assert "Tin hẹn giờ đăng" not in client.get(url).content.decode()
    clock.step(seconds=1)
    for url in urls:
        assert "Tin hẹn giờ đăng" in client.get(url).content.decode(), url


def test_staff_previews_neither_read_nor_store_fragments(client):
    item = make_news_item("Bản công khai")
    client.get(item.get_absolute_url())
    stored = fragment_entries()
    # A change that sends no signal: the reader's fragments still look current.
    NewsItem.objects.filter(pk=item.pk).update(
        title="Bản nháp chưa duyệt", status=NewsItem.Status.SUBMITTED
    )
    client.force_login(make_user(role=roles.EDITOR))
    preview = client.get(f"/xem-truoc/{item.pk}/").content.decode()
    assert "Bản nháp chưa duyệt" in preview and "Bản công khai" not in preview
    assert fragment_entries() == stored


def test_a_readers_fragment_never_holds_what_staff_see(client):
    published = make_news_item("Tin công khai")
    draft = make_news_item("Nháp chỉ biên tập viên thấy", status=NewsItem.Status.DRAFT)
    client.force_login(make_user(role=roles.EDITOR))
    client.get(f"/xem-truoc/{draft.pk}/")
    client.get(published.get_absolute_url())
    client.get("/")
    assert fragment_entries() == []  # logged-in users' pages are rendered for them alone
    client.logout()
    NewsItem.objects.filter(pk=draft.pk).update(status=NewsItem.Status.PUBLISHED)
    assert fragment_entries() == []


def test_fragments_have_their_own_switch(client, settings, renders):
    settings.PORTAL_FRAGMENT_CACHE = False
    item = make_news_item("Tin không dùng mảnh")
    client.get(item.get_absolute_url())
    renders.clear()
    client.get(item.get_absolute_url())
    assert {"latest", "viewdata"} <= {name for name, _item in renders}
    assert fragment_entries() == []


def test_fragments_are_used_with_the_page_cache_off(client):
    item = make_news_item("Tin có mảnh")
    client.get(item.get_absolute_url())
    assert fragment_entries()


def test_a_search_page_renders_its_results_for_the_query(client):
    make_news_item("Cải cách hành chính ở Ba Bể")
    make_news_item("Mùa lúa chín ở Chợ Đồn")
    first = client.get("/tim-kiem/?q=ba+be").content.decode()
    second = client.get("/tim-kiem/?q=cho+don").content.decode()
    assert "Ba Bể" in first and 'value="ba be"' in first
    assert "Chợ Đồn" in second and 'value="cho don"' in second and 'value="ba be"' not in second


def test_english_and_vietnamese_pages_keep_their_own_fragments(client):
    make_news_item("Tin khác")  # for the latest list: an article's never lists the article
    item = make_news_item("Tin song ngữ")
    assert "Tin mới nhất" in client.get(item.get_absolute_url()).content.decode()
    english = client.get("/en" + item.get_absolute_url()).content.decode()
    assert "Tin mới nhất" not in english and "Latest news" in english


def test_the_frame_of_a_page_follows_what_it_is_about(client):
    author = make_author("Hương Dịu")
    item = make_news_item("Tin có khung", sapo="Sapo ban đầu.", authors=[author])
    page = client.get(item.get_absolute_url()).content.decode()
    assert '<meta name="description" content="Sapo ban đầu.">' in page
    item.refresh_from_db()
    item.sapo = "Sapo đã sửa."
    item.save()
    author.name = "Hương Giang"
    author.save()
    page = client.get(item.get_absolute_url()).content.decode()
    assert '<meta name="description" content="Sapo đã sửa.">' in page
    assert "Hương Dịu" not in page and "Hương Giang" in page


def test_a_publication_leaves_the_own_blocks_of_articles_sharing_its_author_and_topic(
    client, renders
):
    """A new item by the same author, with the same topic, enters lists; the articles that
    share them show the author's and topic's names, which did not change."""
    from bantin.models import NewsItemAuthor, Tag

    section, other = make_category("Nông nghiệp"), make_category("Kinh tế")
    author = make_author("Hương Dịu")
    topic = Tag.objects.create(name="Chè Shan tuyết", slug="che-shan-tuyet")
    shown = make_news_item("Mùa chè xuân trên núi cao", category=section)
    NewsItemAuthor.objects.create(news_item=shown, author=author, position=0)
    shown.tags.add(topic)
    client.get(shown.get_absolute_url())
    new = make_news_item("Hợp tác xã chè mở rộng vùng nguyên liệu", category=other)
    NewsItemAuthor.objects.create(news_item=new, author=author, position=0)
    new.tags.add(topic)
    renders.clear()
    html = client.get(shown.get_absolute_url()).content.decode()
    rendered = {name for name, _item in renders}
    assert {"viewdata", "toolbar", "authorbox"}.isdisjoint(rendered)
    assert "Hương Dịu" in html and "Chè Shan tuyết" in html
    # The topic renamed: the article's own blocks show its new name.
    topic.name = "Chè Shan tuyết cổ thụ"
    topic.save()
    renders.clear()
    assert "Chè Shan tuyết cổ thụ" in client.get(shown.get_absolute_url()).content.decode()
    assert "viewdata" in {name for name, _item in renders}


def test_a_change_while_a_stale_page_is_rendered_reaches_its_fragments(
    client, settings, monkeypatch
):
    """The versions read to find the stored page stale serve its fragments only while nothing
    changed since: a change between the two lookups is seen by the fragments."""
    from bantin import pagecache, pages

    settings.PORTAL_PAGE_CACHE = True
    section = make_category("Nông nghiệp")
    older, newer = make_news_item(category=section), make_news_item(category=section)
    newer.publish_at, newer.title = older.publish_at + timedelta(hours=1), "Tin mới hơn"
    newer.save()
    client.get(newer.get_absolute_url())
    pagecache.bump("latest")  # the page is stale: its tags' versions are read
    render_blocks = pages.render_blocks

    def changed_meanwhile(page, *args, **kwargs):
        NewsItem.objects.filter(pk=older.pk).update(title="Tiêu đề sửa giữa chừng")
        pagecache.bump(f"section:{section.pk}")  # as the edit's own signal does
        return render_blocks(page, *args, **kwargs)

    monkeypatch.setattr(pages, "render_blocks", changed_meanwhile)
    html = client.get(newer.get_absolute_url()).content.decode()
    assert "Tiêu đề sửa giữa chừng" in html
