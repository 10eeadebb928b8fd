"""What crawlers and social networks read: canonical URLs, Open Graph, JSON-LD, sitemaps and
robots.txt — on the site's own domain, listing only what readers may see."""

import itertools
import json
import xml.etree.ElementTree as ET
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone

from bantin import renditions, roles, seo, sitemaps, views, workflow
from bantin.models import Image, NewsItem, Tag

from .factories import image_bytes, make_author, make_category, make_news_item, make_user, upload

pytestmark = pytest.mark.django_db

BASE_URL = "https://thanhlam.gov.vn"
SITE_NAME = "Cổng thông tin điện tử huyện Thanh Lâm"
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
NEWS_NS = {**SITEMAP_NS, "news": "http://www.google.com/schemas/sitemap-news/0.9"}


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.PORTAL_BASE_URL = BASE_URL


class Head(HTMLParser):
    """The parts of a page's <head> crawlers read, with entities decoded as a browser would."""

    def __init__(self, html):
        super().__init__()
        self.meta, self.links, self.json_ld, self.title = {}, [], [], ""
        self._in = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs.get("name")
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in = "json_ld"
            self.json_ld.append("")
        elif tag == "title":
            self._in = "title"

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "json_ld":
            self.json_ld[-1] += data
        elif self._in == "title":
            self.title += data

    def one(self, key):
        [value] = self.meta[key]
        return value

    def canonical(self):
        found = [link["href"] for link in self.links if link.get("rel") == "canonical"]
        return found[0] if len(found) == 1 else found


def head_of(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return Head(response.content.decode())


def large_image(alt_text="Người dân đến thực hiện các TTHC tại Bộ phận một cửa"):
    return Image.objects.create(
        file=upload(content=image_bytes(size=(2000, 1500))), alt_text=alt_text
    )


def seed_article(title="Ba Bể đẩy mạnh cải cách hành chính"):
    section = make_category("Cải cách hành chính")
    item = make_news_item(
        title,
        sapo="Đẩy mạnh cải cách hành chính là nhiệm vụ trọng tâm của huyện.",
        category=section,
        authors=[make_author("Hương Dịu"), make_author("Ma Thị Cử")],
        lead_image=large_image(),
        publish_at=timezone.make_aware(timezone.datetime(2022, 4, 28, 9, 0)),
    )
    item.tags.add(Tag.objects.create(name="Một cửa"))
    return item


# Canonical URLs and robots directives


def test_every_public_page_type_has_its_canonical_url_on_the_portal_domain(client):
    section = make_category("Kinh tế")
    author = make_author("Hương Dịu")
    item = make_news_item(category=section, authors=[author])
    tag = Tag.objects.create(name="Nông thôn mới")
    item.tags.add(tag)
    for url in ["/", section.get_absolute_url(), item.get_absolute_url(),
                author.get_absolute_url(), tag.get_absolute_url()]:  # fmt: skip
        head = head_of(client, url, HTTP_HOST="localhost")
        assert head.canonical() == BASE_URL + url, url
        assert head.one("og:url") == BASE_URL + url
        assert "robots" not in head.meta


def test_canonical_url_of_a_later_list_page_keeps_its_number_only(client):
    section = make_category("Kinh tế")
    now = timezone.now()
    for number in range(21):  # the list shows 20 a page
        make_news_item(f"Tin {number}", category=section, publish_at=now - timedelta(hours=number))
    url = section.get_absolute_url()
    assert head_of(client, url + "?page=2&utm_source=zalo").canonical() == f"{BASE_URL}{url}?page=2"
    assert head_of(client, url + "?page=1").canonical() == BASE_URL + url


def test_search_page_is_not_indexed_but_its_links_are_followed(client):
    make_news_item("Cải cách hành chính")
    head = head_of(client, "/tim-kiem/?q=cai+cach")
    assert head.one("robots") == "noindex, follow"
    assert head.canonical() == []


def test_preview_is_neither_indexed_nor_followed(client):
    item = make_news_item(status=NewsItem.Status.DRAFT, publish_at=None)
    client.force_login(make_user(is_superuser=True))
    head = head_of(client, reverse("bantin:preview", args=[item.pk]))
    assert head.one("robots") == "noindex, nofollow"


# Open Graph, Twitter card and JSON-LD


def test_article_page_has_open_graph_and_a_large_twitter_card(client):
    item = seed_article()
    url = BASE_URL + item.get_absolute_url()
    head = head_of(client, item.get_absolute_url())
    assert head.one("og:type") == "article"
    assert head.one("og:title") == "Ba Bể đẩy mạnh cải cách hành chính"
    assert head.one("og:description") == item.sapo
    assert head.one("og:url") == url
    assert head.one("og:site_name") == SITE_NAME
    assert head.one("og:locale") == "vi_VN"
    image = head.one("og:image")
    assert image == BASE_URL + renditions.url_of(item.lead_image, "16x9", 1280, "jpg")
    assert (head.one("og:image:width"), head.one("og:image:height")) == ("1280", "720")
    assert head.one("og:image:type") == "image/jpeg"
    assert head.one("og:image:alt") == item.lead_image.alt_text
    rendition = client.get(image.removeprefix(BASE_URL))
    assert rendition.status_code == 200 and rendition["Content-Type"] == "image/jpeg"
    assert head.one("article:published_time") == "2022-04-28T09:00:00+07:00"
    assert head.one("article:modified_time") >= "2022-04-28T09:00:00+07:00"
    assert head.one("article:section") == "Cải cách hành chính"
    assert head.meta["article:author"] == [
        BASE_URL + byline.author.get_absolute_url() for byline in item.bylines.all()
    ]
    assert head.meta["article:tag"] == ["Một cửa"]
    assert head.one("twitter:card") == "summary_large_image"


def test_other_pages_are_websites_on_open_graph(client):
    section = make_category("Kinh tế", description="Tin kinh tế của huyện.")
    head = head_of(client, section.get_absolute_url())
    assert head.one("og:type") == "website"
    assert head.one("og:title") == "Kinh tế"
    assert head.one("og:description") == "Tin kinh tế của huyện."
    assert head.one("twitter:card") == "summary"
    assert head.json_ld == []
    home = head_of(client, "/")
    assert home.one("og:title") == SITE_NAME and home.one("og:type") == "website"


def test_article_json_ld_is_a_news_article(client):
    item = seed_article()
    url = BASE_URL + item.get_absolute_url()
    [raw] = head_of(client, item.get_absolute_url()).json_ld
    data = json.loads(raw)
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == item.title
    assert data["description"] == item.sapo
    assert data["datePublished"] == "2022-04-28T09:00:00+07:00"
    assert data["dateModified"] >= data["datePublished"]
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert data["author"] == [
        {"@type": "Person", "name": "Hương Dịu", "url": f"{BASE_URL}/tac-gia/huong-diu/"},
        {"@type": "Person", "name": "Ma Thị Cử", "url": f"{BASE_URL}/tac-gia/ma-thi-cu/"},
    ]
    assert data["image"] == [
        BASE_URL + renditions.url_of(item.lead_image, crop, 1280, "jpg")
        for crop in ("16x9", "4x3", "1x1")
    ]
    publisher = data["publisher"]
    assert publisher["@type"] == "Organization" and publisher["name"] == SITE_NAME
    assert publisher["logo"]["url"] == f"{BASE_URL}/static/{seo.LOGO}"
    assert data["articleSection"] == "Cải cách hành chính"


def test_publisher_logo_is_a_real_static_file():
    assert finders.find(seo.LOGO)


def test_an_item_without_byline_is_credited_to_the_agency(client):
    item = make_news_item()
    [raw] = head_of(client, item.get_absolute_url()).json_ld
    data = json.loads(raw)
    assert data["author"] == [data["publisher"]]
    assert "image" not in data


def test_markup_in_a_title_stays_text_in_title_open_graph_and_json_ld(client):
    title = '</script><script>alert(1)</script> & "quotes"'
    item = seed_article(title)
    html = client.get(item.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html and "</script><script>" not in html
    head = Head(html)
    assert head.title == f"{title} – {SITE_NAME}"
    assert head.one("og:title") == title
    [raw] = head.json_ld  # the script element ends where it should
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert json.loads(raw)["headline"] == title


def test_json_ld_escapes_what_could_end_its_script():
    text = seo.json_ld({"headline": "</script><!-- & \u2028"})
    assert str(text) == '{"headline": "\\u003C/script\\u003E\\u003C!-- \\u0026 \\u2028"}'
    assert json.loads(str(text)) == {"headline": "</script><!-- & \u2028"}


def test_seo_head_adds_no_query_to_an_article(client, settings, django_assert_max_num_queries):
    from .test_queries import ARTICLE_BUDGET

    settings.PORTAL_PAGE_CACHE = False
    item = seed_article()
    client.get(item.get_absolute_url())  # the cached site structure
    with django_assert_max_num_queries(ARTICLE_BUDGET):
        client.get(item.get_absolute_url())


# Sitemaps


def sitemap(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    content = response.content.decode()
    assert "example.com" not in content and "testserver" not in content
    assert "localhost" not in content
    return ET.fromstring(response.content)


def locations(root, ns=SITEMAP_NS):
    return [element.text for element in root.findall(".//s:loc", ns)]


def test_sitemap_index_lists_each_sitemap_on_the_portal_domain(client):
    make_news_item()
    root = sitemap(client, "/sitemap.xml", HTTP_HOST="localhost")
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    assert locations(root) == [
        f"{BASE_URL}/sitemap-{name}.xml" for name in ("chuyen-muc", "tin-tuc", "tac-gia", "chu-de")
    ]
    for url in locations(root):
        sitemap(client, url.removeprefix(BASE_URL), HTTP_HOST="localhost")


def test_items_sitemap_lists_only_what_readers_may_see_with_lastmod(client):
    visible = make_news_item("Tin được xem")
    publisher = make_user(role=roles.PUBLISHER)
    trashed = make_news_item("Tin trong thùng rác")
    workflow.news_item_trash(item=trashed, actor=publisher)
    now = timezone.now()
    make_news_item(status=NewsItem.Status.DRAFT, publish_at=None)
    make_news_item(publish_at=now + timedelta(hours=1))
    make_news_item(publish_at=now - timedelta(days=3), unpublish_at=now - timedelta(minutes=1))
    make_news_item(status=NewsItem.Status.UNPUBLISHED)
    root = sitemap(client, "/sitemap-tin-tuc.xml", HTTP_HOST="localhost")
    assert locations(root) == [BASE_URL + visible.get_absolute_url()]
    lastmod = root.find(".//s:lastmod", SITEMAP_NS).text
    assert lastmod == timezone.localtime(seo.modified_at(visible)).date().isoformat()


def test_items_sitemap_is_paginated_through_the_index(client, monkeypatch):
    monkeypatch.setattr(sitemaps.NewsItemSitemap, "limit", 2)
    now = timezone.now()
    newest, newer, oldest = (make_news_item(publish_at=now - timedelta(hours=h)) for h in (1, 2, 3))
    index = locations(sitemap(client, "/sitemap.xml"))
    assert f"{BASE_URL}/sitemap-tin-tuc.xml?p=2" in index
    assert f"{BASE_URL}/sitemap-tin-tuc.xml?p=3" not in index
    second = locations(sitemap(client, "/sitemap-tin-tuc.xml?p=2"))
    assert second == [BASE_URL + oldest.get_absolute_url()]
    assert client.get("/sitemap-tin-tuc.xml?p=3").status_code == 404
    assert client.get("/sitemap-khong-co.xml").status_code == 404


def test_sections_authors_and_topics_sitemaps_list_pages_with_visible_items(client):
    active = make_category("Kinh tế")
    make_category("Ẩn", is_active=False)
    writer, idle = make_author("Hương Dịu"), make_author("Chưa viết bài")
    draft_writer = make_author("Chỉ có bài nháp")
    item = make_news_item(category=active, authors=[writer])
    draft = make_news_item(
        category=active, authors=[draft_writer], status=NewsItem.Status.DRAFT, publish_at=None
    )
    used, unused, draft_only = (Tag.objects.create(name=name) for name in ("Lúa", "Ngô", "Sắn"))
    item.tags.add(used)
    draft.tags.add(draft_only)
    assert locations(sitemap(client, "/sitemap-chuyen-muc.xml")) == [
        BASE_URL + active.get_absolute_url()
    ]
    assert locations(sitemap(client, "/sitemap-tac-gia.xml")) == [
        BASE_URL + writer.get_absolute_url()
    ]
    assert locations(sitemap(client, "/sitemap-chu-de.xml")) == [BASE_URL + used.get_absolute_url()]
    assert idle and unused


def test_sitemaps_are_cached_and_drop_an_item_at_once_when_unpublished(client):
    publisher = make_user(role=roles.PUBLISHER)
    author = make_author("Hương Dịu")
    item = make_news_item(authors=[author], publish_at=timezone.now() - timedelta(hours=1))
    urls = ["/sitemap-tin-tuc.xml", "/sitemap-news.xml", "/sitemap-tac-gia.xml"]
    for url in urls:
        assert len(locations(sitemap(client, url), NEWS_NS)) == 1
    workflow.news_item_unpublish(item=item, actor=publisher)
    for url in urls:
        assert locations(sitemap(client, url), NEWS_NS) == [], url


def test_renaming_an_author_moves_them_in_the_cached_sitemap(client):
    author = make_author("Hương Dịu")
    make_news_item(authors=[author])
    assert locations(sitemap(client, "/sitemap-tac-gia.xml")) == [f"{BASE_URL}/tac-gia/huong-diu/"]
    author.slug = "huong-diu-bac-kan"
    author.save()
    assert locations(sitemap(client, "/sitemap-tac-gia.xml")) == [
        f"{BASE_URL}/tac-gia/huong-diu-bac-kan/"
    ]


def test_news_sitemap_lists_the_last_two_days_for_google_news(client):
    now = timezone.now()
    fresh = make_news_item('</script> Giá lúa & ngô "tăng"', publish_at=now - timedelta(hours=47))
    make_news_item("Tin cũ", publish_at=now - timedelta(hours=49))
    make_news_item("Tin hẹn giờ", publish_at=now + timedelta(hours=1))
    make_news_item("Tin nháp", status=NewsItem.Status.DRAFT, publish_at=None)
    root = sitemap(client, "/sitemap-news.xml", HTTP_HOST="localhost")
    [url] = root.findall("s:url", NEWS_NS)
    assert url.find("s:loc", NEWS_NS).text == BASE_URL + fresh.get_absolute_url()
    news = url.find("news:news", NEWS_NS)
    assert news.find("news:publication/news:name", NEWS_NS).text == SITE_NAME
    assert news.find("news:publication/news:language", NEWS_NS).text == "vi"
    assert news.find("news:title", NEWS_NS).text == fresh.title
    assert news.find("news:publication_date", NEWS_NS).text == seo.w3c_datetime(fresh.publish_at)


# robots.txt


def test_robots_txt_keeps_crawlers_out_of_private_and_search_pages(client, settings):
    response = client.get("/robots.txt", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    disallowed = [line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow")]
    for prefix in ["/admin/", "/xem-truoc/", "/tai-anh-len/", "/luot-xem/", "/tim-kiem/"]:
        assert prefix in disallowed
    assert f"Sitemap: {BASE_URL}/sitemap.xml" in lines
    assert f"Sitemap: {BASE_URL}/sitemap-news.xml" in lines
    # Every address of those views, in every language, is disallowed; pages are not.
    private = {
        views.article_preview: "xem-truoc/1/",
        views.search: "tim-kiem/",
        views.count_view: "luot-xem/1/",
        views.editor_image_upload: "tai-anh-len/",
    }
    prefixes = [""] + [f"{code}/" for code, _name in settings.LANGUAGES]
    found = set()
    for prefix, (view, path) in itertools.product(prefixes, private.items()):
        try:
            match = resolve(f"/{prefix}{path}")
        except Resolver404:
            continue
        assert match.func == view
        found.add(view)
        assert any(f"/{prefix}{path}".startswith(rule) for rule in disallowed), (prefix, path)
    assert found == set(private)
    assert reverse("admin:index") in disallowed
    public = ["/", "/chuyen-muc/kinh-te/", "/tin-tuc/lua-1/", "/rss/", "/sitemap.xml"]
    for url in public:
        assert not any(url.startswith(rule) for rule in disallowed), url
