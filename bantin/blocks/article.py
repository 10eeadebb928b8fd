"""Blocks of the article page, after the seed's Block_BanTin_Toolbar and Block_BanTin_ViewData."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .base import Block, register

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
    """Date, text size, print and share controls above an article."""

    name = "toolbar"
    template_name = "bantin/blocks/toolbar.html"

    def get_context(self, page, **settings):
        item = page.item
        published = timezone.localtime(item.publish_at) if item.publish_at else None
        return {
            "item": item,
            "published": published,
            "weekday": WEEKDAYS[published.weekday()] if published else "",
            "share_url": page.request.build_absolute_uri(item.get_absolute_url()),
        }


@register
class ViewDataBlock(Block):
    """The article itself: title, sapo, lead image with caption, body, bylines and source."""

    name = "viewdata"
    template_name = "bantin/blocks/viewdata.html"

    def get_context(self, page, **settings):
        item = page.item
        return {
            "item": item,
            "authors": [byline.author for byline in item.bylines.all()],
            "article_url": page.request.build_absolute_uri(item.get_absolute_url()),
        }
