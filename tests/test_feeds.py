"""RSS and Atom feeds: what readers may see and nothing else, absolute links on the site's own
domain, and never a stale item after an unpublish."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bantin import feeds, renditions, roles, workflow
from bantin.models import Image, NewsItem
from bantin.sitesettings import site_settings

from .factories import image_bytes, make_author, make_category, make_news_item, make_user, upload

pytestmark = pytest.mark.django_db

BASE_URL = "https://thanhlam.gov.vn"
FEED_KINDS = ["rss", "atom"]


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.PORTAL_BASE_URL = BASE_URL


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def titles(parsed):
    return [entry.title for entry in parsed.entries]


def hidden_items(category=None):
    """One item of each kind readers may not see."""
    now = timezone.now()
    category = category or make_category()
    publisher = make_user(role=roles.PUBLISHER)
    trashed = make_news_item("Tin trong thùng rác", category=category)
    workflow.news_item_trash(item=trashed, actor=publisher)
    return [
        make_news_item(
            "Tin nháp", category=category, status=NewsItem.Status.DRAFT, publish_at=None
        ),
        make_news_item("Tin hẹn giờ", category=category, publish_at=now + timedelta(hours=1)),
        make_news_item(
            "Tin hết hạn",
            category=category,
            publish_at=now - timedelta(days=3),
            unpublish_at=now - timedelta(minutes=1),
        ),
        make_news_item("Tin đã gỡ", category=category, status=NewsItem.Status.UNPUBLISHED),
        trashed,
    ]


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_site_feed_lists_only_what_readers_may_see(client, kind):
    section = make_category("Kinh tế")
    visible = make_news_item("Ba Bể đẩy mạnh cải cách hành chính", category=section)
    hidden_items(section)
    assert titles(fetch(client, f"/{kind}/")) == [visible.title]


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_section_and_author_feeds_list_only_what_readers_may_see(client, kind):
    section = make_category("Kinh tế")
    author = make_author("Hương Dịu")
    visible = make_news_item("Tin được xem", category=section, authors=[author])
    for item in hidden_items(section):
        item.bylines.create(author=author)
    assert titles(fetch(client, f"/chuyen-muc/{section.slug}/{kind}/")) == [visible.title]
    assert titles(fetch(client, f"/tac-gia/{author.slug}/{kind}/")) == [visible.title]


def test_feed_items_carry_title_link_sapo_date_authors_section_and_image(client):
    section = make_category("Cải cách hành chính")
    photo = Image.objects.create(
        file=upload(content=image_bytes(size=(1600, 1200))), alt_text="Bộ phận một cửa"
    )
    published = timezone.now() - timedelta(hours=2)
    item = make_news_item(
        "Ba Bể đẩy mạnh cải cách hành chính",
        sapo="Đẩy mạnh cải cách hành chính là nhiệm vụ trọng tâm.",
        category=section,
        authors=[make_author("Hương Dịu"), make_author("Ma Thị Cử")],
        lead_image=photo,
        publish_at=published,
    )
    rss = fetch(client, "/rss/")
    assert rss.feed.title == "Cổng thông tin điện tử huyện Thanh Lâm"
    assert rss.feed.language == "vi"
    assert rss.feed.link == BASE_URL + "/"
    [entry] = rss.entries
    assert entry.link == BASE_URL + item.get_absolute_url()
    assert entry.summary == item.sapo
    assert entry.author == "Hương Dịu, Ma Thị Cử"
    assert [tag.term for tag in entry.tags] == ["Cải cách hành chính"]
    assert entry.published_parsed[:6] == published.utctimetuple()[:6]
    [media] = entry.media_content
    assert media["url"] == BASE_URL + renditions.url_of(photo, "16x9", 1280, "jpg")
    assert (media["width"], media["height"], media["type"]) == ("1280", "720", "image/jpeg")
    # The picture it names is really served.
    assert client.get(media["url"].removeprefix(BASE_URL)).status_code == 200

    [atom_entry] = fetch(client, "/atom/").entries
    assert atom_entry.link == entry.link
    assert atom_entry.summary == item.sapo
    assert atom_entry.published_parsed[:6] == published.utctimetuple()[:6]
    assert atom_entry.updated_parsed is not None
    assert [author.name for author in atom_entry.authors] == ["Hương Dịu, Ma Thị Cử"]


def test_feed_lists_the_newest_thirty_newest_first(client):
    now = timezone.now()
    section = make_category()
    for hours in range(feeds.FEED_LENGTH + 2):
        make_news_item(f"Tin số {hours}", category=section, publish_at=now - timedelta(hours=hours))
    listed = titles(fetch(client, "/rss/"))
    assert listed == [f"Tin số {hours}" for hours in range(feeds.FEED_LENGTH)]


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_section_feed_includes_subsections_and_no_other_section(client, kind):
    economy = make_category("Kinh tế")
    agriculture = make_category("Nông nghiệp", parent=economy)
    culture = make_category("Văn hóa")
    make_news_item("Tin kinh tế", category=economy)
    make_news_item("Tin nông nghiệp", category=agriculture)
    make_news_item("Tin văn hóa", category=culture)
    parsed = fetch(client, f"/chuyen-muc/{economy.slug}/{kind}/")
    assert sorted(titles(parsed)) == ["Tin kinh tế", "Tin nông nghiệp"]
    assert parsed.feed.title == "Kinh tế – Cổng thông tin điện tử huyện Thanh Lâm"
    assert parsed.feed.link == BASE_URL + economy.get_absolute_url()
    assert titles(fetch(client, f"/chuyen-muc/{agriculture.slug}/{kind}/")) == ["Tin nông nghiệp"]


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_author_feed_lists_the_items_they_wrote_or_co_wrote(client, kind):
    author, other = make_author("Hương Dịu"), make_author("Ma Thị Cử")
    make_news_item("Bài riêng", authors=[author])
    make_news_item("Bài viết chung", authors=[other, author])
    make_news_item("Bài của người khác", authors=[other])
    parsed = fetch(client, f"/tac-gia/{author.slug}/{kind}/")
    assert sorted(titles(parsed)) == ["Bài riêng", "Bài viết chung"]
    assert parsed.feed.link == BASE_URL + author.get_absolute_url()


@pytest.mark.parametrize(
    "url",
    [
        "/chuyen-muc/khong-co/rss/",
        "/chuyen-muc/khong-co/atom/",
        "/chuyen-muc/an/rss/",
        "/tac-gia/khong-co/rss/",
        "/tac-gia/khong-co/atom/",
    ],
)
def test_feed_of_an_unknown_or_hidden_section_or_author_answers_404(client, url):
    make_category("Ẩn", slug="an", is_active=False)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_every_link_of_a_feed_is_absolute_on_the_portal_domain(client, kind):
    section = make_category("Kinh tế")
    author = make_author("Hương Dịu")
    make_news_item(category=section, authors=[author], lead_image=Image.objects.create(
        file=upload(), alt_text="Ảnh"
    ))  # fmt: skip
    for url in [
        f"/{kind}/",
        f"/chuyen-muc/{section.slug}/{kind}/",
        f"/tac-gia/{author.slug}/{kind}/",
    ]:
        content = client.get(url, HTTP_HOST="localhost").content.decode()
        root = ET.fromstring(content)
        links = [element.text for element in root.iter() if element.tag in ("link", "guid", "id")]
        links += [
            element.get(name)
            for element in root.iter()
            for name in ("href", "url")
            if element.get(name) is not None
        ]
        assert links and all(link.startswith(BASE_URL + "/") for link in links), links
        assert "localhost" not in content and "testserver" not in content
        assert "example.com" not in content
        self_link = BASE_URL + url
        assert self_link in links


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_markup_and_ampersands_in_a_title_stay_text(client, kind):
    title = '</script><script>alert(1)</script> & "quotes"'
    make_news_item(title, sapo="Giá lúa & ngô <tăng>")
    response = client.get(f"/{kind}/")
    parsed = feedparser.parse(response.content)
    root = ET.fromstring(response.content)
    texts = [element.text for element in root.iter() if element.tag.endswith("title")]
    assert title in texts  # escaped once: the XML text is the title itself
    assert "<script>" not in response.content.decode()
    assert parsed.entries[0].title == title


@pytest.mark.parametrize(
    "url_of",
    [
        lambda item: "/rss/",
        lambda item: "/atom/",
        lambda item: f"/chuyen-muc/{item.category.slug}/rss/",
        lambda item: f"/tac-gia/{item.bylines.get().author.slug}/atom/",
    ],
    ids=["site", "site-atom", "section", "author"],
)
def test_feed_is_cached_and_drops_an_item_at_once_when_unpublished_or_trashed(client, url_of):
    publisher = make_user(role=roles.PUBLISHER)
    item = make_news_item("Tin sẽ gỡ", authors=[make_author()])
    url = url_of(item)
    assert titles(fetch(client, url)) == ["Tin sẽ gỡ"]
    with CaptureQueriesContext(connection) as queries:
        cached = client.get(url)
    assert len(queries) == 0 and cached["Content-Type"].startswith("application/")
    workflow.news_item_unpublish(item=item, actor=publisher)
    assert titles(fetch(client, url)) == []
    workflow.news_item_publish(item=item, actor=publisher)
    assert titles(fetch(client, url)) == ["Tin sẽ gỡ"]
    workflow.news_item_trash(item=item, actor=publisher)
    assert titles(fetch(client, url)) == []


def test_an_author_renamed_is_renamed_in_the_cached_site_feed(client):
    author = make_author("Hương Dịu")
    make_news_item(authors=[author])
    assert fetch(client, "/rss/").entries[0].author == "Hương Dịu"
    author.name = "Hương Dịu (Báo Bắc Kạn)"
    author.save()
    assert fetch(client, "/rss/").entries[0].author == "Hương Dịu (Báo Bắc Kạn)"


def test_feed_query_count_does_not_grow_with_content(
    client, settings, django_assert_max_num_queries
):
    settings.PORTAL_PAGE_CACHE = False
    section = make_category()
    now = timezone.now()
    for number in range(feeds.FEED_LENGTH + 5):
        authors = [make_author(f"Tác giả {number}a"), make_author(f"Tác giả {number}b")]
        make_news_item(
            f"Tin {number}",
            category=section,
            authors=authors,
            publish_at=now - timedelta(hours=number),
        )
    site_settings()  # read once into the cache by the first page any reader asks for
    with django_assert_max_num_queries(2):
        client.get("/rss/")
    with django_assert_max_num_queries(3):
        client.get(f"/chuyen-muc/{section.slug}/atom/")


def test_pages_advertise_their_feeds(client):
    section = make_category("Kinh tế")
    author = make_author("Hương Dịu")
    item = make_news_item(category=section, authors=[author])
    site_feed = '<link rel="alternate" type="application/rss+xml" title="Cổng thông tin điện tử huyện Thanh Lâm" href="/rss/">'
    section_feed = (
        '<link rel="alternate" type="application/rss+xml" '
        f'title="Kinh tế – Cổng thông tin điện tử huyện Thanh Lâm" href="/chuyen-muc/{section.slug}/rss/">'
    )
    author_feed = (
        '<link rel="alternate" type="application/rss+xml" '
        f'title="Bài viết của Hương Dịu – Cổng thông tin điện tử huyện Thanh Lâm" href="/tac-gia/{author.slug}/rss/">'
    )
    pages = {
        "/": [site_feed],
        section.get_absolute_url(): [site_feed, section_feed],
        item.get_absolute_url(): [site_feed, section_feed],
        author.get_absolute_url(): [site_feed, author_feed],
    }
    for url, expected in pages.items():
        html = client.get(url).content.decode()
        assert html.count('type="application/rss+xml"') == len(expected), url
        for link in expected:
            assert link in html, (url, link)
