"""RSS 2.0 and Atom feeds of the newest items: the whole site, a section (subsections included)
and an author.

Items are what readers may see (``NewsItem.objects.published()``), newest first; links are
absolute on the site's own domain (``PORTAL_BASE_URL``). A feed is cached like a page
(:mod:`bantin.pagecache`), under the tags of what it lists, so publishing, editing or
unpublishing an item drops it at once.
"""

from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import feedgenerator
from django.utils.translation import gettext as _

from . import seo
from .models import Author, Category, NewsItem, NewsItemAuthor
from .pagecache import add_tags

FEED_LENGTH = 30
MEDIA_RSS = "http://search.yahoo.com/mrss/"


def site_feed_title():
    return seo.site_name()


def section_feed_title(section):
    return _("%(section)s – %(site)s") % {"section": section.name, "site": seo.site_name()}


def author_feed_title(author):
    return _("Bài viết của %(author)s – %(site)s") % {
        "author": author.name,
        "site": seo.site_name(),
    }


def _add_media_content(handler, item):
    image = item.get("image")
    if image is None:
        return
    attributes = {"url": image.url, "medium": "image", "type": image.mime_type}
    if image.width and image.height:
        attributes.update(width=str(image.width), height=str(image.height))
    handler.addQuickElement("media:content", "", attributes)


class MediaRssFeed(feedgenerator.Rss201rev2Feed):
    """RSS 2.0 with each item's lead image as Media RSS ``media:content``, which carries the
    picture's size (an enclosure needs its length in bytes, unknown until the rendition is
    built)."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_RSS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        _add_media_content(handler, item)


class MediaAtomFeed(feedgenerator.Atom1Feed):
    """Atom with each item's lead image as Media RSS ``media:content``."""

    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_RSS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        _add_media_content(handler, item)


@dataclass
class Listing:
    """What one request's feed is about, and the items it lists."""

    url: str
    section: Category | None = None
    author: Author | None = None
    items: list = field(default_factory=list)


class LatestNewsFeed(Feed):
    """Tin mới: the newest items of the whole site, as RSS 2.0."""

    feed_type = MediaRssFeed

    def get_object(self, request, **kwargs):
        return self.listing(request, NewsItem.objects.published(), tags={"news"})

    def listing(self, request, items, *, tags, **about):
        """The newest items of ``items``; the request is tagged for the page cache with
        ``tags`` (what decides which items are listed), the authors named and the site
        structure (section names)."""
        items = list(
            items.select_related("category", "lead_image")
            .prefetch_related(
                Prefetch("bylines", queryset=NewsItemAuthor.objects.select_related("author"))
            )
            .newest_first()[:FEED_LENGTH]
        )
        authors = {f"author:{byline.author_id}" for item in items for byline in item.bylines.all()}
        add_tags(request, "structure", *tags, *authors)
        return Listing(url=seo.absolute_url(request.path), items=items, **about)

    def items(self, listing):
        return listing.items

    def title(self, listing):
        return site_feed_title()

    def description(self, listing):
        return _("Tin mới nhất của %(site)s") % {"site": seo.site_name()}

    def link(self, listing):
        return seo.absolute_url(reverse("bantin:home"))

    def feed_url(self, listing):
        return listing.url

    def author_name(self, listing):
        # Atom needs an author for the feed when an entry has none: the agency.
        return seo.site_name()

    def item_title(self, item):
        # The generator escapes it once; Django's default escapes it twice, for readers that
        # took RSS titles for HTML, and Atom readers would show "&amp;".
        return seo.xml_text(item.title)

    def item_description(self, item):
        return seo.xml_text(item.sapo)

    def item_link(self, item):
        return seo.absolute_url(item.get_absolute_url())

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return seo.modified_at(item)

    def item_author_name(self, item):
        names = [byline.author.name for byline in item.bylines.all()]
        return seo.xml_text(", ".join(names)) or None

    def item_author_link(self, item):
        bylines = item.bylines.all()
        if len(bylines) == 1:
            return seo.absolute_url(bylines[0].author.get_absolute_url())
        return None

    def item_categories(self, item):
        return [seo.xml_text(item.category.name)]

    def item_extra_kwargs(self, item):
        return {"image": seo.shared_image(item.lead_image)}


class AtomFeedMixin:
    feed_type = MediaAtomFeed

    def subtitle(self, listing):
        return self.description(listing)


class LatestNewsAtomFeed(AtomFeedMixin, LatestNewsFeed):
    """Tin mới as Atom."""


class FollowsOldSlugs:
    """A feed asked for under an old slug of its section or author answers 301 to the same
    feed under the current slug: feed readers update a subscription that moved."""

    #: The sections or authors whose feeds these are: a callable giving a queryset.
    owners = None

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except Http404:
            moved = self.owners().filter(old_slugs__slug=kwargs.get("slug")).first()
            if moved is None:
                raise
            view = request.resolver_match.view_name
            return redirect(reverse(view, kwargs={"slug": moved.slug}), permanent=True)


class SectionFeed(FollowsOldSlugs, LatestNewsFeed):
    """The newest items of a section and its subsections, as RSS 2.0."""

    owners = staticmethod(lambda: Category.objects.active())

    def get_object(self, request, slug):
        section = get_object_or_404(Category.objects.active(), slug=slug)
        items = NewsItem.objects.published().in_section(section)
        return self.listing(request, items, tags={f"section:{section.pk}"}, section=section)

    def title(self, listing):
        return section_feed_title(listing.section)

    def description(self, listing):
        return _("Tin mới nhất trong chuyên mục %(section)s của %(site)s") % {
            "section": listing.section.name,
            "site": seo.site_name(),
        }

    def link(self, listing):
        return seo.absolute_url(listing.section.get_absolute_url())


class SectionAtomFeed(AtomFeedMixin, SectionFeed):
    """A section's newest items as Atom."""


class AuthorFeed(FollowsOldSlugs, LatestNewsFeed):
    """The newest items an author wrote or co-wrote, as RSS 2.0."""

    owners = staticmethod(lambda: Author.objects.all())

    def get_object(self, request, slug):
        author = get_object_or_404(Author, slug=slug)
        items = NewsItem.objects.published().filter(bylines__author=author)
        return self.listing(
            request, items, tags={f"author:{author.pk}", f"author-items:{author.pk}"}, author=author
        )

    def title(self, listing):
        return author_feed_title(listing.author)

    def description(self, listing):
        return _("Tin mới nhất của tác giả %(author)s trên %(site)s") % {
            "author": listing.author.name,
            "site": seo.site_name(),
        }

    def link(self, listing):
        return seo.absolute_url(listing.author.get_absolute_url())


class AuthorAtomFeed(AtomFeedMixin, AuthorFeed):
    """An author's newest items as Atom."""
