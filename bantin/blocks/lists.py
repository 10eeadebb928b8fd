"""Blocks that list news items."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Case, F, IntegerField, Value, When, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from ..models import Category, NewsItem
from .base import Block, register


@register
class OtherNewsBlock(Block):
    """Tin khác: the items of the article's section published before it."""

    name = "othernews"
    template_name = "bantin/blocks/othernews.html"
    defaults = {"count": 8, "heading": _("Tin khác")}

    def get_context(self, page, *, count, heading, **settings):
        item = page.item
        items = []
        if item.publish_at is not None:
            items = list(
                NewsItem.objects.published(page.now)
                .filter(category_id=item.category_id, publish_at__lt=item.publish_at)
                .exclude(pk=item.pk)
                .for_cards()
                .newest_first()[:count]
            )
        return {"items": items, "heading": heading}


@register
class ListDataBlock(Block):
    """A paginated list of a section's (or an author's) items, newest first."""

    name = "listdata"
    template_name = "bantin/blocks/listdata.html"
    defaults = {"per_page": 20}

    def get_context(self, page, *, per_page, **settings):
        items = NewsItem.objects.published(page.now)
        if page.category is not None:
            items = items.in_section(page.category)
        if page.author is not None:
            items = items.filter(authors=page.author)
        paginator = Paginator(
            items.for_cards().newest_first(), per_page, allow_empty_first_page=True
        )
        try:
            current = paginator.page(page.request.GET.get("page") or 1)
        except (PageNotAnInteger, EmptyPage):
            raise Http404(_("Trang này không tồn tại.")) from None
        return {
            "page_obj": current,
            "items": current.object_list,
            "heading": page.title,
            "page_range": paginator.get_elided_page_range(
                current.number, on_each_side=1, on_ends=1
            ),
        }


@register
class FeaturedBlock(Block):
    """Tin nổi bật: featured items, newest first, site-wide or in the page's section."""

    name = "featured"
    template_name = "bantin/blocks/featured.html"
    defaults = {"count": 5, "heading": _("Tin nổi bật"), "compact": False}

    def get_context(self, page, *, count, heading, compact, **settings):
        items = NewsItem.objects.published(page.now).featured()
        if page.category is not None:
            items = items.in_section(page.category)
        return {
            "items": list(items.for_cards().newest_first()[:count]),
            "heading": heading,
            "compact": compact,
        }


@register
class LatestBlock(Block):
    """Tin mới nhất: the newest items, site-wide or grouped by top-level section."""

    name = "latest"
    template_name = "bantin/blocks/latest.html"
    defaults = {"count": 6, "heading": _("Tin mới nhất"), "by_section": False, "images": True}

    def get_context(self, page, *, count, heading, by_section, images, **settings):
        items = NewsItem.objects.published(page.now).for_cards().newest_first()
        if not by_section:
            return {"items": list(items[:count]), "heading": heading, "by_section": False}
        return {"groups": self._groups(items, count), "by_section": True, "images": images}

    def _groups(self, items, count):
        """The newest ``count`` items of each active top-level section, in two queries."""
        sections = list(
            Category.objects.active().only("pk", "name", "slug", "parent_id", "position")
        )
        by_pk = {section.pk: section for section in sections}
        roots = {}
        for section in sections:
            root = section
            while root.parent_id is not None and root.parent_id in by_pk:
                root = by_pk[root.parent_id]
            if root.parent_id is None:
                roots[section.pk] = root.pk
        if not roots:
            return []
        ranked = (
            items.filter(category_id__in=roots)
            .annotate(
                root_id=Case(
                    *[When(category_id=pk, then=Value(root)) for pk, root in roots.items()],
                    output_field=IntegerField(),
                ),
                rank=Window(
                    RowNumber(),
                    partition_by=[F("root_id")],
                    order_by=[F("publish_at").desc(), F("pk").desc()],
                ),
            )
            .filter(rank__lte=count)
        )
        grouped = {}
        for item in ranked:
            grouped.setdefault(item.root_id, []).append(item)
        return [
            {"section": by_pk[pk], "items": grouped[pk]}
            for pk in sorted(grouped, key=lambda pk: (by_pk[pk].position, by_pk[pk].name))
        ]
