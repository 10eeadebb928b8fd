"""Sitemaps and robots.txt: what crawlers read to find the public pages.

``/sitemap.xml`` is an index of one sitemap per kind of page — sections, items (50,000 a page),
authors and topics — and ``/sitemap-news.xml`` lists the last two days' items for Google News.
Only what readers may see is listed, and every URL is on the site's own domain
(``PORTAL_BASE_URL``), whatever host the request reached. Sitemaps are cached like pages
(:mod:`bantin.pagecache`), under the tags of what they list.
"""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Exists, Max, OuterRef
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import cache_control

from . import seo
from .models import Author, NewsItem, Tag
from .pagecache import add_tags
from .structure import site_structure

#: What a listed author's or topic's page shows: its name and address, and its items.
AUTHOR_TAGS = ("author", "author-items")
TOPIC_TAGS = ("topic", "topic-items")


class PortalSitemap(Sitemap):
    """A sitemap whose URLs are on PORTAL_BASE_URL's scheme and host."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.PORTAL_BASE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.PORTAL_BASE_URL).netloc

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        self.listed = [url["item"] for url in urls]
        return urls

    def cache_tags(self):
        """The page cache tags of what the last :meth:`get_urls` listed."""
        return {"news"}


class SectionSitemap(PortalSitemap):
    """Every active section, from the cached site structure (no query)."""

    def items(self):
        return [section for section in site_structure().sections.values() if section.is_active]

    def cache_tags(self):
        return {"structure"}


class NewsItemSitemap(PortalSitemap):
    """Every item readers may see, newest first, with when it last changed."""

    def items(self):
        return (
            NewsItem.objects.published()
            .newest_first()
            .only("pk", "slug", "publish_at", "updated_at")
        )

    def lastmod(self, item):
        return seo.modified_at(item)

    def get_latest_lastmod(self):
        # One aggregate instead of Django's default, which reads every item.
        latest = NewsItem.objects.published().aggregate(
            updated=Max("updated_at"), published=Max("publish_at")
        )
        moments = [moment for moment in latest.values() if moment is not None]
        return max(moments) if moments else None


class AuthorSitemap(PortalSitemap):
    """Authors with at least one item readers may see: the others' pages are empty."""

    def items(self):
        visible = NewsItem.objects.published().filter(bylines__author=OuterRef("pk"))
        return Author.objects.filter(Exists(visible)).order_by("name", "pk").only("pk", "slug")

    def cache_tags(self):
        # Listed while they have a visible item ("news"); an author's new name moves the page.
        listed = getattr(self, "listed", ())
        return {"news", *(f"{kind}:{author.pk}" for author in listed for kind in AUTHOR_TAGS)}


class TagSitemap(PortalSitemap):
    """Topics with at least one item readers may see."""

    def items(self):
        visible = NewsItem.objects.published().filter(tags=OuterRef("pk"))
        return Tag.objects.filter(Exists(visible)).order_by("name", "pk").only("pk", "slug")

    def cache_tags(self):
        listed = getattr(self, "listed", ())
        return {"news", *(f"{kind}:{tag.pk}" for tag in listed for kind in TOPIC_TAGS)}


#: The sitemaps of the index, by the name in their URL: /sitemap-<name>.xml.
SITEMAPS = {
    "chuyen-muc": SectionSitemap,
    "tin-tuc": NewsItemSitemap,
    "tac-gia": AuthorSitemap,
    "chu-de": TagSitemap,
}


class GoogleNewsSitemap(PortalSitemap):
    """Items published in the last two days, newest first, at most the 1,000 Google News
    reads. An item older than that may stay until the cached sitemap expires
    (PORTAL_PAGE_CACHE_SECONDS), which Google tolerates."""

    limit = 1000
    window = timedelta(days=2)

    def items(self):
        now = timezone.now()
        return (
            NewsItem.objects.published(now)
            .filter(publish_at__gte=now - self.window)
            .newest_first()
            .only("pk", "slug", "title", "publish_at", "updated_at")[: self.limit]
        )

    def lastmod(self, item):
        return seo.modified_at(item)


@sitemap_views.x_robots_tag
def index(request):
    """The sitemap index: each sitemap, and each further page of it, on the site's domain."""
    entries = []
    for name, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class()
        url = seo.absolute_url(reverse("sitemap_section", kwargs={"section": name}))
        lastmod = sitemap.get_latest_lastmod()
        entries.append(sitemap_views.SitemapIndexItem(url, lastmod))
        entries += [
            sitemap_views.SitemapIndexItem(f"{url}?p={page}", lastmod)
            for page in range(2, sitemap.paginator.num_pages + 1)
        ]
    # Items' count and dates, and the authors' and topics' counts, change only with items.
    add_tags(request, "structure", "news")
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )


def section(request, section):
    """One sitemap of the index (``?p=N`` for its further pages)."""
    if section not in SITEMAPS:
        raise Http404
    sitemap = SITEMAPS[section]()
    response = sitemap_views.sitemap(request, {section: sitemap}, section=section)
    add_tags(request, *sitemap.cache_tags())
    return response


@sitemap_views.x_robots_tag
def news(request):
    """The Google News sitemap: the last two days' items with their title and date."""
    urls = GoogleNewsSitemap().get_urls()
    # "structure": it names the site, which a site admin may rename.
    add_tags(request, "structure", "news")
    return TemplateResponse(
        request,
        "bantin/seo/sitemap_news.xml",
        {
            "urlset": urls,
            "publication_name": seo.site_name(),
            "publication_language": settings.LANGUAGE_CODE.split("-")[0],
        },
        content_type="application/xml",
    )


def robots_disallow():
    """What crawlers are asked to leave alone: the admin, the body editor's upload and the view
    beacon; and, in every language of the readers' pages, previews and search results (endless
    combinations of queries). tests/test_seo.py checks these against the URLs."""
    paths = [reverse("admin:index"), "/tai-anh-len/", "/luot-xem/"]
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths.append(reverse("bantin:preview", kwargs={"pk": 0}).removesuffix("0/"))
            paths.append(reverse("bantin:search"))
    return list(dict.fromkeys(paths))


@cache_control(public=True, max_age=3600)
def robots_txt(request):
    """robots.txt: everything but what :func:`robots_disallow` names; where the sitemaps are."""
    text = render_to_string(
        "bantin/seo/robots.txt",
        {
            "disallow": robots_disallow(),
            "sitemaps": [
                seo.absolute_url(reverse("sitemap")),
                seo.absolute_url(reverse("sitemap_news")),
            ],
        },
    )
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
