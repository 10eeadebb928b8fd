"""Blocks of the article page, after the seed's Block_BanTin_Toolbar and Block_BanTin_ViewData."""

from django import forms
from django.conf import settings as django_settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import listing, related, seo
from ..models import NewsItem
from .base import Block, register
from .settings import count_field, flag_field, heading_field

WEEKDAYS = (
    _("Thứ Hai"),
    _("Thứ Ba"),
    _("Thứ Tư"),
    _("Thứ Năm"),
    _("Thứ Sáu"),
    _("Thứ Bảy"),
    _("Chủ Nhật"),
)


@register
class ToolbarBlock(Block):
    """Date, text size, listen, print and share controls above an article."""

    name = "toolbar"
    page_types = ("article",)
    description = _("Ngày đăng, cỡ chữ, nghe đọc, in, chia sẻ")
    template_name = "bantin/blocks/toolbar.html"

    def cache_tags(self, page, **settings):
        return page.cache_tags()  # the item and its authors

    def fragment_vary(self, page, **settings):
        return (page.item.pk,)

    def get_context(self, page, **settings):
        item = page.item
        published = timezone.localtime(item.publish_at) if item.publish_at else None
        return {
            "item": item,
            "published": published,
            "weekday": WEEKDAYS[published.weekday()] if published else "",
            "share_url": seo.absolute_url(item.get_absolute_url()),
            "zalo_oa_id": django_settings.PORTAL_ZALO_OA_ID,
        }


class ViewDataSettings(forms.Form):
    tags = flag_field(_("hiện chủ đề"), True)


@register
class ViewDataBlock(Block):
    """The article itself: title, sapo, lead image with caption, body, bylines, source, tags."""

    name = "viewdata"
    page_types = ("article",)
    description = _("Nội dung bài viết")
    template_name = "bantin/blocks/viewdata.html"
    settings_form = ViewDataSettings

    def cache_tags(self, page, **settings):
        return page.cache_tags()  # the item, its authors and topics

    def fragment_vary(self, page, **settings):
        return (page.item.pk,)

    def shows_pictures(self, **settings):
        return True  # the lead picture, always loaded at once

    def get_context(self, page, *, tags, **settings):
        item = page.item
        return {
            "item": item,
            "authors": [byline.author for byline in item.bylines.all()],
            "tags": list(item.tags.all()) if tags else [],
            "article_url": seo.absolute_url(item.get_absolute_url()),
        }


@register
class AuthorBoxBlock(Block):
    """The byline's authors with photo and biography (or the author of an author page)."""

    name = "authorbox"
    page_types = ("article", "author")
    description = _("Giới thiệu tác giả")
    template_name = "bantin/blocks/authorbox.html"

    def cache_tags(self, page, **settings):
        return page.cache_tags()  # the item and its authors, or the author of the page

    def fragment_vary(self, page, **settings):
        return (page.kind, getattr(page.item, "pk", None), getattr(page.author, "pk", None))

    def get_context(self, page, **settings):
        if page.author is not None:
            authors = [page.author]
        elif page.item is not None:
            authors = [byline.author for byline in page.item.bylines.all()]
        else:
            authors = []
        return {"authors": authors, "heading_tag": "h1" if page.kind == "author" else "h2"}


class RelatedSettings(forms.Form):
    count = count_field(6, maximum=related.SHOWN_AT_MOST)
    heading = heading_field(_("Tin liên quan"))
    images = flag_field(_("hiện ảnh"), True)


@register
class RelatedBlock(Block):
    """Tin liên quan: the list the item keeps (bantin/related.py) — items sharing the most
    topics first, then the same section, newest first — as readers may see it now."""

    name = "related"
    page_types = ("article",)
    description = _("Tin liên quan (cùng chủ đề, cùng chuyên mục)")
    template_name = "bantin/blocks/related.html"
    settings_form = RelatedSettings

    def kept_ids(self, page, count):
        """The ids of the item's list the block reads, or None when it was never ranked."""
        kept = page.item.related
        return None if kept is None else [entry[0] for entry in kept[: count + related.SPARE]]

    def cache_tags(self, page, **settings):
        if page.item.related is None:  # ranked when read, from the section and the topics
            topics = {f"topic-items:{tag.pk}" for tag in page.item.tags.all()}
            return {f"item:{page.item.pk}", f"section:{page.item.category_id}", *topics}
        return {f"item:{page.item.pk}"}

    def page_tags(self, page, **settings):
        # The kept list changes with the publications of the section and of the topics: the
        # fragment key follows it, the page must be dropped. ``related:<id>`` is bumped when
        # the item's list is written (bantin/related.py's lists_changed), ``related`` when
        # every list is ranked again at once.
        return {f"section:{page.item.category_id}", f"related:{page.item.pk}", "related"}

    def shown_tags(self, context):
        # The entries read up to the last one shown: an edit of one of them, an unpublished
        # one published again included, changes what the block shows.
        return {f"item:{pk}" for pk in context["read"]}

    def fragment_vary(self, page, *, count, **settings):
        ids = self.kept_ids(page, count)
        return (page.item.pk, None if ids is None else tuple(ids))

    def shows_at_most(self, *, count, **settings):
        return count

    def shows_pictures(self, *, images, **settings):
        return images

    def get_context(self, page, *, count, heading, images, **settings):
        item = page.item
        visible = NewsItem.objects.published(page.now)
        ids = self.kept_ids(page, count)
        if ids is None:
            topic_ids = [tag.pk for tag in item.tags.all()]
            candidates = related.candidates(item, topic_ids, visible).for_cards()
            items = list(candidates[: count + listing.EXTRA])
            return {"items": items, "heading": heading, "images": images, "read": []}
        found = {found.pk: found for found in visible.filter(pk__in=ids).for_cards()} if ids else {}
        # Every visible one the page may show: it leaves out those it showed before.
        items = [found[pk] for pk in ids if pk in found]
        return {"items": items, "heading": heading, "images": images, "read": ids}
