"""Blocks that list news items."""

from datetime import datetime, time, timedelta

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Case, F, IntegerField, Sum, Value, When, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import listing, search
from ..forms import SearchForm
from ..models import DailyViewCount, NewsItem
from .base import Block, register
from .settings import LIST_DEPTH, SectionField, count_field, flag_field, heading_field


class IdsFirst:
    """A queryset paged in two steps: the page's ids, read from an index however deep the
    page, then just those rows. A plain OFFSET would read every skipped row."""

    def __init__(self, queryset):
        self.queryset = queryset

    def count(self):
        return self.queryset.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        ids = list(self.queryset.values_list("pk", flat=True)[index])
        rows = self.queryset.order_by().in_bulk(ids) if ids else {}
        return [rows[pk] for pk in ids if pk in rows]


def paginate(request, items, per_page):
    """The requested page of ``items`` with links that keep the other query parameters.

    A page number that is not a number, or past the end, answers 404.
    """
    paginator = Paginator(items, per_page)
    try:
        current = paginator.page(request.GET.get("page") or 1)
    except (PageNotAnInteger, EmptyPage):
        raise Http404(_("Trang này không tồn tại.")) from None

    def url(number):
        query = request.GET.copy()
        query["page"] = number
        return "?" + query.urlencode()

    links = [
        {"number": number, "url": url(number), "current": number == current.number}
        if number != paginator.ELLIPSIS
        else {"ellipsis": True}
        for number in paginator.get_elided_page_range(current.number, on_each_side=1, on_ends=1)
    ]
    return {
        "page_obj": current,
        "items": current.object_list,
        "page_links": links if paginator.num_pages > 1 else [],
        "previous_url": url(current.previous_page_number()) if current.has_previous() else "",
        "next_url": url(current.next_page_number()) if current.has_next() else "",
    }


class OtherNewsSettings(forms.Form):
    count = count_field(8, maximum=30)
    heading = heading_field(_("Tin khác"))


@register
class OtherNewsBlock(Block):
    """Tin khác: the items of the article's section published before it."""

    name = "othernews"
    page_types = ("article",)
    description = _("Tin khác cùng chuyên mục, cũ hơn bài đang xem")
    template_name = "bantin/blocks/othernews.html"
    settings_form = OtherNewsSettings

    def cache_tags(self, page, **settings):
        shown = {f"section:{page.section_id}"} if page.section_id is not None else {"news"}
        return {f"item:{page.item.pk}", *shown}  # the list follows the item's section and date

    def fragment_vary(self, page, **settings):
        return (page.item.pk,)

    def shows_at_most(self, *, count, **settings):
        return count

    def get_context(self, page, *, count, heading, **settings):
        item = page.item
        items = []
        if item.publish_at is not None:
            items = list(
                NewsItem.objects.published(page.now)
                .filter(category_id=item.category_id, publish_at__lt=item.publish_at)
                .exclude(pk=item.pk)
                .for_links()
                .newest_first()[: count + listing.EXTRA]
            )
        return {"items": items, "heading": heading}


class ListDataSettings(forms.Form):
    per_page = forms.IntegerField(
        label=_("số tin mỗi trang"), min_value=5, max_value=50, initial=20
    )
    images = flag_field(_("hiện ảnh"), True)


@register
class ListDataBlock(Block):
    """The page's items — a section's, an author's or a tag's — paginated, newest first."""

    name = "listdata"
    page_types = ("category", "author", "tag")
    description = _("Danh sách tin của trang (chuyên mục, tác giả, chủ đề), có phân trang")
    template_name = "bantin/blocks/listdata.html"
    settings_form = ListDataSettings

    def cache_tags(self, page, **settings):
        if page.category is not None:
            return {f"section:{page.category.pk}"}
        if page.author is not None:
            return {f"author:{page.author.pk}", f"author-items:{page.author.pk}"}
        if page.tag is not None:
            return {f"topic:{page.tag.pk}", f"topic-items:{page.tag.pk}"}
        return {"news"}

    def fragment_vary(self, page, **settings):
        # The page number and every other parameter, which the pagination's links keep.
        query = sorted(page.request.GET.lists())
        subject = (getattr(page.category, "pk", None), getattr(page.author, "pk", None))
        return (page.kind, *subject, getattr(page.tag, "pk", None), query)

    def shows_pictures(self, *, images, **settings):
        return images

    def get_context(self, page, *, per_page, images, **settings):
        items = NewsItem.objects.published(page.now)
        if page.category is not None:
            items = items.in_section(page.category)
        if page.author is not None:
            items = items.filter(authors=page.author)
        if page.tag is not None:
            items = items.filter(tags=page.tag)
        return {
            **paginate(page.request, IdsFirst(items.for_cards().newest_first()), per_page),
            "images": images,
            "heading": page.title if page.kind != "author" else "",
        }


class FeaturedSettings(forms.Form):
    count = count_field(5, maximum=20)
    heading = heading_field(_("Tin nổi bật"))
    section = SectionField(
        help_text=_("Để trống: tin nổi bật của chuyên mục đang xem, hoặc toàn trang.")
    )
    compact = flag_field(_("dạng gọn"), False)


@register
class FeaturedBlock(Block):
    """Tin nổi bật: featured items, newest first, of a section or the whole site."""

    name = "featured"
    description = _("Tin nổi bật")
    template_name = "bantin/blocks/featured.html"
    settings_form = FeaturedSettings

    shows = frozenset({"featured"})

    def fragment_vary(self, page, *, section, **settings):
        return (section or (page.category.pk if page.category is not None else None),)

    def shows_pictures(self, **settings):
        return True

    def get_context(self, page, *, count, heading, section, compact, **settings):
        items = NewsItem.objects.published(page.now).featured()
        section_id = section or (page.category.pk if page.category is not None else None)
        if section_id:
            items = items.in_section(section_id)
        return {
            "items": list(items.for_cards().newest_first()[:count]),
            "heading": heading,
            "compact": compact,
        }


class LatestSettings(forms.Form):
    count = count_field(6, maximum=LIST_DEPTH)
    heading = heading_field(_("Tin mới nhất"))
    section = SectionField(help_text=_("Để trống để lấy tin của toàn trang."))
    by_section = flag_field(_("chia theo từng chuyên mục cấp cao nhất"), False)
    images = flag_field(_("hiện ảnh"), True)


@register
class LatestBlock(Block):
    """Tin mới nhất: the newest items of the site or a section, or grouped by top section."""

    name = "latest"
    description = _("Tin mới nhất (toàn trang, một chuyên mục, hoặc theo từng chuyên mục)")
    template_name = "bantin/blocks/latest.html"
    settings_form = LatestSettings

    shows = frozenset({"latest"})

    def fragment_vary(self, page, **settings):
        return ()

    def shows_at_most(self, *, count, by_section, **settings):
        return None if by_section else count

    def shows_pictures(self, *, by_section, images, **settings):
        return by_section and images

    def get_context(self, page, *, count, heading, section, by_section, images, **settings):
        items = NewsItem.objects.published(page.now).newest_first()
        if section:
            items = items.in_section(section)
        if not by_section:  # a list of links
            return {
                "items": list(items.for_links()[: count + listing.EXTRA]),
                "heading": heading,
                "by_section": False,
            }
        return {
            "groups": self._groups(page.structure, items.for_cards(), count, page.now),
            "by_section": True,
            "images": images,
        }

    #: The newest items of every section are looked for among recent ones first: ranking every
    #: item of the site to keep a few per section would read the whole table.
    RECENT = timedelta(days=45)

    def _groups(self, structure, items, count, now):
        """The newest ``count`` items of each active top-level section: one query over recent
        items, and a second only for sections that had fewer than ``count`` of them."""
        roots = {
            pk: structure.root_id(pk)
            for pk, section in structure.sections.items()
            if structure.sections[structure.root_id(pk)].is_active
        }
        if not roots:
            return []
        grouped = self._ranked(items.filter(publish_at__gte=now - self.RECENT), roots, count)
        short = {root for root in set(roots.values()) if len(grouped.get(root, [])) < count}
        if short:
            older = {pk: root for pk, root in roots.items() if root in short}
            grouped.update(self._ranked(items, older, count))
        return [
            {"section": section, "items": grouped[section.pk]}
            for section in structure.menu()
            if section.pk in grouped
        ]

    @staticmethod
    def _ranked(items, roots, count):
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
        return grouped


class MostReadSettings(forms.Form):
    count = count_field(5, maximum=20)
    heading = heading_field(_("Đọc nhiều nhất"))
    days = forms.IntegerField(label=_("số ngày gần đây"), min_value=1, max_value=365, initial=7)


@register
class MostReadBlock(Block):
    """Đọc nhiều nhất: the items most read over the last days (counted by the view beacon)."""

    name = "mostread"
    description = _("Tin đọc nhiều nhất trong một số ngày gần đây")
    template_name = "bantin/blocks/mostread.html"
    settings_form = MostReadSettings

    shows = frozenset({"mostread"})
    ranking = True

    def shown_tags(self, context):
        # Ranked by views, not by anything of the items: an edit of one changes the list.
        return {f"item:{item.pk}" for item in context["items"]}

    def fragment_vary(self, page, **settings):
        return ()

    def shows_at_most(self, *, count, **settings):
        return count

    #: Candidates beyond ``count``, in case some of the most read are no longer visible.
    SLACK = 100

    def get_context(self, page, *, count, heading, days, **settings):
        since = timezone.localdate(page.now) - timedelta(days=days - 1)
        # The counts are ranked first, in their own small table; only the leaders are joined
        # to the items. Joining every item to its counts read the whole news table.
        leaders = (
            DailyViewCount.objects.filter(date__gte=since)
            .values("news_item_id")
            .annotate(total=Sum("count"))
            .filter(total__gt=0)
            .order_by("-total")
            .values("news_item_id")[: count + listing.EXTRA + self.SLACK]
        )
        items = (
            NewsItem.objects.published(page.now)
            .filter(pk__in=leaders, daily_views__date__gte=since)
            .annotate(views=Sum("daily_views__count"))
            .filter(views__gt=0)
            .for_links()
            .order_by("-views", "-publish_at", "-pk")[: count + listing.EXTRA]
        )
        return {"items": list(items), "heading": heading}


class SearchResultsSettings(forms.Form):
    per_page = forms.IntegerField(
        label=_("số kết quả mỗi trang"), min_value=5, max_value=50, initial=20
    )


@register
class SearchResultsBlock(Block):
    """The reader's search: filters, ranked results with highlighted passages, pages."""

    name = "searchresults"
    page_types = ("search",)
    description = _("Kết quả tìm kiếm")
    template_name = "bantin/blocks/searchresults.html"
    settings_form = SearchResultsSettings

    def get_context(self, page, *, per_page, **settings):
        structure = page.structure
        sections = [s for s in structure.sections.values() if s.is_active]
        form = SearchForm(page.request.GET, sections=sections)
        filters = form.filters()
        query = search.parse(page.query)
        items = NewsItem.objects.published(page.now)
        by_slug = {section.slug: section for section in sections}
        if filters.get("chuyen_muc") in by_slug:
            items = items.in_section(by_slug[filters["chuyen_muc"]].pk)
        # The dates are whole days in the site's time zone.
        since = until = None
        if filters.get("tu_ngay"):
            since = timezone.make_aware(datetime.combine(filters["tu_ngay"], time.min))
        if filters.get("den_ngay"):
            day_after = filters["den_ngay"] + timedelta(days=1)
            until = timezone.make_aware(datetime.combine(day_after, time.min))
        results = search.ranked(items, query, since=since, until=until)
        context = {"query": page.query, "form": form, "searched": bool(query)}
        context.update(paginate(page.request, results, per_page))
        context["more"] = results.more
        context["snippets"] = search.snippets(list(context["items"]), query) if query else {}
        context["results"] = [
            (item, context["snippets"].get(item.pk, "")) for item in context["items"]
        ]
        return context
