"""Blocks of the article page, after the seed's Block_BanTin_Toolbar and Block_BanTin_ViewData."""

from functools import reduce
from operator import or_

from django import forms
from django.conf import settings as django_settings
from django.db import connection
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import seo
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
    count = count_field(6, maximum=20)
    heading = heading_field(_("Tin liên quan"))
    images = flag_field(_("hiện ảnh"), True)


@register
class RelatedBlock(Block):
    """Tin liên quan: items sharing the most tags first, then the same section; newest first;
    among the newest items of the section and of each topic (CANDIDATES)."""

    name = "related"
    page_types = ("article",)
    description = _("Tin liên quan (cùng chủ đề, cùng chuyên mục)")
    template_name = "bantin/blocks/related.html"
    settings_form = RelatedSettings

    def cache_tags(self, page, **settings):
        topics = {f"topic:{tag.pk}" for tag in page.item.tags.all()}
        return {f"item:{page.item.pk}", f"section:{page.item.category_id}", *topics}

    def fragment_vary(self, page, **settings):
        return (page.item.pk,)

    #: Candidates: the newest this many of the item's section and of each of its topics. Counting
    #: shared topics over every item of a big section or topic read most of the news table.
    CANDIDATES = 200

    def get_context(self, page, *, count, heading, images, **settings):
        item = page.item
        tag_ids = [tag.pk for tag in item.tags.all()]
        same_section = Q(category_id=item.category_id)
        visible = NewsItem.objects.published(page.now).exclude(pk=item.pk)

        def newest(**condition):
            newest_first = visible.filter(**condition).order_by("-publish_at", "-pk")
            return newest_first.values("pk")[: self.CANDIDATES]

        pools = [newest(category_id=item.category_id), *(newest(tags=tag) for tag in tag_ids)]
        if connection.features.supports_slicing_ordering_in_compound:
            # PostgreSQL: one IN over the UNION of the pools. An OR of one IN per pool cannot
            # use an index, and the planner walked the whole table testing each row.
            candidates = visible.filter(pk__in=pools[0].union(*pools[1:]))
        else:
            # SQLite allows no LIMIT inside a UNION; it reads an OR of INs by index anyway.
            candidates = visible.filter(reduce(or_, (Q(pk__in=pool) for pool in pools)))
        if tag_ids:
            candidates = candidates.annotate(
                shared_tags=Count("tags", filter=Q(tags__in=tag_ids), distinct=True)
            )
        else:
            candidates = candidates.annotate(shared_tags=Value(0))
        items = (
            candidates.annotate(
                in_section=Case(When(same_section, then=1), default=0, output_field=IntegerField())
            )
            .for_cards()
            .order_by("-shared_tags", "-in_section", "-publish_at", "-pk")[:count]
        )
        return {"items": list(items), "heading": heading, "images": images}
